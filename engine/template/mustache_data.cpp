// JSON -> kainjow data.
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

void check_depth(int depth) {
  if (depth > kMaxDataDepth)
    throw std::length_error("data is nested deeper than " + std::to_string(kMaxDataDepth) + " levels");
}

// What convert() would throw for `value`, without converting it.
void check_depth(const nlohmann::json& value, int depth) {
  check_depth(depth);
  if (value.is_structured())
    for (const auto& item : value) check_depth(item, depth + 1);
}

// `names`: keep only the object members they name (null: all).
Data convert(const nlohmann::json& value, bool xml, int depth, const TagNames* names) {
  using Type = nlohmann::json::value_t;
  check_depth(depth);
  switch (value.type()) {
    case Type::object: {
      Data out;  // an empty object
      for (auto it = value.begin(); it != value.end(); ++it) {
        if (names && !names->names.count(it.key())) check_depth(*it, depth + 1);
        else out[it.key()] = convert(*it, xml, depth + 1, names);
      }
      return out;
    }
    case Type::array: {
      Data out{Data::type::list};
      // kainjow offers no move into a list; the vector it owns is not const,
      // so filling it in place is well-defined and avoids a deep copy per row.
      // reserve() first: kainjow's move constructor is not noexcept, so a
      // reallocation would copy every element.
      auto& items = const_cast<km::list&>(out.list_value());
      items.reserve(value.size());
      for (const auto& item : value) items.push_back(convert(item, xml, depth + 1, names));
      return out;
    }
    case Type::string: {
      Data out{Data::type::string};
      const auto& s = value.get_ref<const std::string&>();
      // Same reasoning as above: move the text in instead of copying it twice.
      const_cast<std::string&>(out.string_value()) = xml && !xml_clean(s) ? text::strip_xml_forbidden(s) : s;
      return out;
    }
    case Type::boolean:
      return Data{value.get<bool>()};
    case Type::number_integer:
    case Type::number_unsigned:
    case Type::number_float:
      return Data{number_text(value)};
    case Type::null:
    case Type::binary:
    case Type::discarded:
      break;
  }
  return Data{false};  // null is falsy and interpolates as nothing
}

}  // namespace

Data to_mustache_data(const nlohmann::json& value, bool xml) { return convert(value, xml, 0, nullptr); }

Data to_mustache_data(const nlohmann::json& value, bool xml, const TagNames& names) {
  return convert(value, xml, 0, &names);
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
