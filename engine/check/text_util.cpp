#include "check/text_util.h"

#include "core/unicode.h"

namespace vanthu::check::txt {

namespace {

bool only(std::string_view s, std::string_view allowed, bool need_one_of_first = true) {
  bool any = false;
  for (char c : s) {
    if (allowed.find(c) == std::string_view::npos) return false;
    if (c == allowed[0]) any = true;
  }
  return any || !need_one_of_first;
}

}  // namespace

bool is_marker_run(const TextRun& r) {
  if (r.props.valign != VertAlign::Superscript) return false;
  bool any = false;
  for (char c : r.text) {
    if ((c >= '0' && c <= '9') || c == '*') any = true;
    else if (c != ' ' && c != '(' && c != ')') return false;
  }
  return any;
}

bool is_underscore_run(const TextRun& r) { return only(r.text, "_ \t"); }

bool is_content_run(const TextRun& r) {
  if (r.props.vanish || is_marker_run(r) || is_underscore_run(r)) return false;
  for (char c : r.text)
    if (c != ' ' && c != '\t' && c != '\n') return true;
  return false;
}

std::string content(const Paragraph& p) {
  std::string s = p.list_label.empty() ? std::string() : p.list_label + " ";
  for (const TextRun& r : p.runs) {
    if (r.props.vanish || is_marker_run(r)) continue;
    if (is_underscore_run(r) && r.text.find('_') != std::string::npos) continue;
    std::string t = r.text;
    for (char& c : t)
      if (c == '\t' || c == '\n' || c == '\r') c = ' ';
    s += t;
  }
  // U+00A0 (no-break space) counts as a space.
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (static_cast<unsigned char>(s[i]) == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) {
      out += ' ';
      ++i;
    } else {
      out += s[i];
    }
  }
  return text::collapse_spaces(text::nfc(out));
}

bool is_underscore_line(const Paragraph& p) {
  bool any = false;
  for (const TextRun& r : p.runs) {
    if (r.props.vanish || is_marker_run(r)) continue;
    if (!is_underscore_run(r)) return false;
    if (r.text.find('_') != std::string::npos) any = true;
  }
  return any;
}

std::string underscore_text(const Paragraph& p) {
  std::string s;
  for (const TextRun& r : p.runs)
    for (char c : r.text)
      if (c == '_') s += c;
  return s;
}

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

std::string lower(std::string_view s) { return text::lower(s); }
std::string upper(std::string_view s) { return text::upper(s); }

bool starts_with_ci(std::string_view s, std::string_view prefix) {
  return starts_with(text::lower(s), text::lower(prefix));
}

bool is_upper(std::string_view s) {
  const std::string up = text::upper(s);
  const std::string low = text::lower(s);
  return up == s && low != up;
}

std::string ascii_dashes(std::string_view s) {
  std::string out(s);
  for (const char* d : {"\u2013", "\u2014", "\u2212", "\u2010", "\u2011"}) {
    const std::string dash(d);
    for (size_t pos = out.find(dash); pos != std::string::npos; pos = out.find(dash, pos + 1)) out.replace(pos, dash.size(), "-");
  }
  return out;
}

std::string fold(std::string_view s) {
  const std::string low = text::lower(text::nfc(s));
  std::string out;
  for (size_t i = 0; i < low.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(low[i]);
    if (c < 0x80) {
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out += static_cast<char>(c);
    } else {
      out += low[i];  // keep every byte of non-ASCII letters
    }
  }
  return out;
}

bool is_placeholder(std::string_view s) {
  if (s.find("\u2026") != std::string_view::npos || s.find("...") != std::string_view::npos) return true;
  // A mail-merge field shown as its name ("«Ngay_Thang_Nam_BC»"): filled in on merge.
  if (starts_with(s, "\u00ab") && ends_with(s, "\u00bb")) return true;
  const std::string f = fold(s);
  for (const char* p : {"tênloạivănbản", "têncơquan", "têncq", "họvàtên", "quyềnhạnchứcvụ", "chứcvụcủangườiký",
                        "thẩmquyềnbanhành"})
    if (f.find(p) != std::string::npos) return true;
  return false;
}

std::string excerpt(std::string_view s, size_t max) {
  std::string out;
  size_t count = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if ((c & 0xC0) != 0x80) {
      if (count == max) return out + "\u2026";
      ++count;
    }
    out += static_cast<char>(c);
  }
  return out;
}

}  // namespace vanthu::check::txt

namespace vanthu::check::txt {

std::string tail(std::string_view s, size_t n) {
  size_t pos = s.size();
  size_t count = 0;
  while (pos > 0 && count < n) {
    --pos;
    if ((static_cast<unsigned char>(s[pos]) & 0xC0) != 0x80) ++count;
  }
  return std::string(s.substr(pos));
}

}  // namespace vanthu::check::txt

namespace vanthu::check::txt {

bool is_blank(const Paragraph& p) {
  const std::string c = content(p);
  if (is_placeholder(c)) return true;
  bool letters = false;
  for (char ch : c)
    if (static_cast<unsigned char>(ch) >= 0x80 || (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') ||
        (ch >= '0' && ch <= '9'))
      letters = true;
  if (!letters) return true;
  bool tab = false;
  for (const TextRun& r : p.runs)
    if (r.text.find('\t') != std::string::npos) tab = true;
  return tab && (ends_with(c, " ;") || ends_with(c, " .") || ends_with(c, " ./."));
}

}  // namespace vanthu::check::txt
