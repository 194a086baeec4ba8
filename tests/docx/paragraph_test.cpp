// Paragraphs and runs: every ParagraphProps field and every run kind maps
// onto its WordprocessingML element.
#include <gtest/gtest.h>

#include "docx/docx_writer.h"
#include "sample_documents.h"
#include "support/xml_query.h"

namespace vanthu::docx {
namespace {

using test::XmlQuery;

std::string document_of(const model::Document& doc) { return docx_parts(doc).at("word/document.xml"); }

class EveryProperty : public ::testing::Test {
 protected:
  std::string xml = document_of(samples::every_paragraph_property());
  XmlQuery q{xml};
  const std::string p1 = "//w:body/w:p[1]/w:pPr/";
};

TEST_F(EveryProperty, OnOffProperties) {
  EXPECT_EQ(q.count(p1 + "w:keepNext"), 1);
  EXPECT_EQ(q.count(p1 + "w:keepLines"), 1);
  EXPECT_EQ(q.count(p1 + "w:pageBreakBefore"), 1);
  EXPECT_EQ(q.str("string(" + p1 + "w:widowControl/@w:val)"), "0");
  // The other paragraphs keep the default: nothing written.
  EXPECT_EQ(q.count("//w:body/w:p[position() > 1]/w:pPr/*[self::w:keepNext or self::w:keepLines or "
                    "self::w:pageBreakBefore or self::w:widowControl]"),
            0);
}

TEST_F(EveryProperty, SpacingAndIndents) {
  EXPECT_EQ(q.str("string(" + p1 + "w:spacing/@w:before)"), "120");
  EXPECT_EQ(q.str("string(" + p1 + "w:spacing/@w:after)"), "240");
  EXPECT_EQ(q.str("string(" + p1 + "w:spacing/@w:line)"), "360");
  EXPECT_EQ(q.str("string(" + p1 + "w:spacing/@w:lineRule)"), "auto");
  EXPECT_EQ(q.str("string(" + p1 + "w:ind/@w:left)"), "720");
  EXPECT_EQ(q.str("string(" + p1 + "w:ind/@w:right)"), "360");
  EXPECT_EQ(q.str("string(" + p1 + "w:ind/@w:firstLine)"), "567");
  EXPECT_EQ(q.count(p1 + "w:ind/@w:hanging"), 0);
  // A negative first line is a hanging indent.
  EXPECT_EQ(q.str("string(//w:body/w:p[2]/w:pPr/w:ind/@w:hanging)"), "283");
  EXPECT_EQ(q.count("//w:body/w:p[2]/w:pPr/w:ind/@w:firstLine"), 0);
  EXPECT_EQ(q.str("string(//w:body/w:p[2]/w:pPr/w:spacing/@w:lineRule)"), "exact");
  EXPECT_EQ(q.str("string(//w:body/w:p[2]/w:pPr/w:spacing/@w:line)"), "320");
  EXPECT_EQ(q.str("string(//w:body/w:p[3]/w:pPr/w:spacing/@w:lineRule)"), "atLeast");
  // No indents: no w:ind at all.
  EXPECT_EQ(q.count("//w:body/w:p[3]/w:pPr/w:ind"), 0);
}

TEST_F(EveryProperty, Alignment) {
  EXPECT_EQ(q.strings("//w:body/w:p/w:pPr/w:jc/@w:val"),
            (std::vector<std::string>{"both", "left", "center", "right"}));
}

TEST_F(EveryProperty, TabsSortedByPositionAndOutlineLevel) {
  EXPECT_EQ(q.strings(p1 + "w:tabs/w:tab/@w:val"), (std::vector<std::string>{"center", "right"}));
  EXPECT_EQ(q.strings(p1 + "w:tabs/w:tab/@w:pos"), (std::vector<std::string>{"4535", "9070"}));
  EXPECT_EQ(q.str("string(" + p1 + "w:outlineLvl/@w:val)"), "1");
  EXPECT_EQ(q.count("//w:body/w:p[2]/w:pPr/w:outlineLvl"), 0);
}

TEST_F(EveryProperty, ParagraphMarkProperties) {
  EXPECT_EQ(q.count(p1 + "w:rPr/w:b"), 1);
  EXPECT_EQ(q.str("string(" + p1 + "w:rPr/w:sz/@w:val)"), "26");
  EXPECT_EQ(q.str("string(" + p1 + "w:rPr/w:szCs/@w:val)"), "26");
}

TEST_F(EveryProperty, RunFormatting) {
  const std::string fancy = "//w:body/w:p[1]/w:r[2]/w:rPr/";
  EXPECT_EQ(q.count(fancy + "w:i"), 1);
  EXPECT_EQ(q.count(fancy + "w:b"), 0);
  EXPECT_EQ(q.str("string(" + fancy + "w:u/@w:val)"), "single");
  EXPECT_EQ(q.str("string(" + fancy + "w:vertAlign/@w:val)"), "superscript");
  EXPECT_EQ(q.str("string(" + fancy + "w:sz/@w:val)"), "20");
  EXPECT_EQ(q.count("//w:body/w:p[1]/w:r[1]/w:rPr/w:b"), 1);
}

TEST_F(EveryProperty, TextBreaksTabs) {
  EXPECT_EQ(q.str("string(//w:body/w:p[1]/w:r[1]/w:t)"), " Căn cứ Nghị định số 30/2020/NĐ-CP");
  EXPECT_EQ(q.count("//w:body/w:p[1]/w:r[3]/w:br"), 1);
  EXPECT_EQ(q.count("//w:body/w:p[1]/w:r[4]/w:tab"), 1);
}

TEST_F(EveryProperty, SpacesPreservedOnlyWhenNeeded) {
  EXPECT_EQ(q.str("string(//w:body/w:p[1]/w:r[1]/w:t/@xml:space)"), "preserve");  // leading space
  EXPECT_EQ(q.count("//w:body/w:p[3]//w:t/@xml:space"), 0);
}

TEST_F(EveryProperty, PageNumberIsAComplexField) {
  EXPECT_EQ(q.strings("//w:body/w:p[1]/w:r/w:fldChar/@w:fldCharType"),
            (std::vector<std::string>{"begin", "separate", "end"}));
  EXPECT_EQ(q.str("string(//w:body/w:p[1]//w:instrText)"), " PAGE ");
  // The cached result sits between separate and end.
  EXPECT_EQ(q.str("string(//w:body/w:p[1]/w:r[w:fldChar/@w:fldCharType='separate']/following-sibling::w:r[1]/w:t)"),
            "1");
  // Every run of the field carries the run's formatting.
  EXPECT_EQ(q.count("//w:body/w:p[1]/w:r[w:fldChar or w:instrText]/w:rPr/w:b"), 4);
}

TEST(Text, VietnameseIsWrittenAsUtf8NotCharacterReferences) {
  const std::string xml = document_of(samples::every_paragraph_property());
  EXPECT_NE(xml.find("Lạng Sơn, ngày 27 tháng 3 năm 2018"), std::string::npos);
  EXPECT_EQ(xml.find("&#"), std::string::npos);
}

TEST(Text, MarkupCharactersAreEscaped) {
  auto doc = samples::single_section({samples::block(samples::para("a < b & \"c\" > d"))});
  const std::string xml = document_of(doc);
  EXPECT_NE(xml.find("a &lt; b &amp; "), std::string::npos);
  EXPECT_EQ(XmlQuery(xml).str("string(//w:t)"), "a < b & \"c\" > d");
}

TEST(Text, EmptyTextRunsAreLeftOut) {
  model::Paragraph p = samples::para("");
  p.runs.push_back(samples::text("x"));
  const XmlQuery q(document_of(samples::single_section({samples::block(p)})));
  EXPECT_EQ(q.count("//w:body/w:p[1]/w:r"), 1);
}

TEST(Text, DoubleSpacesArePreserved) {
  const XmlQuery q(document_of(samples::single_section({samples::block(samples::para("a  b"))})));
  EXPECT_EQ(q.str("string(//w:t/@xml:space)"), "preserve");
}

TEST(Outline, DeepLevelsStayAtWordsNinth) {
  model::Paragraph p = samples::para("Mục");
  p.props.outline_level = 12;
  const XmlQuery q(document_of(samples::single_section({samples::block(p)})));
  EXPECT_EQ(q.str("string(//w:outlineLvl/@w:val)"), "8");
}

TEST(Styles, DocumentDefaultsFontSizeLanguageWidowControl) {
  auto doc = samples::single_section({});
  doc.font_family = "Times New Roman";
  const auto parts = docx_parts(doc);
  const XmlQuery q(parts.at("word/styles.xml"));
  for (const char* a : {"ascii", "hAnsi", "cs", "eastAsia"})
    EXPECT_EQ(q.str(std::string("string(//w:rPrDefault/w:rPr/w:rFonts/@w:") + a + ")"), "Times New Roman") << a;
  EXPECT_EQ(q.str("string(//w:rPrDefault/w:rPr/w:sz/@w:val)"), "28");
  EXPECT_EQ(q.str("string(//w:rPrDefault/w:rPr/w:lang/@w:val)"), "vi-VN");
  EXPECT_EQ(q.count("//w:pPrDefault/w:pPr/w:widowControl[not(@w:val)]"), 1);
  EXPECT_EQ(q.count("//w:style[@w:type='paragraph' and @w:default='1' and @w:styleId='Normal']"), 1);
  const XmlQuery fonts(parts.at("word/fontTable.xml"));
  EXPECT_EQ(fonts.str("string(//w:font/@w:name)"), "Times New Roman");
  const XmlQuery settings(parts.at("word/settings.xml"));
  EXPECT_EQ(settings.str("string(//w:compat/w:compatSetting[@w:name='compatibilityMode']/@w:val)"), "15");
  EXPECT_EQ(settings.str("string(//w:characterSpacingControl/@w:val)"), "doNotCompress");
}

TEST(Styles, OtherFontFamilyIsNamedEverywhere) {
  auto doc = samples::single_section({});
  doc.font_family = "Liberation Serif";
  const auto parts = docx_parts(doc);
  EXPECT_EQ(XmlQuery(parts.at("word/styles.xml")).str("string(//w:rFonts/@w:ascii)"), "Liberation Serif");
  EXPECT_EQ(XmlQuery(parts.at("word/fontTable.xml")).str("string(//w:font/@w:name)"), "Liberation Serif");
}

}  // namespace
}  // namespace vanthu::docx
