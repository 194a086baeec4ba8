// JSON values -> kainjow data (for SpecContext, which reads the JSON in place).
#include <charconv>
#include <cmath>
#include <stdexcept>

#include <unicode/utf8.h>

#include "core/unicode.h"
#include "template/mustache_detail.h"

namespace vanthu::tmpl::detail {

namespace {

// True when text::strip_xml_forbidden(s) would return `s` unchanged: valid
// UTF-8 of characters XML 1.0 allows, without DEL and C1 controls. Checking is much cheaper than
// rebuilding the string, and data text is nearly always clean.
bool xml_clean(const std::string& s) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  const auto n = static_cast<int32_t>(s.size());
  for (int32_t i = 0; i < n;) {
    const uint8_t b = p[i];
    if (b < 0x80) {
      if ((b < 0x20 && b != 0x9 && b != 0xA && b != 0xD) || b == 0x7F) return false;
      ++i;
      continue;
    }
    UChar32 c;
    U8_NEXT(p, i, n, c);
    // U8_NEXT rejects surrogates and values above U+10FFFF as malformed.
    if (c < 0 || c == 0xFFFE || c == 0xFFFF || text::is_discouraged_control(c)) return false;
  }
  return true;
}

void check_depth(const nlohmann::json& value, int depth) {
  if (depth > kMaxDataDepth)
    throw std::length_error("data is nested deeper than " + std::to_string(kMaxDataDepth) + " levels");
  if (value.is_structured())
    for (const auto& item : value) check_depth(item, depth + 1);
}

}  // namespace

void check_data_depth(const nlohmann::json& value) { check_depth(value, 0); }

Data scalar_data(const nlohmann::json& value, bool xml) {
  using Type = nlohmann::json::value_t;
  switch (value.type()) {
    case Type::string: {
      Data out{Data::type::string};
      const auto& s = value.get_ref<const std::string&>();
      // kainjow offers no move into its string; the one it owns is not const.
      const_cast<std::string&>(out.string_value()) = xml && !xml_clean(s) ? text::strip_xml_forbidden(s) : s;
      return out;
    }
    case Type::boolean:
      return Data{value.get<bool>()};
    case Type::number_integer:
    case Type::number_unsigned:
    case Type::number_float:
      return Data{number_text(value)};
    default:
      break;
  }
  return Data{false};  // null is falsy and interpolates as nothing
}

std::string number_text(const nlohmann::json& number) {
  if (number.is_number_float()) {
    const double x = number.get<double>();
    // Whole numbers print without ".0" ("2", not "2.0") while exact in a double.
    constexpr double kExact = 9007199254740992.0;  // 2^53
    if (std::isfinite(x) && std::trunc(x) == x && std::fabs(x) < kExact) {
      char buf[32];
      const auto r = std::to_chars(buf, buf + sizeof buf, static_cast<long long>(x));
      return std::string(buf, r.ptr);
    }
  }
  return number.dump();
}

}  // namespace vanthu::tmpl::detail
