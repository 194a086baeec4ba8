// UTF-8 text helpers built on ICU: NFC normalisation, Vietnamese case
// mapping, validation, and the XML 1.0 character filter the template escape
// function uses.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace vanthu::text {

// True when `s` is well-formed UTF-8.
bool is_valid_utf8(std::string_view s);

// NFC normalisation (TCVN 6909:2001 text is precomposed Unicode). Invalid
// UTF-8 sequences are replaced by U+FFFD.
std::string nfc(std::string_view s);

// Upper / lower case with Vietnamese rules ("Sở Thông tin" -> "SỞ THÔNG TIN").
std::string upper(std::string_view s);
std::string lower(std::string_view s);

// First letter upper-cased, the rest unchanged.
std::string capitalize_first(std::string_view s);

// Drops the code points XML 1.0 forbids (C0 controls except TAB, LF, CR;
// U+FFFE, U+FFFF; lone surrogates cannot occur in valid UTF-8) and the
// control characters it only discourages, DEL and the C1 controls
// (U+007F-U+009F): no document can show them, and Word refuses them.
// A vertical tab (U+000B, Word's manual line break) becomes U+2028.
std::string strip_xml_forbidden(std::string_view s);

// Whether `c` is one of the control characters strip_xml_forbidden() drops
// that XML itself allows (DEL, C1).
inline bool is_discouraged_control(int32_t c) { return c >= 0x7F && c <= 0x9F; }

// Collapses runs of white space to one space and trims both ends.
std::string collapse_spaces(std::string_view s);

}  // namespace vanthu::text
