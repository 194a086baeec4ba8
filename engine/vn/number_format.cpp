// Numbers in Vietnamese notation: "." groups thousands, "," separates
// decimals (nd30.md §7.4; the decree itself does not regulate this, it is the
// convention of every official text).
#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <stdexcept>
#include <string>

#include "vn/format.h"

namespace vanthu::vn {
namespace {

// The largest `decimals` accepted: beyond 17 significant digits a double
// carries no information.
constexpr int kMaxDecimals = 17;

// "1234567" -> "1.234.567" (digits only, no sign).
std::string group_thousands(std::string_view digits) {
  std::string out;
  out.reserve(digits.size() + digits.size() / 3);
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += '.';
    out += digits[i];
  }
  return out;
}

// Adds one unit in the last place of a string of decimal digits ("199" ->
// "200", "99" -> "100").
void increment_digits(std::string& digits) {
  for (size_t i = digits.size(); i-- > 0;) {
    if (digits[i] != '9') {
      ++digits[i];
      return;
    }
    digits[i] = '0';
  }
  digits.insert(digits.begin(), '1');
}

void check_decimals(int decimals) {
  if (decimals < 0 || decimals > kMaxDecimals)
    throw std::invalid_argument("decimals must be 0.." + std::to_string(kMaxDecimals) + ", not " +
                                std::to_string(decimals));
}

}  // namespace

std::string format_integer(int64_t n) {
  // Through uint64_t so that INT64_MIN has a magnitude.
  const uint64_t magnitude = n < 0 ? 0 - static_cast<uint64_t>(n) : static_cast<uint64_t>(n);
  const std::string grouped = group_thousands(std::to_string(magnitude));
  return n < 0 ? "-" + grouped : grouped;
}

std::string format_decimal(double v, int decimals) {
  check_decimals(decimals);
  if (!std::isfinite(v)) throw std::invalid_argument("cannot format a number that is not finite");
  // The shortest decimal text that reads back as `v` is the number the user
  // wrote (0.675, not 0.67499999999999993338661852249060757458209991455078125),
  // so rounding that text gives the expected 0,68 with decimals=2.
  std::array<char, 400> buf;  // DBL_MAX has 309 integer digits
  const auto res = std::to_chars(buf.data(), buf.data() + buf.size(), std::fabs(v), std::chars_format::fixed);
  if (res.ec != std::errc()) throw std::logic_error("format_decimal: buffer too small");
  const std::string_view text(buf.data(), static_cast<size_t>(res.ptr - buf.data()));
  const size_t dot = text.find('.');
  const std::string_view int_part = text.substr(0, dot);
  std::string frac = dot == std::string_view::npos ? std::string() : std::string(text.substr(dot + 1));

  // Half away from zero: the magnitude is rounded up when the first dropped
  // digit is 5 or more.
  frac.resize(std::max(frac.size(), static_cast<size_t>(decimals) + 1), '0');
  const bool round_up = frac[decimals] >= '5';
  std::string digits = std::string(int_part) + frac.substr(0, decimals);
  if (round_up) increment_digits(digits);

  const std::string int_digits = digits.substr(0, digits.size() - decimals);
  const std::string frac_digits = digits.substr(digits.size() - decimals);
  std::string out = group_thousands(int_digits);
  if (decimals > 0) out += "," + frac_digits;
  // No "-0" or "-0,00": a value that rounds to zero has no sign.
  const bool is_zero = digits.find_first_not_of('0') == std::string::npos;
  return v < 0 && !is_zero ? "-" + out : out;
}

std::string format_decimal_trim(double v, int max_decimals) {
  std::string s = format_decimal(v, max_decimals);
  const size_t comma = s.find(',');
  if (comma == std::string::npos) return s;
  const size_t last = s.find_last_not_of('0');
  s.erase(last == comma ? comma : last + 1);
  return s;
}

std::string format_percent(double v, int decimals) { return format_decimal(v, decimals) + " %"; }

}  // namespace vanthu::vn
