// Test-only observation of date parsing. A test installs an observer to see
// every text Date::parse and parse_date read, and so proves how often a
// document's date is parsed while it is rendered (tests/e2e/date_once_test.cpp).
// No production code installs one.
#pragma once

#include <string_view>

namespace vanthu::vn::testing {

using DateParseObserver = void (*)(std::string_view text);

// Installs `observer` (nullptr: none) and returns the one it replaces.
DateParseObserver set_date_parse_observer(DateParseObserver observer);

}  // namespace vanthu::vn::testing
