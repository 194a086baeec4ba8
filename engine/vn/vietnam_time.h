// Vietnam's civil time, the one place of its rule: UTC+7 all year, no
// daylight saving. The PDF's dates, the signing time and the register's
// days use it, so output never depends on the machine's time zone.
#pragma once

#include <string>

#include "vn/format.h"

namespace vanthu::vn {

inline constexpr long long kVietnamUtcOffsetSeconds = 7 * 3600;

// The timestamp of a document dated `d` (seconds since 1970): 00:00 UTC of
// that day, which is 07:00 of the same day in Vietnam.
long long date_epoch(const Date& d);

// Days since 1970-01-01 of a proleptic Gregorian date, and back (Howard
// Hinnant's algorithms): the arithmetic under every date of the engine.
long long days_from_civil(int year, int month, int day);
void civil_from_days(long long days, int& year, int& month, int& day);

// The wall-clock time in Vietnam at `epoch` (seconds since 1970).
struct CivilTime {
  int year = 1970, month = 1, day = 1, hour = 0, minute = 0, second = 0;
};
CivilTime vietnam_time(long long epoch);

// The offset as ISO 8601 ("+07:00") and PDF date strings write it ("+07'00'").
std::string vietnam_offset_iso();
std::string vietnam_offset_pdf();

}  // namespace vanthu::vn
