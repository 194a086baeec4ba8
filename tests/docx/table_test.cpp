// Tables: grid, widths, borders, margins, row and cell properties, nested
// tables, keep_together, and the paragraphs WordprocessingML requires.
#include <gtest/gtest.h>

#include "docx/docx_writer.h"
#include "sample_documents.h"
#include "support/xml_query.h"

namespace vanthu::docx {
namespace {

using test::XmlQuery;

class Tables : public ::testing::Test {
 protected:
  std::string xml = docx_parts(samples::tables()).at("word/document.xml");
  XmlQuery q{xml};
  const std::string t1 = "//w:body/w:tbl[1]/";
};

TEST_F(Tables, GridAndWidths) {
  EXPECT_EQ(q.strings(t1 + "w:tblGrid/w:gridCol/@w:w"), (std::vector<std::string>{"3000", "6000"}));
  EXPECT_EQ(q.str("string(" + t1 + "w:tblPr/w:tblW/@w:w)"), "9000");
  EXPECT_EQ(q.str("string(" + t1 + "w:tblPr/w:tblW/@w:type)"), "dxa");
  EXPECT_EQ(q.str("string(" + t1 + "w:tblPr/w:tblInd/@w:w)"), "-108");
  EXPECT_EQ(q.str("string(" + t1 + "w:tblPr/w:tblLayout/@w:type)"), "fixed");
  EXPECT_EQ(q.strings(t1 + "w:tr[1]/w:tc/w:tcPr/w:tcW/@w:w"), (std::vector<std::string>{"3000", "6000"}));
}

TEST_F(Tables, BordersAndCellMargins) {
  EXPECT_EQ(q.count(t1 + "w:tblPr/w:tblBorders/*[@w:val='single' and @w:sz='4']"), 6);
  // A borderless table has no w:tblBorders (AbiWord draws borders whenever it is there).
  EXPECT_EQ(q.count("//w:body/w:tbl[2]/w:tblPr/w:tblBorders"), 0);
  EXPECT_EQ(q.count("//w:body/w:tbl[2]/w:tblPr/w:tblStyle"), 0);
  EXPECT_EQ(q.str("string(" + t1 + "w:tblPr/w:tblCellMar/w:top/@w:w)"), "40");
  EXPECT_EQ(q.str("string(" + t1 + "w:tblPr/w:tblCellMar/w:left/@w:w)"), "108");
  EXPECT_EQ(q.str("string(" + t1 + "w:tblPr/w:tblCellMar/w:bottom/@w:w)"), "0");
  EXPECT_EQ(q.str("string(" + t1 + "w:tblPr/w:tblCellMar/w:right/@w:w)"), "108");
}

TEST_F(Tables, RowProperties) {
  const std::string head = t1 + "w:tr[1]/w:trPr/";
  EXPECT_EQ(q.count(head + "w:tblHeader"), 1);
  EXPECT_EQ(q.count(head + "w:cantSplit"), 1);
  EXPECT_EQ(q.str("string(" + head + "w:trHeight/@w:val)"), "400");
  EXPECT_EQ(q.str("string(" + head + "w:trHeight/@w:hRule)"), "atLeast");
  EXPECT_EQ(q.count(t1 + "w:tr[2]/w:trPr"), 0);  // may split, no header, no height
  EXPECT_EQ(q.count(t1 + "w:tr[position() > 1]/w:trPr/w:tblHeader"), 0);
}

TEST_F(Tables, SpanAndVerticalAlignment) {
  const std::string span = t1 + "w:tr[2]/w:tc";
  EXPECT_EQ(q.count(span), 1);
  EXPECT_EQ(q.str("string(" + span + "/w:tcPr/w:gridSpan/@w:val)"), "2");
  EXPECT_EQ(q.str("string(" + span + "/w:tcPr/w:tcW/@w:w)"), "9000");
  EXPECT_EQ(q.count(t1 + "w:tr[1]/w:tc/w:tcPr/w:gridSpan"), 0);
  EXPECT_EQ(q.strings(t1 + "w:tr/w:tc/w:tcPr/w:vAlign/@w:val"),
            (std::vector<std::string>{"center", "center", "top", "top", "top", "top", "bottom"}));
}

TEST_F(Tables, NestedTableIsFollowedByAParagraphInItsCell) {
  const std::string cell = t1 + "w:tr[3]/w:tc[2]/";
  EXPECT_EQ(q.count(cell + "w:tbl"), 1);
  EXPECT_EQ(q.count(cell + "w:tbl/w:tblPr/w:tblBorders/*[@w:val='single']"), 6);
  EXPECT_EQ(q.count(cell + "*[last()][self::w:p]"), 1);
  // The filler is 1 pt high: exact 20 twips, 1 pt mark, no runs.
  EXPECT_EQ(q.str("string(" + cell + "w:p/w:pPr/w:spacing/@w:line)"), "20");
  EXPECT_EQ(q.str("string(" + cell + "w:p/w:pPr/w:spacing/@w:lineRule)"), "exact");
  EXPECT_EQ(q.str("string(" + cell + "w:p/w:pPr/w:rPr/w:sz/@w:val)"), "2");
  EXPECT_EQ(q.count(cell + "w:p/w:r"), 0);
}

TEST_F(Tables, EmptyCellGetsAParagraph) {
  EXPECT_EQ(q.count(t1 + "w:tr[4]/w:tc[1]/w:p"), 1);
}

TEST_F(Tables, AdjacentTablesAreSeparatedByAParagraph) {
  // Two w:tbl in a row would be merged into one table by Word and LibreOffice.
  EXPECT_EQ(q.count("//w:body/w:tbl[1]/following-sibling::*[1][self::w:p[not(w:r)]]"), 1);
  EXPECT_EQ(q.count("//w:body/w:tbl[following-sibling::*[1][self::w:tbl]]"), 0);
  EXPECT_EQ(q.count("//w:tc/w:tbl[following-sibling::*[1][self::w:tbl]]"), 0);
}

TEST_F(Tables, KeepTogetherKeepsEveryRowButTheLastWithTheNext) {
  const std::string closing = "//w:body/w:tbl[2]/";
  EXPECT_EQ(q.count(closing + "w:tr"), 3);
  EXPECT_EQ(q.count(closing + "w:tr[position() < 3]//w:p"), 4);
  EXPECT_EQ(q.count(closing + "w:tr[position() < 3]//w:p/w:pPr/w:keepNext"), 4);
  EXPECT_EQ(q.count(closing + "w:tr[3]//w:p/w:pPr/w:keepNext"), 0);
  // The first table does not ask for it.
  EXPECT_EQ(q.count(t1 + "w:tr//w:keepNext"), 0);
}

TEST(TablesKeepTogether, ReachesNestedTablesAndRules) {
  using namespace samples;
  model::Table inner;
  inner.columns = {twips(1000)};
  inner.rows.push_back(row({cell({block(para("trong"))})}));
  model::Rule rule;
  rule.length = twips(500);
  model::Table outer;
  outer.columns = {twips(3000)};
  outer.keep_together = true;
  outer.rows.push_back(row({cell({block(inner), block(rule)})}));
  outer.rows.push_back(row({cell({block(para("cuối"))})}));
  const XmlQuery q(docx_parts(single_section({block(outer)})).at("word/document.xml"));
  EXPECT_EQ(q.count("//w:body/w:tbl/w:tr[1]//w:p"), 2);
  EXPECT_EQ(q.count("//w:body/w:tbl/w:tr[1]//w:p/w:pPr/w:keepNext"), 2);
  EXPECT_EQ(q.count("//w:body/w:tbl/w:tr[2]//w:keepNext"), 0);
}

TEST(TablesAtSectionEnd, GetAFillerParagraphBeforeTheBodySectPr) {
  using namespace samples;
  model::Table t;
  t.columns = {twips(2000)};
  t.rows.push_back(row({cell({block(para("x"))})}));
  const XmlQuery q(docx_parts(single_section({block(t)})).at("word/document.xml"));
  EXPECT_EQ(q.count("//w:body/*[last()][self::w:sectPr]"), 1);
  EXPECT_EQ(q.count("//w:body/*[last()-1][self::w:p[not(w:r)]]"), 1);
}

}  // namespace
}  // namespace vanthu::docx
