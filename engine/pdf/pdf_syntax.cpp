#include "pdf/pdf_syntax.h"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>

namespace vanthu::pdf {
namespace {

const char kHex[] = "0123456789ABCDEF";

void append_hex_byte(std::string& out, unsigned char c) {
  out += kHex[c >> 4];
  out += kHex[c & 15];
}

// Decodes one UTF-8 sequence at `i` (advancing it); invalid bytes give U+FFFD.
char32_t next_code_point(std::string_view s, size_t& i) {
  const auto b = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = b(i);
  int extra = c < 0x80 ? 0 : (c >> 5) == 6 ? 1 : (c >> 4) == 14 ? 2 : (c >> 3) == 30 ? 3 : -1;
  if (extra < 0 || i + static_cast<size_t>(extra) >= s.size()) {
    ++i;
    return 0xFFFD;
  }
  char32_t cp = extra == 0 ? c : c & (0x3F >> extra);
  for (int k = 1; k <= extra; ++k) {
    if ((b(i + static_cast<size_t>(k)) & 0xC0) != 0x80) {
      ++i;
      return 0xFFFD;
    }
    cp = (cp << 6) | (b(i + static_cast<size_t>(k)) & 0x3F);
  }
  i += static_cast<size_t>(extra) + 1;
  return cp;
}

// The decimal digits of `u` written backwards from `p` (at least one), two
// at a time; returns where they start.
char* write_digits(char* p, uint64_t u) {
  static constexpr char kPairs[] =
      "0001020304050607080910111213141516171819202122232425262728293031323334353637383940414243444546474849"
      "5051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899";
  while (u >= 100) {
    const uint64_t two = u % 100;
    u /= 100;
    p -= 2;
    std::memcpy(p, kPairs + 2 * two, 2);
  }
  if (u >= 10) {
    p -= 2;
    std::memcpy(p, kPairs + 2 * u, 2);
  } else {
    *--p = static_cast<char>('0' + u);
  }
  return p;
}

// The digits of `n` / 10^decimals with trailing zeros (and then the point)
// dropped: what the exact path below prints for a number that was rounded to
// `decimals` decimals, since a double that close to the decimal cannot round
// to a different one (see append_number).
void append_scaled_integer(std::string& out, int64_t n, int decimals) {
  static constexpr uint64_t kPow10[] = {1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000};
  char buf[32];
  char* const end = buf + sizeof buf;
  char* p = end;
  const bool negative = n < 0;
  uint64_t whole = negative ? 0 - static_cast<uint64_t>(n) : static_cast<uint64_t>(n);
  if (decimals > 0) {
    uint64_t fraction = whole % kPow10[decimals];
    whole /= kPow10[decimals];
    if (fraction != 0) {
      while (fraction % 10 == 0) {
        fraction /= 10;
        --decimals;
      }
      p = write_digits(p, fraction);
      while (end - p < decimals) *--p = '0';  // the fraction's leading zeros
      *--p = '.';
    }
  }
  p = write_digits(p, whole);
  if (negative) *--p = '-';
  // (pointer, length): an append of two pointers goes through replace().
  out.append(p, static_cast<size_t>(end - p));
}

}  // namespace

void append_number(std::string& out, double v, int decimals) {
  static constexpr double kScale[] = {1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8};
  if (decimals < 0) decimals = 0;
  if (decimals > 8) decimals = 8;
  const double scale = kScale[decimals];
  const double scaled = std::round(v * scale);
  // The usual case, without a conversion of the double: N = round(v * 10^d)
  // below 1e15 is an exact integer, and N / 10^d is within half an ulp
  // (at most 0.11 * 10^-d) of N * 10^-d, so printing it with d decimals
  // gives exactly N's digits. Larger values, NaN and infinities take the
  // general path.
  if (std::fabs(scaled) < 1e15) {
    append_scaled_integer(out, static_cast<int64_t>(scaled), decimals);
    return;
  }
  double r = scaled / scale;
  if (r == 0) r = 0;  // no "-0"
  char buf[48];
  auto res = std::to_chars(buf, buf + sizeof buf, r, std::chars_format::fixed, decimals);
  char* end = res.ptr;
  if (decimals > 0) {
    while (end > buf && end[-1] == '0') --end;
    if (end > buf && end[-1] == '.') --end;
  }
  out.append(buf, static_cast<size_t>(end - buf));
}

void append_operator(std::string& out, std::initializer_list<double> operands, std::string_view op,
                     int decimals) {
  bool first = true;
  for (double v : operands) {
    if (!first) out += ' ';
    append_number(out, v, decimals);
    first = false;
  }
  out += op;
}

std::string number(double v, int decimals) {
  std::string s;
  append_number(s, v, decimals);
  return s;
}

void append_integer(std::string& out, long long v) {
  char buf[24];
  const auto res = std::to_chars(buf, buf + sizeof buf, v);
  out.append(buf, static_cast<size_t>(res.ptr - buf));
}

std::string name(std::string_view n) {
  std::string out;
  append_name(out, n);
  return out;
}

void append_name(std::string& out, std::string_view n) {
  out += '/';
  for (char ch : n) {
    auto c = static_cast<unsigned char>(ch);
    bool regular = c > 0x20 && c < 0x7F && c != '#' && c != '/' && c != '(' && c != ')' && c != '<' &&
                   c != '>' && c != '[' && c != ']' && c != '{' && c != '}' && c != '%';
    if (regular) {
      out += ch;
    } else {
      out += '#';
      append_hex_byte(out, c);
    }
  }
}

std::string literal_string(std::string_view bytes) {
  std::string out = "(";
  for (char c : bytes) {
    if (c == '(' || c == ')' || c == '\\') out += '\\';
    if (c == '\r') {
      out += "\\r";
      continue;
    }
    out += c;
  }
  out += ')';
  return out;
}

std::string hex_string(std::string_view bytes) {
  std::string out = "<";
  for (char c : bytes) append_hex_byte(out, static_cast<unsigned char>(c));
  out += '>';
  return out;
}

std::string utf16be_hex(std::string_view utf8) {
  std::string out;
  auto unit = [&](uint16_t u) {
    append_hex_byte(out, static_cast<unsigned char>(u >> 8));
    append_hex_byte(out, static_cast<unsigned char>(u & 0xFF));
  };
  for (size_t i = 0; i < utf8.size();) {
    char32_t cp = next_code_point(utf8, i);
    if (cp >= 0x10000) {
      cp -= 0x10000;
      unit(static_cast<uint16_t>(0xD800 + (cp >> 10)));
      unit(static_cast<uint16_t>(0xDC00 + (cp & 0x3FF)));
    } else {
      unit(static_cast<uint16_t>(cp));
    }
  }
  return out;
}

std::string text_string(std::string_view utf8) {
  bool ascii = true;
  for (char c : utf8) {
    auto u = static_cast<unsigned char>(c);
    if (u < 0x20 || u >= 0x7F) ascii = false;
  }
  if (ascii) return literal_string(utf8);
  return "<FEFF" + utf16be_hex(utf8) + ">";
}

}  // namespace vanthu::pdf
