#include "vn/vietnam_time.h"

#include <cstdio>

namespace vanthu::vn {
namespace {

long long floor_div(long long a, long long b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }


std::string offset_text(const char* separator, const char* end) {
  const long long minutes = kVietnamUtcOffsetSeconds / 60;
  char buf[16];
  std::snprintf(buf, sizeof buf, "%c%02lld%s%02lld%s", minutes < 0 ? '-' : '+', (minutes < 0 ? -minutes : minutes) / 60,
                separator, (minutes < 0 ? -minutes : minutes) % 60, end);
  return buf;
}

}  // namespace

// Days since 1970-01-01 of a civil date and back (Howard Hinnant's algorithms).
long long days_from_civil(int year, int month, int day) {
  const int y = year - (month <= 2);
  const long long era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long long>(doe) - 719468;
}

void civil_from_days(long long z, int& year, int& month, int& day) {
  z += 719468;
  const long long era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  year = static_cast<int>(static_cast<long long>(yoe) + era * 400 + (month <= 2));
}

long long date_epoch(const Date& d) { return days_from_civil(d.year, d.month, d.day) * 86400; }

CivilTime vietnam_time(long long epoch) {
  const long long local = epoch + kVietnamUtcOffsetSeconds;
  const long long days = floor_div(local, 86400);
  const long long secs = local - days * 86400;
  CivilTime t;
  civil_from_days(days, t.year, t.month, t.day);
  t.hour = static_cast<int>(secs / 3600);
  t.minute = static_cast<int>(secs / 60 % 60);
  t.second = static_cast<int>(secs % 60);
  return t;
}

std::string vietnam_offset_iso() { return offset_text(":", ""); }
std::string vietnam_offset_pdf() { return offset_text("'", "'"); }

}  // namespace vanthu::vn
