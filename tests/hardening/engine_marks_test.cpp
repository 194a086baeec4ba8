// The marks of PL1 §II.10 and Mục III as the engine writes them (phạm vi lưu
// hành, DỰ THẢO, the drafter's mark after the Lưu line, the organ's address at
// the foot of page 1) are known to `vanthu check`: the engine's output is
// clean, and each mark broken the way people break it gives its finding.
#include <gtest/gtest.h>

#include <set>

#include "check/check.h"
#include "hardening_support.h"
#include "layout/fonts.h"
#include "layout/measure.h"

namespace vanthu::test {
namespace {

using Entries = std::vector<std::pair<std::string, std::string>>;

std::set<std::string> checks_of(const std::string& docx) {
  static auto fonts = layout::FontSystem::create();
  static auto measurer = layout::make_measurer(fonts);
  check::CheckOptions options;
  options.measurer = measurer.get();
  const check::Report r = check::check_docx(docx, options);
  std::set<std::string> out;
  for (const auto& f : r.findings) out.insert(f.check);
  return out;
}

std::string& part(Entries& e, const std::string& name) {
  for (auto& [n, data] : e)
    if (n == name) return data;
  throw std::runtime_error("no part " + name);
}

// The footer part holding the address.
std::string& address_footer(Entries& e) {
  for (auto& [n, data] : e)
    if (n.rfind("word/footer", 0) == 0 && data.find("Hoàng Liên") != std::string::npos) return data;
  throw std::runtime_error("no footer with the address");
}

class EngineMarks : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    tmp_ = new TempDir;
    // The ke-hoach example (several pages) with every mark the templates offer.
    std::string data = slurp(source_dir() + "/examples/ke-hoach-atgt-2018/data.json");
    const size_t brace = data.find('{');
    data.insert(brace + 1,
                "\"pham_vi_luu_hanh\": \"XEM XONG TRẢ LẠI\", \"du_thao\": 2, \"nguoi_soan_thao\": \"PL\", "
                "\"so_ban_phat_hanh\": 300, \"dia_chi\": [\"Số 8, đường Hoàng Liên, phường Cốc Lếu, thành phố Lào Cai\", "
                "\"ĐT: 0214.3840.123, Fax: 0214.3840.124\", \"E-mail: sgtvt@laocai.gov.vn\"],");
    const std::string json = *tmp_ / "marks.json";
    write(json, data);
    const std::string out = *tmp_ / "marks.docx";
    const RunResult r = render("ke-hoach", json, out);
    ASSERT_EQ(r.status, 0) << r.out;
    entries_ = new Entries(zip_entries(out));
    ASSERT_FALSE(entries_->empty());
  }
  static void TearDownTestSuite() {
    delete entries_;
    delete tmp_;
  }
  static TempDir* tmp_;
  static Entries* entries_;

  Entries copy() const { return *entries_; }
  static std::set<std::string> check(const Entries& e) { return checks_of(write_zip(e)); }
};

TempDir* EngineMarks::tmp_ = nullptr;
Entries* EngineMarks::entries_ = nullptr;

TEST_F(EngineMarks, OutputWithEveryMarkIsClean) {
  Entries e = copy();
  const std::string& doc = part(e, "word/document.xml");
  ASSERT_NE(doc.find("XEM XONG TRẢ LẠI"), std::string::npos);
  ASSERT_NE(doc.find("DỰ THẢO LẦN 2"), std::string::npos);
  ASSERT_NE(doc.find("PL.(300)"), std::string::npos);
  EXPECT_EQ(check(e), std::set<std::string>{});
}

TEST_F(EngineMarks, CirculationWithoutFrame) {
  Entries e = copy();
  std::string& doc = part(e, "word/document.xml");
  const size_t at = doc.find("XEM XONG TRẢ LẠI");
  const size_t from = doc.rfind("<w:tblBorders>", at);
  const size_t to = doc.find("</w:tblBorders>", from) + std::string("</w:tblBorders>").size();
  doc.erase(from, to - from);
  EXPECT_EQ(check(e), std::set<std::string>{"luu-hanh.frame"});
}

TEST_F(EngineMarks, CirculationNotBoldNorUpper) {
  Entries e = copy();
  std::string& doc = part(e, "word/document.xml");
  const size_t at = doc.find("XEM XONG TRẢ LẠI");
  doc.erase(doc.rfind("<w:b/>", at), 6);
  EXPECT_EQ(check(e), std::set<std::string>{"luu-hanh.style"});
  doc = replace_once(doc, "XEM XONG TRẢ LẠI", "Xem xong trả lại");
  EXPECT_EQ(check(e), std::set<std::string>{"luu-hanh.style"});
}

TEST_F(EngineMarks, CirculationSize) {
  Entries e = copy();
  std::string& doc = part(e, "word/document.xml");
  const size_t at = doc.find("XEM XONG TRẢ LẠI");
  const size_t sz = doc.rfind("<w:sz w:val=\"26\"/>", at);
  doc.replace(sz, std::string("<w:sz w:val=\"26\"/>").size(), "<w:sz w:val=\"22\"/>");
  EXPECT_EQ(check(e), std::set<std::string>{"luu-hanh.size"});
}

TEST_F(EngineMarks, DrafterInLowerCase) {
  Entries e = copy();
  std::string& doc = part(e, "word/document.xml");
  doc = replace_once(doc, "PL.(300)", "pl.(300)");
  EXPECT_EQ(check(e), std::set<std::string>{"drafter.form"});
  doc = replace_once(doc, "pl.(300)", "PL.(ba trăm)");
  EXPECT_EQ(check(e), std::set<std::string>{"drafter.form"});
  doc = replace_once(doc, "PL.(ba trăm)", "PL(300)");  // without the dot: accepted
  EXPECT_EQ(check(e), std::set<std::string>{});
}

TEST_F(EngineMarks, AddressWithoutRule) {
  Entries e = copy();
  std::string& f = address_footer(e);
  const size_t from = f.find("<w:pBdr>");
  ASSERT_NE(from, std::string::npos);
  f.erase(from, f.find("</w:pBdr>") + 9 - from);
  EXPECT_EQ(check(e), std::set<std::string>{"address.rule"});
}

TEST_F(EngineMarks, AddressRuleNotFullWidth) {
  Entries e = copy();
  std::string& f = address_footer(e);
  f = replace_once(f, "</w:pBdr>", "</w:pBdr><w:ind w:left=\"2000\" w:right=\"2000\"/>");
  EXPECT_EQ(check(e), std::set<std::string>{"address.rule"});
}

TEST_F(EngineMarks, AddressSizeAndCase) {
  Entries e = copy();
  std::string& f = address_footer(e);
  const std::string clean = f;
  f = replace_once(f, "<w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/></w:rPr><w:t>ĐT",
                   "<w:sz w:val=\"26\"/><w:szCs w:val=\"26\"/></w:rPr><w:t>ĐT");
  EXPECT_EQ(check(e), std::set<std::string>{"address.style"});
  f = replace_once(clean, "Số 8, đường Hoàng Liên, phường Cốc Lếu, thành phố Lào Cai",
                   "SỐ 8, ĐƯỜNG HOÀNG LIÊN, PHƯỜNG CỐC LẾU, THÀNH PHỐ LÀO CAI");
  EXPECT_EQ(check(e), std::set<std::string>{"address.style"});
}

TEST_F(EngineMarks, AddressOnEveryPage) {
  Entries e = copy();
  std::string& doc = part(e, "word/document.xml");
  const size_t at = doc.find("<w:footerReference w:type=\"first\"");
  ASSERT_NE(at, std::string::npos);
  doc.replace(at, std::string("<w:footerReference w:type=\"first\"").size(), "<w:footerReference w:type=\"default\"");
  EXPECT_EQ(check(e), std::set<std::string>{"address.page"});
}

}  // namespace
}  // namespace vanthu::test
