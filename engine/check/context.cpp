#include <algorithm>
#include <cmath>
#include <cstdio>

#include <strings.h>

#include "check/font_metrics.h"
#include "check/rules.h"
#include "check/text_util.h"

namespace vanthu::check {

void Context::add(Severity severity, std::string rule, std::string check, const Paragraph* p, std::string message,
                  std::string fix, std::string part) {
  Finding f;
  f.rule = std::move(rule);
  f.check = std::move(check);
  f.severity = severity;
  f.part = p != nullptr ? std::move(part) : std::string();
  f.paragraph = p != nullptr ? p->number : 0;
  if (p != nullptr) f.excerpt = txt::excerpt(txt::content(*p));
  f.message = std::move(message);
  f.fix = std::move(fix);
  out_.push_back(std::move(f));
}

void Context::mark_inferred(size_t from, const std::string& why) {
  for (size_t i = from; i < out_.size(); ++i)
    if (out_[i].confidence == Confidence::Certain) {
      out_[i].confidence = Confidence::Inferred;
      out_[i].why_inferred = why;
    }
}

void Context::excerpt_from(const Paragraph& p) {
  if (!out_.empty() && out_.back().excerpt.empty()) out_.back().excerpt = txt::excerpt(txt::content(p));
}

double Context::width_pt(const std::string& text, const RunProps& r, bool trailing_spaces) const {
  if (measurer == nullptr) return -1;
  model::RunStyle s;
  s.bold = r.bold;
  s.italic = r.italic;
  s.superscript = r.valign == VertAlign::Superscript;
  s.size_half_pt = r.size;
  std::string t = r.caps ? txt::upper(text) : text;
  for (char& ch : t)
    if (ch == '\t' || ch == '\n') ch = ' ';
  // A family other than Times New Roman: its own metrics (or fontconfig's
  // substitute for it), as LibreOffice draws it.
  bool other = false;
  for (unsigned char ch : t) other = other || ch >= 0x80;
  const std::string& family = other ? r.font_hansi : r.font_ascii;
  if (!family.empty() && strcasecmp(family.c_str(), "Times New Roman") != 0) {
    std::string_view v(t);
    if (!trailing_spaces)
      while (!v.empty() && v.back() == ' ') v.remove_suffix(1);
    const double size = r.size / 2.0 * (s.superscript ? 0.58 : 1.0);
    if (auto fw = font_width_pt(family, r.bold, r.italic, size, v)) {
      double w = *fw;
      if (r.char_spacing != 0) {
        size_t chars = 0;
        for (unsigned char ch : v) chars += (ch & 0xC0) != 0x80;
        w += static_cast<double>(chars) * r.char_spacing / 20.0;
      }
      return std::max(0.0, w);
    }
  }
  double w = measurer->width(t, s).pt();
  // The measurer leaves out trailing spaces (as at the end of a line); inside
  // a line they take their width (a space between two runs of other styles).
  if (trailing_spaces) {
    size_t n = 0;
    while (n < t.size() && t[t.size() - 1 - n] == ' ') ++n;
    if (n > 0) w += static_cast<double>(n) * (measurer->width(" x", s).pt() - measurer->width("x", s).pt());
  }
  // Condensed or expanded character spacing (w:spacing) is added after every character.
  if (r.char_spacing != 0) {
    size_t chars = 0;
    for (unsigned char ch : t) chars += (ch & 0xC0) != 0x80;
    w += static_cast<double>(chars) * r.char_spacing / 20.0;
  }
  return std::max(0.0, w);
}

double Context::text_width_pt(const Paragraph& p) const {
  if (measurer == nullptr) return -1;
  // Runs of the same style are measured together so that spaces between
  // them count as Word counts them.
  double total = 0;
  std::string pending;
  const RunProps* style = nullptr;
  auto flush = [&](bool last) {
    if (style != nullptr && !pending.empty()) total += width_pt(pending, *style, !last);
    pending.clear();
  };
  for (const TextRun& r : p.runs) {
    if (r.props.vanish || txt::is_marker_run(r) || txt::is_underscore_run(r)) continue;
    if (style == nullptr || style->bold != r.props.bold || style->italic != r.props.italic ||
        style->size != r.props.size || style->valign != r.props.valign || style->caps != r.props.caps ||
        style->char_spacing != r.props.char_spacing) {
      flush(false);
      style = &r.props;
    }
    pending += r.text;
  }
  flush(true);
  return total;
}

double Context::text_width_pt_libreoffice(const Paragraph& p) const {
  double total = text_width_pt(p);
  if (total < 0) return total;
  const RunProps* style = nullptr;
  for (const TextRun& r : p.runs) {
    if (r.props.vanish || txt::is_marker_run(r) || txt::is_underscore_run(r) || r.text.empty()) continue;
    if (style == nullptr || style->bold != r.props.bold || style->italic != r.props.italic ||
        style->size != r.props.size || style->valign != r.props.valign || style->caps != r.props.caps ||
        style->char_spacing != r.props.char_spacing) {
      if (style != nullptr) total -= style->char_spacing / 20.0;  // the group's last character
      style = &r.props;
    }
  }
  if (style != nullptr) total -= style->char_spacing / 20.0;
  return total;
}

double Context::rule_length_pt(const RuleMark& m) const {
  if (m.kind != RuleMark::Kind::Underscores) return m.length_pt;
  if (measurer == nullptr || !m.where) return -1;
  double total = 0;
  for (const TextRun& r : m.where.p->runs) {
    std::string u;
    for (char ch : r.text)
      if (ch == '_') u += ch;
    if (!u.empty()) total += width_pt(u, r.props);
  }
  return total;
}

RunFacts run_facts(const Paragraph& p) {
  RunFacts f;
  for (const TextRun& r : p.runs) {
    if (!txt::is_content_run(r)) continue;
    f.any = true;
    f.all_bold = f.all_bold && r.props.bold;
    f.any_bold = f.any_bold || r.props.bold;
    f.all_italic = f.all_italic && r.props.italic;
    f.any_italic = f.any_italic || r.props.italic;
    f.min_size = std::min(f.min_size, r.props.size);
    f.max_size = std::max(f.max_size, r.props.size);
    f.caps = f.caps || r.props.caps;
  }
  if (!f.any) {
    f.all_bold = f.all_italic = false;
    f.min_size = f.max_size = p.mark.size;
  }
  return f;
}

std::string pt_text(int half_points) {
  std::string s = std::to_string(half_points / 2);
  if (half_points % 2) s += ",5";
  return s + " pt";
}

void expect_size(Context& c, const char* rule, const char* check, const Paragraph& p, const RunFacts& f, int lo,
                 int hi, const std::string& what) {
  if (!f.any) return;
  if (f.min_size >= 2 * lo && f.max_size <= 2 * hi) return;
  const int bad = f.min_size < 2 * lo ? f.min_size : f.max_size;
  const std::string range = lo == hi ? std::to_string(lo) + " pt" : std::to_string(lo) + "–" + std::to_string(hi) + " pt";
  c.error(rule, check, &p, what + " is set in " + pt_text(bad) + "; the decree sets " + range,
          "set the size to " + (lo == hi ? range : std::to_string(hi) + " pt (or " + std::to_string(lo) + " pt)"));
}

void expect_size(Context& c, const char* rule, const char* check, const Paragraph& p, const RunFacts& f,
                 DecreePart part, const std::string& what) {
  expect_size(c, rule, check, p, f, vn::nd30::min_pt(part), vn::nd30::max_pt(part), what);
}

bool wants_bold(DecreePart part) { return vn::nd30::rule(part).weight == vn::nd30::Weight::Bold; }
bool wants_regular(DecreePart part) { return vn::nd30::rule(part).weight == vn::nd30::Weight::Regular; }
bool wants_italic(DecreePart part) { return vn::nd30::rule(part).slant == vn::nd30::Slant::Italic; }
bool wants_upright(DecreePart part) { return vn::nd30::rule(part).slant == vn::nd30::Slant::Upright; }

void expect_style(Context& c, const char* rule, const char* check, const Paragraph& p, const RunFacts& f,
                  DecreePart part, const std::string& what) {
  if (wants_bold(part) && !f.all_bold) c.error(rule, check, &p, what + " is not bold", "make " + what + " bold");
  if (wants_regular(part) && f.any_bold)
    c.error(rule, check, &p, what + " is bold; the decree sets it regular", "remove the bold");
  if (wants_italic(part) && !f.all_italic)
    c.error(rule, check, &p, what + " is not (wholly) italic", "set " + what + " italic");
  if (wants_upright(part) && f.any_italic)
    c.error(rule, check, &p, what + " is italic; the decree sets it upright", "remove the italic");
}

}  // namespace vanthu::check

namespace vanthu::check {

double line_box_pt(const Located& l) {
  const ParaProps& p = l.p->props;
  return (l.box - p.ind_left - p.ind_right - std::max(0, p.first_line)) / 20.0;
}

double line_width_pt(const Context& c, const Located& l) {
  if (c.measurer == nullptr) return -1;
  const double box = line_box_pt(l);
  // The paragraph's lines as forced by line breaks, each in the style of its
  // first content run, then wrapped at spaces the way Word fills lines.
  std::vector<std::pair<std::string, const RunProps*>> lines(1, {std::string(), nullptr});
  for (const TextRun& r : l.p->runs) {
    if (r.props.vanish || txt::is_marker_run(r) || txt::is_underscore_run(r)) continue;
    for (char ch : r.text) {
      if (ch == '\n') {
        lines.push_back({std::string(), nullptr});
        continue;
      }
      if (lines.back().second == nullptr && ch != ' ' && ch != '\t') lines.back().second = &r.props;
      if (lines.back().second == nullptr) continue;  // leading spaces: the rule is under the letters
      lines.back().first += ch == '\t' ? ' ' : ch;
    }
  }
  double longest = 0;
  for (auto& [text, style] : lines) {
    if (style == nullptr) continue;
    while (!text.empty() && text.back() == ' ') text.pop_back();
    const double w = c.width_pt(text, *style);
    if (w <= box) {
      longest = std::max(longest, w);
      continue;
    }
    std::string line;
    size_t pos = 0;
    while (pos < text.size()) {
      size_t end = text.find(' ', pos);
      if (end == std::string::npos) end = text.size();
      const std::string word = text.substr(pos, end - pos);
      pos = end + 1;
      if (word.empty()) continue;
      const std::string candidate = line.empty() ? word : line + " " + word;
      if (line.empty() || c.width_pt(candidate, *style) <= box) {
        line = candidate;
      } else {
        longest = std::max(longest, std::min(box, c.width_pt(line, *style)));
        line = word;
      }
    }
    if (!line.empty()) longest = std::max(longest, std::min(box, c.width_pt(line, *style)));
  }
  return longest;
}

std::string mm_of_pt(double pt) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f mm", pt * 25.4 / 72.0);
  std::string s = buf;
  for (char& ch : s)
    if (ch == '.') ch = ',';
  return s;
}

void expect_rule(Context& c, const char* rule, const char* check, const Located& text, const RuleMark& m,
                 double line_width, double lo, double hi, const std::string& what, const std::string& wanted) {
  if (!m.found()) {
    c.error(rule, check, text.p, "there is no horizontal rule under " + what,
            "draw a solid line " + wanted + ", centred under it (a paragraph border, a line shape or underscores)");
    return;
  }
  const size_t first_finding = c.findings_count();
  struct MarkFloating {
    Context& c;
    size_t from;
    bool floating;
    ~MarkFloating() {
      if (floating) c.mark_inferred(from, "the rule is a floating shape anchored in another paragraph, placed by its offset");
    }
  } mark_floating{c, first_finding, m.floating};
  const double length = c.rule_length_pt(m);
  // Underscores are measured at LibreOffice's 58 % superscript size; Word
  // draws them about 12 % longer, so they get that much slack.
  if (m.kind == RuleMark::Kind::Underscores) {
    lo *= 0.88;
    hi *= 1.12;
  }
  if (length > 0 && line_width > 0) {
    const double ratio = length / line_width;
    if (ratio < lo || ratio > hi) {
      char r[16];
      std::snprintf(r, sizeof r, "%.3f", ratio);
      std::string rs = r;
      for (char& ch : rs)
        if (ch == '.') ch = ',';
      c.error(rule, check, m.where.p,
              "the rule under " + what + " is " + mm_of_pt(length) + " long, " + rs + " times the " +
                  mm_of_pt(line_width) + " text line; the decree wants it " + wanted,
              "make the rule " + mm_of_pt(line_width * (lo + hi) / 2) + " long");
      c.excerpt_from(*text.p);
    }
  }
  if (m.kind == RuleMark::Kind::Border && std::abs(m.offset_pt) > 2.9)
    c.error(rule, check, m.where.p,
            "the rule under " + what + " is not centred (left and right indents differ by " +
                mm_of_pt(std::abs(m.offset_pt)) + ")",
            "give the rule's paragraph equal left and right indents");
  if (m.kind == RuleMark::Kind::Border && std::abs(m.offset_pt) > 2.9) c.excerpt_from(*text.p);
}

}  // namespace vanthu::check
