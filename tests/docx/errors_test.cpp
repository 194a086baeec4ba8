// A model the writer cannot express gives one clear InvalidModel error
// naming the place, and nothing is written.
#include <gtest/gtest.h>

#include "docx/docx_writer.h"
#include "sample_documents.h"

namespace vanthu::docx {
namespace {

using namespace samples;

std::string error_of(const model::Document& doc) {
  try {
    write_docx(doc);
  } catch (const InvalidModel& e) {
    return e.what();
  }
  return "(no error)";
}

TEST(InvalidModel, NoSections) {
  EXPECT_EQ(error_of(model::Document{}), "document has no sections");
}

TEST(InvalidModel, InvalidUtf8InARun) {
  auto doc = single_section({block(para("ok")), block(para("Sở \xC3("))});
  EXPECT_EQ(error_of(doc), "section 1, block 2 (paragraph), run 1: text is not valid UTF-8 (byte 5)");
}

TEST(InvalidModel, ControlCharacterInText) {
  auto doc = single_section({block(para("a\tb"))});
  EXPECT_EQ(error_of(doc), "section 1, block 1 (paragraph), run 1: text holds the control character U+0009 at byte 1");
}

TEST(InvalidModel, PlaceInsideANestedCell) {
  auto doc = tables();
  auto& outer = std::get<model::Table>(doc.sections[0].blocks[1].value);
  auto& inner = std::get<model::Table>(outer.rows[2].cells[1].blocks[0].value);
  inner.rows[0].cells[1].blocks.push_back(block(para(std::string("x\x01", 2))));
  EXPECT_EQ(error_of(doc),
            "section 1, block 2 (table), row 3, cell 2, block 1 (table), row 1, cell 2, block 2 (paragraph), run 1: "
            "text holds the control character U+0001 at byte 1");
}

TEST(InvalidModel, RowThatDoesNotFillTheGrid) {
  model::Table t;
  t.columns = {twips(1000), twips(1000)};
  t.rows.push_back(row({cell({block(para("x"))})}));
  EXPECT_EQ(error_of(single_section({block(t)})),
            "section 1, block 1 (table), row 1: cells cover 1 grid columns, the table has 2");
  t.rows[0].cells[0].span = 3;
  EXPECT_EQ(error_of(single_section({block(t)})),
            "section 1, block 1 (table), row 1: cells cover 3 grid columns, the table has 2");
}

TEST(InvalidModel, TableShape) {
  model::Table t;
  EXPECT_EQ(error_of(single_section({block(t)})), "section 1, block 1 (table): table has no columns");
  t.columns = {twips(1000)};
  EXPECT_EQ(error_of(single_section({block(t)})), "section 1, block 1 (table): table has no rows");
  t.rows.push_back(row({cell({}, 0)}));
  EXPECT_EQ(error_of(single_section({block(t)})), "section 1, block 1 (table), row 1, cell 1: span must be at least 1");
}

TEST(InvalidModel, ImageData) {
  auto doc = picture();
  auto& image = std::get<model::Image>(doc.sections[0].blocks[1].value);
  image.png = "GIF89a....";
  EXPECT_EQ(error_of(doc), "section 1, block 2 (image): image data is not a PNG");
  image.png.clear();
  EXPECT_EQ(error_of(doc), "section 1, block 2 (image): image has no PNG data");
  image.png = one_pixel_png();
  image.height = {};
  EXPECT_EQ(error_of(doc), "section 1, block 2 (image): image has no size");
}

TEST(InvalidModel, SizesAndSpacing) {
  auto doc = single_section({block(para("x"))});
  std::get<model::Paragraph>(doc.sections[0].blocks[0].value).runs[0].style.size_half_pt = 0;
  EXPECT_EQ(error_of(doc), "section 1, block 1 (paragraph), run 1: font size of 0 half-points is outside 2..3276");
  doc = single_section({block(para("x"))});
  std::get<model::Paragraph>(doc.sections[0].blocks[0].value).props.line.value = 0;
  EXPECT_EQ(error_of(doc), "section 1, block 1 (paragraph): line spacing must be positive");
  model::Rule r;
  EXPECT_EQ(error_of(single_section({block(r)})), "section 1, block 1 (rule): rule has no length");
}

TEST(InvalidModel, PageAndMetadata) {
  auto doc = single_section({});
  doc.sections[0].page.margin_left = mm(200);
  EXPECT_EQ(error_of(doc), "section 1: left and right margins leave no text width");
  doc = single_section({});
  doc.meta.title = "bad \xFF";
  EXPECT_EQ(error_of(doc), "title is not valid UTF-8 (byte 4)");
  doc = single_section({});
  doc.font_family.clear();
  EXPECT_EQ(error_of(doc), "document has no font family");
}

TEST(InvalidModel, DocxPartsChecksToo) {
  EXPECT_THROW(docx_parts(model::Document{}), InvalidModel);
}

}  // namespace
}  // namespace vanthu::docx
