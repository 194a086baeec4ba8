// The rule families of `vanthu check`, one file each (rules_*.cpp), and the
// context they share: the document, the recognised parts, the measurer and
// the list the findings go to.
#pragma once

#include <string>
#include <vector>

#include "check/finding.h"
#include "check/recognise.h"
#include "check/wml.h"
#include "model/measure.h"
#include "vn/nd30_table.h"

namespace vanthu::check {

class Context {
 public:
  Context(const Document& doc, const std::vector<Segment>& segments, model::TextMeasurer* measurer,
          std::vector<Finding>& out)
      : doc(doc), segments(segments), measurer(measurer), out_(out) {}

  const Document& doc;
  const std::vector<Segment>& segments;
  model::TextMeasurer* measurer;  // may be null

  // A finding about paragraph `p` of word/document.xml (or of `part`).
  void add(Severity severity, std::string rule, std::string check, const Paragraph* p, std::string message,
           std::string fix, std::string part = "word/document.xml");
  // Shorthands.
  void error(std::string rule, std::string check, const Paragraph* p, std::string message, std::string fix) {
    add(Severity::Error, std::move(rule), std::move(check), p, std::move(message), std::move(fix));
  }
  void warning(std::string rule, std::string check, const Paragraph* p, std::string message, std::string fix) {
    add(Severity::Warning, std::move(rule), std::move(check), p, std::move(message), std::move(fix));
  }

  // Marks the findings added since `from` (an index: findings_count()) as
  // inferred, with the reason.
  size_t findings_count() const { return out_.size(); }
  void mark_inferred(size_t from, const std::string& why);

  // The last finding's excerpt is taken from `p` (a rule's finding sits on the
  // rule's empty paragraph; the excerpt shows the text line above it).
  void excerpt_from(const Paragraph& p);

  // Width of the paragraph's visible text set on one line, in points
  // (content runs only); negative when there is no measurer.
  double text_width_pt(const Paragraph& p) const;
  // The same as LibreOffice draws it: it leaves out the character spacing
  // after the last character of a run of one style (so a condensed one-space
  // run is not condensed at all), where Word applies it after every character.
  double text_width_pt_libreoffice(const Paragraph& p) const;
  // Width of `text` in the style of run `r` (superscript honoured).
  // Trailing spaces count only when `trailing_spaces` (text followed by more on the line).
  double width_pt(const std::string& text, const RunProps& r, bool trailing_spaces = false) const;
  // Length of a rule drawn with underscores, or the length recorded.
  double rule_length_pt(const RuleMark& m) const;

 private:
  std::vector<Finding>& out_;
};

// Style facts about the runs that carry a paragraph's letters.
struct RunFacts {
  bool any = false;
  bool all_bold = true, any_bold = false;
  bool all_italic = true, any_italic = false;
  int min_size = 1 << 30, max_size = 0;  // half-points
  bool caps = false;                     // shown upper case through w:caps
};
RunFacts run_facts(const Paragraph& p);

// "12 pt", "12,5 pt" for messages.
std::string pt_text(int half_points);
// "12–13 pt" sizes check: adds `check` when the size is outside [lo, hi] (points).
void expect_size(Context& c, const char* rule, const char* check, const Paragraph& p, const RunFacts& f, int lo,
                 int hi, const std::string& what);
// The same with the range the decree's table gives `part` (vn/nd30_table.h).
using DecreePart = vn::nd30::Part;
void expect_size(Context& c, const char* rule, const char* check, const Paragraph& p, const RunFacts& f,
                 DecreePart part, const std::string& what);

// Weight and slant as the decree's table gives `part`: adds `check` when a
// bold part is not wholly bold, a regular one has bold letters, an italic
// one is not wholly italic or an upright one has italic letters. `what` names
// the part in the messages ("the Quốc hiệu").
// The same requirements one at a time, for rules whose messages are their own.
bool wants_bold(DecreePart part);
bool wants_regular(DecreePart part);
bool wants_italic(DecreePart part);
bool wants_upright(DecreePart part);
void expect_style(Context& c, const char* rule, const char* check, const Paragraph& p, const RunFacts& f,
                  DecreePart part, const std::string& what);

void check_page(Context& c);           // PL1.I.1–3: A4, portrait, margins
void check_fonts(Context& c);          // PL1.I.4: Times New Roman, black, TCVN 6909 (NFC)
void check_page_numbers(Context& c);   // PL1.I.7
void check_national(Context& c, const Segment& s);    // PL1.II.1: Quốc hiệu, Tiêu ngữ
void check_organ(Context& c, const Segment& s);       // PL1.II.2
void check_number(Context& c, const Segment& s);      // PL1.II.3, PL3.I
void check_date(Context& c, const Segment& s);        // PL1.II.4
void check_title(Context& c, const Segment& s);       // PL1.II.5
void check_bases(Context& c, const Segment& s);       // PL1.II.6.a
void check_body(Context& c, const Segment& s);        // PL1.II.6.e, "./."
void check_signer(Context& c, const Segment& s);      // PL1.II.7
void check_recipients(Context& c, const Segment& s);  // PL1.II.9

}  // namespace vanthu::check

namespace vanthu::check {

// The width a text line of `l` can take: its box minus indents, in points.
double line_box_pt(const Located& l);
// The width of the line of text `l` shows (its longest line): the measured
// text width, at most the box. Negative without a measurer.
double line_width_pt(const Context& c, const Located& l);

// The rule under a text line: present, `lo`..`hi` times the line's width,
// centred under it (PL1 §II.1.b, §II.2.b, §II.5.b).
void expect_rule(Context& c, const char* rule, const char* check, const Located& text, const RuleMark& m,
                 double line_width, double lo, double hi, const std::string& what, const std::string& wanted);

// "80,1 mm".
std::string mm_of_pt(double pt);

}  // namespace vanthu::check
