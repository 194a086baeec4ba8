// Dates: parsing and the zero padding of Phụ lục I §II.4 (days 01-09,
// months 01 and 02, other months unpadded).
#include <gtest/gtest.h>

#include <stdexcept>

#include "vn/format.h"

namespace vanthu::vn {
namespace {

struct DateCase {
  Date date;
  const char* long_form;
  const char* short_form;
};

const DateCase kDates[] = {
    {{2019, 2, 5}, "ngày 05 tháng 02 năm 2019", "05/02/2019"},
    {{2018, 3, 27}, "ngày 27 tháng 3 năm 2018", "27/3/2018"},
    {{2018, 3, 19}, "ngày 19 tháng 3 năm 2018", "19/3/2018"},
    {{2020, 1, 5}, "ngày 05 tháng 01 năm 2020", "05/01/2020"},
    {{2020, 3, 5}, "ngày 05 tháng 3 năm 2020", "05/3/2020"},
    {{2019, 6, 29}, "ngày 29 tháng 6 năm 2019", "29/6/2019"},
    {{2024, 1, 1}, "ngày 01 tháng 01 năm 2024", "01/01/2024"},
    {{2024, 2, 29}, "ngày 29 tháng 02 năm 2024", "29/02/2024"},
    {{2024, 12, 31}, "ngày 31 tháng 12 năm 2024", "31/12/2024"},
    {{2023, 10, 10}, "ngày 10 tháng 10 năm 2023", "10/10/2023"},
    {{2023, 11, 9}, "ngày 09 tháng 11 năm 2023", "09/11/2023"},
    {{2023, 9, 1}, "ngày 01 tháng 9 năm 2023", "01/9/2023"},
    // every single-digit day gets its zero
    {{2025, 12, 1}, "ngày 01 tháng 12 năm 2025", "01/12/2025"},
    {{2025, 12, 2}, "ngày 02 tháng 12 năm 2025", "02/12/2025"},
    {{2025, 12, 3}, "ngày 03 tháng 12 năm 2025", "03/12/2025"},
    {{2025, 12, 4}, "ngày 04 tháng 12 năm 2025", "04/12/2025"},
    {{2025, 12, 5}, "ngày 05 tháng 12 năm 2025", "05/12/2025"},
    {{2025, 12, 6}, "ngày 06 tháng 12 năm 2025", "06/12/2025"},
    {{2025, 12, 7}, "ngày 07 tháng 12 năm 2025", "07/12/2025"},
    {{2025, 12, 8}, "ngày 08 tháng 12 năm 2025", "08/12/2025"},
    {{2025, 12, 9}, "ngày 09 tháng 12 năm 2025", "09/12/2025"},
    // every month: only 1 and 2 are padded
    {{2025, 1, 15}, "ngày 15 tháng 01 năm 2025", "15/01/2025"},
    {{2025, 2, 15}, "ngày 15 tháng 02 năm 2025", "15/02/2025"},
    {{2025, 3, 15}, "ngày 15 tháng 3 năm 2025", "15/3/2025"},
    {{2025, 4, 15}, "ngày 15 tháng 4 năm 2025", "15/4/2025"},
    {{2025, 5, 15}, "ngày 15 tháng 5 năm 2025", "15/5/2025"},
    {{2025, 6, 15}, "ngày 15 tháng 6 năm 2025", "15/6/2025"},
    {{2025, 7, 15}, "ngày 15 tháng 7 năm 2025", "15/7/2025"},
    {{2025, 8, 15}, "ngày 15 tháng 8 năm 2025", "15/8/2025"},
    {{2025, 9, 15}, "ngày 15 tháng 9 năm 2025", "15/9/2025"},
    {{2025, 10, 15}, "ngày 15 tháng 10 năm 2025", "15/10/2025"},
    {{2025, 11, 15}, "ngày 15 tháng 11 năm 2025", "15/11/2025"},
    {{2025, 12, 15}, "ngày 15 tháng 12 năm 2025", "15/12/2025"},
};

TEST(DateFormat, LongAndShortForms) {
  for (const auto& c : kDates) {
    SCOPED_TRACE(c.long_form);
    EXPECT_EQ(date_long(c.date), c.long_form);
    EXPECT_EQ(date_short(c.date), c.short_form);
  }
}

TEST(DateFormat, PlaceAndDate) {
  EXPECT_EQ(place_and_date("Lạng Sơn", {2018, 3, 27}), "Lạng Sơn, ngày 27 tháng 3 năm 2018");
  EXPECT_EQ(place_and_date("Hà Nội", {2020, 1, 5}), "Hà Nội, ngày 05 tháng 01 năm 2020");
  EXPECT_EQ(place_and_date("Thành phố Hồ Chí Minh", {2019, 6, 29}),
            "Thành phố Hồ Chí Minh, ngày 29 tháng 6 năm 2019");
  EXPECT_THROW(place_and_date("", {2020, 1, 5}), std::invalid_argument);
}

TEST(DateFormat, RejectsDatesThatDoNotExist) {
  EXPECT_THROW(date_long({2018, 2, 30}), std::invalid_argument);
  EXPECT_THROW(date_short({2018, 13, 1}), std::invalid_argument);
  EXPECT_THROW(date_long({0, 0, 0}), std::invalid_argument);
  EXPECT_THROW(date_iso({2019, 2, 29}), std::invalid_argument);
}

TEST(DateFormat, Iso) {
  EXPECT_EQ(date_iso({2018, 3, 27}), "2018-03-27");
  EXPECT_EQ(date_iso({2024, 12, 1}), "2024-12-01");
}

struct ParseCase {
  const char* text;
  Date expected;
};

const ParseCase kGoodParses[] = {
    {"2018-03-27", {2018, 3, 27}}, {"27/03/2018", {2018, 3, 27}}, {"27/3/2018", {2018, 3, 27}},
    {"5/2/2019", {2019, 2, 5}},    {"05/02/2019", {2019, 2, 5}},  {"2020-02-29", {2020, 2, 29}},
    {"29/02/2000", {2000, 2, 29}}, {"2024-12-31", {2024, 12, 31}}, {"01/01/2024", {2024, 1, 1}},
    {"2023-04-30", {2023, 4, 30}},
};

TEST(DateParse, AcceptsIsoAndVietnameseOrder) {
  for (const auto& c : kGoodParses) {
    SCOPED_TRACE(c.text);
    const auto d = Date::parse(c.text);
    ASSERT_TRUE(d.has_value());
    EXPECT_EQ(*d, c.expected);
    EXPECT_EQ(parse_date(c.text), c.expected);
  }
}

struct BadParse {
  const char* text;
  const char* message_part;  // what the error message must say
};

const BadParse kBadParses[] = {
    {"2018-02-30", "February 2018 has 28 days"},
    {"2018-02-29", "February 2018 has 28 days"},
    {"1900-02-29", "February 1900 has 28 days"},  // not a leap year: divisible by 100
    {"2100-02-29", "February 2100 has 28 days"},
    {"30/02/2020", "February 2020 has 29 days"},
    {"2018-04-31", "April 2018 has 30 days"},
    {"31/11/2023", "November 2023 has 30 days"},
    {"2018-03-00", "March 2018 has 31 days"},
    {"2018-13-01", "month 13 is not 1..12"},
    {"2018-00-10", "month 0 is not 1..12"},
    {"0000-01-01", "year 0000 does not exist"},
    {"2018-3-27", "expected YYYY-MM-DD or DD/MM/YYYY"},
    {"", "expected YYYY-MM-DD or DD/MM/YYYY"},
    {"27/03/18", "expected YYYY-MM-DD or DD/MM/YYYY"},
    {"2018/03/27", "expected YYYY-MM-DD or DD/MM/YYYY"},
    {" 2018-03-27", "expected YYYY-MM-DD or DD/MM/YYYY"},
    {"2018-03-27 ", "expected YYYY-MM-DD or DD/MM/YYYY"},
    {"27.03.2018", "expected YYYY-MM-DD or DD/MM/YYYY"},
    {"27/03", "expected YYYY-MM-DD or DD/MM/YYYY"},
    {"27/03/2018/1", "expected YYYY-MM-DD or DD/MM/YYYY"},
    {"+018-03-27", "expected YYYY-MM-DD or DD/MM/YYYY"},
    {"2018-0a-27", "expected YYYY-MM-DD or DD/MM/YYYY"},
    {"ngày 27 tháng 3", "expected YYYY-MM-DD or DD/MM/YYYY"},
};

TEST(DateParse, RejectsMalformedAndImpossibleDates) {
  for (const auto& c : kBadParses) {
    SCOPED_TRACE(c.text);
    EXPECT_FALSE(Date::parse(c.text).has_value());
    try {
      parse_date(c.text);
      ADD_FAILURE() << "parse_date accepted " << c.text;
    } catch (const std::invalid_argument& e) {
      EXPECT_NE(std::string(e.what()).find(c.message_part), std::string::npos) << e.what();
      EXPECT_NE(std::string(e.what()).find(std::string("\"") + c.text + "\""), std::string::npos) << e.what();
    }
  }
}

TEST(DateValidity, LeapYears) {
  EXPECT_TRUE(is_valid_date(2000, 2, 29));
  EXPECT_TRUE(is_valid_date(2024, 2, 29));
  EXPECT_FALSE(is_valid_date(2023, 2, 29));
  EXPECT_FALSE(is_valid_date(1900, 2, 29));
  EXPECT_FALSE(is_valid_date(2024, 6, 31));
  EXPECT_FALSE(is_valid_date(10000, 1, 1));
}

TEST(DateOrder, ComparesByYearMonthDay) {
  EXPECT_LT((Date{2018, 12, 31}), (Date{2019, 1, 1}));
  EXPECT_LT((Date{2019, 1, 31}), (Date{2019, 2, 1}));
  EXPECT_LT((Date{2019, 2, 1}), (Date{2019, 2, 2}));
}

}  // namespace
}  // namespace vanthu::vn
