// Vietnam's civil time (vn/vietnam_time.h): UTC+7, no daylight saving.
#include <gtest/gtest.h>

#include "vn/vietnam_time.h"

namespace vanthu::vn {
namespace {

TEST(VietnamTime, ADocumentDateIsMidnightUtcWhichIsSevenInTheMorningInVietnam) {
  const long long t = date_epoch(Date{2018, 3, 27});
  EXPECT_EQ(t, 1522108800);  // date -u -d 2018-03-27 +%s
  const CivilTime v = vietnam_time(t);
  EXPECT_EQ(v.year, 2018);
  EXPECT_EQ(v.month, 3);
  EXPECT_EQ(v.day, 27);
  EXPECT_EQ(v.hour, 7);
  EXPECT_EQ(v.minute, 0);
  EXPECT_EQ(date_epoch(Date{1970, 1, 1}), 0);
  EXPECT_EQ(date_epoch(Date{2000, 3, 1}) - date_epoch(Date{2000, 2, 28}), 2 * 86400);  // 2000 is a leap year
}

TEST(VietnamTime, TheDayChangesAtFivePmUtc) {
  const long long evening_utc = date_epoch(Date{2026, 12, 31}) + 17 * 3600;  // 17:00 UTC = 00:00 next day in Vietnam
  const CivilTime v = vietnam_time(evening_utc);
  EXPECT_EQ(v.year, 2027);
  EXPECT_EQ(v.month, 1);
  EXPECT_EQ(v.day, 1);
  EXPECT_EQ(v.hour, 0);
  const CivilTime before = vietnam_time(evening_utc - 1);
  EXPECT_EQ(before.day, 31);
  EXPECT_EQ(before.hour, 23);
  EXPECT_EQ(before.second, 59);
  const CivilTime negative = vietnam_time(-1);  // 1969-12-31T23:59:59Z
  EXPECT_EQ(negative.year, 1970);
  EXPECT_EQ(negative.hour, 6);
}

TEST(VietnamTime, OffsetTexts) {
  EXPECT_EQ(vietnam_offset_iso(), "+07:00");
  EXPECT_EQ(vietnam_offset_pdf(), "+07'00'");
}

}  // namespace
}  // namespace vanthu::vn
