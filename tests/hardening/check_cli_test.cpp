// `vanthu check` as a command: exit 0 for a conforming DOCX, 1 with
// findings, 2 for files it cannot read (not a zip, zip bomb, no
// word/document.xml, malformed XML, a DOCTYPE) and for bad usage.
#include <gtest/gtest.h>

#include <algorithm>
#include <functional>

#include <nlohmann/json.hpp>

#include "hardening_support.h"

namespace vanthu::test {
namespace {

class CheckCli : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir;
    const RunResult r = render("ke-hoach", source_dir() + "/examples/ke-hoach-atgt-2018/data.json", good());
    ASSERT_EQ(r.status, 0) << r.out;
  }
  static void TearDownTestSuite() { delete dir_; }
  static std::string good() { return *dir_ / "good.docx"; }
  static std::string path(const std::string& name) { return *dir_ / name; }
  static TempDir* dir_;
};
TempDir* CheckCli::dir_ = nullptr;

TEST_F(CheckCli, ConformingFileExitsZeroAndPrintsNothing) {
  const RunResult r = check_stdout(good());
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.out, "");
  const RunResult j = check_stdout(good(), "--format json");
  EXPECT_EQ(j.status, 0);
  EXPECT_EQ(j.out, "[]\n");
}

TEST_F(CheckCli, FindingsExitOneOneLineEach) {
  write(path("bad-date.docx"), edited_package(good(), "word/document.xml", [](std::string x) {
          return replace_once(x, "ngày 27 tháng 3 năm 2018", "ngày 27 tháng 03 năm 2018");
        }));
  const RunResult r = check_stdout(path("bad-date.docx"));
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 1) << r.out;
  EXPECT_NE(r.out.find("error PL1.II.4.b [date.padding]"), std::string::npos) << r.out;
  const RunResult j = check_stdout(path("bad-date.docx"), "--format json");
  EXPECT_EQ(j.status, 1);
  const auto arr = nlohmann::json::parse(j.out);
  ASSERT_EQ(arr.size(), 1u);
  EXPECT_EQ(arr[0]["rule"], "PL1.II.4.b");
  EXPECT_EQ(arr[0]["file"], path("bad-date.docx"));
  EXPECT_GT(arr[0]["paragraph"].get<int>(), 0);
  EXPECT_FALSE(arr[0]["fix"].get<std::string>().empty());
}

struct Unreadable {
  const char* name;
  std::function<std::string()> bytes;
  const char* message;
};

TEST_F(CheckCli, UnreadableFilesExitTwo) {
  const std::string good_bytes = slurp(good());
  const std::vector<Unreadable> cases = {
      {"empty.docx", [] { return std::string(); }, "not a zip archive"},
      {"text.docx", [] { return std::string("Kế hoạch số 293/KH-STTTT\n"); }, "not a zip archive"},
      {"truncated.docx", [&] { return good_bytes.substr(0, good_bytes.size() * 2 / 3); }, "damaged"},
      {"zip-bomb.docx", [] { return write_zip({{"word/document.xml", std::string(64u << 20, ' ')}}); }, "zip bomb"},
      {"no-document.docx", [] { return write_zip({{"word/styles.xml", "<w:styles/>"}}); }, "no word/document.xml"},
      {"malformed.docx",
       [&] {
         return edited_package(good(), "word/document.xml", [](std::string x) { return x.substr(0, x.size() - 20); });
       },
       "malformed XML"},
      {"doctype.docx",
       [&] {
         return edited_package(good(), "word/document.xml", [](std::string x) {
           return replace_once(x, "<w:document ", "<!DOCTYPE w:document [<!ENTITY a \"aaaa\">]><w:document ");
         });
       },
       "DOCTYPE"},
  };
  for (const auto& c : cases) {
    write(path(c.name), c.bytes());
    const RunResult r = vanthu("check " + quote(path(c.name)));
    EXPECT_EQ(r.status, 2) << c.name << ": " << r.out;
    EXPECT_NE(r.out.find("cannot read"), std::string::npos) << c.name << ": " << r.out;
    EXPECT_NE(r.out.find(c.message), std::string::npos) << c.name << ": " << r.out;
  }
  EXPECT_EQ(vanthu("check " + quote(path("missing.docx"))).status, 2);
}

TEST_F(CheckCli, BadUsageExitsTwo) {
  EXPECT_EQ(vanthu("check").status, 2);
  EXPECT_EQ(vanthu("check " + quote(good()) + " --format xml").status, 2);
  EXPECT_EQ(vanthu("check " + quote(good()) + " --frobnicate").status, 2);
  EXPECT_EQ(vanthu("check " + quote(good()) + " " + quote(good())).status, 2);
}

TEST_F(CheckCli, PartsListsWhatWasRecognised) {
  const RunResult r = check_stdout(good(), "--parts");
  EXPECT_EQ(r.status, 0);
  EXPECT_NE(r.out.find("ten loai: ¶"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"KẾ HOẠCH\""), std::string::npos) << r.out;
}

}  // namespace
}  // namespace vanthu::test
