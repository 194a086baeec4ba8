// Shared helpers of the check tests: one measurer for the process, and the
// set of check names a document produces.
#pragma once

#include <memory>
#include <set>
#include <string>

#include "check/check.h"
#include "layout/fonts.h"
#include "layout/measure.h"

namespace vanthu::test {

inline model::TextMeasurer* measurer() {
  static std::shared_ptr<layout::FontSystem> fonts = layout::FontSystem::create();
  static std::unique_ptr<model::TextMeasurer> m = layout::make_measurer(fonts);
  return m.get();
}

inline check::Report run_check(const std::string& docx) {
  check::CheckOptions o;
  o.measurer = measurer();
  return check::check_docx(docx, o);
}

// "rule check" pairs, e.g. "PL1.II.4.b date.padding".
inline std::set<std::string> verdicts(const check::Report& r) {
  std::set<std::string> out;
  for (const auto& f : r.findings) out.insert(f.rule + " " + f.check);
  return out;
}

}  // namespace vanthu::test
