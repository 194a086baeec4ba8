// The official files of Nghị định 30 (../shared/reference/nd30-2020): the
// Phụ lục III models are checked where they apply, and what the checker
// finds in them is kept in tests/data/check/phuluc3.expected (reviewed: see
// docs/check.md). The decree's own .docx (a legal normative document, not
// an administrative one) must at least be read without error.
#include <gtest/gtest.h>

#include "check/check.h"
#include "hardening_support.h"
#include "layout/fonts.h"
#include "layout/measure.h"

namespace vanthu::test {
namespace {

std::string summary(const check::Report& r) {
  std::string out;
  for (const auto& f : r.findings)
    out += (f.paragraph ? "\u00b6" + std::to_string(f.paragraph) : std::string("-")) + " " +
           check::severity_name(f.severity) + " " + f.rule + " [" + f.check + "]\n";
  return out;
}

check::Report check_file(const std::string& path) {
  static auto fonts = layout::FontSystem::create();
  static auto measurer = layout::make_measurer(fonts);
  check::CheckOptions o;
  o.measurer = measurer.get();
  return check::check_docx(slurp(path), o);
}

TEST(ReferenceDocuments, PhuLucIIIModels) {
  const std::string path = shared_dir() + "/reference/nd30-2020/Phuluc3.docx";
  if (!fs::exists(path)) GTEST_SKIP() << "no " << path;
  const check::Report r = check_file(path);
  EXPECT_EQ(r.documents, 14);  // 1.1–1.10, two attached-document models, 3.1, 3.2
  EXPECT_EQ(summary(r), slurp(source_dir() + "/tests/data/check/phuluc3.expected")) << check::format_text(r, "Phuluc3.docx");
}

TEST(ReferenceDocuments, DecreeItselfIsRead) {
  for (const char* name : {"30_2020_ND_CP.docx", "Phuluc1.docx", "Phuluc2.docx"}) {
    const std::string path = shared_dir() + "/reference/nd30-2020/" + name;
    if (!fs::exists(path)) GTEST_SKIP() << "no " << path;
    EXPECT_NO_THROW(check_file(path)) << name;
  }
}

}  // namespace
}  // namespace vanthu::test
