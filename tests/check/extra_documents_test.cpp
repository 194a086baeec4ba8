// Extra documents (tests/check/extra, made by make_extra.py from the engine's
// ke-hoach example): conforming variants the way clerks edit in Word (soft
// line breaks, a tab as first-line indent, condensed spacing, a note after
// "./.") and the mistakes people make, each with the checks it must give.
// Besides the exact comparison, the test prints the precision and recall
// over the set (docs/check.md).
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "check_support.h"

namespace vanthu::test {
namespace {

namespace fs = std::filesystem;

std::string extra_dir() { return check_data_dir("extra"); }

TEST(ExtraDocuments, GiveTheirChecksAndNothingElse) {
  int tp = 0, fp = 0, fn = 0, documents = 0;
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(extra_dir()))
    if (e.path().extension() == ".docx") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  ASSERT_GE(files.size(), 20u);
  for (const fs::path& f : files) {
    std::set<std::string> expected;
    std::istringstream lines(read_all(fs::path(f).replace_extension(".expected").string()));
    for (std::string l; std::getline(lines, l);)
      if (!l.empty()) expected.insert(l);
    const check::Report r = run_check(read_all(f.string()));
    std::set<std::string> got;
    for (const auto& x : r.findings) got.insert(x.check);
    for (const auto& c : got) (expected.count(c) ? tp : fp)++;
    for (const auto& c : expected) fn += !got.count(c);
    ++documents;
    EXPECT_EQ(got, expected) << f.filename() << "\n" << check::format_text(r, f.filename().string());
  }
  const double precision = 100.0 * tp / std::max(1, tp + fp), recall = 100.0 * tp / std::max(1, tp + fn);
  std::printf("extra documents: %d, checks reported right %d, wrong %d, missed %d: precision %.1f %%, recall %.1f %%\n",
              documents, tp, fp, fn, precision, recall);
  EXPECT_GE(precision, 95.0);
  EXPECT_GE(recall, 90.0);
}

// Documents typed from scratch in LibreOffice Writer and saved as DOCX by it
// (tests/check/lodocs, made by make_lodocs.py): conforming ones and the
// mistakes people make, each .expected listing the planted violations' checks
// ("check  # what was planted").
TEST(LibreOfficeDocuments, GiveTheirPlantedViolationsAndNothingElse) {
  int tp = 0, fp = 0, fn = 0, documents = 0;
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(check_data_dir("lodocs")))
    if (e.path().extension() == ".docx") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  ASSERT_GE(files.size(), 10u);
  for (const fs::path& f : files) {
    std::set<std::string> expected;
    std::istringstream lines(read_all(fs::path(f).replace_extension(".expected").string()));
    for (std::string l; std::getline(lines, l);) {
      l = l.substr(0, l.find('#'));
      std::istringstream words(l);
      std::string check;
      if (words >> check) expected.insert(check);
    }
    const check::Report r = run_check(read_all(f.string()));
    std::set<std::string> got;
    for (const auto& x : r.findings) got.insert(x.check);
    for (const auto& c : got) (expected.count(c) ? tp : fp)++;
    for (const auto& c : expected) fn += !got.count(c);
    ++documents;
    EXPECT_EQ(got, expected) << f.filename() << "\n" << check::format_text(r, f.filename().string());
  }
  const double precision = 100.0 * tp / std::max(1, tp + fp), recall = 100.0 * tp / std::max(1, tp + fn);
  std::printf("LibreOffice documents: %d, checks reported right %d, wrong %d, missed %d: precision %.1f %%, recall %.1f %%\n",
              documents, tp, fp, fn, precision, recall);
  EXPECT_GE(precision, 95.0);
  EXPECT_GE(recall, 90.0);
}

}  // namespace
}  // namespace vanthu::test
