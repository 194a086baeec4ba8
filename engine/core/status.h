// Diagnostics: every error a user can cause is reported with where it is
// (file:line:column, or a JSON path) and collected, so that one run reports as
// many problems as can be found.
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

namespace vanthu {

struct Diagnostic {
  enum class Severity { Error, Warning };
  Severity severity = Severity::Error;
  std::string where;    // "templates/ke-hoach/template.xml:12:5" or "$.signer.name"
  std::string message;  // one sentence, no trailing period needed
  std::string format() const {
    std::string s = where.empty() ? std::string() : where + ": ";
    s += severity == Severity::Error ? "error: " : "warning: ";
    return s + message;
  }
};

class Diagnostics {
 public:
  void error(std::string where, std::string message) {
    items_.push_back({Diagnostic::Severity::Error, std::move(where), std::move(message)});
  }
  void warning(std::string where, std::string message) {
    items_.push_back({Diagnostic::Severity::Warning, std::move(where), std::move(message)});
  }
  bool has_errors() const {
    for (const auto& d : items_)
      if (d.severity == Diagnostic::Severity::Error) return true;
    return false;
  }
  const std::vector<Diagnostic>& items() const { return items_; }
  void append(const Diagnostics& other) {
    items_.insert(items_.end(), other.items_.begin(), other.items_.end());
  }
  std::string format() const {
    std::string s;
    for (const auto& d : items_) s += d.format() + "\n";
    return s;
  }

 private:
  std::vector<Diagnostic> items_;
};

// Thrown for failures that are not the user's input (I/O, library errors).
struct Error : std::runtime_error {
  using std::runtime_error::runtime_error;
};

}  // namespace vanthu
