// Footnotes are read (their text is checked like the body's), and the widths
// of lines made of runs in several styles: a space alone in a run of its own
// takes its width, condensed as Word draws it and not as LibreOffice does.
#include <gtest/gtest.h>

#include "check/docx_reader.h"
#include "check/font_metrics.h"
#include "check/rules.h"
#include "check_support.h"
#include "zip_write.h"

namespace vanthu::test {
namespace {

constexpr const char* kW = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

std::string with_footnotes(const std::string& footnotes) {
  return write_zip({
      {"[Content_Types].xml", kMinimalContentTypes},
      {"word/document.xml", std::string("<w:document ") + kW +
                                "><w:body><w:p><w:r><w:t>Text</w:t></w:r></w:p><w:sectPr/></w:body></w:document>"},
      {"word/_rels/document.xml.rels",
       "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"f\" "
       "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes\" "
       "Target=\"footnotes.xml\"/></Relationships>"},
      {"word/footnotes.xml", footnotes},
  });
}

TEST(CheckReaderNotes, FootnotesAreReadWithoutTheirSeparators) {
  const std::string notes =
      std::string("<w:footnotes ") + kW +
      "><w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"
      "<w:footnote w:id=\"1\"><w:p><w:r><w:rPr><w:rFonts w:ascii=\"Arial\" w:hAnsi=\"Arial\"/></w:rPr>"
      "<w:t>Ghi chú</w:t></w:r></w:p></w:footnote></w:footnotes>";
  const check::Document doc = check::read_docx(with_footnotes(notes));
  ASSERT_EQ(doc.parts.count("word/footnotes.xml"), 1u);
  const auto& paras = doc.parts.at("word/footnotes.xml").paragraphs;
  ASSERT_EQ(paras.size(), 1u);
  EXPECT_EQ(paras[0].runs.at(0).props.font_ascii, "Arial");

  const check::Report r = run_check(with_footnotes(notes));
  bool found = false;
  for (const auto& f : r.findings) found = found || (f.check == "font.family" && f.part == "word/footnotes.xml");
  EXPECT_TRUE(found) << check::format_text(r, "notes.docx");
}

TEST(CheckWidths, ASpaceInARunOfItsOwnTakesItsWidth) {
  check::Document doc;
  std::vector<check::Segment> segments;
  std::vector<check::Finding> out;
  check::Context c(doc, segments, measurer(), out);
  check::RunProps plain;
  plain.size = 26;
  plain.bold = true;
  check::RunProps condensed = plain;
  condensed.char_spacing = -8;  // 0,4 pt
  check::Paragraph p;
  p.runs = {{"CỘNG", plain}, {" ", condensed}, {"HÒA", plain}};
  const double whole = c.width_pt("CỘNG HÒA", plain);
  ASSERT_GT(whole, 0);
  // Word condenses the space; LibreOffice leaves out the spacing of a run's last character.
  EXPECT_NEAR(c.text_width_pt(p), whole - 0.4, 0.05);
  EXPECT_NEAR(c.text_width_pt_libreoffice(p), whole, 0.05);
}

// A run in another family is measured with that family's metrics when it is
// installed, else with fontconfig's substitute for it (Arial: Liberation Sans,
// its metric twin, which LibreOffice draws it with), not with Times New Roman's.
TEST(CheckWidths, OtherFamiliesUseTheirOwnOrTheSubstitutesMetrics) {
  const auto sans = check::resolve_font("Liberation Sans");
  if (!sans || !sans->installed) GTEST_SKIP() << "Liberation Sans is not installed";
  check::Document doc;
  std::vector<check::Segment> segments;
  std::vector<check::Finding> out;
  check::Context c(doc, segments, measurer(), out);
  check::RunProps serif;
  serif.size = 28;
  serif.font_ascii = serif.font_hansi = "Times New Roman";
  check::RunProps liberation_sans = serif, arial = serif;
  liberation_sans.font_ascii = liberation_sans.font_hansi = "Liberation Sans";
  arial.font_ascii = arial.font_hansi = "Arial";
  const std::string text = "Nâng cao ý thức chấp hành pháp luật";
  const double w_serif = c.width_pt(text, serif), w_sans = c.width_pt(text, liberation_sans);
  EXPECT_GT(w_sans, w_serif * 1.05);  // a sans face is wider than Times New Roman
  EXPECT_NEAR(c.width_pt(text, arial), w_sans, 0.01);
  const auto a = check::resolve_font("Arial");
  ASSERT_TRUE(a.has_value());
  if (!a->installed) EXPECT_EQ(a->family, "Liberation Sans");
}

}  // namespace
}  // namespace vanthu::test
