// Footnotes are read (their text is checked like the body's), and the widths
// of lines made of runs in several styles: a space alone in a run of its own
// takes its width, condensed as Word draws it and not as LibreOffice does.
#include <gtest/gtest.h>

#include "check/docx_reader.h"
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

}  // namespace
}  // namespace vanthu::test
