// Issue 16: all outputs of one command written together or not at all,
// --markup under the same rules, modes kept, long names, and batch file
// names without invisible characters.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include "api/batch.h"
#include "hardening_support.h"

namespace vanthu::test {
namespace {

std::string plan_data() { return source_dir() + "/examples/ke-hoach-atgt-2018/data.json"; }

// Names in `dir`, hidden ones included.
std::vector<std::string> listing(const std::string& dir) {
  std::vector<std::string> names;
  for (const auto& e : fs::directory_iterator(dir)) names.push_back(e.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

TEST(OutputsTogether, SecondOutputFailingLeavesTheFirstUntouched) {
  TempDir tmp;
  write(tmp / "a.docx", "old contents");
  const RunResult r = vanthu("render ke-hoach " + quote(plan_data()) + " -o " + quote(tmp / "a.docx") + " -o " +
                             quote(tmp / "missing/a.pdf"));
  EXPECT_EQ(r.status, 1) << r.out;
  EXPECT_EQ(slurp(tmp / "a.docx"), "old contents") << "the first output was replaced although the command failed";
  EXPECT_EQ(listing(tmp.path.string()), std::vector<std::string>{"a.docx"}) << "a temporary file was left";
}

TEST(OutputsTogether, NewFirstOutputIsNotLeftBehind) {
  TempDir tmp;
  const RunResult r = vanthu("render ke-hoach " + quote(plan_data()) + " -o " + quote(tmp / "a.docx") + " -o " +
                             quote(tmp / "missing/a.pdf"));
  EXPECT_EQ(r.status, 1) << r.out;
  EXPECT_TRUE(listing(tmp.path.string()).empty());
}

TEST(OutputsTogether, MarkupIsWrittenOnlyWithTheDocuments) {
  TempDir tmp;
  // The data fails the template's checks: neither the markup nor a document.
  write(tmp / "bad.json", "{\"co_quan\": {}}");
  const RunResult r = vanthu("render ke-hoach " + quote(tmp / "bad.json") + " -o " + quote(tmp / "a.docx") + " --markup " +
                             quote(tmp / "m.xml"));
  EXPECT_EQ(r.status, 1) << r.out;
  EXPECT_EQ(listing(tmp.path.string()), std::vector<std::string>{"bad.json"});
  // Good data: all three.
  const RunResult ok = vanthu("render ke-hoach " + quote(plan_data()) + " -o " + quote(tmp / "a.docx") + " --markup " +
                              quote(tmp / "m.xml"));
  EXPECT_EQ(ok.status, 0) << ok.out;
  EXPECT_TRUE(fs::exists(tmp / "a.docx"));
  EXPECT_NE(slurp(tmp / "m.xml").find("<document"), std::string::npos);
}

TEST(OutputsTogether, MarkupNamingAnInputIsRefused) {
  TempDir tmp;
  fs::copy_file(plan_data(), tmp / "data.json");
  const std::string before = slurp(tmp / "data.json");
  RunResult r = vanthu("render ke-hoach " + quote(tmp / "data.json") + " -o " + quote(tmp / "a.docx") + " --markup " +
                       quote(tmp / "data.json"));
  EXPECT_EQ(r.status, 2) << r.out;
  EXPECT_NE(r.out.find("must end in .xml"), std::string::npos) << r.out;
  EXPECT_EQ(slurp(tmp / "data.json"), before);
  // A template's own file, even named by the template's name.
  const std::string tpl_xml = source_dir() + "/templates/ke-hoach/template.xml";
  const std::string tpl_before = slurp(tpl_xml);
  r = vanthu("render ke-hoach " + quote(tmp / "data.json") + " -o " + quote(tmp / "a.docx") + " --markup " + quote(tpl_xml));
  EXPECT_EQ(r.status, 2) << r.out;
  EXPECT_NE(r.out.find("is a file of the template"), std::string::npos) << r.out;
  EXPECT_EQ(slurp(tpl_xml), tpl_before);
  EXPECT_FALSE(fs::exists(tmp / "a.docx"));
}

TEST(OutputsTogether, ReplacedFileKeepsItsMode) {
  TempDir tmp;
  write(tmp / "a.pdf", "old");
  ASSERT_EQ(::chmod((tmp / "a.pdf").c_str(), 0640), 0);
  const RunResult r = render("ke-hoach", plan_data(), tmp / "a.pdf");
  ASSERT_EQ(r.status, 0) << r.out;
  struct stat st{};
  ASSERT_EQ(::stat((tmp / "a.pdf").c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 07777, 0640u);
  EXPECT_NE(slurp(tmp / "a.pdf"), "old");
}

TEST(OutputsTogether, NameOf250BytesWorks) {
  TempDir tmp;
  const std::string name = std::string(246, 'a') + ".pdf";  // 250 bytes: no room for a suffix on it
  const RunResult r = render("ke-hoach", plan_data(), tmp / name);
  EXPECT_EQ(r.status, 0) << r.out;
  EXPECT_EQ(listing(tmp.path.string()), std::vector<std::string>{name});
}

TEST(OutputsTogether, NoSyncGivesTheSameBytes) {
  TempDir tmp;
  ASSERT_EQ(render("ke-hoach", plan_data(), tmp / "a.pdf").status, 0);
  const RunResult r = vanthu("render ke-hoach " + quote(plan_data()) + " -o " + quote(tmp / "b.pdf") + " --no-sync");
  ASSERT_EQ(r.status, 0) << r.out;
  EXPECT_EQ(slurp(tmp / "a.pdf"), slurp(tmp / "b.pdf"));
}

TEST(BatchNames, InvisibleAndBidiCharactersAreRemoved) {
  // "Nguyễn<RLO>fdp.exe" would show as "Nguyễnexe.pdf".
  EXPECT_EQ(batch::safe_file_name("Nguy\u1EC5n\u202Efdp.exe", false), "Nguy\u1EC5nfdp.exe");
  EXPECT_EQ(batch::safe_file_name("A\u200Bn\u200Dh\u2066\u2069\uFEFF", false), "Anh");
  EXPECT_EQ(batch::safe_file_name("\u200E\u200Fx\u00AD", false), "x");
}

}  // namespace
}  // namespace vanthu::test
