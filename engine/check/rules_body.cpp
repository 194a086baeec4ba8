// PL1 Mục II khoản 6 điểm e: the body in lower case, justified, upright,
// 13–14 pt, first lines indented 1 cm or 1,27 cm, at least 6 pt between
// paragraphs, line spacing from single to 1,5 lines. The content ends with
// "./." in every model of Phụ lục III.
#include <cctype>
#include <cmath>
#include <map>

#include "check/rules.h"
#include "check/text_util.h"

namespace vanthu::check {

namespace {

constexpr int kMaxPerCheck = 10;  // per document, then one summary line

bool is_heading(const Paragraph& p, const RunFacts& f, const std::string& text) {
  return p.props.align == Align::Center && (f.all_bold || txt::is_upper(text));
}

class Limited {
 public:
  explicit Limited(Context& c) : c_(c) {}
  void error(const char* rule, const char* check, const Paragraph* p, std::string message, std::string fix) {
    if (++count_[check] <= kMaxPerCheck) c_.error(rule, check, p, std::move(message), std::move(fix));
  }
  void warning(const char* rule, const char* check, const Paragraph* p, std::string message, std::string fix) {
    c_.warning(rule, check, p, std::move(message), std::move(fix));
  }
  ~Limited() {
    for (const auto& [check, n] : count_)
      if (n > kMaxPerCheck)
        c_.add(Severity::Error, "PL1.II.6.e", check, nullptr,
               std::to_string(n - kMaxPerCheck) + " more body paragraphs fail the same check (not listed one by one)", "");
  }

 private:
  Context& c_;
  std::map<std::string, int> count_;
};

bool is_attachment_note(const std::string& t) {
  for (const char* prefix : {"Gửi kèm", "Kèm theo", "Đính kèm", "Tài liệu kèm", "(Kèm theo", "(Gửi kèm", "(Đính kèm",
                             "(Có ", "File đính kèm", "Tệp đính kèm"})
    if (txt::starts_with_ci(t, prefix)) return true;
  return false;
}

bool near(int v, int target, int tolerance) { return std::abs(v - target) <= tolerance; }
int twips_of_mm(double mm) { return static_cast<int>(std::lround(mm / 25.4 * 1440)); }

// Where the first letter of the first line stands, in twips from the
// margin: the indents, then the leading spaces and tabs people type instead
// of a first-line indent (a tab goes to the next custom stop, else to the
// next default stop every 720 twips, Word's default).
int first_letter_at(const Context& c, const Paragraph& p) {
  double pos = p.props.ind_left + p.props.first_line;
  // The leading white space, each character with its run.
  std::vector<std::pair<char, const RunProps*>> lead;
  bool text = false;
  for (const TextRun& r : p.runs)
    for (char ch : r.text) {
      text = text || (ch != ' ' && ch != '\t');
      if (!text) lead.emplace_back(ch, &r.props);
    }
  for (size_t i = 0; i < lead.size(); ++i) {
    const auto [ch, props] = lead[i];
    // One stray space before the text, at the start or right after a tab, is a
    // slip of the keyboard, not an indent: LibreOffice and Word draw it (about
    // 1,2 mm at 14 pt), but it is not how the indent was set.
    const bool last = i + 1 == lead.size();
    if (ch == ' ' && last && (i == 0 || lead[i - 1].first == '\t')) continue;
    if (ch == ' ') {
      const double w = c.width_pt(" ", *props);
      pos += w > 0 ? w * 20 : props->size * 2.5;  // a space is about a quarter em
    } else {
      int next = -1;
      for (int t : p.props.tabs)
        if (t > pos + 1) {
          next = t;
          break;
        }
      if (next < 0) next = (static_cast<int>(pos) / 720 + 1) * 720;
      pos = next;
    }
  }
  return static_cast<int>(pos + 0.5);
}

}  // namespace

void check_body(Context& c, const Segment& s) {
  {
    Limited out(c);
    const Paragraph* previous = nullptr;
    bool previous_heading = false;
    for (const Located& l : s.body) {
      const Paragraph& p = *l.p;
      const std::string text = txt::content(p);
      if (p.in_text_box) continue;  // a note or label placed on the page, not running text
      if (txt::is_blank(p)) {
        previous = &p;
        continue;
      }
      const RunFacts f = run_facts(p);
      const bool heading = is_heading(p, f, text);
      // A note beside a table ("Đơn vị tính: …", right-aligned) is not running text.
      const bool note = p.props.align == Align::Right;
      const vn::nd30::PartRule& body = vn::nd30::rule(DecreePart::Body);
      if (f.any && (f.min_size < body.min || f.max_size > body.max))
        out.error("PL1.II.6.e", "body.size", &p,
                  "body text is set in " + pt_text(f.min_size < body.min ? f.min_size : f.max_size) +
                      "; the decree sets 13–14 pt",
                  "set the body text to 14 pt (or 13 pt)");
      // A short numbered line in italic ("1.1. Đập đầu mối") is a sub-heading below the điểm,
      // whose style the decree does not set; a quotation in italic is usual: both debatable.
      const bool subheading = text.size() < 120 && (std::isdigit(static_cast<unsigned char>(text[0])) || f.all_bold);
      const bool quotation = txt::starts_with(text, "\"") || txt::starts_with(text, "\u201c");
      if (!heading && !note && f.any && f.all_italic && !txt::starts_with(text, "(") && (subheading || quotation))
        out.warning("PL1.II.6.e", "body.upright", &p,
                    std::string("the whole paragraph is italic; debatable: it reads as ") +
                        (quotation ? "a quotation" : "a sub-heading, whose style the decree does not set"),
                    "set it upright unless it is a heading or a quotation");
      else if (!heading && !note && f.any && f.all_italic && !txt::starts_with(text, "("))
        out.error("PL1.II.6.e", "body.upright", &p, "the whole paragraph is italic; body text is upright",
                  "remove the italic (keep it for emphasis only)");
      if (!heading && !note && p.props.align != Align::Center) {
        const int start = first_letter_at(c, p);
        // The lines after a soft line break start at the left indent (not a new paragraph).
        // ± 0,5 mm: what Word's ruler gives when dragged to the mark (695 twips is common).
        const vn::nd30::Table& decree = vn::nd30::table();
        if (p.line == 0 && !near(start, twips_of_mm(decree.first_line_mm), 28) &&
            !near(start, twips_of_mm(decree.first_line_alt_mm), 28))
          out.error("PL1.II.6.e", "body.indent", &p,
                    "the first line starts " + mm_of_pt(start / 20.0) +
                        " from the margin; the decree indents it 1 cm or 1,27 cm",
                    "set a first-line indent of 1 cm (w:ind w:firstLine=\"567\") or 1,27 cm (720), no left indent");
        const double width = c.text_width_pt(p);
        if (width > 0 && width > line_box_pt(l) && p.props.align != Align::Justify)
          out.error("PL1.II.6.e", "body.align", &p,
                    "the paragraph runs over several lines but is not justified",
                    "justify it on both margins (w:jc w:val=\"both\")");
      }
      const int size = f.any ? f.max_size : p.mark.size;
      if (p.props.line_rule == LineRule::Auto) {
        if (p.props.line < 238 || p.props.line > 362)
          out.error("PL1.II.6.e", "body.line-spacing", &p,
                    "the line spacing is " + std::to_string(p.props.line / 240.0).substr(0, 4) +
                        " lines; the decree allows single to 1,5 lines",
                    "set the line spacing between 1 and 1,5 lines (w:line 240–360, lineRule auto)");
      } else {
        const double single = size / 2.0 * 1.15;
        const double pitch = p.props.line / 20.0;
        if ((p.props.line_rule == LineRule::Exact && pitch < single * 0.97) || pitch > single * 1.53)
          out.error("PL1.II.6.e", "body.line-spacing", &p,
                    "the line pitch is " + std::to_string(static_cast<int>(pitch)) + " pt for " + pt_text(size) +
                        " text; the decree allows single (" + std::to_string(static_cast<int>(single + 0.5)) +
                        " pt) to 1,5 lines",
                    "set the line spacing between 1 and 1,5 lines");
      }
      // "Phần I" and its title, "Chương II" and its: one heading in two lines.
      const bool heading_pair = heading && previous_heading;
      previous_heading = heading;
      if (previous != nullptr && previous->number + 1 == p.number && !heading_pair) {
        int gap = previous->props.after + p.props.before;
        if (p.props.contextual_spacing && previous->props.style_id == p.props.style_id) gap = 0;
        if (gap < static_cast<int>(vn::nd30::table().paragraph_gap_pt * 20) - 2)  // twips, 0,1 pt of rounding
          out.error("PL1.II.6.e", "body.spacing", &p,
                    "there are " + std::to_string(gap / 20) + " pt between this paragraph and the one before; the "
                                                              "decree asks at least 6 pt",
                    "set 6 pt before each paragraph (w:spacing w:before=\"120\")");
      }
      previous = &p;
    }
  }
  // The content ends with "./." (every model of Phụ lục III).
  if (s.body.empty()) return;
  // A note of what is attached may follow the "./." ("Gửi kèm: …", "(Có danh sách kèm theo)").
  size_t end = s.body.size();
  while (end > 1 && is_attachment_note(txt::content(*s.body[end - 1].p)) &&
         !txt::ends_with(txt::content(*s.body[end - 1].p), "./."))
    --end;
  const Located& last = s.body[end - 1];
  const std::string text = txt::content(*last.p);
  if (!txt::ends_with(text, "./."))
    c.error("PL3.II", "body.ending", last.p,
            "the content does not end with \"./.\" (it ends \"" + txt::tail(text, 12) + "\")",
            "end the last paragraph of the content with \"./.\"");
}

}  // namespace vanthu::check
