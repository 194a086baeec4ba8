// The commands as a clerk runs them: vanthu issue, vanthu batch … --issue,
// vanthu register list / void / export, with a SQLite register file.
#include <sys/wait.h>

#include <cstdio>
#include <fstream>

#include "register/register_fixture.h"

namespace vanthu::test {

namespace {

struct Run {
  int status = -1;
  std::string out;
};

Run vanthu(const std::string& args) {
  Run r;
  FILE* p = popen((std::string(VANTHU_TEST_BINARY) + " " + args + " 2>&1").c_str(), "r");
  char buf[4096];
  for (size_t n; (n = fread(buf, 1, sizeof buf, p)) > 0;) r.out.append(buf, n);
  const int st = pclose(p);
  r.status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
  return r;
}

class RegisterCli : public testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() / ("vanthu-reg-cli-" + std::to_string(getpid()));
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    reg_ = " --register " + (dir_ / "so.sqlite").string();
    std::ofstream(dir_ / "kh.json") << plan_data().dump();
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  std::string path(const std::string& name) const { return (dir_ / name).string(); }
  std::filesystem::path dir_;
  std::string reg_;
};

}  // namespace

TEST_F(RegisterCli, IssueBatchVoidAndExport) {
  auto a = vanthu("issue ke-hoach " + path("kh.json") + " -o " + path("a.docx") + " -o " + path("a.pdf") +
                  " --date 2019-01-10 --by 'Lê Thư'" + reg_);
  ASSERT_EQ(a.status, 0) << a.out;
  EXPECT_NE(a.out.find("Số: 01/KH-STTTT"), std::string::npos) << a.out;
  EXPECT_TRUE(std::filesystem::exists(path("a.pdf")));
  // An existing output is not overwritten and no number is used.
  auto again = vanthu("issue ke-hoach " + path("kh.json") + " -o " + path("a.docx") + reg_);
  EXPECT_EQ(again.status, 1);
  EXPECT_NE(again.out.find("exists already"), std::string::npos) << again.out;

  // Twelve decisions, one per person, numbered consecutively after the plan.
  auto b = vanthu("batch quyet-dinh-khen-thuong-ca-nhan " VANTHU_TEST_SOURCE_DIR
                  "/examples/khen-thuong-atgt-2018/batch-ca-nhan.json --each '$.danh_sach' -o " + path("qd") +
                  " --issue --name '{{vt.so}}-{{ho_ten}}' --jobs 2" + reg_);
  ASSERT_EQ(b.status, 0) << b.out;
  EXPECT_NE(b.out.find("issued 12 documents: 02/QĐ-STTTT to 13/QĐ-STTTT"), std::string::npos) << b.out;
  EXPECT_TRUE(std::filesystem::exists(path("qd/02-Hoàng Văn Đạt.docx")));
  // Batch files existing already: nothing is issued.
  auto b2 = vanthu("batch quyet-dinh-khen-thuong-ca-nhan " VANTHU_TEST_SOURCE_DIR
                   "/examples/khen-thuong-atgt-2018/batch-ca-nhan.json --each '$.danh_sach' -o " + path("qd") +
                   " --issue --name '{{stt}}'" + reg_);
  EXPECT_EQ(b2.status, 0) << b2.out;  // new names: 01…12 do not exist yet
  EXPECT_NE(b2.out.find("14/QĐ-STTTT to 25/QĐ-STTTT"), std::string::npos) << b2.out;
  auto b3 = vanthu("batch quyet-dinh-khen-thuong-ca-nhan " VANTHU_TEST_SOURCE_DIR
                   "/examples/khen-thuong-atgt-2018/batch-ca-nhan.json --each '$.danh_sach' -o " + path("qd") +
                   " --issue --name '{{stt}}'" + reg_);
  EXPECT_EQ(b3.status, 1);
  EXPECT_NE(b3.out.find("no number was used"), std::string::npos) << b3.out;

  auto v = vanthu("register void 1 --reason 'Sai trích yếu'" + reg_);
  ASSERT_EQ(v.status, 0) << v.out;
  auto list = vanthu("register list --year 2019 --search 'sai trích'" + reg_);
  EXPECT_EQ(list.status, 0);
  EXPECT_NE(list.out.find("voided"), std::string::npos) << list.out;
  auto next = vanthu("issue ke-hoach " + path("kh.json") + " -o " + path("c.docx") + " --date 2019-02-01" + reg_);
  EXPECT_NE(next.out.find("Số: 26/KH-STTTT"), std::string::npos) << next.out;

  auto ex = vanthu("register export --year 2019 -o " + path("so.pdf") + reg_);
  ASSERT_EQ(ex.status, 0) << ex.out;
  auto csv = vanthu("register export --year 2019 -o " + path("so.csv") + reg_);
  ASSERT_EQ(csv.status, 0) << csv.out;
  std::ifstream in(path("so.csv"));
  std::string text((std::istreambuf_iterator<char>(in)), {});
  EXPECT_NE(text.find("01/KH-STTTT,2019-01-10"), std::string::npos);
  EXPECT_NE(text.find("Sai trích yếu"), std::string::npos);

  auto bad = vanthu("register export -o " + path("x.pdf") + reg_);
  EXPECT_EQ(bad.status, 2);
}

}  // namespace vanthu::test
