// The measurer against widths computed independently from the font's
// advance widths (nd30.md §2.1, §2.4: fontTools sums of hmtx advances).
#include <gtest/gtest.h>

#include "layout/fonts.h"
#include "layout/measure.h"

namespace vanthu::layout {
namespace {

model::RunStyle style(int half_pt, bool bold = false, bool italic = false) {
  model::RunStyle s;
  s.size_half_pt = half_pt;
  s.bold = bold;
  s.italic = italic;
  return s;
}

class MeasureTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { fonts_ = FontSystem::create(); }
  static void TearDownTestSuite() { fonts_.reset(); }
  static std::shared_ptr<FontSystem> fonts_;
};
std::shared_ptr<FontSystem> MeasureTest::fonts_;

TEST_F(MeasureTest, QuocHieuAndTieuNguWidthsMatchTheDecreeNotes) {
  auto m = make_measurer(fonts_);
  EXPECT_NEAR(m->width("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", style(24, true)).mm(), 88.3, 0.05);
  EXPECT_NEAR(m->width("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", style(26, true)).mm(), 95.7, 0.05);
  EXPECT_NEAR(m->width("Độc lập - Tự do - Hạnh phúc", style(28, true)).mm(), 60.5, 0.05);
  EXPECT_NEAR(m->width("Độc lập - Tự do - Hạnh phúc", style(26, true)).mm(), 56.1, 0.05);
  EXPECT_NEAR(m->width("Hà Nội, ngày 05 tháng 01 năm 2020", style(28, false, true)).mm(), 72.2, 0.05);
  EXPECT_NEAR(m->width("SỞ THÔNG TIN VÀ TRUYỀN THÔNG", style(26, true)).mm(), 80.1, 0.05);
}

TEST_F(MeasureTest, WidthScalesWithSizeAndIsAdditive) {
  auto m = make_measurer(*fonts_);
  double a = m->width("Kế hoạch", style(28)).pt();
  double b = m->width("Kế hoạch", style(14)).pt();
  EXPECT_NEAR(a, 2 * b, 0.01);
  // No kerning: the width of a string is the sum of its parts ("AV" kerns
  // in Liberation Serif when kerning is on).
  double av = m->width("AVAV", style(28)).pt();
  double a1 = m->width("A", style(28)).pt(), v1 = m->width("V", style(28)).pt();
  EXPECT_NEAR(av, 2 * (a1 + v1), 0.01);
  EXPECT_EQ(m->width("", style(28)).emu, 0);
}

TEST_F(MeasureTest, RememberedWidthsEqualFreshOnesAndKeepStylesApart) {
  PangoMeasurer cached(fonts_);
  const std::string t = "SỞ THÔNG TIN VÀ TRUYỀN THÔNG";
  const Length first = cached.width(t, style(26, true));
  EXPECT_EQ(cached.cached_widths(), 1u);
  EXPECT_EQ(cached.width(t, style(26, true)).emu, first.emu);  // from the cache
  EXPECT_EQ(cached.cached_widths(), 1u);
  // Every style field is part of the key.
  model::RunStyle u = style(26, true);
  u.underline = true;
  model::RunStyle sup = style(26, true);
  sup.superscript = true;
  for (const model::RunStyle& s : {style(26), style(26, true, true), style(24, true), u, sup}) {
    PangoMeasurer fresh(fonts_);
    EXPECT_EQ(cached.width(t, s).emu, fresh.width(t, s).emu);
  }
  EXPECT_EQ(cached.cached_widths(), 6u);
  EXPECT_NE(cached.width(t, style(24, true)).emu, first.emu);
}

TEST_F(MeasureTest, LineCountFollowsTheWidth) {
  auto m = make_measurer(fonts_);
  model::Paragraph p;
  std::string word = "phát triển ";
  std::string text;
  for (int i = 0; i < 40; ++i) text += word;
  p.runs.push_back({model::RunKind::Text, text, style(28)});
  double one = m->width(word, style(28)).pt();
  // ~40 copies of the word in a 165 mm column: each line holds
  // floor(width / word width) words (the trailing space hangs).
  double col = Length::from_mm(165).pt();
  int per_line = static_cast<int>((col + m->width(" ", style(28)).pt()) / one);
  int expected = (40 + per_line - 1) / per_line;
  EXPECT_EQ(m->line_count(p, mm(165)), expected);
  EXPECT_EQ(m->line_count(p, mm(2000)), 1);
  EXPECT_THROW(m->line_count(p, Length{}), std::invalid_argument);
}

TEST(FontSystemTest, MissingFontDirectoryIsAClearError) {
  try {
    FontSystem::create("/nonexistent-font-dir");
    FAIL() << "expected an exception";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("/nonexistent-font-dir/LiberationSerif-Regular.ttf"), std::string::npos);
  }
}

}  // namespace
}  // namespace vanthu::layout
