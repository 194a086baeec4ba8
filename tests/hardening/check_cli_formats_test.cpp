// `vanthu check --help`, `--format sarif`, and the clear messages for files
// that are not DOCX packages a user may pick by mistake: a Word lock file
// ("~$…"), an encrypted DOCX and a Word 97–2003 .doc (both OLE compound
// files), a zip without [Content_Types].xml.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "hardening_support.h"

namespace vanthu::test {
namespace {

class CheckCliFormats : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir;
    const RunResult r = render("ke-hoach", source_dir() + "/examples/ke-hoach-atgt-2018/data.json", *dir_ / "good.docx");
    ASSERT_EQ(r.status, 0) << r.out;
  }
  static void TearDownTestSuite() { delete dir_; }
  static std::string path(const std::string& name) { return *dir_ / name; }
  static TempDir* dir_;
};
TempDir* CheckCliFormats::dir_ = nullptr;

TEST_F(CheckCliFormats, HelpIsShown) {
  const RunResult r = vanthu("check --help");
  EXPECT_EQ(r.status, 0);
  EXPECT_NE(r.out.find("--format text|json|sarif"), std::string::npos) << r.out;
}

TEST_F(CheckCliFormats, SarifLogOfTheFindings) {
  write(path("bad-date.docx"), edited_package(path("good.docx"), "word/document.xml", [](std::string x) {
          return replace_once(x, "ngày 27 tháng 3 năm 2018", "ngày 27 tháng 03 năm 2018");
        }));
  const RunResult r = check_stdout(path("bad-date.docx"), "--format sarif");
  EXPECT_EQ(r.status, 1);
  const auto log = nlohmann::json::parse(r.out);
  EXPECT_EQ(log["version"], "2.1.0");
  const auto& run = log["runs"].at(0);
  EXPECT_EQ(run["tool"]["driver"]["name"], "vanthu check");
  ASSERT_EQ(run["results"].size(), 1u);
  const auto& res = run["results"][0];
  EXPECT_EQ(res["ruleId"], "date.padding");
  EXPECT_EQ(res["level"], "error");
  EXPECT_EQ(run["tool"]["driver"]["rules"][res["ruleIndex"].get<size_t>()]["id"], "date.padding");
  EXPECT_EQ(res["properties"]["clause"], "PL1.II.4.b");
  EXPECT_EQ(res["properties"]["confidence"], "certain");
  EXPECT_EQ(res["locations"][0]["physicalLocation"]["artifactLocation"]["uri"], path("bad-date.docx"));
  const RunResult clean = check_stdout(path("good.docx"), "--format sarif");
  EXPECT_EQ(clean.status, 0);
  EXPECT_TRUE(nlohmann::json::parse(clean.out)["runs"][0]["results"].empty());
}

TEST_F(CheckCliFormats, JsonCarriesConfidenceAndPart) {
  write(path("bad-date.docx"), edited_package(path("good.docx"), "word/document.xml", [](std::string x) {
          return replace_once(x, "ngày 27 tháng 3 năm 2018", "ngày 27 tháng 03 năm 2018");
        }));
  const auto arr = nlohmann::json::parse(check_stdout(path("bad-date.docx"), "--format json").out);
  ASSERT_EQ(arr.size(), 1u);
  EXPECT_EQ(arr[0]["confidence"], "certain");
  EXPECT_EQ(arr[0]["about"], "date");
  // What the web page shows a clerk: the subject in Vietnamese.
  EXPECT_EQ(arr[0]["title_vi"].get<std::string>().rfind("Ngày", 0), 0u) << arr[0].dump();
}

TEST_F(CheckCliFormats, FilesThatAreNotDocxPackagesAreNamed) {
  const std::string ole("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
  std::string encrypted = ole + std::string(504, '\0');
  for (char ch : std::string("EncryptedPackage")) encrypted += std::string(1, ch) + '\0';
  std::string lock(162, '\0');
  lock[0] = 8;
  lock.replace(1, 8, "ThinkPro");
  const struct {
    const char* name;
    std::string bytes;
    const char* message;
  } cases[] = {
      {"~$report.docx", lock, "Word lock file"},
      {"lock-content.docx", lock, "Word lock file"},
      {"encrypted.docx", encrypted, "encrypted"},
      {"old.doc", ole + std::string(504, '\0'), "Word 97-2003"},
  };
  for (const auto& c : cases) {
    write(path(c.name), c.bytes);
    const RunResult r = vanthu("check " + quote(path(c.name)));
    EXPECT_EQ(r.status, 2) << c.name << ": " << r.out;
    EXPECT_NE(r.out.find(c.message), std::string::npos) << c.name << ": " << r.out;
  }
  write(path("no-content-types.docx"),
        write_zip({{"word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/"
                                          "2006/main\"><w:body/></w:document>"}}));
  const RunResult r = vanthu("check " + quote(path("no-content-types.docx")));
  EXPECT_EQ(r.status, 2) << r.out;
  EXPECT_NE(r.out.find("[Content_Types].xml"), std::string::npos) << r.out;
}

}  // namespace
}  // namespace vanthu::test
