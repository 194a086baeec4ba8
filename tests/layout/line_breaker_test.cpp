// The line breaker (layout/line_breaker.h) gives Pango's lines, glyph for
// glyph: generated paragraphs of Vietnamese words in every style, alignment,
// indent and width, compared with Pango's layout of the same paragraph.
#include <gtest/gtest.h>

#include <random>

#include "line_compare.h"
#include "model_builder.h"

namespace vanthu::layout {
namespace {

using testing::compare_lines;
using testing::ParaBuilder;
using testing::sized;

const std::vector<std::string> kWords = {
    "Căn", "cứ", "Luật", "Thi", "đua,", "Khen", "thưởng", "ngày", "26/11/2003;", "UBND", "tỉnh", "Lạng", "Sơn",
    "Quyết", "định", "số", "12/QĐ-STTTT", "về", "việc", "tặng", "Giấy", "khen", "cho", "cá", "nhân", "xuất", "sắc",
    "(Đã", "ký)", "Nguyễn", "Văn", "A", "–", "“an", "toàn", "giao", "thông”", "1.000.000", "đồng;", "Điều", "1.",
    "Sở", "Thông", "tin", "và", "Truyền", "thông", "trật", "tự", "ATGT-2018", "18-CT/TW", "a/b", "x", "HĐND", "…",
    "Trưởng", "phòng", "Văn", "hóa", "-", "Xã", "hội", "huyện", "Cao", "Lộc", "Ủy", "ban", "nhân", "dân", "123456789012345678901234",
    "fi", "ffl", "office", "Ngoài", "ra,"};

model::RunStyle random_style(std::mt19937& rng) {
  model::RunStyle s = sized(std::uniform_int_distribution<int>(20, 30)(rng));
  s.bold = rng() % 3 == 0;
  s.italic = rng() % 3 == 0;
  s.underline = rng() % 7 == 0;
  s.superscript = rng() % 11 == 0;
  return s;
}

model::Paragraph random_paragraph(std::mt19937& rng) {
  ParaBuilder b;
  b.p.props.mark = random_style(rng);
  const int runs = std::uniform_int_distribution<int>(1, 6)(rng);
  const bool one_style = rng() % 3 == 0;
  const model::RunStyle base = random_style(rng);
  for (int r = 0; r < runs; ++r) {
    std::string text;
    const int words = std::uniform_int_distribution<int>(1, 25)(rng);
    for (int w = 0; w < words; ++w) {
      if (w || rng() % 4 == 0) text += rng() % 13 == 0 ? "  " : " ";
      text += kWords[rng() % kWords.size()];
    }
    if (rng() % 5 == 0) text += " ";
    b.run(text, one_style ? base : random_style(rng));
    if (rng() % 9 == 0) b.kind(model::RunKind::LineBreak, base);
  }
  const model::Align aligns[] = {model::Align::Left, model::Align::Center, model::Align::Right, model::Align::Justify};
  b.align(aligns[rng() % 4]);
  if (rng() % 3 == 0) b.first_line(pt(std::uniform_int_distribution<int>(-30, 40)(rng)));
  if (b.p.props.first_line.emu < 0 || rng() % 4 == 0) b.left(pt(std::uniform_int_distribution<int>(0, 40)(rng)));
  return b.p;
}

TEST(LineBreaker, GivesPangosLinesForGeneratedParagraphs) {
  auto fonts = FontSystem::create();
  std::mt19937 rng(20261202);
  int taken = 0, expected = 0, failures = 0;
  for (int i = 0; i < 3000 && failures < 10; ++i) {
    const model::Paragraph p = random_paragraph(rng);
    const double width = std::uniform_real_distribution<double>(40, 480)(rng);
    bool took = false;
    const std::string diff = compare_lines(*fonts, p, width, &took);
    // Pango makes one more, empty, line after a final line break: those
    // paragraphs stay with Pango.
    expected += p.runs.back().kind != model::RunKind::LineBreak;
    taken += took;
    if (!diff.empty()) {
      ++failures;
      ADD_FAILURE() << "paragraph " << i << ": " << diff;
    }
  }
  // The generated text is all text the breaker takes (no tabs, no symbols).
  EXPECT_EQ(taken, expected);
  EXPECT_GT(taken, 2000);
}

TEST(LineBreaker, LeavesTabsSymbolsAndMissingGlyphsToPango) {
  auto fonts = FontSystem::create();
  const model::Paragraph tab = ParaBuilder("Nơi nhận:", sized(24)).kind(model::RunKind::Tab).run("x").p;
  const model::Paragraph symbol = ParaBuilder("Diện tích 20 m² × 3", sized(28)).p;
  const model::Paragraph cjk = ParaBuilder("Hà Nội 河内", sized(28)).p;
  const model::Paragraph plain = ParaBuilder("Hà Nội, ngày 02 tháng 12 năm 2026", sized(28, false, true)).p;
  EXPECT_FALSE(break_paragraph(*fonts, tab, 300, 1).has_value());
  EXPECT_FALSE(break_paragraph(*fonts, symbol, 300, 1).has_value());
  EXPECT_FALSE(break_paragraph(*fonts, cjk, 300, 1).has_value());
  EXPECT_TRUE(break_paragraph(*fonts, plain, 300, 1).has_value());
}

}  // namespace
}  // namespace vanthu::layout
