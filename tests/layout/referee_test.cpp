// Layout against LibreOffice 7.4 (the referee): the same content written as
// a hand-made DOCX (Times New Roman, the same geometry) was converted with
// `soffice --convert-to pdf`, and the baselines, line starts and line texts
// below were read from its PDF with `pdftotext -bbox-layout`. LibreOffice
// works in twips and writes PDF coordinates rounded to 0.1 pt, so positions
// agree to within 0.2 pt.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

#include "layout/layout.h"
#include "layout/measure.h"
#include "layout/model_builder.h"

namespace vanthu::layout {
namespace {

using testing::a4_section;
using testing::cell;
using testing::document;
using testing::ParaBuilder;
using testing::repeat;
using testing::sized;
using Rule = model::LineSpacing::Rule;

struct Expected {
  double baseline;
  double x;
  const char* text;
};

constexpr double kTolY = 0.2;
// LibreOffice's text starts 0.15-0.35 pt right of the margin in its PDF.
constexpr double kTolX = 0.4;

std::shared_ptr<FontSystem> fonts() {
  static std::shared_ptr<FontSystem> fs = FontSystem::create();
  return fs;
}

std::vector<const Item*> texts(const Page& page, bool skip_page_number = true) {
  std::vector<const Item*> out;
  for (const Item& it : page.items)
    if (it.kind == Item::Kind::Text && !(skip_page_number && it.node < 0)) out.push_back(&it);
  return out;
}

// Compares in reading order (top to bottom, then left to right).
void expect_lines(const Pages& pages, size_t page, std::vector<Expected> expected) {
  ASSERT_LT(page, pages.pages.size()) << dump(pages);
  std::vector<const Item*> got = texts(pages.pages[page]);
  std::stable_sort(got.begin(), got.end(), [](const Item* a, const Item* b) {
    return std::lround(a->y * 10) != std::lround(b->y * 10) ? a->y < b->y : a->x < b->x;
  });
  std::stable_sort(expected.begin(), expected.end(), [](const Expected& a, const Expected& b) {
    return std::lround(a.baseline * 10) != std::lround(b.baseline * 10) ? a.baseline < b.baseline : a.x < b.x;
  });
  ASSERT_EQ(got.size(), expected.size()) << dump(pages);
  for (size_t i = 0; i < expected.size(); ++i) {
    EXPECT_EQ(got[i]->text, expected[i].text) << "line " << i;
    EXPECT_NEAR(got[i]->y, expected[i].baseline, kTolY) << "line " << i << " " << expected[i].text;
    EXPECT_NEAR(got[i]->x, expected[i].x, kTolX) << "line " << i << " " << expected[i].text;
  }
}

TEST(RefereeTest, ParagraphSpacingAndLineSpacingRules) {
  model::Paragraph empty;
  empty.props.mark = sized(20);
  auto doc = document({a4_section({
      ParaBuilder("Dòng một").before(12),
      ParaBuilder("Dòng hai").before(6).after(6),
      ParaBuilder("Dòng ba x"),
      ParaBuilder("Cỡ 13", sized(26)).mark(sized(28)),
      model::Block{empty},
      ParaBuilder("Sau trống").line(Rule::Auto, 360),
      ParaBuilder(repeat("Hai dòng dài ", 12)).line(Rule::Auto, 360).first_line(twips(567)),
      ParaBuilder(repeat("Exact ", 20)).line(Rule::Exact, 400),
      ParaBuilder(repeat("Exact nhỏ ", 20)).line(Rule::Exact, 240),
      ParaBuilder(repeat("AtLeast ", 20)).line(Rule::AtLeast, 400),
  })});
  Pages pages = layout_document(doc, *fonts());
  ASSERT_EQ(pages.pages.size(), 1u);
  expect_lines(pages, 0,
               {
                   {81.80, 85.20, "Dòng một"},
                   {103.90, 85.20, "Dòng hai"},
                   {126.00, 85.20, "Dòng ba x"},
                   {141.20, 85.20, "Cỡ 13"},
                   {168.60, 85.20, "Sau trống"},
                   {192.80, 113.50, "Hai dòng dài Hai dòng dài Hai dòng dài Hai dòng dài Hai dòng dài Hai dòng "},
                   {216.90, 85.20, "dài Hai dòng dài Hai dòng dài Hai dòng dài Hai dòng dài Hai dòng dài Hai dòng "},
                   {241.10, 85.20, "dài "},
                   {268.10, 85.20, "Exact Exact Exact Exact Exact Exact Exact Exact Exact Exact Exact Exact Exact "},
                   {288.10, 85.20, "Exact Exact Exact Exact Exact Exact Exact "},
                   {301.70, 85.20, "Exact nhỏ Exact nhỏ Exact nhỏ Exact nhỏ Exact nhỏ Exact nhỏ Exact nhỏ Exact "},
                   {313.70, 85.20, "nhỏ Exact nhỏ Exact nhỏ Exact nhỏ Exact nhỏ Exact nhỏ Exact nhỏ Exact nhỏ "},
                   {325.70, 85.20, "Exact nhỏ Exact nhỏ Exact nhỏ Exact nhỏ Exact nhỏ "},
                   {345.10, 85.20, "AtLeast AtLeast AtLeast AtLeast AtLeast AtLeast AtLeast AtLeast AtLeast "},
                   {365.10, 85.20, "AtLeast AtLeast AtLeast AtLeast AtLeast AtLeast AtLeast AtLeast AtLeast "},
                   {385.10, 85.20, "AtLeast AtLeast "},
               });
}

model::Table two_by_two(bool borders) {
  model::Table t;
  t.columns = {twips(3000), twips(6354)};
  t.borders = borders;
  auto left = [](std::string s) { return ParaBuilder(std::move(s)).align(model::Align::Left).block(); };
  model::TableRow r1, r2;
  r1.cells = {cell({left("Ô 1")}), cell({left("Ô 2")})};
  r2.cells = {cell({left(repeat("Ô 3 ", 20))}), cell({left("Ô 4")})};
  t.rows = {r1, r2};
  if (!borders) t.rows.pop_back();
  return t;
}

TEST(RefereeTest, BorderedTableRowsAddTheirBorders) {
  auto doc = document({a4_section({ParaBuilder("Trước"), model::Block{two_by_two(true)}, ParaBuilder("Sau")})});
  Pages pages = layout_document(doc, *fonts());
  expect_lines(pages, 0,
               {
                   {69.80, 85.20, "Trước"},
                   {86.40, 90.80, "Ô 1"},
                   {103.00, 90.80, "Ô 3 Ô 3 Ô 3 Ô 3 Ô 3 Ô "},
                   {119.10, 90.80, "3 Ô 3 Ô 3 Ô 3 Ô 3 Ô 3 "},
                   {135.20, 90.80, "Ô 3 Ô 3 Ô 3 Ô 3 Ô 3 Ô "},
                   {151.30, 90.80, "3 Ô 3 Ô 3 Ô 3 "},
                   {86.40, 240.80, "Ô 2"},
                   {103.00, 240.80, "Ô 4"},
                   {167.90, 85.20, "Sau"},
               });
}

TEST(RefereeTest, BorderlessTableAndCellSpacing) {
  auto doc = document({a4_section({ParaBuilder("Trước"), model::Block{two_by_two(false)}, ParaBuilder("Sau")})});
  expect_lines(layout_document(doc, *fonts()), 0,
               {{69.80, 85.20, "Trước"}, {85.90, 90.60, "Ô 1"}, {85.90, 240.50, "Ô 2"}, {102.00, 85.20, "Sau"}});

  model::Table t = two_by_two(true);
  t.rows.pop_back();
  auto& first = std::get<model::Paragraph>(t.rows[0].cells[0].blocks[0].value);
  first.props.space_before = pt(6);
  first.props.space_after = pt(6);
  auto doc2 = document({a4_section({ParaBuilder("Trước").after(12), model::Block{t}, ParaBuilder("Sau").before(12)})});
  expect_lines(layout_document(doc2, *fonts()), 0,
               {{69.80, 85.20, "Trước"}, {104.40, 90.80, "Ô 1"}, {98.40, 240.80, "Ô 2"}, {139.00, 85.20, "Sau"}});
}

// Writer keeps 1/12 of the line height free after italic text at a line end
// (sw/source/core/text/guess.cxx): the same words break earlier in italic,
// and italic lines stop short of the right margin.
TEST(RefereeTest, ItalicCorrectionAtTheLineEnd) {
  model::RunStyle italic = sized(28, false, true);
  const std::string can_cu =
      "Căn cứ Luật Thi đua, Khen thưởng ngày 26 tháng 11 năm 2003; Luật sửa đổi, bổ sung một số điều của Luật "
      "Thi đua, Khen thưởng ngày 14 tháng 6 năm 2005 và ngày 16 tháng 11 năm 2013;";
  auto doc = document({a4_section({ParaBuilder(can_cu, italic).first_line(twips(567)),
                                   ParaBuilder(can_cu).first_line(twips(567))})});
  Pages pages = layout_document(doc, *fonts());
  std::vector<const Item*> got = texts(pages.pages[0]);
  ASSERT_EQ(got.size(), 6u) << dump(pages);
  // LibreOffice's lines for the italic paragraph (measured); upright, the
  // first line holds one more word (it fits by 0.29 pt, less than 1.3 pt).
  EXPECT_EQ(got[0]->text, "Căn cứ Luật Thi đua, Khen thưởng ngày 26 tháng 11 năm 2003; Luật sửa ");
  EXPECT_EQ(got[1]->text, "đổi, bổ sung một số điều của Luật Thi đua, Khen thưởng ngày 14 tháng 6 năm ");
  EXPECT_EQ(got[2]->text, "2005 và ngày 16 tháng 11 năm 2013;");
  EXPECT_EQ(got[3]->text, "Căn cứ Luật Thi đua, Khen thưởng ngày 26 tháng 11 năm 2003; Luật sửa đổi, ");

  // Right-aligned italic lines end 1.3 pt (14 pt) / 1.2 pt (13 pt) before
  // the margin; LibreOffice's PDF shows 551.50 against 552.80 upright.
  const std::string text = "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 c";
  auto right = document({a4_section({ParaBuilder(text, italic).align(model::Align::Right),
                                     ParaBuilder(text).align(model::Align::Right),
                                     ParaBuilder(text, sized(26, false, true)).align(model::Align::Right)})});
  Pages r = layout_document(right, *fonts());
  auto measurer = make_measurer(fonts());
  std::vector<const Item*> lines = texts(r.pages[0]);
  ASSERT_EQ(lines.size(), 3u);
  double margin = (mm(210) - twips(850)).pt();
  EXPECT_NEAR(lines[0]->x + measurer->width(text, italic).pt(), margin - 1.3, 1e-3);
  EXPECT_NEAR(lines[1]->x + measurer->width(text, sized(28)).pt(), margin, 1e-3);
  EXPECT_NEAR(lines[2]->x + measurer->width(text, sized(26, false, true)).pt(), margin - 1.2, 1e-3);
}

}  // namespace
}  // namespace vanthu::layout
