#include "core/unicode.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

namespace vanthu::text {
namespace {

icu::UnicodeString from_utf8(std::string_view s) {
  return icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
}

std::string to_utf8(const icu::UnicodeString& u) {
  std::string out;
  u.toUTF8String(out);
  return out;
}

const icu::Locale& vietnamese() {
  static const icu::Locale vi("vi");
  return vi;
}

}  // namespace

bool is_valid_utf8(std::string_view s) {
  int32_t i = 0;
  const auto n = static_cast<int32_t>(s.size());
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  while (i < n) {
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0) return false;
  }
  return true;
}

std::string nfc(std::string_view s) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* norm = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return std::string(s);
  icu::UnicodeString u = from_utf8(s);
  if (norm->isNormalized(u, status) && U_SUCCESS(status) && is_valid_utf8(s)) return std::string(s);
  status = U_ZERO_ERROR;
  icu::UnicodeString out = norm->normalize(u, status);
  if (U_FAILURE(status)) return to_utf8(u);
  return to_utf8(out);
}

std::string upper(std::string_view s) {
  icu::UnicodeString u = from_utf8(s);
  u.toUpper(vietnamese());
  return nfc(to_utf8(u));
}

std::string lower(std::string_view s) {
  icu::UnicodeString u = from_utf8(s);
  u.toLower(vietnamese());
  return nfc(to_utf8(u));
}

std::string capitalize_first(std::string_view s) {
  icu::UnicodeString u = from_utf8(s);
  if (u.isEmpty()) return std::string();
  const int32_t first_len = U16_LENGTH(u.char32At(0));
  icu::UnicodeString head = u.tempSubString(0, first_len);
  head.toUpper(vietnamese());
  return nfc(to_utf8(head) + to_utf8(u.tempSubString(first_len)));
}

std::string strip_xml_forbidden(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  int32_t i = 0;
  const auto n = static_cast<int32_t>(s.size());
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  while (i < n) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0) {
      out += "\xEF\xBF\xBD";  // U+FFFD for a malformed sequence
      continue;
    }
    const bool allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) ||
                         (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
    if (allowed) out.append(s.substr(start, i - start));
  }
  return out;
}

std::string collapse_spaces(std::string_view s) {
  std::string out;
  bool pending_space = false;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      pending_space = !out.empty();
    } else {
      if (pending_space) out += ' ';
      pending_space = false;
      out += c;
    }
  }
  return out;
}

}  // namespace vanthu::text
