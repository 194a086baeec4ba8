#include "pdf/pdf_dates.h"

#include <cstdio>
#include <ctime>

namespace vanthu::pdf {
namespace {

constexpr long long kVietnamOffset = 7 * 3600;

std::tm civil(long long epoch) {
  std::time_t t = static_cast<std::time_t>(epoch + kVietnamOffset);
  std::tm tm{};
  gmtime_r(&t, &tm);
  return tm;
}

}  // namespace

std::string iso_date(long long epoch) {
  std::tm tm = civil(epoch);
  char buf[64];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d+07:00", tm.tm_year + 1900, tm.tm_mon + 1,
                tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec);
  return buf;
}

std::string pdf_date(long long epoch) {
  std::tm tm = civil(epoch);
  char buf[64];
  std::snprintf(buf, sizeof buf, "D:%04d%02d%02d%02d%02d%02d+07'00'", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday,
                tm.tm_hour, tm.tm_min, tm.tm_sec);
  return buf;
}

}  // namespace vanthu::pdf
