#include "core/unicode.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/stringpiece.h>
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
  // Nearly all text is NFC already (and most of it ASCII): check the UTF-8
  // bytes directly and skip the UTF-16 round trip when nothing changes.
  bool ascii = true;
  for (const char c : s)
    if (static_cast<unsigned char>(c) >= 0x80) {
      ascii = false;
      break;
    }
  if (ascii) return std::string(s);
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* norm = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return std::string(s);
  if (is_valid_utf8(s)) {
    const bool normalised = norm->isNormalizedUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())), status);
    if (U_SUCCESS(status) && normalised) return std::string(s);
    status = U_ZERO_ERROR;
  }
  // Malformed UTF-8 comes back with U+FFFD for the bad bytes.
  icu::UnicodeString u = from_utf8(s);
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
    if (c == 0xB) {
      // A vertical tab is Word's manual line break (Shift+Enter; pasted text
      // keeps it): it becomes U+2028 LINE SEPARATOR, which XML allows and the
      // markup reads as <br/> (issue 16), instead of gluing two words.
      out += "\xE2\x80\xA8";
      continue;
    }
    const bool allowed = (c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) ||
                          (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF)) &&
                         !is_discouraged_control(c);
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
