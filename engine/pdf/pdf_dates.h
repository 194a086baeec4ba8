// Date strings for the PDF: the Info dictionary and
// XMP. Vietnam's civil time (UTC+7, no daylight saving) is used whatever the
// machine's time zone is, so output does not depend on the environment.
#pragma once

#include <string>

namespace vanthu::pdf {

std::string iso_date(long long epoch);  // 2018-03-27T07:00:00+07:00 (XMP)
std::string pdf_date(long long epoch);  // D:20180327070000+07'00' (Info dictionary)

}  // namespace vanthu::pdf
