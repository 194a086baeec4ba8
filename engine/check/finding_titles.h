// The subject of each check in Vietnamese, for people who read the findings
// in the web page (clerks): "Cỡ chữ, kiểu chữ của Quốc hiệu" for
// "quoc-hieu.style". The message itself, with the measured values, stays in
// the finding; this names what the decree asks, without its numbers (those
// live in the decree's table).
#pragma once

#include <string>

namespace vanthu::check {

// The title of a check ("date.padding"); a check without its own title
// gets the name of its part of the layout ("Ngày tháng"), one without a known
// part "Thể thức văn bản".
std::string vietnamese_title(const std::string& check);

}  // namespace vanthu::check
