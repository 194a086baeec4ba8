#include <nlohmann/json.hpp>

#include "check/check.h"
#include "check/finding_titles.h"

namespace vanthu::check {

namespace {

std::string short_part(const std::string& part) {
  const size_t slash = part.rfind('/');
  return slash == std::string::npos ? part : part.substr(slash + 1);
}

}  // namespace

std::string format_text(const Report& report, const std::string& file) {
  std::string out;
  for (const Finding& f : report.findings) {
    std::string where = file + ":";
    if (f.paragraph > 0) {
      if (f.part != "word/document.xml") where += short_part(f.part);
      where += "\u00b6" + std::to_string(f.paragraph) + ":";
    }
    out += where + " " + severity_name(f.severity) + " " + f.rule + " [" + f.check + "] " + f.message;
    if (f.confidence == Confidence::Inferred) out += " [inferred: " + f.why_inferred + "]";
    if (!f.fix.empty()) out += " (fix: " + f.fix + ")";
    if (!f.excerpt.empty()) out += " \u00ab" + f.excerpt + "\u00bb";
    out += "\n";
  }
  return out;
}

std::string format_json(const Report& report, const std::string& file) {
  nlohmann::ordered_json arr = nlohmann::ordered_json::array();
  for (const Finding& f : report.findings) {
    nlohmann::ordered_json o;
    o["file"] = file;
    o["rule"] = f.rule;
    o["check"] = f.check;
    o["severity"] = severity_name(f.severity);
    o["part"] = f.part;
    o["paragraph"] = f.paragraph;
    o["excerpt"] = f.excerpt;
    o["message"] = f.message;
    o["fix"] = f.fix;
    o["about"] = part_of_layout(f.check);
    o["title_vi"] = vietnamese_title(f.check);
    o["confidence"] = confidence_name(f.confidence);
    if (f.confidence == Confidence::Inferred) o["inferred_because"] = f.why_inferred;
    arr.push_back(std::move(o));
  }
  return arr.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

}  // namespace vanthu::check
