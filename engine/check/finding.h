// One violation of Nghị định 30/2020 found in a document.
#pragma once

#include <string>

namespace vanthu::check {

enum class Severity { Error, Warning };
// Certain: read directly from the file (a size, a word, a margin). Inferred:
// depends on a reading the checker made (a header laid out with tabs, a
// floating shape placed by its offset, a width measured with a stand-in
// font, a page count estimated from line counts).
enum class Confidence { Certain, Inferred };

struct Finding {
  std::string rule;     // the decree's clause: "PL1.II.4.b" = Phụ lục I, Mục II, khoản 4, điểm b
  std::string check;    // stable name of the test: "date.padding"
  Severity severity = Severity::Error;
  std::string part;     // "word/document.xml", "word/header1.xml"; "" = the whole file
  int paragraph = 0;    // 1-based paragraph number in the part (0 = not tied to one)
  std::string excerpt;  // the paragraph's text, shortened
  std::string message;  // what is wrong
  std::string fix;      // how to fix it
  Confidence confidence = Confidence::Certain;
  std::string why_inferred;  // Inferred: what the reading rests on
};

inline const char* severity_name(Severity s) { return s == Severity::Error ? "error" : "warning"; }
inline const char* confidence_name(Confidence c) { return c == Confidence::Certain ? "certain" : "inferred"; }
// The part of the layout a finding is about: its check's first word
// ("quoc-hieu" for "quoc-hieu.style", "page" for "page.margins").
inline std::string part_of_layout(const std::string& check) { return check.substr(0, check.find('.')); }

}  // namespace vanthu::check
