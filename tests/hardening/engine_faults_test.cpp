// Faulty DOCX files made from a real engine output (the ke-hoach example),
// one per rule family, each edited in its XML: `vanthu check` must give
// exactly the expected verdicts. (tests/check does the same on a hand-made
// fixture; this keeps the checker honest on what the engine writes.)
#include <gtest/gtest.h>

#include <set>

#include "check/check.h"
#include "hardening_support.h"
#include "layout/fonts.h"
#include "layout/measure.h"

namespace vanthu::test {
namespace {

struct Fault {
  const char* name;
  const char* part;
  std::vector<std::pair<std::string, std::string>> edits;
  std::set<std::string> expected;
};

// A part's paragraph style carries its bold (docs/docx-styles.md), so a fault
// in a run's weight sets it off explicitly (<w:b w:val="0"/>), as a clerk's
// Ctrl+B on a styled line does.
const std::vector<Fault>& faults() {
  static const std::vector<Fault> all = {
      {"page", "word/document.xml", {{"<w:pgSz w:w=\"11906\" w:h=\"16838\"/>", "<w:pgSz w:w=\"12240\" w:h=\"15840\"/>"}},
       {"PL1.I.1 page.size"}},
      {"margins", "word/document.xml", {{"w:right=\"850\"", "w:right=\"1417\""}}, {"PL1.I.3 page.margins"}},
      {"font", "word/styles.xml", {{"w:ascii=\"Times New Roman\"", "w:ascii=\"Arial\""}}, {"PL1.I.4 font.family"}},
      {"quoc-hieu", "word/document.xml", {{"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM VIỆT NAM"}},
       {"PL1.II.1.a quoc-hieu.text", "PL1.II.1.a quoc-hieu.one-line"}},
      {"tieu-ngu", "word/document.xml", {{"Độc lập - Tự do - Hạnh phúc", "Độc lập-Tự do-Hạnh phúc"}}, {"PL1.II.1.b tieu-ngu.text"}},
      {"organ", "word/document.xml", {{"<w:b/><w:sz w:val=\"26\"/><w:szCs w:val=\"26\"/></w:rPr><w:t>SỞ THÔNG TIN", "<w:b w:val=\"0\"/><w:sz w:val=\"26\"/><w:szCs w:val=\"26\"/></w:rPr><w:t>SỞ THÔNG TIN"}},
       {"PL1.II.2.b organ.style"}},
      {"so", "word/document.xml", {{"Số: 293/KH-STTTT", "Số: 293/QĐ-STTTT"}}, {"PL3.I so.type-abbreviation"}},
      {"date", "word/document.xml", {{"ngày 27 tháng 3 năm 2018", "ngày 27 tháng 03 năm 2018"}}, {"PL1.II.4.b date.padding"}},
      {"trich-yeu", "word/document.xml", {{"<w:b/><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/></w:rPr><w:t>Phát động", "<w:b w:val=\"0\"/><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/></w:rPr><w:t>Phát động"}},
       {"PL1.II.5.b trich-yeu.style"}},
      {"ending", "word/document.xml", {{"năm 2018./.", "năm 2018."}}, {"PL3.II body.ending"}},
      {"noi-nhan", "word/document.xml", {{"- Lưu: VT, VP.", "- Lưu trữ."}}, {"PL1.II.9.d noi-nhan.luu"}},
      {"signer", "word/document.xml", {{"Nguyễn Quang Huy", "NGUYỄN QUANG HUY"}}, {"PL1.II.7.đ signer.name"}},
      {"page-number", "word/document.xml", {{"<w:titlePg/>", ""}}, {"PL1.I.7 page-number.first-page"}},
      {"body", "word/document.xml", {{"w:firstLine=\"567\"/><w:jc w:val=\"both\"/><w:rPr><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/></w:rPr></w:pPr><w:r><w:rPr><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/></w:rPr><w:t>Toàn thể", "w:firstLine=\"0\"/><w:jc w:val=\"both\"/><w:rPr><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/></w:rPr></w:pPr><w:r><w:rPr><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/></w:rPr><w:t>Toàn thể"}},
       {"PL1.II.6.e body.indent"}},
  };
  return all;
}

class EngineFault : public ::testing::TestWithParam<Fault> {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir;
    const RunResult r = render("ke-hoach", source_dir() + "/examples/ke-hoach-atgt-2018/data.json", *dir_ / "good.docx");
    ASSERT_EQ(r.status, 0) << r.out;
    fonts_ = layout::FontSystem::create();
    measurer_ = layout::make_measurer(fonts_).release();
  }
  static void TearDownTestSuite() {
    delete measurer_;
    delete dir_;
  }
  static check::Report check_bytes(const std::string& bytes) {
    check::CheckOptions o;
    o.measurer = measurer_;
    return check::check_docx(bytes, o);
  }
  static TempDir* dir_;
  static std::shared_ptr<layout::FontSystem> fonts_;
  static model::TextMeasurer* measurer_;
};
TempDir* EngineFault::dir_ = nullptr;
std::shared_ptr<layout::FontSystem> EngineFault::fonts_;
model::TextMeasurer* EngineFault::measurer_ = nullptr;

TEST_P(EngineFault, GivesItsVerdict) {
  const Fault& f = GetParam();
  const std::string good = *dir_ / "good.docx";
  ASSERT_TRUE(check_bytes(slurp(good)).clean());
  const std::string bytes = edited_package(good, f.part, [&](std::string x) {
    for (const auto& [from, to] : f.edits) x = replace_once(x, from, to);
    return x;
  });
  const check::Report r = check_bytes(bytes);
  std::set<std::string> got;
  for (const auto& finding : r.findings) got.insert(finding.rule + " " + finding.check);
  EXPECT_EQ(got, f.expected) << check::format_text(r, std::string(f.name) + ".docx");
}

INSTANTIATE_TEST_SUITE_P(Hardening, EngineFault, ::testing::ValuesIn(faults()),
                         [](const ::testing::TestParamInfo<Fault>& i) {
                           std::string n = i.param.name;
                           for (char& c : n)
                             if (c == '-') c = '_';
                           return n;
                         });

}  // namespace
}  // namespace vanthu::test
