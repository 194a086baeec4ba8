// Document numbers, Roman numerals and the letters of điểm.
#include <gtest/gtest.h>

#include <stdexcept>

#include "vn/format.h"

namespace vanthu::vn {
namespace {

TEST(DocumentNumber, PadsBelowTen) {
  const struct {
    int64_t n;
    const char* text;
  } cases[] = {{1, "01"}, {5, "05"}, {9, "09"}, {10, "10"}, {15, "15"}, {99, "99"}, {293, "293"},
               // no thousands separator inside a số, ký hiệu
               {1234, "1234"}};
  for (const auto& c : cases) EXPECT_EQ(document_number(c.n), c.text) << c.n;
  EXPECT_THROW(document_number(0), std::invalid_argument);
  EXPECT_THROW(document_number(-3), std::invalid_argument);
}

TEST(Roman, Numerals) {
  const struct {
    int n;
    const char* text;
  } cases[] = {{1, "I"},      {2, "II"},     {3, "III"},   {4, "IV"},        {5, "V"},
               {6, "VI"},     {9, "IX"},     {10, "X"},    {14, "XIV"},      {19, "XIX"},
               {40, "XL"},    {49, "XLIX"},  {90, "XC"},   {400, "CD"},      {900, "CM"},
               {1994, "MCMXCIV"}, {2018, "MMXVIII"}, {3999, "MMMCMXCIX"}};
  for (const auto& c : cases) EXPECT_EQ(roman(c.n), c.text) << c.n;
  EXPECT_THROW(roman(0), std::out_of_range);
  EXPECT_THROW(roman(-1), std::out_of_range);
  EXPECT_THROW(roman(4000), std::out_of_range);
}

TEST(PointLetter, VietnameseSequence) {
  std::string all;
  for (int i = 0; i < 23; ++i) all += (i ? " " : "") + point_letter(i);
  EXPECT_EQ(all, "a b c d đ e g h i k l m n o p q r s t u v x y");
}

TEST(PointLetter, SingleLetters) {
  const struct {
    int index;
    const char* text;
  } cases[] = {{0, "a"}, {3, "d"}, {4, "đ"}, {5, "e"}, {6, "g"}, {9, "k"}, {16, "r"}, {21, "x"}, {22, "y"}};
  for (const auto& c : cases) EXPECT_EQ(point_letter(c.index), c.text) << c.index;
}

TEST(PointLetter, DoublesAfterY) {
  EXPECT_EQ(point_letter(23), "aa");
  EXPECT_EQ(point_letter(24), "bb");
  EXPECT_EQ(point_letter(27), "đđ");
  EXPECT_EQ(point_letter(45), "yy");
  EXPECT_EQ(point_letter(46), "aaa");
  EXPECT_EQ(point_letter(206), "yyyyyyyyy");
}

TEST(PointLetter, RejectsOutOfRange) {
  EXPECT_THROW(point_letter(-1), std::out_of_range);
  EXPECT_THROW(point_letter(207), std::out_of_range);
  EXPECT_THROW(point_letter(INT32_MAX), std::out_of_range);
}

}  // namespace
}  // namespace vanthu::vn
