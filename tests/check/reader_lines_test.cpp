// What the reader makes of Word's ways of drawing: soft line breaks as line
// boundaries, floating rules placed by their offset, borders set per cell,
// condensed character spacing.
#include <gtest/gtest.h>

#include "check/docx_reader.h"
#include "check_support.h"
#include "fixture.h"

namespace vanthu::test {
namespace {

constexpr const char* kW = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
                           "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" "
                           "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"";

check::Document read_body(const std::string& body) {
  Fixture f = decision();
  f.document = std::string("<w:document ") + kW + "><w:body>" + body + "<w:sectPr/></w:body></w:document>";
  return check::read_docx(f.docx());
}

TEST(CheckReaderLines, SoftBreaksSplitAParagraphIntoLines) {
  const auto doc = read_body(
      "<w:p><w:pPr><w:spacing w:before=\"120\" w:after=\"60\"/><w:ind w:firstLine=\"567\"/></w:pPr>"
      "<w:r><w:t>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</w:t><w:br/><w:t>Độc lập - Tự do - Hạnh phúc</w:t></w:r></w:p>");
  ASSERT_EQ(doc.body.size(), 2u);
  const auto* first = doc.body[0].paragraph();
  const auto* second = doc.body[1].paragraph();
  EXPECT_EQ(first->number, second->number);
  EXPECT_TRUE(first->break_after);
  EXPECT_EQ(second->line, 1);
  EXPECT_EQ(first->props.before, 120);
  EXPECT_EQ(first->props.after, 0);  // the space after belongs to the last line
  EXPECT_EQ(second->props.before, 0);
  EXPECT_EQ(second->props.first_line, 0);  // a line after a break is not a first line
  EXPECT_EQ(second->props.after, 60);
  EXPECT_EQ(second->text(), "Độc lập - Tự do - Hạnh phúc");
}

TEST(CheckReaderLines, FloatingLineKeepsItsOffsetAndGoesToItsLine) {
  const auto doc = read_body(
      "<w:p><w:r><w:rPr><w:sz w:val=\"28\"/></w:rPr><w:t>A</w:t><w:br/><w:t>B</w:t><w:drawing><wp:anchor>"
      "<wp:positionV relativeFrom=\"paragraph\"><wp:posOffset>304800</wp:posOffset></wp:positionV>"
      "<wp:extent cx=\"2159000\" cy=\"0\"/><a:graphic><a:graphicData><a:prstGeom prst=\"line\"/></a:graphicData>"
      "</a:graphic></wp:anchor></w:drawing></w:r></w:p>");
  ASSERT_EQ(doc.body.size(), 2u);
  // 24 pt below the paragraph's top: past the first line (16,1 pt), so on the second.
  EXPECT_TRUE(doc.body[0].paragraph()->shapes.empty());
  const auto& shapes = doc.body[1].paragraph()->shapes;
  ASSERT_EQ(shapes.size(), 1u);
  EXPECT_TRUE(shapes[0].floating);
  EXPECT_NEAR(shapes[0].length_pt, 170, 0.1);
  EXPECT_NEAR(shapes[0].offset_y_pt, 24 - 14 * 1.15, 0.1);
}

TEST(CheckReaderLines, BordersSetPerCellMakeABorderedTable) {
  const auto doc = read_body(
      "<w:tbl><w:tblPr/><w:tblGrid><w:gridCol w:w=\"3000\"/></w:tblGrid><w:tr><w:tc><w:tcPr><w:tcBorders>"
      "<w:top w:val=\"single\" w:sz=\"4\"/></w:tcBorders></w:tcPr><w:p/></w:tc></w:tr></w:tbl><w:p/>");
  ASSERT_NE(doc.body[0].table(), nullptr);
  EXPECT_TRUE(doc.body[0].table()->borders);
}

TEST(CheckReaderLines, CharacterSpacingIsRead) {
  const auto doc = read_body("<w:p><w:r><w:rPr><w:spacing w:val=\"-6\"/></w:rPr><w:t>X</w:t></w:r></w:p>");
  EXPECT_EQ(doc.body[0].paragraph()->runs.at(0).props.char_spacing, -6);
}

}  // namespace
}  // namespace vanthu::test
