// The twenty real documents of tests/check/realdocs (copied from
// ../shared/realdocs with their sources and review notes): each is checked
// and its findings compared with realdocs/expected/<name>.expected, which
// was decided by looking at the document rendered with LibreOffice and at
// its XML, not by recording the checker. Every finding listed is reported
// and nothing else; the known false findings ("FP") and misses ("FN") are
// listed there too, so a fix or a new mistake changes the result.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "check/errors.h"
#include "check_support.h"

namespace vanthu::test {
namespace {

namespace fs = std::filesystem;

std::string dir() { return check_data_dir("realdocs"); }

// "¶12 error PL1.II.4.b [date.padding]", "¶1 header1.xml error …", "- error PL1.I.3 [page.margins]".
std::string key(const check::Finding& f) {
  std::string where = f.paragraph ? "\u00b6" + std::to_string(f.paragraph) : "-";
  std::string part;
  if (!f.part.empty() && f.part != "word/document.xml") part = f.part.substr(f.part.rfind('/') + 1) + " ";
  return where + " " + part + check::severity_name(f.severity) + " " + f.rule + " [" + f.check + "]";
}

struct Expected {
  std::vector<std::string> reported;  // real findings and known false ones (FP)
  std::vector<std::string> missed;    // FN: must not be reported (until fixed)
  int fp = 0;
};

Expected read_expected(const std::string& path) {
  Expected e;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    const size_t hash = line.find("  #");
    std::string k = line.substr(0, hash);
    while (!k.empty() && k.back() == ' ') k.pop_back();
    if (k.rfind("FN ", 0) == 0) {
      e.missed.push_back(k.substr(3));
    } else if (k.rfind("FP ", 0) == 0) {
      e.reported.push_back(k.substr(3));
      ++e.fp;
    } else {
      e.reported.push_back(k);
    }
  }
  std::sort(e.reported.begin(), e.reported.end());
  return e;
}

class RealDocument : public ::testing::TestWithParam<std::string> {};

TEST_P(RealDocument, ReportsExactlyTheExpectedFindings) {
  const std::string name = GetParam();
  const Expected e = read_expected(dir() + "/expected/" + name + ".expected");
  const check::Report r = run_check(read_all(dir() + "/" + name + ".docx"));
  std::vector<std::string> actual;
  for (const auto& f : r.findings) actual.push_back(key(f));
  std::sort(actual.begin(), actual.end());
  EXPECT_EQ(actual, e.reported) << check::format_text(r, name + ".docx");
  for (const std::string& m : e.missed)
    EXPECT_EQ(std::count(actual.begin(), actual.end(), m), 0) << "now found (update the FN line): " << m;
  RecordProperty("real", static_cast<int>(e.reported.size()) - e.fp);
  RecordProperty("false", e.fp);
  RecordProperty("missed", static_cast<int>(e.missed.size()));
}

std::vector<std::string> names() {
  std::vector<std::string> out;
  for (const auto& entry : fs::directory_iterator(dir() + "/expected"))
    if (entry.path().extension() == ".expected") out.push_back(entry.path().stem().string());
  std::sort(out.begin(), out.end());
  return out;
}

INSTANTIATE_TEST_SUITE_P(Shared, RealDocument, ::testing::ValuesIn(names()), [](const auto& info) {
  std::string n = "d" + info.param;
  for (char& c : n)
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  return n;
});

std::string read_error(const std::string& file) {
  try {
    run_check(read_all(dir() + "/" + file));
  } catch (const check::ReadError& e) {
    return e.what();
  }
  return "";
}

TEST(RealDocumentUnreadable, TextFileNamedDocx) {
  EXPECT_NE(read_error("38-invalid-ascii-text-named-docx.docx").find("not a zip archive"), std::string::npos);
}

TEST(RealDocumentUnreadable, WordLockFileIsNamedAsSuch) {
  EXPECT_NE(read_error("39-invalid-word-lockfile.docx").find("Word lock file"), std::string::npos);
}

// The tally over all shared documents, for docs/check.md.
TEST(RealDocumentTally, CountsRealFalseAndMissed) {
  int real = 0, fp = 0, fn = 0;
  for (const std::string& n : names()) {
    const Expected e = read_expected(dir() + "/expected/" + n + ".expected");
    real += static_cast<int>(e.reported.size()) - e.fp;
    fp += e.fp;
    fn += static_cast<int>(e.missed.size());
  }
  std::printf("shared real documents: %d real findings, %d false, %d missed: precision %.1f %%, recall %.1f %%\n", real,
              fp, fn, 100.0 * real / std::max(1, real + fp), 100.0 * real / std::max(1, real + fn));
  EXPECT_GT(real, 0);
}

}  // namespace
}  // namespace vanthu::test
