#include "register/clock.h"

#include <cctype>
#include <chrono>
#include <cstdio>

#include "register/register.h"
#include "vn/format.h"
#include "vn/vietnam_time.h"

namespace vanthu::reg {

namespace {

long long floor_div(long long a, long long b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

std::string iso_date(int y, int m, int d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

bool digits(const std::string& s, size_t at, size_t n, int& out) {
  if (at + n > s.size()) return false;
  out = 0;
  for (size_t i = at; i < at + n; ++i) {
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
    out = out * 10 + (s[i] - '0');
  }
  return true;
}

}  // namespace

long long now_utc() {
  return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

std::string utc_timestamp(long long t) {
  int y, m, d;
  const long long days = floor_div(t, 86400);
  vn::civil_from_days(days, y, m, d);
  const long long s = t - days * 86400;
  char buf[32];
  std::snprintf(buf, sizeof buf, "%sT%02lld:%02lld:%02lldZ", iso_date(y, m, d).c_str(), s / 3600, s / 60 % 60, s % 60);
  return buf;
}

int year_of(const std::string& iso) {
  int y = 0;
  return iso.size() >= 4 && digits(iso, 0, 4, y) ? y : 0;
}

std::string vietnam_date(long long t) {
  int y, m, d;
  vn::civil_from_days(floor_div(t + kVietnamOffset, 86400), y, m, d);
  return iso_date(y, m, d);
}

std::optional<std::string> parse_issue_date(const std::string& text, long long now) {
  if (text.empty()) return vietnam_date(now);
  // An instant: YYYY-MM-DDTHH:MM[:SS](Z|±HH:MM); without a zone, Vietnam time.
  if (text.size() >= 16 && (text[10] == 'T' || text[10] == ' ')) {
    int y, mo, d, h, mi, s = 0;
    if (!digits(text, 0, 4, y) || text[4] != '-' || !digits(text, 5, 2, mo) || text[7] != '-' ||
        !digits(text, 8, 2, d) || !digits(text, 11, 2, h) || text[13] != ':' || !digits(text, 14, 2, mi))
      return std::nullopt;
    size_t at = 16;
    if (at < text.size() && text[at] == ':') {
      if (!digits(text, at + 1, 2, s)) return std::nullopt;
      at += 3;
    }
    long long offset = kVietnamOffset;
    if (at < text.size()) {
      if (text[at] == 'Z' && at + 1 == text.size()) offset = 0;
      else if ((text[at] == '+' || text[at] == '-') && text.size() == at + 6 && text[at + 3] == ':') {
        int oh, om;
        if (!digits(text, at + 1, 2, oh) || !digits(text, at + 4, 2, om)) return std::nullopt;
        offset = (text[at] == '-' ? -1 : 1) * (oh * 3600LL + om * 60LL);
      } else
        return std::nullopt;
    }
    if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59) return std::nullopt;
    const auto date = vn::Date::parse(iso_date(y, mo, d));
    if (!date) return std::nullopt;  // 31/02
    const long long t = vn::days_from_civil(y, mo, d) * 86400 + h * 3600 + mi * 60 + s - offset;
    return vietnam_date(t);
  }
  // A day, in the forms the data accepts ("2026-12-31", "31/12/2026").
  const auto date = vn::Date::parse(text);
  if (!date) return std::nullopt;
  return iso_date(date->year, static_cast<int>(date->month), static_cast<int>(date->day));
}

}  // namespace vanthu::reg
