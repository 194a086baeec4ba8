// Every example of every form (Phụ lục III, issue 11): the DOCX is a valid
// package whose XML parts validate against the OOXML schemas, `vanthu check`
// finds nothing in it, and the same data gives byte-identical files.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "e2e/e2e_support.h"
#include "support/docx_package_check.h"

namespace vanthu::test {
namespace {

TEST(Forms, EveryExampleIsAValidCheckCleanDeterministicDocx) {
  const fs::path dir = fs::temp_directory_path() / "vanthu-forms-test";
  fs::create_directories(dir);
  int examples = 0;
  std::set<std::string> templates;
  for (const auto& ex : fs::directory_iterator(source_dir() + "/examples")) {
    if (!fs::exists(ex.path() / "template")) continue;
    const std::string tpl = text::collapse_spaces(slurp((ex.path() / "template").string()));
    for (const auto& f : fs::directory_iterator(ex.path())) {
      const std::string name = f.path().filename().string();
      if (name.rfind("data", 0) != 0 || f.path().extension() != ".json") continue;
      SCOPED_TRACE(f.path().string());
      const std::string a = (dir / "a.docx").string(), b = (dir / "b.docx").string(), pdf = (dir / "a.pdf").string();
      const std::string render = "SOURCE_DATE_EPOCH=1522108800 " + quote(vanthu_binary()) + " render " + quote(tpl) + " " +
                                 quote(f.path().string());
      const RunResult r = run(render + " -o " + quote(a) + " -o " + quote(pdf));
      ASSERT_EQ(r.status, 0) << r.out;
      ASSERT_EQ(run(render + " -o " + quote(b)).status, 0);
      const std::string bytes = slurp(a);
      EXPECT_EQ(bytes, slurp(b)) << "two renders differ";
      const auto errors = check_docx_package(bytes);
      EXPECT_TRUE(errors.empty()) << join_errors(errors);
      const RunResult c = run(quote(vanthu_binary()) + " check " + quote(a));
      EXPECT_EQ(c.status, 0) << c.out;
      EXPECT_GT(fs::file_size(pdf), 1000u);
      templates.insert(tpl);
      ++examples;
    }
  }
  EXPECT_GE(examples, 20);
  // Every template of the catalogue has an example (the fourteen forms and more).
  const RunResult list = run(quote(vanthu_binary()) + " templates");
  ASSERT_EQ(list.status, 0);
  for (const auto& t : fs::directory_iterator(source_dir() + "/templates")) {
    const std::string name = t.path().filename().string();
    if (name.front() == '_' || name == "quyet-dinh-khen-thuong-ca-nhan") continue;  // the batch template: batch-ca-nhan.json
    EXPECT_TRUE(templates.count(name)) << name << " has no example";
  }
  EXPECT_GE(templates.size(), 16u);
  fs::remove_all(dir);
}

}  // namespace
}  // namespace vanthu::test

namespace vanthu::test {
namespace {

// PL1 §V.6b sets the điểm (a), b), …) upright: a "### …" title in a plan is
// neither italic nor bold, and `vanthu check` (PL1.II.6.e body.upright)
// finds nothing in it.
TEST(Forms, DiemTitlesAreUprightAndCheckClean) {
  const fs::path dir = fs::temp_directory_path() / "vanthu-diem-test";
  fs::create_directories(dir);
  std::string data = slurp(source_dir() + "/examples/ke-hoach-atgt-2018/data.json");
  const std::string at = "\"# Mục đích, yêu cầu\",";
  const size_t pos = data.find(at);
  ASSERT_NE(pos, std::string::npos);
  data.insert(pos + at.size(), " \"## Phạm vi\", \"### Điểm thứ nhất\", \"Nội dung của điểm thứ nhất.\", "
                               "\"### Điểm thứ hai\", \"Nội dung của điểm thứ hai.\",");
  const std::string json = (dir / "kh.json").string(), docx = (dir / "kh.docx").string();
  write(json, data);
  const RunResult r = run(quote(vanthu_binary()) + " render ke-hoach " + quote(json) + " -o " + quote(docx));
  ASSERT_EQ(r.status, 0) << r.out;
  const RunResult c = run(quote(vanthu_binary()) + " check " + quote(docx));
  EXPECT_EQ(c.status, 0) << c.out;
  std::string document;
  for (const auto& [name, bytes] : zip_entries(docx))
    if (name == "word/document.xml") document = bytes;
  const size_t title = document.find("Điểm thứ nhất");
  ASSERT_NE(title, std::string::npos);
  // The paragraph that holds it: from its last "<w:p>" / "<w:p " start.
  size_t para = 0;
  for (const char* start : {"<w:p>", "<w:p "})
    if (const size_t at = document.rfind(start, title); at != std::string::npos) para = std::max(para, at);
  const std::string paragraph = document.substr(para, title - para);
  EXPECT_EQ(paragraph.find("<w:i/>"), std::string::npos) << paragraph;
  EXPECT_EQ(paragraph.find("<w:b/>"), std::string::npos) << paragraph;
  EXPECT_NE(paragraph.find("a) "), std::string::npos) << paragraph;
  fs::remove_all(dir);
}

// PL3 Mẫu 1.10: a giấy nghỉ phép may carry, under the Nơi nhận, the
// confirmation of the place of leave with room to sign and seal. Asked for
// ($.xac_nhan), it is printed with the model's wording or the given one; not
// asked for, nothing is; either way `vanthu check` reads the Nơi nhận list
// as ending at its "- Lưu" line and finds nothing.
TEST(Forms, LeaveCertificateConfirmationOfThePlaceOfLeave) {
  TempDir tmp;
  const std::string example = slurp(source_dir() + "/examples/giay-nghi-phep-2018/data.json");
  const struct {
    const char* name;
    const char* xac_nhan;  // inserted as "xac_nhan": …; nullptr = none
    const char* expect;    // text expected in the document; nullptr = no confirmation
  } cases[] = {
      {"none", nullptr, nullptr},
      {"model", "{}", "Xác nhận của cơ quan (tổ chức) hoặc chính quyền địa phương nơi nghỉ phép"},
      {"named", R"({"tieu_de": "Xác nhận của Ủy ban nhân dân xã Tân Thanh", "ho_ten": "Hoàng Văn Bình"})",
       "Xác nhận của Ủy ban nhân dân xã Tân Thanh"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    std::string data = example;
    if (c.xac_nhan) data.insert(data.find('{') + 1, std::string("\"xac_nhan\": ") + c.xac_nhan + ", ");
    const std::string json = tmp / (std::string(c.name) + ".json"), docx = tmp / (std::string(c.name) + ".docx");
    write(json, data);
    const RunResult r = run(quote(vanthu_binary()) + " render giay-nghi-phep " + quote(json) + " -o " + quote(docx));
    ASSERT_EQ(r.status, 0) << r.out;
    const RunResult check = run(quote(vanthu_binary()) + " check " + quote(docx));
    EXPECT_EQ(check.status, 0) << check.out;
    std::string document;
    for (const auto& [name, bytes] : zip_entries(docx))
      if (name == "word/document.xml") document = bytes;
    EXPECT_EQ(document.find("(Chữ ký, dấu)") != std::string::npos, c.expect != nullptr);
    if (c.expect) EXPECT_NE(document.find(c.expect), std::string::npos);
    if (std::string(c.name) == "named") {
      // The name stands after the confirmation's text, under its space to sign.
      EXPECT_GT(document.find("Hoàng Văn Bình"), document.find("(Chữ ký, dấu)"));
    }
  }
}

}  // namespace
}  // namespace vanthu::test
