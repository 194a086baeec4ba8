#include "api/glyph_check.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <array>
#include <cstdint>
#include <cstdio>

namespace vanthu::api {
namespace {

// Whether a character can be shown: answered once per code point of the
// Latin, Vietnamese and punctuation blocks for one data file (a long list
// asks for the same few dozen letters hundreds of thousands of times).
class Coverage {
 public:
  explicit Coverage(const layout::FontSystem& fonts) : fonts_(fonts) {}

  bool shown(UChar32 c) {
    if (c < 0 || c >= kCached) return look_up(c);
    uint8_t& known = known_[static_cast<size_t>(c)];
    if (known == kUnknown) known = look_up(c) ? kShown : kMissing;
    return known == kShown;
  }

 private:
  static constexpr UChar32 kCached = 0x2100;  // to the end of General Punctuation and the currency signs
  enum : uint8_t { kUnknown, kShown, kMissing };
  // ASCII is covered; invisible characters (soft hyphen, zero-width spaces,
  // joiners) are not drawn at all.
  bool look_up(UChar32 c) const {
    if (c < 0x80 || u_hasBinaryProperty(c, UCHAR_DEFAULT_IGNORABLE_CODE_POINT)) return true;
    return c >= 0 && fonts_.has_glyph(static_cast<char32_t>(c));
  }
  const layout::FontSystem& fonts_;
  std::array<uint8_t, kCached> known_{};
};

// The first character of `s` (valid UTF-8) without a glyph, or 0.
UChar32 first_missing(const std::string& s, Coverage& coverage) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(s.data());
  const int32_t length = static_cast<int32_t>(s.size());
  for (int32_t i = 0; i < length;) {
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (!coverage.shown(c)) return c < 0 ? 0xFFFD : c;
  }
  return 0;
}

// `path` grows and shrinks in place: no string is built for values that
// need no warning.
void walk(const nlohmann::json& j, std::string& path, Coverage& fonts, Diagnostics& diag) {
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
  Coverage coverage(fonts);
  walk(data, path, coverage, diag);
}

}  // namespace vanthu::api
