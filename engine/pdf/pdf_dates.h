// Date strings for the PDF: the Info dictionary and
// XMP, in Vietnam's civil time whatever the machine's time zone is (the rule
// is vn/vietnam_time.h), so output does not depend on the environment.
#pragma once

#include <string>

namespace vanthu::pdf {

std::string iso_date(long long epoch);  // 2018-03-27T07:00:00+07:00 (XMP)
std::string pdf_date(long long epoch);  // D:20180327070000+07'00' (Info dictionary)

}  // namespace vanthu::pdf
