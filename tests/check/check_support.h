// Shared helpers of the check tests: one measurer for the process, and the
// set of check names a document produces.
#pragma once

#include <cstdlib>
#include <fstream>
#include <memory>
#include <set>
#include <sstream>
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

// A folder of tests/check in the source tree (VANTHU_SOURCE_DIR overrides the built-in path).
inline std::string check_data_dir(const std::string& name) {
  const char* s = std::getenv("VANTHU_SOURCE_DIR");
  return std::string(s ? s : VANTHU_TEST_SOURCE_DIR) + "/tests/check/" + name;
}

inline std::string read_all(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
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
