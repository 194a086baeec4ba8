// Escaping of interpolated values, and its inverse for lambda sections.
#include <charconv>

#include "core/unicode.h"
#include "template/mustache_detail.h"

namespace vanthu::tmpl {

namespace {

void append_utf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

bool is_xml_char(char32_t c) {
  return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) ||
         (c >= 0x10000 && c <= 0x10FFFF);
}

// Decodes the reference starting at s[0] == '&'; returns its length, or 0 when
// it is not one this function knows (the text is then kept as is).
std::size_t decode_reference(std::string_view s, std::string& out) {
  const auto semi = s.find(';');
  if (semi == std::string_view::npos || semi > 12) return 0;
  const auto body = s.substr(1, semi - 1);
  static constexpr std::pair<std::string_view, char> kNamed[] = {
      {"amp", '&'}, {"lt", '<'}, {"gt", '>'}, {"quot", '"'}, {"apos", '\''}};
  for (const auto& [entity, c] : kNamed) {
    if (body == entity) {
      out += c;
      return semi + 1;
    }
  }
  if (body.size() < 2 || body[0] != '#') return 0;
  const bool hex = body[1] == 'x';
  const auto digits = body.substr(hex ? 2 : 1);
  if (digits.empty()) return 0;
  std::uint32_t code = 0;
  const auto r = std::from_chars(digits.data(), digits.data() + digits.size(), code, hex ? 16 : 10);
  if (r.ec != std::errc() || r.ptr != digits.data() + digits.size() || !is_xml_char(code)) return 0;
  append_utf8(out, code);
  return semi + 1;
}

}  // namespace

namespace detail {

std::string escape_markup(const std::string& s) {
  std::string out;
  out.reserve(s.size() + s.size() / 8);
  // Runs of plain characters are appended in one piece.
  size_t plain = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    const char* entity = nullptr;
    switch (s[i]) {
      case '&': entity = "&amp;"; break;
      case '<': entity = "&lt;"; break;
      case '>': entity = "&gt;"; break;
      case '"': entity = "&quot;"; break;
      case '\'': entity = "&apos;"; break;
      default: continue;
    }
    out.append(s, plain, i - plain);
    out += entity;
    plain = i + 1;
  }
  out.append(s, plain, std::string::npos);
  return out;
}

}  // namespace detail

std::string xml_escape(std::string_view s) { return detail::escape_markup(text::strip_xml_forbidden(s)); }

std::string xml_unescape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '&') {
      if (const auto n = decode_reference(s.substr(i), out)) {
        i += n - 1;
        continue;
      }
    }
    out += s[i];
  }
  return out;
}

}  // namespace vanthu::tmpl
