#include "api/glyph_check.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <cstdio>

namespace vanthu::api {
namespace {

// The first character of `s` (valid UTF-8) without a glyph, or 0.
UChar32 first_missing(const std::string& s, const layout::FontSystem& fonts) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(s.data());
  const int32_t length = static_cast<int32_t>(s.size());
  for (int32_t i = 0; i < length;) {
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    // ASCII is covered; invisible characters (soft hyphen, zero-width
    // spaces, joiners) are not drawn at all.
    if (c < 0x80 || u_hasBinaryProperty(c, UCHAR_DEFAULT_IGNORABLE_CODE_POINT)) continue;
    if (c < 0 || !fonts.has_glyph(static_cast<char32_t>(c))) return c < 0 ? 0xFFFD : c;
  }
  return 0;
}

// `path` grows and shrinks in place: no string is built for values that
// need no warning.
void walk(const nlohmann::json& j, std::string& path, const layout::FontSystem& fonts, Diagnostics& diag) {
  if (j.is_string()) {
    const std::string& s = j.get_ref<const std::string&>();
    if (UChar32 c = first_missing(s, fonts)) {
      char cp[16];
      std::snprintf(cp, sizeof cp, "U+%04X", static_cast<unsigned>(c));
      diag.warning(path, std::string(cp) + " has no glyph in Times New Roman (Liberation Serif): Word would draw it "
                                           "in another font, and no PDF can be made with it");
    }
  } else if (j.is_object()) {
    const size_t n = path.size();
    for (auto it = j.begin(); it != j.end(); ++it) {
      path += '.';
      path += it.key();
      walk(it.value(), path, fonts, diag);
      path.resize(n);
    }
  } else if (j.is_array()) {
    const size_t n = path.size();
    for (size_t i = 0; i < j.size(); ++i) {
      path += '[';
      path += std::to_string(i);
      path += ']';
      walk(j[i], path, fonts, diag);
      path.resize(n);
    }
  }
}

}  // namespace

void warn_missing_glyphs(const nlohmann::json& data, const layout::FontSystem& fonts, Diagnostics& diag) {
  std::string path = "$";
  walk(data, path, fonts, diag);
}

}  // namespace vanthu::api
