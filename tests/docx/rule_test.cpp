// Rules: an empty paragraph whose top border is the line, placed by its
// indents inside the section's text width or the cell's inner width.
#include <gtest/gtest.h>

#include "docx/docx_writer.h"
#include "sample_documents.h"
#include "support/xml_query.h"

namespace vanthu::docx {
namespace {

using test::XmlQuery;

std::string document_of(const model::Document& doc) { return docx_parts(doc).at("word/document.xml"); }

TEST(Rule, CentredInTheTextWidth) {
  // A4 with 30 mm and 15 mm margins: 165 mm of text. A 50 mm rule leaves
  // 115 mm, 57.5 mm (3260 twips) on each side.
  model::Rule r;
  r.length = mm(50);
  r.space_before = pt(3);
  r.space_after = pt(6);
  r.gap = pt(2);
  const XmlQuery q(document_of(samples::single_section({samples::block(r)})));
  const std::string p = "//w:body/w:p[1]/w:pPr/";
  EXPECT_EQ(q.str("string(" + p + "w:ind/@w:left)"), "3260");
  EXPECT_EQ(q.str("string(" + p + "w:ind/@w:right)"), "3260");
  EXPECT_EQ(q.str("string(" + p + "w:pBdr/w:top/@w:val)"), "single");
  EXPECT_EQ(q.str("string(" + p + "w:pBdr/w:top/@w:sz)"), "4");  // 0.5 pt in eighths
  EXPECT_EQ(q.str("string(" + p + "w:pBdr/w:top/@w:space)"), "0");
  EXPECT_EQ(q.count(p + "w:pBdr/*"), 1);
  EXPECT_EQ(q.str("string(" + p + "w:spacing/@w:before)"), "60");
  EXPECT_EQ(q.str("string(" + p + "w:spacing/@w:after)"), "120");
  EXPECT_EQ(q.str("string(" + p + "w:spacing/@w:line)"), "40");
  EXPECT_EQ(q.str("string(" + p + "w:spacing/@w:lineRule)"), "exact");
  EXPECT_EQ(q.str("string(" + p + "w:rPr/w:sz/@w:val)"), "2");
  EXPECT_EQ(q.count("//w:body/w:p[1]/w:r"), 0);
}

TEST(Rule, LeftAndRightPlacementAndThickness) {
  model::Rule left;
  left.length = mm(165 - 40);
  left.align = model::Align::Left;
  left.thickness = pt(1);
  left.gap = pt(0.2);  // below 1 pt: the line height stays 1 pt
  model::Rule right = left;
  right.align = model::Align::Right;
  right.thickness = pt(0.05);  // thinner than Word draws: 1/4 pt
  const XmlQuery q(document_of(samples::single_section({samples::block(left), samples::block(right)})));
  EXPECT_EQ(q.str("string(//w:body/w:p[1]/w:pPr/w:ind/@w:left)"), "0");
  EXPECT_EQ(q.str("string(//w:body/w:p[1]/w:pPr/w:ind/@w:right)"), "2268");  // 40 mm
  EXPECT_EQ(q.str("string(//w:body/w:p[2]/w:pPr/w:ind/@w:left)"), "2268");
  EXPECT_EQ(q.str("string(//w:body/w:p[2]/w:pPr/w:ind/@w:right)"), "0");
  EXPECT_EQ(q.str("string(//w:body/w:p[1]/w:pPr/w:pBdr/w:top/@w:sz)"), "8");
  EXPECT_EQ(q.str("string(//w:body/w:p[2]/w:pPr/w:pBdr/w:top/@w:sz)"), "2");
  EXPECT_EQ(q.str("string(//w:body/w:p[1]/w:pPr/w:spacing/@w:line)"), "20");
}

TEST(Rule, InsideACellUsesTheCellWidthMinusItsMargins) {
  // samples::tables(): first column 3000 twips, margins 108 + 108 -> 2784
  // twips inside; the 1500-twip rules leave 1284.
  const XmlQuery q(document_of(samples::tables()));
  const std::string cell = "//w:body/w:tbl[1]/w:tr[3]/w:tc[1]/";
  EXPECT_EQ(q.count(cell + "w:p[w:pPr/w:pBdr]"), 2);
  EXPECT_EQ(q.str("string(" + cell + "w:p[2]/w:pPr/w:ind/@w:left)"), "642");
  EXPECT_EQ(q.str("string(" + cell + "w:p[2]/w:pPr/w:ind/@w:right)"), "642");
  EXPECT_EQ(q.str("string(" + cell + "w:p[3]/w:pPr/w:ind/@w:left)"), "1284");
  EXPECT_EQ(q.str("string(" + cell + "w:p[3]/w:pPr/w:ind/@w:right)"), "0");
}

TEST(Rule, InACellWithoutMargins) {
  // administrative_letter(): a 60 mm column with no cell margins, 20 mm rule.
  const XmlQuery q(document_of(samples::administrative_letter()));
  const std::string p = "//w:body/w:tbl[1]/w:tr[1]/w:tc[1]/w:p[w:pPr/w:pBdr]/w:pPr/";
  EXPECT_EQ(q.str("string(" + p + "w:ind/@w:left)"), "1134");  // 20 mm
  EXPECT_EQ(q.str("string(" + p + "w:ind/@w:right)"), "1134");
}

}  // namespace
}  // namespace vanthu::docx
