// Reading DOCX files safely: zip limits, XML without DTDs, style
// resolution, list numbering, the three ways of drawing a rule.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "check/docx_reader.h"
#include "check/wml_body.h"
#include "check_support.h"
#include "fixture.h"

namespace vanthu::test {
namespace {

using check::ReadError;

std::string error_of(const std::string& bytes, const check::PackageLimits& limits = {}) {
  try {
    check::read_docx(bytes, limits);
  } catch (const ReadError& e) {
    return e.what();
  }
  return "";
}

std::string with_document(const std::string& document_xml) {
  Fixture f = decision();
  f.document = document_xml;
  return f.docx();
}

TEST(CheckReader, RefusesWhatIsNotADocx) {
  EXPECT_NE(error_of("").find("not a zip"), std::string::npos);
  EXPECT_NE(error_of("%PDF-1.7 hello").find("not a zip"), std::string::npos);
  const std::string good = decision().docx();
  EXPECT_NE(error_of(good.substr(0, good.size() / 2)), "");  // truncated: no central directory
  EXPECT_NE(error_of(write_zip({{"hello.txt", "hi"}})).find("no word/document.xml"), std::string::npos);
}

TEST(CheckReader, RefusesZipBombs) {
  // 8 MiB of zeros deflate to ~8 KiB: a ratio near 1000.
  const std::string bomb = write_zip({{"word/document.xml", std::string(8u << 20, '\0')}});
  EXPECT_NE(error_of(bomb).find("zip bomb"), std::string::npos) << error_of(bomb);
  check::PackageLimits few;
  few.max_entries = 5;
  EXPECT_NE(error_of(decision().docx(), few).find("entries"), std::string::npos);
  check::PackageLimits small;
  small.max_entry_bytes = 1000;
  EXPECT_NE(error_of(decision().docx(), small).find("zip bomb"), std::string::npos);
  check::PackageLimits total;
  total.max_total_bytes = 4000;
  EXPECT_NE(error_of(decision().docx(), total).find("zip bomb"), std::string::npos);
}

TEST(CheckReader, RefusesDtdsAndEntityBombs) {
  const std::string laughs =
      "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;\">]>"
      "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>"
      "&lol2;</w:t></w:r></w:p></w:body></w:document>";
  EXPECT_NE(error_of(with_document(laughs)).find("DOCTYPE"), std::string::npos);
  const std::string external =
      "<?xml version=\"1.0\"?><!DOCTYPE d SYSTEM \"http://example.invalid/x.dtd\"><w:document "
      "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>";
  EXPECT_NE(error_of(with_document(external)).find("DOCTYPE"), std::string::npos);
}

TEST(CheckReader, ReportsMalformedXmlWithPosition) {
  const std::string e = error_of(with_document("<w:document xmlns:w=\"x\"><w:body><w:p></w:body>"));
  EXPECT_NE(e.find("word/document.xml:1:"), std::string::npos) << e;
  EXPECT_NE(e.find("malformed XML"), std::string::npos) << e;
  EXPECT_NE(error_of(with_document("<root/>")).find("not w:document"), std::string::npos);
}

TEST(CheckReader, RefusesDeepTableNesting) {
  std::string xml = std::string("<w:document ") + kW + "><w:body>";
  for (int i = 0; i < 40; ++i) xml += "<w:tbl><w:tr><w:tc>";
  xml += "<w:p/>";
  for (int i = 0; i < 40; ++i) xml += "</w:tc></w:tr></w:tbl>";
  xml += "</w:body></w:document>";
  EXPECT_NE(error_of(with_document(xml)).find("nested"), std::string::npos);
}

TEST(CheckReader, ResolvesStylesThemeAndDirectFormatting) {
  Fixture f = decision();
  f.styles = std::string("<w:styles ") + kW +
             "><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme=\"minorHAnsi\" w:hAnsiTheme=\"minorHAnsi\"/>"
             "<w:sz w:val=\"20\"/></w:rPr></w:rPrDefault></w:docDefaults>"
             "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:rPr><w:sz w:val=\"24\"/></w:rPr></w:style>"
             "<w:style w:type=\"paragraph\" w:styleId=\"Body\"><w:basedOn w:val=\"Normal\"/><w:pPr><w:jc w:val=\"both\"/>"
             "<w:ind w:firstLine=\"567\"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>"
             "<w:style w:type=\"character\" w:styleId=\"Em\"><w:rPr><w:i/></w:rPr></w:style></w:styles>";
  f.document = std::string("<w:document ") + kW +
               "><w:body><w:p><w:pPr><w:pStyle w:val=\"Body\"/></w:pPr><w:r><w:rPr><w:rStyle w:val=\"Em\"/>"
               "<w:b w:val=\"0\"/><w:sz w:val=\"28\"/></w:rPr><w:t>Chữ</w:t></w:r><w:r><w:t>x</w:t></w:r></w:p>"
               "<w:sectPr/></w:body></w:document>";
  std::vector<std::pair<std::string, std::string>> parts = {
      {"[Content_Types].xml", kMinimalContentTypes},
      {"word/document.xml", f.document},
      {"word/styles.xml", f.styles},
      {"word/theme/theme1.xml",
       "<a:theme xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"><a:themeElements><a:fontScheme>"
       "<a:majorFont><a:latin typeface=\"Cambria\"/></a:majorFont><a:minorFont><a:latin typeface=\"Calibri\"/>"
       "</a:minorFont></a:fontScheme></a:themeElements></a:theme>"},
      {"word/_rels/document.xml.rels",
       "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
       "<Relationship Id=\"a\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" "
       "Target=\"styles.xml\"/><Relationship Id=\"b\" "
       "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme\" Target=\"theme/theme1.xml\"/>"
       "</Relationships>"}};
  const check::Document doc = check::read_docx(write_zip(parts));
  const check::Paragraph& p = *doc.body.at(0).paragraph();
  EXPECT_EQ(p.props.align, check::Align::Justify);
  EXPECT_EQ(p.props.first_line, 567);
  ASSERT_EQ(p.runs.size(), 2u);
  EXPECT_EQ(p.runs[0].props.size, 28);  // direct
  EXPECT_FALSE(p.runs[0].props.bold);   // direct w:b="0" over the style's bold
  EXPECT_TRUE(p.runs[0].props.italic);  // character style
  EXPECT_EQ(p.runs[0].props.font_hansi, "Calibri");  // theme minor font
  EXPECT_EQ(p.runs[1].props.size, 24);  // Normal, through basedOn
  EXPECT_TRUE(p.runs[1].props.bold);    // paragraph style
  EXPECT_EQ(doc.sections.size(), 1u);
  EXPECT_EQ(doc.sections[0].width, 0);  // no w:pgSz: not stated
}

TEST(CheckReader, ListBulletsCountAsText) {
  Fixture f = decision();
  // "Nơi nhận" items written as a Word list whose bullet is "-".
  f.replace("- Như Điều 3;", "Như Điều 3;");
  std::string numbering =
      std::string("<w:numbering ") + kW +
      "><w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"-\"/>"
      "</w:lvl></w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num></w:numbering>";
  f.replace("<w:p><w:pPr><w:rPr><w:sz w:val=\"22\"/></w:rPr></w:pPr><w:r><w:rPr><w:sz w:val=\"22\"/></w:rPr><w:t "
            "xml:space=\"preserve\">Như Điều 3;",
            "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr><w:rPr><w:sz w:val=\"22\"/></w:rPr>"
            "</w:pPr><w:r><w:rPr><w:sz w:val=\"22\"/></w:rPr><w:t xml:space=\"preserve\">Như Điều 3;");
  std::string docx = f.docx();
  // Add numbering.xml and its relationship.
  Fixture g = f;
  std::vector<std::pair<std::string, std::string>> parts = {
      {"[Content_Types].xml", kMinimalContentTypes},
      {"word/document.xml", g.document},
      {"word/styles.xml", g.styles},
      {"word/numbering.xml", numbering},
      {"word/header1.xml", g.header_page},
      {"word/header2.xml", g.header_first},
      {"word/_rels/document.xml.rels",
       "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
       "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" "
       "Target=\"styles.xml\"/><Relationship Id=\"rId2\" "
       "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/header\" Target=\"header1.xml\"/>"
       "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/header\" "
       "Target=\"header2.xml\"/><Relationship Id=\"rId9\" "
       "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering\" Target=\"numbering.xml\"/>"
       "</Relationships>"}};
  const check::Report r = run_check(write_zip(parts));
  EXPECT_TRUE(r.clean()) << check::format_text(r, "list.docx");
  // Without numbering.xml the item has no dash.
  EXPECT_EQ(verdicts(run_check(docx)), std::set<std::string>{"PL1.II.9.d noi-nhan.items"});
}

std::string drawing_line(long cx_emu) {
  return "<w:p><w:r><w:drawing><wp:inline xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/"
         "wordprocessingDrawing\"><wp:extent cx=\"" + std::to_string(cx_emu) +
         "\" cy=\"0\"/><a:graphic xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"><a:graphicData "
         "uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\"><wps:wsp "
         "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\"><wps:spPr><a:prstGeom "
         "prst=\"line\"/></wps:spPr></wps:wsp></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>";
}

std::string vml_line(double pt) {
  return "<w:p><w:r><w:pict><v:line xmlns:v=\"urn:schemas-microsoft-com:vml\" from=\"0,0\" to=\"" +
         std::to_string(pt) + "pt,0\"/></w:pict></w:r></w:p>";
}

std::string underscores(int n, int size) {
  return "<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r><w:rPr><w:sz w:val=\"" + std::to_string(size) +
         "\"/><w:vertAlign w:val=\"superscript\"/></w:rPr><w:t>" + std::string(static_cast<size_t>(n), '_') +
         "</w:t></w:r></w:p>";
}

TEST(CheckReader, RulesAsShapesAndUnderscores) {
  // The Tiêu ngữ rule (60,5 mm) drawn three other ways: all conform.
  for (const std::string& r : {drawing_line(2178000), vml_line(171.5), underscores(42, 28)}) {
    Fixture f = decision();
    f.replace(rule(1055), r);
    const check::Report rep = run_check(f.docx());
    EXPECT_TRUE(rep.clean()) << r << "\n" << check::format_text(rep, "rule.docx");
  }
  // And too short.
  for (const std::string& r : {drawing_line(1000000), vml_line(80), underscores(20, 28)}) {
    Fixture f = decision();
    f.replace(rule(1055), r);
    EXPECT_EQ(verdicts(run_check(f.docx())), std::set<std::string>{"PL1.II.1.b tieu-ngu.rule"}) << r;
  }
}

TEST(CheckReport, TextAndJson) {
  Fixture f = decision();
  f.replace("ngày 05 tháng 02", "ngày 5 tháng 02");
  const check::Report r = run_check(f.docx());
  const std::string text = check::format_text(r, "qd.docx");
  EXPECT_EQ(text,
            "qd.docx:\u00b69: error PL1.II.4.b [date.padding] the day is written \"5\"; days below 10 take a leading zero "
            "(fix: write \"ngày 05\") \u00abLạng Sơn, ngày 5 tháng 02 năm 2019\u00bb\n");
  const auto j = nlohmann::json::parse(check::format_json(r, "qd.docx"));
  ASSERT_TRUE(j.is_array());
  ASSERT_EQ(j.size(), 1u);
  EXPECT_EQ(j[0]["rule"], "PL1.II.4.b");
  EXPECT_EQ(j[0]["check"], "date.padding");
  EXPECT_EQ(j[0]["severity"], "error");
  EXPECT_EQ(j[0]["paragraph"], 9);
  EXPECT_EQ(j[0]["part"], "word/document.xml");
  EXPECT_EQ(check::format_json(run_check(decision().docx()), "x.docx"), "[]\n");
}

}  // namespace
}  // namespace vanthu::test
