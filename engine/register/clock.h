// Time for the register: instants in UTC, dates in Vietnam (UTC+7, no
// daylight saving), so that numbering restarts at midnight of 1 January in
// Vietnam whatever the machine's time zone.
#pragma once

#include <optional>
#include <string>

#include "vn/vietnam_time.h"

namespace vanthu::reg {

constexpr long long kVietnamOffset = vn::kVietnamUtcOffsetSeconds;

long long now_utc();                         // seconds since the epoch
std::string utc_timestamp(long long t);      // "2026-12-01T14:09:17Z"
// ISO date "2026-12-01" → its year; 0 if malformed.
int year_of(const std::string& iso_date);

}  // namespace vanthu::reg
