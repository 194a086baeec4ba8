// Vietnamese formatting of numbers, dates, numbering labels and document
// numbers, as Nghị định 30/2020 and Vietnamese administrative usage write them.
// Pure functions; table-driven tests in tests/vn/.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace vanthu::vn {

struct Date {
  int year = 0, month = 0, day = 0;
  // Accepts "YYYY-MM-DD" (ISO 8601) and "DD/MM/YYYY"; nullopt if malformed or not a real date.
  static std::optional<Date> parse(std::string_view s);
  bool operator==(const Date&) const = default;
  auto operator<=>(const Date&) const = default;
};

// True when year/month/day name a real day of the Gregorian calendar
// (years 1..9999; 29 February only in leap years).
bool is_valid_date(int year, int month, int day);
// Like Date::parse, but throws std::invalid_argument with a message that says
// what is wrong ("2018-02-30: February 2018 has 28 days").
Date parse_date(std::string_view s);
// "2018-03-27" (ISO 8601), for data files and diagnostics.
std::string date_iso(const Date& d);

// The functions below throw std::invalid_argument for a Date that is not a
// real day (see is_valid_date).
// "ngày 05 tháng 02 năm 2019", "ngày 27 tháng 3 năm 2018": days below 10 and
// months 1 and 2 get a leading zero, other months do not (PL1 §II.4).
std::string date_long(const Date& d);
// "Lạng Sơn, ngày 27 tháng 3 năm 2018"; an empty place is an error (the
// decree requires one).
std::string place_and_date(std::string_view place, const Date& d);
// "27/3/2018" short form used inside running text ("ngày 19/3/2018"), with
// the same padding as date_long: "05/02/2019".
std::string date_short(const Date& d);

// Document number: below 10 with a leading zero ("05"), otherwise plain
// ("293", "1234": no thousands separator). Throws std::invalid_argument below 1.
std::string document_number(int64_t n);

// Thousands with ".", decimals with ",": 1800000 -> "1.800.000"; 0.3 -> "0,3".
std::string format_integer(int64_t n);
// `decimals` fixed digits after the comma, rounded half away from zero;
// trailing zeros are kept ("95,50" with decimals=2). decimals=0 gives an integer.
// Rounding applies to the shortest decimal text of `v` (2.675 -> "2,68"), and a
// result of zero has no sign. Throws std::invalid_argument for NaN, infinity or
// decimals outside 0..17.
std::string format_decimal(double v, int decimals);
// Like format_decimal but drops trailing zeros and a bare comma ("1,5", "2").
std::string format_decimal_trim(double v, int max_decimals);
// "95,5 %": the number, a space, and the sign (Vietnamese typography).
std::string format_percent(double v, int decimals);

struct WordsOptions {
  bool linh = true;       // 105 = "một trăm linh năm" (false: "lẻ")
  bool nghin = true;      // "nghìn" (false: "ngàn")
  bool tu = false;        // 24 = "hai mươi tư" (false: "hai mươi bốn")
  bool capitalize = true; // first letter upper case
};
// Number in words, 0 .. 10^15 (inclusive): "một nghìn không trăm linh một".
// Throws std::out_of_range outside that range.
std::string number_in_words(int64_t n, const WordsOptions& o = {});
// Money in words: "Một triệu tám trăm nghìn đồng" (+ " chẵn" when `chan`).
std::string money_in_words(int64_t amount, const WordsOptions& o = {}, bool chan = false);

// Roman numerals 1..3999: "I", "IV", "XII". Throws std::out_of_range outside.
std::string roman(int n);
// The Vietnamese letter sequence for điểm: a b c d đ e g h i k l m n o p q r s t u v x y
// (0-based index; beyond the 23rd letter: "aa", "bb", … as in long legal lists,
// up to nine repeats). Throws std::out_of_range for a negative or larger index.
std::string point_letter(int index);

}  // namespace vanthu::vn
