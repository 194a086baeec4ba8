// Money and numbers in words: every expectation below was written by hand
// from the reading rules of nd30.md §7.4 (mười/mươi, mốt, lăm, tư, linh/lẻ,
// "không trăm" inside inner groups, empty groups skipped, tỷ scales).
#include <gtest/gtest.h>

#include <stdexcept>

#include "vn/format.h"

namespace vanthu::vn {
namespace {

struct MoneyCase {
  int64_t amount;
  const char* words;
};

std::ostream& operator<<(std::ostream& os, const MoneyCase& c) { return os << c.amount; }

// Default options: linh, nghìn, bốn (not tư), capitalised, no "chẵn".
const MoneyCase kDefaultCases[] = {
    {0, "Không đồng"},
    {1, "Một đồng"},
    {4, "Bốn đồng"},
    {5, "Năm đồng"},
    {7, "Bảy đồng"},
    {9, "Chín đồng"},
    {10, "Mười đồng"},
    {11, "Mười một đồng"},
    {14, "Mười bốn đồng"},
    {15, "Mười lăm đồng"},
    {19, "Mười chín đồng"},
    {20, "Hai mươi đồng"},
    {21, "Hai mươi mốt đồng"},
    {24, "Hai mươi bốn đồng"},
    {25, "Hai mươi lăm đồng"},
    {30, "Ba mươi đồng"},
    {31, "Ba mươi mốt đồng"},
    {45, "Bốn mươi lăm đồng"},
    {55, "Năm mươi lăm đồng"},
    {71, "Bảy mươi mốt đồng"},
    {99, "Chín mươi chín đồng"},
    {100, "Một trăm đồng"},
    {101, "Một trăm linh một đồng"},
    {104, "Một trăm linh bốn đồng"},
    {105, "Một trăm linh năm đồng"},
    {110, "Một trăm mười đồng"},
    {111, "Một trăm mười một đồng"},
    {115, "Một trăm mười lăm đồng"},
    {121, "Một trăm hai mươi mốt đồng"},
    {205, "Hai trăm linh năm đồng"},
    {250, "Hai trăm năm mươi đồng"},
    {255, "Hai trăm năm mươi lăm đồng"},
    {500, "Năm trăm đồng"},
    {999, "Chín trăm chín mươi chín đồng"},
    {1000, "Một nghìn đồng"},
    {1001, "Một nghìn không trăm linh một đồng"},
    {1005, "Một nghìn không trăm linh năm đồng"},
    {1010, "Một nghìn không trăm mười đồng"},
    {1015, "Một nghìn không trăm mười lăm đồng"},
    {1021, "Một nghìn không trăm hai mươi mốt đồng"},
    {1100, "Một nghìn một trăm đồng"},
    {1500, "Một nghìn năm trăm đồng"},
    {2024, "Hai nghìn không trăm hai mươi bốn đồng"},
    {5000, "Năm nghìn đồng"},
    {10000, "Mười nghìn đồng"},
    {10500, "Mười nghìn năm trăm đồng"},
    {11000, "Mười một nghìn đồng"},
    {15000, "Mười lăm nghìn đồng"},
    {21000, "Hai mươi mốt nghìn đồng"},
    {25000, "Hai mươi lăm nghìn đồng"},
    {100000, "Một trăm nghìn đồng"},
    {105000, "Một trăm linh năm nghìn đồng"},
    {110000, "Một trăm mười nghìn đồng"},
    {181500, "Một trăm tám mươi mốt nghìn năm trăm đồng"},
    {223500, "Hai trăm hai mươi ba nghìn năm trăm đồng"},
    {300000, "Ba trăm nghìn đồng"},
    {447000, "Bốn trăm bốn mươi bảy nghìn đồng"},
    {450000, "Bốn trăm năm mươi nghìn đồng"},
    {700000, "Bảy trăm nghìn đồng"},
    {702000, "Bảy trăm linh hai nghìn đồng"},
    {710000, "Bảy trăm mười nghìn đồng"},
    {999999, "Chín trăm chín mươi chín nghìn chín trăm chín mươi chín đồng"},
    {1000000, "Một triệu đồng"},
    {1000001, "Một triệu không trăm linh một đồng"},
    {1001000, "Một triệu không trăm linh một nghìn đồng"},
    {1010000, "Một triệu không trăm mười nghìn đồng"},
    {1190000, "Một triệu một trăm chín mươi nghìn đồng"},
    {1210000, "Một triệu hai trăm mười nghìn đồng"},
    {1300000, "Một triệu ba trăm nghìn đồng"},
    {1390000, "Một triệu ba trăm chín mươi nghìn đồng"},
    {1490000, "Một triệu bốn trăm chín mươi nghìn đồng"},
    {1800000, "Một triệu tám trăm nghìn đồng"},
    {1870000, "Một triệu tám trăm bảy mươi nghìn đồng"},
    {1880000, "Một triệu tám trăm tám mươi nghìn đồng"},
    {2340000, "Hai triệu ba trăm bốn mươi nghìn đồng"},
    {3510000, "Ba triệu năm trăm mười nghìn đồng"},
    {4680000, "Bốn triệu sáu trăm tám mươi nghìn đồng"},
    {10000000, "Mười triệu đồng"},
    {10000005, "Mười triệu không trăm linh năm đồng"},
    {10050000, "Mười triệu không trăm năm mươi nghìn đồng"},
    {15000000, "Mười lăm triệu đồng"},
    {21000000, "Hai mươi mốt triệu đồng"},
    {100000000, "Một trăm triệu đồng"},
    {105000000, "Một trăm linh năm triệu đồng"},
    {123456789, "Một trăm hai mươi ba triệu bốn trăm năm mươi sáu nghìn bảy trăm tám mươi chín đồng"},
    {999999999, "Chín trăm chín mươi chín triệu chín trăm chín mươi chín nghìn chín trăm chín mươi chín đồng"},
    {1000000000, "Một tỷ đồng"},
    {1000000001, "Một tỷ không trăm linh một đồng"},
    {1000001000, "Một tỷ không trăm linh một nghìn đồng"},
    {1001000000, "Một tỷ không trăm linh một triệu đồng"},
    {1500000000, "Một tỷ năm trăm triệu đồng"},
    {2000000000, "Hai tỷ đồng"},
    {10000000000, "Mười tỷ đồng"},
    {15000000000, "Mười lăm tỷ đồng"},
    {21500000000, "Hai mươi mốt tỷ năm trăm triệu đồng"},
    {100000000000, "Một trăm tỷ đồng"},
    {105000000005, "Một trăm linh năm tỷ không trăm linh năm đồng"},
    {1000000000000, "Một nghìn tỷ đồng"},
    {1000000000001, "Một nghìn tỷ không trăm linh một đồng"},
    {1005000000000, "Một nghìn không trăm linh năm tỷ đồng"},
    {2340000000000, "Hai nghìn ba trăm bốn mươi tỷ đồng"},
    {12345678901234,
     "Mười hai nghìn ba trăm bốn mươi lăm tỷ sáu trăm bảy mươi tám triệu chín trăm linh một nghìn hai trăm ba "
     "mươi bốn đồng"},
    {100000000000000, "Một trăm nghìn tỷ đồng"},
    {999999999999999,
     "Chín trăm chín mươi chín nghìn chín trăm chín mươi chín tỷ chín trăm chín mươi chín triệu chín trăm chín "
     "mươi chín nghìn chín trăm chín mươi chín đồng"},
    {1000000000000000, "Một triệu tỷ đồng"},
};

class MoneyWordsDefault : public ::testing::TestWithParam<MoneyCase> {};

TEST_P(MoneyWordsDefault, ReadsAsVietnamese) {
  EXPECT_EQ(money_in_words(GetParam().amount), GetParam().words);
}

INSTANTIATE_TEST_SUITE_P(Table, MoneyWordsDefault, ::testing::ValuesIn(kDefaultCases));

struct OptionCase {
  int64_t amount;
  WordsOptions options;
  bool chan;
  const char* words;
};

std::ostream& operator<<(std::ostream& os, const OptionCase& c) { return os << c.amount; }

WordsOptions with_le() {
  WordsOptions o;
  o.linh = false;
  return o;
}
WordsOptions with_ngan() {
  WordsOptions o;
  o.nghin = false;
  return o;
}
WordsOptions with_le_ngan() {
  WordsOptions o;
  o.linh = false;
  o.nghin = false;
  return o;
}
WordsOptions with_tu() {
  WordsOptions o;
  o.tu = true;
  return o;
}
WordsOptions lower_case() {
  WordsOptions o;
  o.capitalize = false;
  return o;
}

const OptionCase kOptionCases[] = {
    // lẻ instead of linh (Southern usage)
    {105, with_le(), false, "Một trăm lẻ năm đồng"},
    {1001, with_le(), false, "Một nghìn không trăm lẻ một đồng"},
    {10000005, with_le(), false, "Mười triệu không trăm lẻ năm đồng"},
    {208000, with_le(), false, "Hai trăm lẻ tám nghìn đồng"},
    {110, with_le(), false, "Một trăm mười đồng"},
    // ngàn instead of nghìn
    {1000, with_ngan(), false, "Một ngàn đồng"},
    {1800000, with_ngan(), false, "Một triệu tám trăm ngàn đồng"},
    {2340000000000, with_ngan(), false, "Hai ngàn ba trăm bốn mươi tỷ đồng"},
    {1001, with_le_ngan(), false, "Một ngàn không trăm lẻ một đồng"},
    // tư only after tens of 2 or more
    {24, with_tu(), false, "Hai mươi tư đồng"},
    {44, with_tu(), false, "Bốn mươi tư đồng"},
    {234000, with_tu(), false, "Hai trăm ba mươi tư nghìn đồng"},
    {14, with_tu(), false, "Mười bốn đồng"},
    {104, with_tu(), false, "Một trăm linh bốn đồng"},
    {4, with_tu(), false, "Bốn đồng"},
    // chẵn
    {1800000, {}, true, "Một triệu tám trăm nghìn đồng chẵn"},
    {2340000, {}, true, "Hai triệu ba trăm bốn mươi nghìn đồng chẵn"},
    {1000000000, with_ngan(), true, "Một tỷ đồng chẵn"},
    // lower-case start, for use inside a sentence
    {1001, lower_case(), false, "một nghìn không trăm linh một đồng"},
    {0, lower_case(), false, "không đồng"},
};

class MoneyWordsOptions : public ::testing::TestWithParam<OptionCase> {};

TEST_P(MoneyWordsOptions, ReadsAsVietnamese) {
  const OptionCase& c = GetParam();
  EXPECT_EQ(money_in_words(c.amount, c.options, c.chan), c.words);
}

INSTANTIATE_TEST_SUITE_P(Table, MoneyWordsOptions, ::testing::ValuesIn(kOptionCases));

TEST(NumberInWords, HasNoCurrency) {
  EXPECT_EQ(number_in_words(0), "Không");
  EXPECT_EQ(number_in_words(15), "Mười lăm");
  EXPECT_EQ(number_in_words(1001), "Một nghìn không trăm linh một");
  WordsOptions o;
  o.capitalize = false;
  EXPECT_EQ(number_in_words(21, o), "hai mươi mốt");
}

TEST(NumberInWords, CapitalisesTheFirstLetterOnly) {
  // "Đ" is not ASCII: capitalisation must go through Unicode case mapping.
  EXPECT_EQ(number_in_words(2), "Hai");
  EXPECT_EQ(number_in_words(1'000'000'000'000), "Một nghìn tỷ");
}

TEST(NumberInWords, RejectsOutOfRange) {
  EXPECT_THROW(number_in_words(-1), std::out_of_range);
  EXPECT_THROW(number_in_words(1'000'000'000'000'001), std::out_of_range);
  EXPECT_THROW(number_in_words(INT64_MAX), std::out_of_range);
  EXPECT_THROW(number_in_words(INT64_MIN), std::out_of_range);
  EXPECT_THROW(money_in_words(-5), std::out_of_range);
}

}  // namespace
}  // namespace vanthu::vn
