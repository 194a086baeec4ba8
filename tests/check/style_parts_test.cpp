// Recognition from named part styles (check/style_parts.cpp): where the
// heuristics misread a part, the style a paragraph carries decides; without
// styles the heuristics' reading stays.
#include <gtest/gtest.h>

#include "check/style_parts.h"
#include "check_support.h"
#include "fixture.h"

namespace vanthu::test {
namespace {

// Gives the paragraph holding `text` the paragraph style `id`.
void set_style(Fixture& f, const std::string& text, const std::string& id) {
  const size_t at = f.document.find(text);
  ASSERT_NE(at, std::string::npos) << text;
  const size_t ppr = f.document.rfind("<w:pPr>", at);
  f.document.insert(ppr + std::string("<w:pPr>").size(), "<w:pStyle w:val=\"" + id + "\"/>");
}

// The decision fixture whose first căn cứ opens "Thực hiện …" instead of
// "Căn cứ …": the heuristics then see neither the authority line nor the
// căn cứ, and read them as body text.
Fixture decision_with_unusual_basis(bool styled) {
  Fixture f = decision();
  f.replace("Căn cứ Luật Thi đua, Khen thưởng ngày 26 tháng 11 năm 2003;",
            "Thực hiện Luật Thi đua, Khen thưởng ngày 26 tháng 11 năm 2003;");
  if (styled) {
    for (const char* text : {"Thực hiện Luật Thi đua", "Căn cứ Nghị định số 91/2017", "Xét đề nghị của Chánh"})
      set_style(f, text, "VanthuCanCu");
    set_style(f, "GIÁM ĐỐC SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "VanthuThamQuyen");
  }
  return f;
}

TEST(StyleParts, StyleIdsNameTheirParts) {
  EXPECT_EQ(check::style_part("VanthuQuocHieu"), check::StylePart::NationalName);
  EXPECT_EQ(check::style_part("VanthuCanCu"), check::StylePart::Basis);
  EXPECT_EQ(check::style_part("VanthuHoTenNguoiKy"), check::StylePart::SignerName);
  EXPECT_EQ(check::style_part("Heading1"), check::StylePart::Heading);
  EXPECT_EQ(check::style_part("Heading9"), check::StylePart::Heading);
  EXPECT_EQ(check::style_part("BodyText"), check::StylePart::Body);
  EXPECT_EQ(check::style_part("Heading"), check::StylePart::None);
  EXPECT_EQ(check::style_part("Heading10"), check::StylePart::None);
  EXPECT_EQ(check::style_part("Normal"), check::StylePart::None);
}

TEST(StyleParts, WithoutStylesTheHeuristicsMissTheUnusualBasis) {
  const check::Report r = run_check(decision_with_unusual_basis(false).docx());
  EXPECT_EQ(r.parts.find("can cu: ¶14–¶16 (3)"), std::string::npos) << r.parts;
  EXPECT_EQ(r.parts.find("authority: ¶13"), std::string::npos) << r.parts;
  EXPECT_FALSE(r.clean());  // the italic căn cứ read as body text
}

TEST(StyleParts, StyledBasisAndAuthorityAreRecognised) {
  const check::Report r = run_check(decision_with_unusual_basis(true).docx());
  EXPECT_NE(r.parts.find("can cu: ¶14–¶16 (3)"), std::string::npos) << r.parts;
  EXPECT_NE(r.parts.find("authority: ¶13"), std::string::npos) << r.parts;
  EXPECT_EQ(verdicts(r).count("PL1.II.6.e body.upright"), 0u) << check::format_text(r, "styled.docx");
}

TEST(StyleParts, TheConformingFixtureReadsTheSameWithStyles) {
  // Styles on parts the heuristics already find change nothing.
  Fixture f = decision();
  set_style(f, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "VanthuQuocHieu");
  set_style(f, "Độc lập - Tự do - Hạnh phúc", "VanthuTieuNgu");
  set_style(f, "Căn cứ Luật Thi đua", "VanthuCanCu");
  set_style(f, "Căn cứ Nghị định số 91", "VanthuCanCu");
  set_style(f, "Xét đề nghị của Chánh", "VanthuCanCu");
  set_style(f, "Hoàng Văn Minh", "VanthuHoTenNguoiKy");
  set_style(f, "KT. GIÁM ĐỐC", "VanthuQuyenHanKy");
  set_style(f, "PHÓ GIÁM ĐỐC", "VanthuChucVuNguoiKy");
  const check::Report plain = run_check(decision().docx());
  const check::Report styled = run_check(f.docx());
  EXPECT_EQ(plain.parts, styled.parts);
  EXPECT_TRUE(styled.clean()) << check::format_text(styled, "styled.docx");
}

}  // namespace
}  // namespace vanthu::test
