// PDF numbers are written as they always were: the integer path of
// append_number prints the same characters as std::to_chars of the rounded
// value, for positions, sizes, TJ adjustments and scale factors alike.
#include <gtest/gtest.h>

#include <charconv>
#include <cmath>
#include <limits>
#include <random>
#include <string>

#include "pdf/pdf_syntax.h"

namespace vanthu::pdf {
namespace {

// The formatting append_number always had: round to `decimals`, print in
// fixed notation, drop trailing zeros and a trailing point, no "-0".
std::string reference_number(double v, int decimals) {
  static constexpr double kScale[] = {1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8};
  const double scale = kScale[decimals];
  double r = std::round(v * scale) / scale;
  if (r == 0) r = 0;
  char buf[400];
  auto res = std::to_chars(buf, buf + sizeof buf, r, std::chars_format::fixed, decimals);
  char* end = res.ptr;
  if (decimals > 0) {
    while (end > buf && end[-1] == '0') --end;
    if (end > buf && end[-1] == '.') --end;
  }
  return std::string(buf, end);
}

TEST(PdfSyntax, NumbersPrintAsTheRoundedFixedNotation) {
  const double fixed[] = {0,      -0.0,      0.0004,   -0.0004, 0.0005,  -0.0005, 0.5,   -0.5,   1,
                          -1,     12.5,      -0.75,    841.89,  595.276, 0.125,   2.675, 1.005, 1e6 + 0.5,
                          123456.789, 9.9999, -9.9995, 1e7,     -1e7,    1e9 + 0.25};
  for (int d = 0; d <= 8; ++d)
    for (double v : fixed) EXPECT_EQ(number(v, d), reference_number(v, d)) << v << " with " << d << " decimals";
}

TEST(PdfSyntax, RandomNumbersPrintAsTheRoundedFixedNotation) {
  std::mt19937_64 rng(17);
  std::uniform_real_distribution<double> unit(-1.0, 1.0);
  std::uniform_int_distribution<int> exponent(-6, 12);
  for (int i = 0; i < 200000; ++i) {
    const double v = unit(rng) * std::pow(10.0, exponent(rng));
    const int d = i % 9;
    ASSERT_EQ(number(v, d), reference_number(v, d)) << v << " with " << d << " decimals";
  }
  // Values on a grid of halves, where rounding decides the last digit.
  for (int n = -20000; n <= 20000; ++n) {
    const double v = n / 2000.0;
    for (int d = 0; d <= 4; ++d) ASSERT_EQ(number(v, d), reference_number(v, d)) << v << " with " << d;
  }
}

TEST(PdfSyntax, HugeAndNonFiniteNumbersKeepTheGeneralPath) {
  for (double v : {1e15, -1e15, 1e20, 123456789012345.0, std::numeric_limits<double>::infinity(),
                   -std::numeric_limits<double>::infinity(), std::numeric_limits<double>::quiet_NaN()})
    for (int d = 0; d <= 8; ++d) EXPECT_EQ(number(v, d), reference_number(v, d)) << v << " with " << d;
}

TEST(PdfSyntax, NumbersAppendAfterWhatIsThere) {
  std::string s = "x ";
  append_number(s, -3.14159, 2);
  s += ' ';
  append_operator(s, {1, 0, 0, 1, 72.5, 800.125}, " Tm\n");
  EXPECT_EQ(s, "x -3.14 1 0 0 1 72.5 800.125 Tm\n");
}

}  // namespace
}  // namespace vanthu::pdf
