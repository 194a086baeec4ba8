// The page sink (layout.h): pagination hands each finished page on, in
// order, and the PDF written from the pages as they come is the PDF written
// from the whole layout (issue 17: long lists in flat memory).
#include <gtest/gtest.h>

#include "layout/fonts.h"
#include "layout/layout.h"
#include "model/word_paragraphs.h"
#include "pdf/pdf_writer.h"

namespace vanthu {
namespace {

model::Paragraph text(const std::string& s, bool keep_next = false) {
  model::Paragraph p;
  p.props.keep_next = keep_next;
  p.runs.push_back(model::Run{model::RunKind::Text, s, {}});
  return p;
}

// A heading kept with a long table (a repeated header row), a paragraph,
// a second table kept together, and an anchor: what a long list has.
model::Document list_document(int rows) {
  model::Document doc;
  doc.meta.title = "Danh sách";
  doc.meta.created_epoch = 1546300800;
  model::Section s;
  model::Paragraph heading = text("DANH SÁCH", true);
  heading.props.tag = model::StructTag::H1;
  heading.props.outline_level = 0;
  s.blocks.push_back({heading});
  model::Table t;
  t.borders = true;
  t.columns = {pt(60), pt(200), pt(150)};
  for (int r = 0; r <= rows; ++r) {
    model::TableRow row;
    row.repeat_header = r == 0;
    for (int c = 0; c < 3; ++c) {
      model::TableCell cell;
      cell.blocks.push_back({text(r == 0 ? "Cột " + std::to_string(c + 1)
                                         : "Hàng " + std::to_string(r) + " ô " + std::to_string(c + 1) +
                                               (r % 7 == 0 ? " có một dòng dài hơn để xuống dòng trong ô này" : ""))});
      row.cells.push_back(cell);
    }
    t.rows.push_back(row);
  }
  s.blocks.push_back({t});
  model::Paragraph anchored = text("Nơi ký");
  anchored.props.anchor = "ky";
  s.blocks.push_back({anchored});
  model::Table closing;
  closing.keep_together = true;
  closing.layout_table = true;
  closing.columns = {pt(200), pt(200)};
  model::TableRow row;
  for (int c = 0; c < 2; ++c) {
    model::TableCell cell;
    cell.blocks.push_back({text(c == 0 ? "Nơi nhận:" : "CHỦ TỊCH")});
    row.cells.push_back(cell);
  }
  closing.rows.push_back(row);
  s.blocks.push_back({closing});
  doc.sections.push_back(s);
  model::make_word_paragraphs_explicit(doc);
  return doc;
}

TEST(PageSink, ReceivesEveryPageInOrderAsTheWholeLayoutHasThem) {
  auto fonts = layout::FontSystem::create();
  const model::Document doc = list_document(400);
  const layout::Pages whole = layout::layout_document(doc, *fonts);
  ASSERT_GT(whole.pages.size(), 5u);

  layout::Pages streamed;
  std::vector<layout::Page> received;
  layout::layout_document(doc, *fonts, streamed, [&](layout::Page&& page, const layout::Pages& so_far) {
    EXPECT_TRUE(so_far.pages.empty() || so_far.pages.size() == 1);  // only the page being filled is kept
    for (const layout::Item& it : page.items) EXPECT_LT(it.node, static_cast<int>(so_far.structure.size()));
    received.push_back(std::move(page));
  });
  EXPECT_TRUE(streamed.pages.empty());
  streamed.pages = std::move(received);
  EXPECT_EQ(layout::dump(streamed), layout::dump(whole));
  EXPECT_EQ(streamed.structure.size(), whole.structure.size());
  EXPECT_EQ(layout::count_structure_nodes(doc), whole.structure.size());
  EXPECT_EQ(streamed.outline.size(), whole.outline.size());
}

TEST(PageSink, PdfWrittenPageByPageIsTheOneShotWritersPdf) {
  auto fonts = layout::FontSystem::create();
  model::Document doc = list_document(400);
  const std::string one_shot = pdf::write_pdf(layout::layout_document(doc, *fonts), doc.meta, *fonts);
  EXPECT_EQ(pdf::write_pdf(doc, *fonts), one_shot);
  EXPECT_EQ(pdf::write_pdf(std::move(doc), *fonts), one_shot);  // the model's rows freed as boxed
}

}  // namespace
}  // namespace vanthu
