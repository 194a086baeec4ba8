// Page breaks against LibreOffice 7.4 (see referee_test.cpp for how the
// expected positions were obtained). A4, margins 20/20/30/15 mm, 14 pt.
#include <gtest/gtest.h>

#include "layout/layout.h"
#include "layout/model_builder.h"

namespace vanthu::layout {
namespace {

using testing::a4_section;
using testing::cell;
using testing::document;
using testing::ParaBuilder;
using testing::repeat;

constexpr double kTolY = 0.2;

std::shared_ptr<FontSystem> fonts() {
  static std::shared_ptr<FontSystem> fs = FontSystem::create();
  return fs;
}

// Body text lines of a page (the page number is not content: node < 0).
std::vector<const Item*> body(const Pages& pages, size_t page) {
  std::vector<const Item*> out;
  for (const Item& it : pages.pages.at(page).items)
    if (it.kind == Item::Kind::Text && it.node >= 0) out.push_back(&it);
  return out;
}

std::vector<model::Block> numbered(const std::string& prefix, int from, int to, double before = 0) {
  std::vector<model::Block> out;
  for (int i = from; i <= to; ++i) out.push_back(ParaBuilder(prefix + std::to_string(i)).before(before));
  return out;
}

TEST(PaginationTest, SpaceBeforeIsDroppedAfterANaturalBreakOnly) {
  Pages pages = layout_document(document({a4_section(numbered("Đoạn ", 1, 39, 6))}), *fonts());
  ASSERT_EQ(pages.pages.size(), 2u) << dump(pages);
  auto p1 = body(pages, 0), p2 = body(pages, 1);
  EXPECT_NEAR(p1.front()->y, 75.80, kTolY);  // space before kept on the first page
  EXPECT_EQ(p1.back()->text, "Đoạn 32");
  EXPECT_NEAR(p1.back()->y, 760.90, kTolY);
  EXPECT_EQ(p2.front()->text, "Đoạn 33");
  EXPECT_NEAR(p2.front()->y, 69.80, kTolY);

  Pages forced = layout_document(
      document({a4_section({ParaBuilder("Một").before(6), ParaBuilder("Hai sau ngắt trang").before(12).page_break_before()})}),
      *fonts());
  ASSERT_EQ(forced.pages.size(), 2u);
  EXPECT_NEAR(body(forced, 1).front()->y, 81.80, kTolY);  // kept after a page break
}

std::vector<model::Block> filler_then(int filler, model::Block tail) {
  auto blocks = numbered("Dòng ", 1, filler);
  blocks.push_back(std::move(tail));
  blocks.push_back(ParaBuilder("Sau"));
  return blocks;
}

TEST(PaginationTest, WidowAndOrphanControl) {
  auto six_lines = [](bool widow) {
    return ParaBuilder(repeat("Đoạn dài ", 50)).first_line(twips(567)).widow(widow).block();
  };
  // 40 lines, then a 6-line paragraph of which 5 lines fit.
  Pages widow = layout_document(document({a4_section(filler_then(40, six_lines(true)))}), *fonts());
  ASSERT_EQ(widow.pages.size(), 2u) << dump(widow);
  EXPECT_EQ(body(widow, 0).size(), 44u);  // one more line moves: no widow
  EXPECT_EQ(body(widow, 1).size(), 3u);
  EXPECT_NEAR(body(widow, 1).front()->y, 69.80, kTolY);

  Pages no_control = layout_document(document({a4_section(filler_then(40, six_lines(false)))}), *fonts());
  EXPECT_EQ(body(no_control, 0).size(), 45u);
  EXPECT_EQ(body(no_control, 1).size(), 2u);

  // 44 lines: only the first line would fit, so the paragraph moves.
  Pages orphan = layout_document(document({a4_section(filler_then(44, six_lines(true)))}), *fonts());
  EXPECT_EQ(body(orphan, 0).size(), 44u);
  EXPECT_EQ(body(orphan, 1).size(), 7u);
  EXPECT_NEAR(body(orphan, 0).back()->y, 762.10, kTolY);
}

TEST(PaginationTest, KeepWithNextMovesTheHeading) {
  auto blocks = numbered("Dòng ", 1, 44);
  blocks.push_back(ParaBuilder("Tiêu đề").align(model::Align::Center).keep_next());
  blocks.push_back(ParaBuilder(repeat("Nội dung ", 20)));
  Pages pages = layout_document(document({a4_section(blocks)}), *fonts());
  ASSERT_EQ(pages.pages.size(), 2u) << dump(pages);
  EXPECT_EQ(body(pages, 0).back()->text, "Dòng 44");
  EXPECT_EQ(body(pages, 1).front()->text, "Tiêu đề");
  EXPECT_NEAR(body(pages, 1).front()->y, 69.80, kTolY);
  EXPECT_NEAR(body(pages, 1).front()->x, 297.90, 0.4);

  // Without keep_next the heading stays at the bottom of page 1.
  blocks[44] = ParaBuilder("Tiêu đề").align(model::Align::Center);
  Pages loose = layout_document(document({a4_section(blocks)}), *fonts());
  EXPECT_EQ(body(loose, 0).back()->text, "Tiêu đề");
}

TEST(PaginationTest, SpaceAfterMayRunIntoTheBottomMargin) {
  std::vector<model::Block> blocks;
  for (int i = 1; i < 30; ++i) blocks.push_back(ParaBuilder("Đoạn " + std::to_string(i)).after(28));
  Pages pages = layout_document(document({a4_section(blocks)}), *fonts());
  EXPECT_EQ(body(pages, 0).size(), 17u);
  EXPECT_EQ(body(pages, 1).size(), 12u);
}

TEST(PaginationTest, PageNumberSitsInTheTopMarginFromPageTwo) {
  Pages pages = layout_document(document({a4_section(numbered("Đoạn ", 1, 39, 6))}), *fonts());
  ASSERT_EQ(pages.pages.size(), 2u);
  EXPECT_FALSE(pages.pages[0].shows_number);
  for (const Item& it : pages.pages[0].items) EXPECT_GE(it.node, 0) << "page 1 must not show a number";
  const Item* number = nullptr;
  for (const Item& it : pages.pages[1].items)
    if (it.node < 0 && it.kind == Item::Kind::Text) number = &it;
  ASSERT_NE(number, nullptr);
  EXPECT_EQ(number->text, "2");
  EXPECT_NEAR(number->y, 40.50, kTolY);  // header distance 10 mm + ascent of 13 pt
  EXPECT_NEAR(number->x, 315.80, 0.4);   // centred over the text column
}

model::Block left(const std::string& s) { return ParaBuilder(s).align(model::Align::Left); }

TEST(PaginationTest, HeaderRowRepeatsOnTheNextPage) {
  model::Table t;
  t.columns = {twips(1200), twips(8154)};
  t.borders = true;
  model::TableRow header;
  header.repeat_header = true;
  header.cells = {cell({left("STT")}), cell({left("Nội dung")})};
  t.rows.push_back(header);
  for (int i = 1; i <= 60; ++i) {
    model::TableRow r;
    r.cells = {cell({left(std::to_string(i))}), cell({left("Hàng " + std::to_string(i))})};
    t.rows.push_back(r);
  }
  Pages pages = layout_document(document({a4_section({ParaBuilder("Trước"), model::Block{t}, ParaBuilder("Sau")})}),
                                *fonts());
  ASSERT_EQ(pages.pages.size(), 2u) << dump(pages);
  auto p1 = body(pages, 0);
  EXPECT_EQ(p1.back()->text, "Hàng 41");
  EXPECT_NEAR(p1.back()->y, 767.00, kTolY);
  // The repeated header is drawn but not tagged as content a second time.
  std::vector<const Item*> p2;
  for (const Item& it : pages.pages[1].items)
    if (it.kind == Item::Kind::Text) p2.push_back(&it);
  ASSERT_GE(p2.size(), 4u);
  EXPECT_EQ(p2[0]->text, "2");
  EXPECT_EQ(p2[1]->text, "STT");
  EXPECT_LT(p2[1]->node, 0);
  EXPECT_NEAR(p2[1]->y, 70.30, kTolY);
  EXPECT_EQ(p2[3]->text, "42");
  EXPECT_NEAR(p2[3]->y, 86.90, kTolY);
}

model::Table one_tall_row(bool cant_split) {
  model::Table t;
  t.columns = {twips(1200), twips(8154)};
  t.borders = true;
  model::TableRow r;
  r.cant_split = cant_split;
  r.cells = {cell({left("A")}), cell({left(repeat("Ô dài ", 60))})};
  t.rows.push_back(r);
  return t;
}

TEST(PaginationTest, RowsThatCannotSplitMoveWhole) {
  Pages pages = layout_document(document({a4_section(filler_then(40, model::Block{one_tall_row(true)}))}), *fonts());
  ASSERT_EQ(pages.pages.size(), 2u) << dump(pages);
  EXPECT_EQ(body(pages, 0).size(), 40u);
  auto p2 = body(pages, 1);
  EXPECT_EQ(p2.front()->text, "A");
  EXPECT_NEAR(p2.front()->y, 70.30, kTolY);
  EXPECT_EQ(p2.back()->text, "Sau");
  EXPECT_NEAR(p2.back()->y, 167.40, kTolY);
}

TEST(PaginationTest, RowsThatMaySplitBreakBetweenLines) {
  Pages pages = layout_document(document({a4_section(filler_then(40, model::Block{one_tall_row(false)}))}), *fonts());
  ASSERT_EQ(pages.pages.size(), 2u) << dump(pages);
  auto p1 = body(pages, 0);
  EXPECT_NEAR(p1.back()->y, 778.70, kTolY);
  auto p2 = body(pages, 1);
  ASSERT_EQ(p2.size(), 2u) << dump(pages);
  EXPECT_EQ(p2[0]->text, "dài Ô dài Ô dài ");
  EXPECT_NEAR(p2[0]->y, 70.30, kTolY);
  EXPECT_NEAR(p2[1]->y, 86.90, kTolY);
}

TEST(PaginationTest, KeepTogetherTableMovesWhole) {
  model::Table t;
  t.columns = {twips(4677), twips(4677)};
  t.keep_together = true;
  for (int i = 0; i < 4; ++i) {
    model::TableRow r;
    r.cells = {cell({left("Nơi nhận " + std::to_string(i))}), cell({left("Ký " + std::to_string(i))})};
    t.rows.push_back(r);
  }
  // 43 lines leave room for 2 of the 4 rows.
  Pages pages = layout_document(document({a4_section(filler_then(43, model::Block{t}))}), *fonts());
  ASSERT_EQ(pages.pages.size(), 2u) << dump(pages);
  EXPECT_EQ(body(pages, 0).size(), 43u);
  EXPECT_EQ(body(pages, 1).front()->text, "Nơi nhận 0");

  t.keep_together = false;
  Pages split = layout_document(document({a4_section(filler_then(43, model::Block{t}))}), *fonts());
  EXPECT_EQ(body(split, 0).size(), 43u + 4u);
}

}  // namespace
}  // namespace vanthu::layout
