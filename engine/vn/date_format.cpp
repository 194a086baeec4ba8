// Dates: parsing "YYYY-MM-DD" / "D/M/YYYY" and writing them the way
// Nghị định 30/2020 Phụ lục I §II.4 asks (zero padding of days 1-9 and of
// months 1 and 2 only).
#include <atomic>
#include <charconv>
#include <stdexcept>
#include <string>

#include "vn/date_parse_observer.h"
#include "vn/format.h"

namespace vanthu::vn {
namespace {

std::atomic<testing::DateParseObserver> g_observer{nullptr};

const char* const kMonthNames[] = {"January", "February", "March",     "April",   "May",      "June",
                                   "July",    "August",   "September", "October", "November", "December"};

bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in_month(int y, int m) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && is_leap(y) ? 29 : kDays[m - 1];
}

// Reads exactly the digits of `s` (1..max_len of them) as a number; -1 if
// `s` is empty, too long or holds anything but ASCII digits.
int read_digits(std::string_view s, size_t min_len, size_t max_len) {
  if (s.size() < min_len || s.size() > max_len) return -1;
  for (char c : s)
    if (c < '0' || c > '9') return -1;
  int v = 0;
  std::from_chars(s.data(), s.data() + s.size(), v);
  return v;
}

// The checks shared by Date::parse and parse_date; the message is empty on
// success.
std::string try_parse(std::string_view s, Date& out) {
  if (const testing::DateParseObserver observe = g_observer.load(std::memory_order_relaxed)) observe(s);
  int y = -1, m = -1, d = -1;
  if (s.size() == 10 && s[4] == '-' && s[7] == '-') {
    y = read_digits(s.substr(0, 4), 4, 4);
    m = read_digits(s.substr(5, 2), 2, 2);
    d = read_digits(s.substr(8, 2), 2, 2);
  } else if (const size_t a = s.find('/'); a != std::string_view::npos) {
    const size_t b = s.find('/', a + 1);
    if (b == std::string_view::npos) return "expected YYYY-MM-DD or DD/MM/YYYY";
    d = read_digits(s.substr(0, a), 1, 2);
    m = read_digits(s.substr(a + 1, b - a - 1), 1, 2);
    y = read_digits(s.substr(b + 1), 4, 4);
  } else {
    return "expected YYYY-MM-DD or DD/MM/YYYY";
  }
  if (y < 0 || m < 0 || d < 0) return "expected YYYY-MM-DD or DD/MM/YYYY";
  if (y < 1) return "year 0000 does not exist";
  if (m < 1 || m > 12) return "month " + std::to_string(m) + " is not 1..12";
  const int last = days_in_month(y, m);
  if (d < 1 || d > last)
    return std::string(kMonthNames[m - 1]) + " " + std::to_string(y) + " has " + std::to_string(last) + " days";
  out = Date{y, m, d};
  return {};
}

std::string two_digits(int v) { return v < 10 ? "0" + std::to_string(v) : std::to_string(v); }

// PL1 §II.4: days below 10 and months 1 and 2 are written with a leading zero.
std::string day_text(int d) { return two_digits(d); }
std::string month_text(int m) { return m <= 2 ? two_digits(m) : std::to_string(m); }

void require_valid(const Date& d) {
  if (!is_valid_date(d.year, d.month, d.day))
    throw std::invalid_argument("not a real date: year " + std::to_string(d.year) + ", month " +
                                std::to_string(d.month) + ", day " + std::to_string(d.day));
}

}  // namespace

testing::DateParseObserver testing::set_date_parse_observer(DateParseObserver observer) {
  return g_observer.exchange(observer);
}

bool is_valid_date(int year, int month, int day) {
  return year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 &&
         day <= days_in_month(year, month);
}

std::optional<Date> Date::parse(std::string_view s) {
  Date d;
  if (!try_parse(s, d).empty()) return std::nullopt;
  return d;
}

Date parse_date(std::string_view s) {
  Date d;
  const std::string problem = try_parse(s, d);
  if (!problem.empty()) throw std::invalid_argument("invalid date \"" + std::string(s) + "\": " + problem);
  return d;
}

std::string date_iso(const Date& d) {
  require_valid(d);
  std::string y = std::to_string(d.year);
  y.insert(0, 4 - y.size(), '0');
  return y + "-" + two_digits(d.month) + "-" + two_digits(d.day);
}

std::string date_long(const Date& d) {
  require_valid(d);
  return "ngày " + day_text(d.day) + " tháng " + month_text(d.month) + " năm " + std::to_string(d.year);
}

std::string place_and_date(std::string_view place, const Date& d) {
  if (place.empty()) throw std::invalid_argument("place_and_date: the place name (địa danh) is empty");
  return std::string(place) + ", " + date_long(d);
}

std::string date_short(const Date& d) {
  require_valid(d);
  return day_text(d.day) + "/" + month_text(d.month) + "/" + std::to_string(d.year);
}

}  // namespace vanthu::vn
