// Named styles: each model::Part becomes a paragraph style in styles.xml,
// applied with w:pStyle; headings are Word's built-in "heading N" with their
// outline level; a style's properties are those its paragraphs carry.
#include <gtest/gtest.h>

#include "docx/docx_writer.h"
#include "support/ooxml_validate.h"
#include "support/xml_query.h"

namespace vanthu::docx {
namespace {

using test::XmlQuery;

model::Paragraph para(model::Part part, const std::string& text, model::RunStyle style, int outline = -1) {
  model::Paragraph p;
  p.props.part = part;
  p.props.outline_level = outline;
  p.props.mark = style;
  model::Run r;
  r.text = text;
  r.style = style;
  p.runs.push_back(r);
  return p;
}

model::RunStyle rs(int half_pt, bool bold = false, bool italic = false) {
  model::RunStyle s;
  s.size_half_pt = half_pt;
  s.bold = bold;
  s.italic = italic;
  return s;
}

model::Document sample() {
  model::Document doc;
  model::Section s;
  // The header as a table, as the realiser makes it.
  model::Table t;
  t.columns = {mm(68), mm(100)};
  model::TableRow row;
  model::TableCell l, r;
  model::Paragraph organ = para(model::Part::Organ, "SỞ THÔNG TIN VÀ TRUYỀN THÔNG", rs(26, true));
  organ.props.align = model::Align::Center;
  l.blocks.push_back({organ});
  model::Paragraph qh = para(model::Part::NationalName, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", rs(26, true));
  qh.props.align = model::Align::Center;
  r.blocks.push_back({qh});
  row.cells = {l, r};
  t.rows.push_back(row);
  s.blocks.push_back({t});
  // Two mục, a khoản, a heading deeper than heading 4, body paragraphs.
  model::Paragraph h1 = para(model::Part::Heading, "I. MỤC ĐÍCH", rs(28, true), 0);
  h1.props.keep_next = true;
  h1.props.first_line = twips(567);
  h1.props.space_before = pt(6);
  s.blocks.push_back({h1});
  model::Paragraph h1b = h1;
  h1b.runs[0].text = "II. NỘI DUNG";
  s.blocks.push_back({h1b});
  model::Paragraph h2 = para(model::Part::Heading, "1. Mục đích", rs(28, true), 1);
  h2.props.keep_next = true;
  s.blocks.push_back({h2});
  s.blocks.push_back({para(model::Part::Heading, "- sâu", rs(28), 5)});
  model::Paragraph b1 = para(model::Part::Body, "Nội dung một.", rs(28));
  b1.props.first_line = twips(567);
  b1.props.space_before = pt(6);
  model::Paragraph b2 = b1;
  b2.runs[0].style.bold = true;  // one bold run: the style is not bold
  model::Paragraph b3 = b1;
  b3.props.first_line = Length{};  // an unindented one: the style has no indent
  b3.props.space_before = pt(12);
  s.blocks.push_back({b1});
  s.blocks.push_back({b2});
  s.blocks.push_back({b3});
  s.blocks.push_back({para(model::Part::None, "plain", rs(28))});
  model::Paragraph heading_without_level = para(model::Part::Heading, "no level", rs(28));
  s.blocks.push_back({heading_without_level});
  doc.sections.push_back(s);
  return doc;
}

class PartStyles : public ::testing::Test {
 protected:
  std::map<std::string, std::string> parts = docx_parts(sample());
  XmlQuery styles{parts.at("word/styles.xml")};
  XmlQuery document{parts.at("word/document.xml")};

  std::string style(const std::string& id, const std::string& path) const {
    return styles.str("string(//w:style[@w:styleId='" + id + "']/" + path + ")");
  }
};

TEST_F(PartStyles, ParagraphsNameTheirStyle) {
  EXPECT_EQ(document.strings("//w:body/w:p/w:pPr/w:pStyle/@w:val"),
            (std::vector<std::string>{"Heading1", "Heading1", "Heading2", "Heading4", "BodyText", "BodyText",
                                      "BodyText"}));
  EXPECT_EQ(document.strings("//w:tc/w:p/w:pPr/w:pStyle/@w:val"),
            (std::vector<std::string>{"VanthuCoQuanBanHanh", "VanthuQuocHieu"}));
  // w:pStyle is the first child of w:pPr (CT_PPrBase).
  EXPECT_EQ(document.count("//w:pPr[w:pStyle][not(*[1][self::w:pStyle])]"), 0);
  // Part::None and a heading without a level stay Normal.
  EXPECT_EQ(document.count("//w:p[w:r/w:t='plain']/w:pPr/w:pStyle"), 0);
  EXPECT_EQ(document.count("//w:p[w:r/w:t='no level']/w:pPr/w:pStyle"), 0);
  // The direct formatting stays on the paragraph.
  EXPECT_EQ(document.str("string(//w:p[w:r/w:t='I. MỤC ĐÍCH']/w:pPr/w:outlineLvl/@w:val)"), "0");
  EXPECT_EQ(document.str("string(//w:p[w:r/w:t='- sâu']/w:pPr/w:outlineLvl/@w:val)"), "5");
  EXPECT_EQ(document.count("//w:p[w:r/w:t='I. MỤC ĐÍCH']/w:r/w:rPr/w:b"), 1);
}

TEST_F(PartStyles, OnlyTheStylesUsedAreDefined) {
  EXPECT_EQ(styles.strings("//w:style[@w:type='paragraph']/@w:styleId"),
            (std::vector<std::string>{"Normal", "Heading1", "Heading2", "Heading4", "VanthuCoQuanBanHanh",
                                      "VanthuQuocHieu", "BodyText"}));
  for (const char* id : {"Heading1", "Heading2", "Heading4", "VanthuQuocHieu", "BodyText"})
    EXPECT_EQ(style(id, "w:basedOn/@w:val"), "Normal") << id;
}

TEST_F(PartStyles, HeadingsAreWordsBuiltInHeadings) {
  EXPECT_EQ(style("Heading1", "w:name/@w:val"), "heading 1");
  EXPECT_EQ(style("Heading2", "w:name/@w:val"), "heading 2");
  EXPECT_EQ(style("Heading4", "w:name/@w:val"), "heading 4");
  EXPECT_EQ(style("Heading1", "w:pPr/w:outlineLvl/@w:val"), "0");
  EXPECT_EQ(style("Heading2", "w:pPr/w:outlineLvl/@w:val"), "1");
  EXPECT_EQ(style("Heading4", "w:pPr/w:outlineLvl/@w:val"), "3");
  EXPECT_EQ(styles.count("//w:style[@w:styleId='Heading1']/@w:customStyle"), 0);
  EXPECT_EQ(style("Heading1", "w:next/@w:val"), "BodyText");
  EXPECT_EQ(style("BodyText", "w:name/@w:val"), "Body Text");
  EXPECT_EQ(style("VanthuQuocHieu", "w:name/@w:val"), "Quốc hiệu");
  EXPECT_EQ(style("VanthuQuocHieu", "@w:customStyle"), "1");
}

TEST_F(PartStyles, PropertiesAreThoseOfTheParagraphs) {
  // Both mục: bold, keep with next, indented, 6 pt before.
  EXPECT_EQ(styles.count("//w:style[@w:styleId='Heading1']/w:rPr/w:b"), 1);
  EXPECT_EQ(styles.count("//w:style[@w:styleId='Heading1']/w:pPr/w:keepNext"), 1);
  EXPECT_EQ(style("Heading1", "w:pPr/w:ind/@w:firstLine"), "567");
  EXPECT_EQ(style("Heading1", "w:pPr/w:spacing/@w:before"), "120");
  EXPECT_EQ(style("Heading1", "w:rPr/w:sz/@w:val"), "28");
  // The Quốc hiệu: 13 pt bold, centred.
  EXPECT_EQ(style("VanthuQuocHieu", "w:rPr/w:sz/@w:val"), "26");
  EXPECT_EQ(styles.count("//w:style[@w:styleId='VanthuQuocHieu']/w:rPr/w:b"), 1);
  EXPECT_EQ(style("VanthuQuocHieu", "w:pPr/w:jc/@w:val"), "center");
  // Body: one bold run of three and one unindented paragraph: neither in
  // the style (a paragraph would inherit what it did not have); the
  // spacing most of them have (6 pt) is.
  EXPECT_EQ(styles.count("//w:style[@w:styleId='BodyText']/w:rPr/w:b"), 0);
  EXPECT_EQ(styles.count("//w:style[@w:styleId='BodyText']/w:pPr/w:ind"), 0);
  EXPECT_EQ(style("BodyText", "w:pPr/w:spacing/@w:before"), "120");
  EXPECT_EQ(style("BodyText", "w:pPr/w:jc/@w:val"), "both");
  // A style's pPr holds no paragraph mark or section properties (CT_PPrGeneral).
  EXPECT_EQ(styles.count("//w:style/w:pPr/w:rPr"), 0);
}

TEST_F(PartStyles, PartsAreValidAgainstTheSchema) {
  for (const char* part : {"word/styles.xml", "word/document.xml"}) {
    const auto errors = test::validate_ooxml_part(part, parts.at(part));
    EXPECT_TRUE(errors.empty()) << part << ": " << test::join_errors(errors);
  }
}

}  // namespace
}  // namespace vanthu::docx
