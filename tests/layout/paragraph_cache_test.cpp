// The paragraph cache (layout/paragraph_cache.h): a paragraph laid out again
// in the same box takes the lines laid out the first time, and anything that
// changes its lines changes its key.
#include <gtest/gtest.h>

#include "layout/boxes.h"
#include "layout/fonts.h"
#include "layout/paragraph_cache.h"
#include "model_builder.h"

namespace vanthu::layout {
namespace {

using testing::ParaBuilder;
using testing::sized;

const char* kText =
    "Tạo sự động lực mạnh mẽ trong hoạt động bảo đảm trật tự an toàn giao thông trong lĩnh vực "
    "Thông tin và truyền thông, đẩy mạnh công tác tuyên truyền về thực hiện an toàn giao thông.";

TEST(ParagraphCache, ASecondLayoutSharesTheFirstsLinesWithItsOwnNode) {
  if (!ParagraphCache::enabled()) GTEST_SKIP() << "VANTHU_NO_PARAGRAPH_CACHE is set";
  auto fonts = FontSystem::create();
  const model::Paragraph p = ParaBuilder(kText, sized(28)).p;
  const ParaBox first = make_paragraph_box(*fonts, p, 450, 3);
  const ParaBox again = make_paragraph_box(*fonts, p, 450, 7);
  ASSERT_GE(first.lines.size(), 2u);
  ASSERT_EQ(first.lines.size(), again.lines.size());
  for (size_t i = 0; i < first.lines.size(); ++i) {
    ASSERT_EQ(first.lines[i].items.size(), 1u);
    const Item &a = first.lines[i].items[0], &b = again.lines[i].items[0];
    EXPECT_EQ(a.glyphs.get(), b.glyphs.get()) << "line " << i << " was shaped again";
    EXPECT_EQ(a.text, b.text);
    EXPECT_EQ(a.x, b.x);
    EXPECT_EQ(first.lines[i].height, again.lines[i].height);
    EXPECT_EQ(a.node, 3);
    EXPECT_EQ(b.node, 7);
  }
  // Another width is another layout.
  const ParaBox narrow = make_paragraph_box(*fonts, p, 300, 3);
  EXPECT_GT(narrow.lines.size(), first.lines.size());
}

TEST(ParagraphCache, EveryInputOfTheLinesIsInTheKey) {
  const model::Paragraph base = ParaBuilder(kText, sized(28)).p;
  const std::string key = paragraph_key(base, 450, 1);
  EXPECT_EQ(paragraph_key(base, 450, 2), key) << "no PAGE field: the page number does not count";
  std::vector<model::Paragraph> changed(12, base);
  changed[0].runs[0].text += "x";
  changed[1].runs[0].style.bold = true;
  changed[2].runs[0].style.italic = true;
  changed[3].runs[0].style.underline = true;
  changed[4].runs[0].style.superscript = true;
  changed[5].runs[0].style.size_half_pt = 26;
  changed[6].props.align = model::Align::Center;
  changed[7].props.indent_left = pt(10);
  changed[8].props.first_line = pt(-10);
  changed[9].props.line.value = 360;
  changed[10].props.tabs.push_back({model::TabStop::Kind::Right, pt(100)});
  changed[11].props.mark.size_half_pt = 26;
  for (size_t i = 0; i < changed.size(); ++i) EXPECT_NE(paragraph_key(changed[i], 450, 1), key) << "change " << i;
  EXPECT_NE(paragraph_key(base, 451, 1), key);
  // Spacing is applied outside the lines: the same key.
  model::Paragraph spaced = base;
  spaced.props.space_before = pt(6);
  spaced.props.keep_next = true;
  EXPECT_EQ(paragraph_key(spaced, 450, 1), key);
  // With a PAGE field the page number is part of the text.
  model::Paragraph numbered = ParaBuilder().kind(model::RunKind::PageNumber, sized(28)).p;
  EXPECT_NE(paragraph_key(numbered, 450, 2), paragraph_key(numbered, 450, 3));
}

}  // namespace
}  // namespace vanthu::layout
