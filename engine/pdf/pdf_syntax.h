// The lexical pieces of PDF (ISO 32000-1 §7.3): numbers, names and strings
// written the one way this writer always writes them, so that output is
// byte-for-byte reproducible.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

namespace vanthu::pdf {

// A real number with at most `decimals` decimals, trailing zeros and a
// trailing point removed, never in exponent form ("12.5", "-0.75", "3").
void append_number(std::string& out, double v, int decimals = 3);
std::string number(double v, int decimals = 3);

// Numbers separated by spaces, then `op` (e.g. " re f\n"): one operator of a
// content stream. Scale factors want more `decimals` than positions.
void append_operator(std::string& out, std::initializer_list<double> operands, std::string_view op,
                     int decimals = 3);

// An integer in decimal digits.
void append_integer(std::string& out, long long v);

// A name object: "/" + the name with bytes outside the regular characters
// written as #xx (§7.3.5).
std::string name(std::string_view n);
void append_name(std::string& out, std::string_view n);

// A text string (§7.9.2.2): a literal string when `utf8` is printable ASCII,
// otherwise UTF-16BE with a byte order mark, in hex.
std::string text_string(std::string_view utf8);

// UTF-8 as UTF-16BE code units in hex digits, no BOM, no brackets (ToUnicode).
std::string utf16be_hex(std::string_view utf8);

// A byte string as a literal string with ( ) \ escaped.
std::string literal_string(std::string_view bytes);

// Bytes as a hex string <...>.
std::string hex_string(std::string_view bytes);

}  // namespace vanthu::pdf
