// The *italic* / **bold** shorthand for text that comes from data (the seed
// plan writes “*An toàn giao thông cho trẻ em*”). A star that does not open a
// matching pair stays a literal star; "\*" is always a literal star.
#include "template/markup.h"

namespace vanthu::tmpl {

namespace {

void push(sem::Text& out, std::string_view text, const sem::Span& style) {
  if (text.empty()) return;
  if (!out.empty() && !out.back().line_break && out.back().bold == style.bold &&
      out.back().italic == style.italic && out.back().underline == style.underline) {
    out.back().text += text;
    return;
  }
  sem::Span s = style;
  s.text = text;
  s.line_break = false;
  out.push_back(std::move(s));
}

// Position of the closing delimiter `delim` for an opening at `from`, or npos.
size_t find_close(std::string_view t, size_t from, std::string_view delim) {
  for (size_t i = from; i + delim.size() <= t.size(); ++i) {
    if (t[i] == '\\') { ++i; continue; }
    if (t.compare(i, delim.size(), delim) == 0) {
      // "**" must not be mistaken for a single "*" closing and vice versa.
      if (delim == "*" && i + 1 < t.size() && t[i + 1] == '*') { ++i; continue; }
      return i;
    }
  }
  return std::string_view::npos;
}

void parse(std::string_view t, const sem::Span& style, sem::Text& out) {
  std::string buf;
  size_t i = 0;
  while (i < t.size()) {
    const char c = t[i];
    if (c == '\\' && i + 1 < t.size() && t[i + 1] == '*') {
      buf += '*';
      i += 2;
      continue;
    }
    if (c == '*') {
      const bool dbl = i + 1 < t.size() && t[i + 1] == '*';
      const std::string_view delim = dbl ? "**" : "*";
      const size_t open_end = i + delim.size();
      const size_t close = find_close(t, open_end, delim);
      if (close != std::string_view::npos && close > open_end) {
        push(out, buf, style);
        buf.clear();
        sem::Span inner = style;
        (dbl ? inner.bold : inner.italic) = true;
        parse(t.substr(open_end, close - open_end), inner, out);
        i = close + delim.size();
        continue;
      }
      buf += t.substr(i, delim.size());
      i += delim.size();
      continue;
    }
    buf += c;
    ++i;
  }
  push(out, buf, style);
}

}  // namespace

sem::Text parse_inline_shorthand(std::string_view text, const sem::Span& base) {
  sem::Text out;
  // Without a star there is nothing to parse: the text is one span, as
  // parse() would copy it character by character (most table cells).
  if (text.find('*') == std::string_view::npos) push(out, text, base);
  else parse(text, base, out);
  return out;
}


}  // namespace vanthu::tmpl

namespace vanthu::sem {
std::string plain(const Text& t) {
  std::string s;
  for (const auto& span : t) s += span.line_break ? std::string("\n") : span.text;
  return s;
}
}  // namespace vanthu::sem
