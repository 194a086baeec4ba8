#include "pdf/pdf_dates.h"

#include <cstdio>

#include "vn/vietnam_time.h"

namespace vanthu::pdf {

std::string iso_date(long long epoch) {
  const vn::CivilTime t = vn::vietnam_time(epoch);
  char buf[64];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d", t.year, t.month, t.day, t.hour, t.minute, t.second);
  return buf + vn::vietnam_offset_iso();
}

std::string pdf_date(long long epoch) {
  const vn::CivilTime t = vn::vietnam_time(epoch);
  char buf[64];
  std::snprintf(buf, sizeof buf, "D:%04d%02d%02d%02d%02d%02d", t.year, t.month, t.day, t.hour, t.minute, t.second);
  return buf + vn::vietnam_offset_pdf();
}

}  // namespace vanthu::pdf
