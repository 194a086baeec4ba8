// Sections: page setup, section breaks, page number headers.
#include <gtest/gtest.h>

#include "docx/docx_writer.h"
#include "sample_documents.h"
#include "support/xml_query.h"

namespace vanthu::docx {
namespace {

using test::XmlQuery;

class TwoSections : public ::testing::Test {
 protected:
  std::map<std::string, std::string> parts = docx_parts(samples::two_sections());
  XmlQuery q{parts.at("word/document.xml")};
  XmlQuery rels{parts.at("word/_rels/document.xml.rels")};
  const std::string first = "//w:body/w:p/w:pPr/w:sectPr";
  const std::string last = "//w:body/w:sectPr";

  // The header part a section's reference of `type` points to.
  std::string header_part(const std::string& sect_pr, const std::string& type) {
    const std::string id = q.str("string(" + sect_pr + "/w:headerReference[@w:type='" + type + "']/@r:id)");
    const std::string target = rels.str("string(//rel:Relationship[@Id='" + id + "']/@Target)");
    return target.empty() ? std::string() : parts.at("word/" + target);
  }
};

TEST_F(TwoSections, FirstSectionBreakSitsInItsLastParagraph) {
  EXPECT_EQ(q.count(first), 1);
  EXPECT_EQ(q.str("string(//w:body/w:p[w:pPr/w:sectPr]//w:t)"), "Hết phần chính");
  EXPECT_EQ(q.count(last), 1);
  EXPECT_EQ(q.count("//w:sectPr"), 2);
}

TEST_F(TwoSections, PageSizeOrientationAndMargins) {
  EXPECT_EQ(q.str("string(" + first + "/w:pgSz/@w:w)"), "11906");
  EXPECT_EQ(q.str("string(" + first + "/w:pgSz/@w:h)"), "16838");
  EXPECT_EQ(q.count(first + "/w:pgSz/@w:orient"), 0);
  EXPECT_EQ(q.str("string(" + last + "/w:pgSz/@w:w)"), "16838");
  EXPECT_EQ(q.str("string(" + last + "/w:pgSz/@w:h)"), "11906");
  EXPECT_EQ(q.str("string(" + last + "/w:pgSz/@w:orient)"), "landscape");
  // 20 mm = 1134, 30 mm = 1701, 15 mm = 850, 10 mm = 567 twips.
  EXPECT_EQ(q.str("string(" + first + "/w:pgMar/@w:top)"), "1134");
  EXPECT_EQ(q.str("string(" + first + "/w:pgMar/@w:bottom)"), "1134");
  EXPECT_EQ(q.str("string(" + first + "/w:pgMar/@w:left)"), "1701");
  EXPECT_EQ(q.str("string(" + first + "/w:pgMar/@w:right)"), "850");
  EXPECT_EQ(q.str("string(" + first + "/w:pgMar/@w:header)"), "567");
  EXPECT_EQ(q.str("string(" + first + "/w:pgMar/@w:footer)"), "567");
  EXPECT_EQ(q.str("string(" + first + "/w:pgMar/@w:gutter)"), "0");
}

TEST_F(TwoSections, NumberingRestartAndTitlePage) {
  EXPECT_EQ(q.count(first + "/w:pgNumType"), 0);
  EXPECT_EQ(q.str("string(" + last + "/w:pgNumType/@w:start)"), "1");
  EXPECT_EQ(q.count(first + "/w:titlePg"), 1);
  EXPECT_EQ(q.count(last + "/w:titlePg"), 0);
}

TEST_F(TwoSections, EachSectionHasItsOwnHeaders) {
  EXPECT_EQ(q.strings(first + "/w:headerReference/@w:type"), (std::vector<std::string>{"default", "first"}));
  EXPECT_EQ(q.strings(last + "/w:headerReference/@w:type"), (std::vector<std::string>{"default"}));
  const auto ids = q.strings("//w:headerReference/@r:id");
  ASSERT_EQ(ids.size(), 3u);
  EXPECT_EQ(std::set<std::string>(ids.begin(), ids.end()).size(), 3u);
  EXPECT_EQ(parts.count("word/header1.xml") + parts.count("word/header2.xml") + parts.count("word/header3.xml"), 3u);
  EXPECT_EQ(parts.count("word/header4.xml"), 0u);
}

TEST_F(TwoSections, DefaultHeaderHoldsACentredPageField) {
  const XmlQuery h(header_part(first, "default"));
  EXPECT_EQ(h.count("/w:hdr/w:p"), 1);
  EXPECT_EQ(h.str("string(//w:pPr/w:jc/@w:val)"), "center");
  EXPECT_EQ(h.str("string(//w:pPr/w:spacing/@w:before)"), "0");
  EXPECT_EQ(h.str("string(//w:pPr/w:spacing/@w:after)"), "0");
  EXPECT_EQ(h.str("string(//w:pPr/w:spacing/@w:line)"), "240");
  EXPECT_EQ(h.str("string(//w:pPr/w:spacing/@w:lineRule)"), "auto");
  EXPECT_EQ(h.str("string(//w:instrText)"), " PAGE ");
  EXPECT_EQ(h.count("//w:fldChar"), 3);
  // numbering.style: 13 pt in the first section, the default 14 pt in the annex.
  EXPECT_EQ(h.str("string(//w:r[1]/w:rPr/w:sz/@w:val)"), "26");
  EXPECT_EQ(XmlQuery(header_part(last, "default")).str("string(//w:r[1]/w:rPr/w:sz/@w:val)"), "28");
}

TEST_F(TwoSections, FirstPageHeaderIsEmpty) {
  const XmlQuery h(header_part(first, "first"));
  EXPECT_EQ(h.count("/w:hdr/w:p"), 1);
  EXPECT_EQ(h.count("//w:r"), 0);
}

TEST_F(TwoSections, SectionEndingWithATableGetsAParagraph) {
  // The annex ends with a table; the body's last paragraph follows it.
  EXPECT_EQ(q.count("//w:body/*[last()-1][self::w:p[not(w:r)]]"), 1);
  EXPECT_EQ(q.count("//w:body/*[last()-2][self::w:tbl]"), 1);
}

TEST(Numbering, DisabledMeansNoHeaders) {
  auto doc = samples::administrative_letter();
  const auto parts = docx_parts(doc);
  const XmlQuery q(parts.at("word/document.xml"));
  EXPECT_EQ(q.count("//w:headerReference"), 0);
  EXPECT_EQ(q.count("//w:titlePg"), 0);
  for (const auto& [name, xml] : parts) EXPECT_EQ(name.find("header"), std::string::npos) << name;
  EXPECT_EQ(parts.at("[Content_Types].xml").find("header"), std::string::npos);
}

TEST(Numbering, DisabledAfterEnabledGetsAnEmptyHeaderInsteadOfInheriting) {
  auto doc = samples::two_sections();
  doc.sections[1].numbering.enabled = false;
  const auto parts = docx_parts(doc);
  const XmlQuery q(parts.at("word/document.xml"));
  EXPECT_EQ(q.strings("//w:body/w:sectPr/w:headerReference/@w:type"), (std::vector<std::string>{"default"}));
  const XmlQuery h(parts.at("word/header3.xml"));
  EXPECT_EQ(h.count("//w:fldChar"), 0);
  EXPECT_EQ(q.count("//w:body/w:sectPr/w:titlePg"), 0);
}

TEST(Numbering, ShownOnFirstPageHasNoTitlePage) {
  auto doc = samples::single_section({samples::block(samples::para("x"))});
  doc.sections[0].numbering.hide_on_first_page = false;
  const auto parts = docx_parts(doc);
  const XmlQuery q(parts.at("word/document.xml"));
  EXPECT_EQ(q.count("//w:headerReference"), 1);
  EXPECT_EQ(q.count("//w:titlePg"), 0);
}

TEST(Sections, BreakSitsInARuleOrPictureParagraphThatEndsTheSection) {
  auto doc = samples::two_sections();
  model::Rule rule;
  rule.length = mm(40);
  doc.sections[0].blocks.push_back(samples::block(rule));
  XmlQuery q(docx_parts(doc).at("word/document.xml"));
  EXPECT_EQ(q.count("//w:body/w:p[w:pPr/w:pBdr]/w:pPr/w:sectPr"), 1);
  EXPECT_EQ(q.count("//w:sectPr"), 2);

  auto pictures = samples::picture();
  pictures.sections.push_back(samples::two_sections().sections[1]);
  XmlQuery p(docx_parts(pictures).at("word/document.xml"));
  EXPECT_EQ(p.count("//w:body/w:p[w:r/w:drawing][2]/w:pPr/w:sectPr"), 1);
}

TEST(Sections, EmptySectionStillBreaks) {
  auto doc = samples::two_sections();
  doc.sections[0].blocks.clear();
  const XmlQuery q(docx_parts(samples::finished(doc)).at("word/document.xml"));
  EXPECT_EQ(q.count("//w:body/w:p[1]/w:pPr/w:sectPr"), 1);
}

}  // namespace
}  // namespace vanthu::docx
