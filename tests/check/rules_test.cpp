// One broken rule at a time: each case edits the conforming fixture and
// expects exactly the listed verdicts (rule clause + check name), no more.
#include <gtest/gtest.h>

#include <functional>
#include <string>
#include <vector>

#include "check_support.h"
#include "fixture.h"

namespace vanthu::test {
namespace {

struct Case {
  const char* name;
  std::function<Fixture()> base;
  std::vector<std::pair<std::string, std::string>> edits;
  std::set<std::string> expected;
};

std::string run(const char* text, int size, bool bold = false, bool italic = false) {
  return rpr({size, bold, italic}) + "<w:t xml:space=\"preserve\">" + text;
}

const std::vector<Case>& cases() {
  static const std::vector<Case> all = {
      // PL1.I.1–3: page
      {"PageSize", decision, {{"<w:pgSz w:w=\"11906\" w:h=\"16838\"/>", "<w:pgSz w:w=\"12240\" w:h=\"15840\"/>"}},
       {"PL1.I.1 page.size"}},
      {"Orientation", decision, {{"<w:pgSz w:w=\"11906\" w:h=\"16838\"/>", "<w:pgSz w:w=\"11906\" w:h=\"16838\" w:orient=\"landscape\"/>"}},
       {"PL1.I.2 page.orientation"}},
      {"Margins", decision, {{"w:top=\"1134\"", "w:top=\"851\""}}, {"PL1.I.3 page.margins"}},
      // PL1.I.4: font, colour, Unicode form
      {"FontFamily", decision, {{"w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\"", "w:ascii=\"Arial\" w:hAnsi=\"Arial\""}},
       {"PL1.I.4 font.family"}},
      {"FontColour", decision, {{run("- UBND tỉnh", 22), "<w:rPr><w:color w:val=\"FF0000\"/><w:sz w:val=\"22\"/></w:rPr><w:t xml:space=\"preserve\">- UBND tỉnh"}},
       {"PL1.I.4 font.colour"}},
      {"Nfd", decision, {{"Hoàng Văn Minh", "Hoa\u0300ng Văn Minh"}}, {"PL1.I.4 text.nfc"}},
      // PL1.I.7: page numbers
      {"PageNumberOnFirstPage", decision, {{"<w:titlePg/>", ""}}, {"PL1.I.7 page-number.first-page"}},
      {"PageNumberMissing", decision, {{"<w:instrText xml:space=\"preserve\"> PAGE </w:instrText>", "<w:instrText xml:space=\"preserve\"> DATE </w:instrText>"}},
       {"PL1.I.7 page-number.missing"}},
      {"PageNumberNotCentred", decision, {{"<w:hdr " + std::string(kW) + "><w:p><w:pPr><w:jc w:val=\"center\"/>", "<w:hdr " + std::string(kW) + "><w:p><w:pPr><w:jc w:val=\"left\"/>"}},
       {"PL1.I.7 page-number.position"}},
      // PL1.II.1: Quốc hiệu, Tiêu ngữ
      {"QuocHieuMissing", decision, {{"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CỘNG HÒA"}}, {"PL1.II.1.a quoc-hieu.missing"}},
      {"QuocHieuLowerCase", decision, {{"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Cộng hòa xã hội chủ nghĩa Việt Nam"}},
       {"PL1.II.1.a quoc-hieu.text"}},
      {"QuocHieuTooBigForOneLine", decision, {{run("CỘNG HÒA", 26, true), run("CỘNG HÒA", 28, true)}},
       {"PL1.II.1.a quoc-hieu.style", "PL1.II.1.a quoc-hieu.one-line"}},
      {"TieuNguDashes", decision, {{"Độc lập - Tự do - Hạnh phúc", "Độc lập – Tự do – Hạnh phúc"}}, {"PL1.II.1.b tieu-ngu.text"}},
      {"TieuNguRuleShort", decision, {{"w:left=\"1055\" w:right=\"1055\"", "w:left=\"2055\" w:right=\"2055\""}},
       {"PL1.II.1.b tieu-ngu.rule"}},
      {"TieuNguRuleMissing", decision, {{rule(1055), ""}}, {"PL1.II.1.b tieu-ngu.rule"}},
      // PL1.II.2: organ
      {"OrganLowerCase", decision, {{"TRUYỀN THÔNG<", "Truyền thông<"}}, {"PL1.II.2.b organ.style"}},
      {"OrganRuleLong", decision, {{"w:left=\"1350\" w:right=\"1350\"", "w:left=\"300\" w:right=\"300\""}}, {"PL1.II.2.b organ.rule"}},
      {"OrganRuleOffCentre", decision, {{"w:left=\"1350\" w:right=\"1350\"", "w:left=\"1750\" w:right=\"950\""}}, {"PL1.II.2.b organ.rule"}},
      // PL1.II.3, PL3.I: Số, ký hiệu
      {"NumberPadding", decision, {{"Số: 12/QĐ-STTTT", "Số: 5/QĐ-STTTT"}}, {"PL1.II.3.c so.padding"}},
      {"NumberYear", decision, {{"Số: 12/QĐ-STTTT", "Số: 12/2019/QĐ-STTTT"}}, {"PL1.II.3.b so.year"}},
      {"NumberTypeAbbreviation", decision, {{"Số: 12/QĐ-STTTT", "Số: 12/KH-STTTT"}}, {"PL3.I so.type-abbreviation"}},
      {"NumberNoColon", decision, {{"Số: 12/QĐ-STTTT", "Số 12/QĐ-STTTT"}}, {"PL1.II.3.c so.form"}},
      {"NumberSymbolCase", decision, {{"Số: 12/QĐ-STTTT", "Số: 12/QĐ-Stttt"}}, {"PL1.II.3.c so.symbol"}},
      {"NumberSize", decision, {{run("Số: 12/QĐ-STTTT", 26), run("Số: 12/QĐ-STTTT", 28)}}, {"PL1.II.3.c so.style"}},
      // PL1.II.4: date
      {"DateDayPadding", decision, {{"ngày 05 tháng 02", "ngày 5 tháng 02"}}, {"PL1.II.4.b date.padding"}},
      {"DateMonthPadding", decision, {{"ngày 05 tháng 02 năm 2019", "ngày 27 tháng 03 năm 2019"}}, {"PL1.II.4.b date.padding"}},
      {"DateFebruaryUnpadded", decision, {{"ngày 05 tháng 02", "ngày 05 tháng 2"}}, {"PL1.II.4.b date.padding"}},
      {"DateNotReal", decision, {{"ngày 05 tháng 02", "ngày 30 tháng 02"}}, {"PL1.II.4.b date.valid"}},
      {"DateNoComma", decision, {{"Lạng Sơn, ngày", "Lạng Sơn ngày"}}, {"PL1.II.4.c date.place"}},
      {"DateUpright", decision, {{run("Lạng Sơn", 28, false, true), run("Lạng Sơn", 28)}}, {"PL1.II.4.c date.style"}},
      // PL1.II.5: tên loại, trích yếu
      {"TypeNameNotBold", decision, {{run("QUYẾT ĐỊNH</w:t>", 28, true), run("QUYẾT ĐỊNH</w:t>", 28)}}, {"PL1.II.5.b ten-loai.style"}},
      {"AbstractRuleMissing", decision, {{rule(3838), ""}}, {"PL1.II.5.b trich-yeu.rule"}},
      {"AbstractItalic", decision, {{run("Về việc", 28, true), run("Về việc", 28, true, true)}}, {"PL1.II.5.b trich-yeu.style"}},
      // PL1.II.6.a: căn cứ
      {"BasisLastPunctuation", decision, {{"Chánh Văn phòng Sở.", "Chánh Văn phòng Sở;"}}, {"PL1.II.6.a can-cu.punctuation"}},
      {"BasisMiddlePunctuation", decision, {{"năm 2003;", "năm 2003,"}}, {"PL1.II.6.a can-cu.punctuation"}},
      {"BasisUpright", decision, {{run("Căn cứ Luật", 28, false, true), run("Căn cứ Luật", 28)}}, {"PL1.II.6.a can-cu.italic"}},
      // PL1.II.6.e and the "./." ending
      {"BodyEnding", decision, {{"thi hành Quyết định này./.", "thi hành Quyết định này."}}, {"PL3.II body.ending"}},
      {"BodySize", decision, {{run("Điều 1.", 28), run("Điều 1.", 24)}}, {"PL1.II.6.e body.size"}},
      {"BodyIndent", decision,
       {{std::string(kBody) + rpr({}) + "</w:pPr><w:r>" + rpr({}) + "<w:t xml:space=\"preserve\">Điều 3.",
         "<w:spacing w:before=\"120\" w:after=\"0\"/><w:jc w:val=\"both\"/>" + rpr({}) + "</w:pPr><w:r>" + rpr({}) + "<w:t xml:space=\"preserve\">Điều 3."}},
       {"PL1.II.6.e body.indent"}},
      {"BodyNotJustified", decision,
       {{std::string(kBody) + rpr({}) + "</w:pPr><w:r>" + rpr({}) + "<w:t xml:space=\"preserve\">Điều 3.",
         "<w:spacing w:before=\"120\" w:after=\"0\"/><w:ind w:firstLine=\"567\"/><w:jc w:val=\"left\"/>" + rpr({}) + "</w:pPr><w:r>" + rpr({}) + "<w:t xml:space=\"preserve\">Điều 3."}},
       {"PL1.II.6.e body.align"}},
      {"BodySpacing", decision,
       {{std::string(kBody) + rpr({}) + "</w:pPr><w:r>" + rpr({}) + "<w:t xml:space=\"preserve\">Điều 3.",
         "<w:spacing w:before=\"0\" w:after=\"0\"/><w:ind w:firstLine=\"567\"/><w:jc w:val=\"both\"/>" + rpr({}) + "</w:pPr><w:r>" + rpr({}) + "<w:t xml:space=\"preserve\">Điều 3."}},
       {"PL1.II.6.e body.spacing"}},
      {"BodyLineSpacing", decision,
       {{std::string(kBody) + rpr({}) + "</w:pPr><w:r>" + rpr({}) + "<w:t xml:space=\"preserve\">Điều 3.",
         "<w:spacing w:before=\"120\" w:after=\"0\" w:line=\"480\" w:lineRule=\"auto\"/><w:ind w:firstLine=\"567\"/><w:jc w:val=\"both\"/>" + rpr({}) + "</w:pPr><w:r>" + rpr({}) + "<w:t xml:space=\"preserve\">Điều 3."}},
       {"PL1.II.6.e body.line-spacing"}},
      // PL1.II.7: signer
      {"SignerTitleLineMissing", decision, {{para("PHÓ GIÁM ĐỐC", {28, true}, kCentre), ""}}, {"PL1.II.7.b signer.title-line"}},
      {"SignerPrefixNoDot", decision, {{"KT. GIÁM ĐỐC", "KT GIÁM ĐỐC"}}, {"PL1.II.7.b signer.prefix"}},
      {"SignerNameUpperCase", decision, {{"Hoàng Văn Minh", "HOÀNG VĂN MINH"}}, {"PL1.II.7.đ signer.name"}},
      {"SignerTitleNotBold", decision, {{run("PHÓ GIÁM ĐỐC", 28, true), run("PHÓ GIÁM ĐỐC", 28)}}, {"PL1.II.7.đ signer.style"}},
      // PL1.II.9: Nơi nhận, Kính gửi
      {"RecipientsLabelNotItalic", decision, {{run("Nơi nhận:", 24, true, true), run("Nơi nhận:", 24, true)}}, {"PL1.II.9.d noi-nhan.label"}},
      {"RecipientNoDash", decision, {{"- UBND tỉnh (b/c);", "UBND tỉnh (b/c);"}}, {"PL1.II.9.d noi-nhan.items"}},
      {"RecipientSize", decision, {{run("- Như Điều 3;", 22), run("- Như Điều 3;", 24)}}, {"PL1.II.9.d noi-nhan.items"}},
      {"ArchiveLine", decision, {{"- Lưu: VT, VP.", "- Lưu VT, VP"}}, {"PL1.II.9.d noi-nhan.luu"}},
      {"LetterNhuTren", official_letter, {{"- Như trên;", "- Như Điều 3;"}}, {"PL1.II.9.b noi-nhan.nhu-tren"}},
      {"LetterAddresseeEnding", official_letter, {{"bưu chính trên địa bàn tỉnh.", "bưu chính trên địa bàn tỉnh;"}}, {"PL1.II.9.d kinh-gui.form"}},
      {"LetterAddresseeAlignment", official_letter, {{"<w:ind w:left=\"2980\"/>", "<w:ind w:left=\"4500\"/>"}}, {"PL1.II.9.d kinh-gui.align"}},
      {"LetterNoKinhGui", official_letter,
       {{para("Kính gửi:", {}, "<w:spacing w:before=\"240\"/><w:ind w:left=\"1984\"/>"), ""},
        {para("- Các phòng, đơn vị thuộc Sở;", {}, "<w:ind w:left=\"2980\"/>"), ""},
        {para("- Các doanh nghiệp bưu chính trên địa bàn tỉnh.", {}, "<w:ind w:left=\"2980\"/>"), ""}},
       {"PL1.II.9.b kinh-gui.missing"}},
      {"LetterVvBold", official_letter, {{run("V/v", 24), run("V/v", 24, true)}}, {"PL1.II.5.b vv.style"}},
  };
  return all;
}

class BrokenRule : public ::testing::TestWithParam<Case> {};

TEST_P(BrokenRule, GivesExactlyItsVerdict) {
  const Case& c = GetParam();
  Fixture f = c.base();
  for (const auto& [from, to] : c.edits) f.replace(from, to);
  const check::Report r = run_check(f.docx());
  EXPECT_EQ(verdicts(r), c.expected) << check::format_text(r, std::string(c.name) + ".docx");
  for (const auto& finding : r.findings) {
    EXPECT_FALSE(finding.message.empty());
    if (finding.paragraph > 0) {
      EXPECT_FALSE(finding.part.empty());
    }
  }
}

INSTANTIATE_TEST_SUITE_P(Check, BrokenRule, ::testing::ValuesIn(cases()),
                         [](const ::testing::TestParamInfo<Case>& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace vanthu::test
