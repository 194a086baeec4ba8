// The line breaker (layout/line_breaker.h) on the documents vanthu makes:
// every paragraph of every example, in its text column and in its table
// cells, gets Pango's lines; and the command writes the same bytes with the
// breaker turned off (VANTHU_PANGO_LINES=1).
#include <gtest/gtest.h>

#include <cstdio>
#include <string>
#include <vector>

#include "api/engine.h"
#include "e2e_support.h"
#include "layout/line_compare.h"

namespace vanthu {
namespace {

using test::Example;
using test::examples;

struct Counts {
  int compared = 0, taken = 0;
};

void compare_blocks(const layout::FontSystem& fonts, const std::vector<model::Block>& blocks, double width,
                    Counts& counts, const std::string& where);

void compare_table(const layout::FontSystem& fonts, const model::Table& table, Counts& counts,
                   const std::string& where) {
  for (const model::TableRow& row : table.rows) {
    size_t col = 0;
    for (const model::TableCell& cell : row.cells) {
      double width = 0;
      for (int s = 0; s < cell.span && col < table.columns.size(); ++s) width += table.columns[col++].pt();
      width -= table.cell_margin_left.pt() + table.cell_margin_right.pt();
      if (width > 0) compare_blocks(fonts, cell.blocks, width, counts, where);
    }
  }
}

void compare_blocks(const layout::FontSystem& fonts, const std::vector<model::Block>& blocks, double width,
                    Counts& counts, const std::string& where) {
  for (const model::Block& b : blocks) {
    if (const auto* p = std::get_if<model::Paragraph>(&b.value)) {
      bool taken = false;
      const std::string diff = testing::compare_lines(fonts, *p, width, &taken);
      EXPECT_EQ(diff, "") << where;
      ++counts.compared;
      counts.taken += taken;
    } else if (const auto* t = std::get_if<model::Table>(&b.value)) {
      compare_table(fonts, *t, counts, where);
    }
  }
}

TEST(LineBreakerExamples, EveryParagraphGetsPangosLines) {
  auto fonts = layout::FontSystem::create();
  Engine engine;
  Counts counts;
  for (const Example& e : examples()) {
    Diagnostics diag;
    auto tpl = engine.load_template(e.tpl, diag);
    if (!tpl) continue;
    auto doc = engine.build(*tpl, engine.load_data(e.data, diag), e.data, diag);
    if (!doc) continue;
    for (const model::Section& s : doc->sections)
      compare_blocks(*fonts, s.blocks, s.page.text_width().pt(), counts, e.data);
  }
  std::printf("line breaker: %d of %d example paragraphs (the rest go to Pango)\n", counts.taken, counts.compared);
  EXPECT_GE(counts.compared, 1000);
  // Most of what the examples hold is text the breaker takes.
  EXPECT_GE(counts.taken * 10, counts.compared * 7) << counts.taken << " of " << counts.compared;
}

TEST(LineBreakerExamples, TheCommandWritesTheSameBytesWithPangosLayout) {
  test::TempDir dir;
  int compared = 0;
  for (const Example& e : examples()) {
    SCOPED_TRACE(e.data);
    const std::string render = test::vanthu_binary() + " render " + test::quote(e.tpl) + " " + test::quote(e.data);
    const auto mine = test::run("SOURCE_DATE_EPOCH=1546300800 " + render + " -o " + test::quote(dir / "a.pdf") +
                                " -o " + test::quote(dir / "a.docx"));
    if (mine.status != 0) continue;  // an example that is refused on purpose
    const auto pango = test::run("SOURCE_DATE_EPOCH=1546300800 VANTHU_PANGO_LINES=1 " + render + " -o " +
                                 test::quote(dir / "b.pdf") + " -o " + test::quote(dir / "b.docx"));
    ASSERT_EQ(pango.status, 0) << pango.out;
    EXPECT_TRUE(test::slurp(dir / "a.pdf") == test::slurp(dir / "b.pdf")) << "PDF differs";
    EXPECT_TRUE(test::slurp(dir / "a.docx") == test::slurp(dir / "b.docx")) << "DOCX differs";
    ++compared;
  }
  EXPECT_GE(compared, 15);
}

}  // namespace
}  // namespace vanthu
