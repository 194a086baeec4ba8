// Numbers in Vietnamese notation: "." thousands, "," decimals, "95,5 %".
#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <stdexcept>

#include "vn/format.h"

namespace vanthu::vn {
namespace {

TEST(FormatInteger, GroupsThousandsWithDots) {
  const struct {
    int64_t n;
    const char* text;
  } cases[] = {
      {0, "0"},
      {5, "5"},
      {999, "999"},
      {1000, "1.000"},
      {12345, "12.345"},
      {100000, "100.000"},
      {1800000, "1.800.000"},
      {2340000000000, "2.340.000.000.000"},
      {-5, "-5"},
      {-999, "-999"},
      {-1234, "-1.234"},
      {-1000000, "-1.000.000"},
      {INT64_MAX, "9.223.372.036.854.775.807"},
      {INT64_MIN, "-9.223.372.036.854.775.808"},
  };
  for (const auto& c : cases) EXPECT_EQ(format_integer(c.n), c.text) << c.n;
}

struct DecimalCase {
  double v;
  int decimals;
  const char* fixed;    // format_decimal
  const char* trimmed;  // format_decimal_trim with the same max
};

const DecimalCase kDecimals[] = {
    {0.3, 1, "0,3", "0,3"},
    {0.3, 3, "0,300", "0,3"},
    {1.5, 2, "1,50", "1,5"},
    {2.0, 2, "2,00", "2"},
    {95.5, 1, "95,5", "95,5"},
    {95.5, 2, "95,50", "95,5"},
    {1234567.891, 2, "1.234.567,89", "1.234.567,89"},
    {1234.5, 2, "1.234,50", "1.234,5"},
    // half away from zero, on the decimal the caller wrote
    {2.675, 2, "2,68", "2,68"},
    {1.005, 2, "1,01", "1,01"},
    {0.125, 2, "0,13", "0,13"},
    {-0.125, 2, "-0,13", "-0,13"},
    {2.5, 0, "3", "3"},
    {-2.5, 0, "-3", "-3"},
    {2.4999, 0, "2", "2"},
    {1.25, 1, "1,3", "1,3"},
    {1.24, 1, "1,2", "1,2"},
    // carries through the integer part and its grouping
    {9.995, 2, "10,00", "10"},
    {999.95, 1, "1.000,0", "1.000"},
    {999999.5, 0, "1.000.000", "1.000.000"},
    {0.999, 2, "1,00", "1"},
    // no negative zero
    {-0.001, 2, "0,00", "0"},
    {-0.0, 1, "0,0", "0"},
    {0.0, 0, "0", "0"},
    {-1234.5678, 3, "-1.234,568", "-1.234,568"},
    {0.1 + 0.2, 2, "0,30", "0,3"},
    {1e15, 0, "1.000.000.000.000.000", "1.000.000.000.000.000"},
    {0.000001, 6, "0,000001", "0,000001"},
};

TEST(FormatDecimal, FixedAndTrimmed) {
  for (const auto& c : kDecimals) {
    SCOPED_TRACE(testing::Message() << c.v << " with " << c.decimals << " decimals");
    EXPECT_EQ(format_decimal(c.v, c.decimals), c.fixed);
    EXPECT_EQ(format_decimal_trim(c.v, c.decimals), c.trimmed);
  }
}

TEST(FormatDecimal, RejectsBadInput) {
  EXPECT_THROW(format_decimal(std::nan(""), 2), std::invalid_argument);
  EXPECT_THROW(format_decimal(std::numeric_limits<double>::infinity(), 2), std::invalid_argument);
  EXPECT_THROW(format_decimal(-std::numeric_limits<double>::infinity(), 0), std::invalid_argument);
  EXPECT_THROW(format_decimal(1.0, -1), std::invalid_argument);
  EXPECT_THROW(format_decimal(1.0, 18), std::invalid_argument);
  EXPECT_THROW(format_decimal_trim(1.0, -1), std::invalid_argument);
}

TEST(FormatPercent, NumberSpaceSign) {
  EXPECT_EQ(format_percent(95.5, 1), "95,5 %");
  EXPECT_EQ(format_percent(100, 0), "100 %");
  EXPECT_EQ(format_percent(33.333, 1), "33,3 %");
  EXPECT_EQ(format_percent(-12.345, 2), "-12,35 %");
  EXPECT_EQ(format_percent(0.5, 0), "1 %");
  EXPECT_EQ(format_percent(1234.5, 1), "1.234,5 %");
}

}  // namespace
}  // namespace vanthu::vn
