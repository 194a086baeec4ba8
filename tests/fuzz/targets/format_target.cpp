// The Vietnamese formatters (engine/vn/format.h): numbers, money in words,
// dates, Roman numerals, điểm letters. Only the documented exceptions may
// escape, and the outputs keep their invariants.
#include <cmath>
#include <cstring>
#include <stdexcept>
#include <string>

#include "core/unicode.h"
#include "fuzz_targets.h"
#include "vn/format.h"

namespace vanthu::fuzz {

namespace {

void expect(bool ok) {
  if (!ok) __builtin_trap();
}

// Removes the "." group separators: what is left must be the plain number.
std::string digits_of(const std::string& s) {
  std::string d;
  for (char c : s)
    if (c != '.') d += c;
  return d;
}

}  // namespace

int format(const uint8_t* data, size_t size) {
  if (size < 9) return 0;
  const uint8_t selector = data[0];
  int64_t n;
  std::memcpy(&n, data + 1, sizeof n);
  double v;
  std::memcpy(&v, data + 1, sizeof v);
  const std::string rest(reinterpret_cast<const char*>(data + 9), size - 9);
  try {
    switch (selector % 9) {
      case 0: {
        const std::string s = vn::format_integer(n);
        expect(digits_of(s) == std::to_string(n));
        break;
      }
      case 1: {
        const std::string s = vn::document_number(n);
        expect(n >= 1 && (n >= 10 || s.size() == 2) && std::stoll(s) == n);
        break;
      }
      case 2: {
        const int decimals = data[0] / 9 % 20;
        const std::string a = vn::format_decimal(v, decimals);
        const std::string b = vn::format_decimal_trim(v, decimals);
        const std::string c = vn::format_percent(v, decimals);
        expect(std::isfinite(v) && !a.empty() && !b.empty() && !c.empty());
        expect(a.find('.') == std::string::npos || a.find(',') == std::string::npos || a.rfind('.') < a.find(','));
        break;
      }
      case 3: {
        vn::WordsOptions o;
        o.linh = data[0] & 16;
        o.nghin = data[0] & 32;
        o.tu = data[0] & 64;
        o.capitalize = data[0] & 128;
        const std::string s = vn::number_in_words(n, o);
        expect(!s.empty() && text::is_valid_utf8(s) && text::nfc(s) == s);
        const std::string m = vn::money_in_words(n, o, data[0] & 8);
        expect(m.size() > s.size());
        break;
      }
      case 4: {
        const std::string r = vn::roman(static_cast<int>(n % 5000));
        expect(!r.empty() && r.find_first_not_of("IVXLCDM") == std::string::npos);
        break;
      }
      case 5: {
        const std::string l = vn::point_letter(static_cast<int>(n % 300));
        expect(!l.empty() && text::is_valid_utf8(l));
        break;
      }
      case 6: {
        if (auto d = vn::Date::parse(rest)) {
          expect(vn::is_valid_date(d->year, d->month, d->day));
          expect(vn::Date::parse(vn::date_iso(*d)) == d);
          const std::string l = vn::date_long(*d);
          expect(l.rfind("ngày ", 0) == 0);
          (void)vn::date_short(*d);
          (void)vn::place_and_date("Hà Nội", *d);
        }
        break;
      }
      case 7:
        (void)vn::parse_date(rest);
        break;
      default: {
        const int y = static_cast<int>(n % 12000), m = static_cast<int>((n >> 16) % 15), d = static_cast<int>((n >> 32) % 35);
        if (vn::is_valid_date(y, m, d)) {
          vn::Date date{y, m, d};
          expect(vn::Date::parse(vn::date_iso(date)) == date);
          (void)vn::date_long(date);
        }
      }
    }
  } catch (const std::invalid_argument&) {
  } catch (const std::out_of_range&) {
  }
  return 0;
}

}  // namespace vanthu::fuzz
