#include "layout/break_rules.h"

#include "layout/paragraph_text.h"

namespace vanthu::layout {
namespace {

using BT = GUnicodeBreakType;

// pango/break.c: LineBreakType, for its tailoring of rule LB25.
enum class Numeric { Other, Numeric, NumericClose };

// The line-breaking classes the breaker's text has (UAX #14).
constexpr BT AL = G_UNICODE_BREAK_ALPHABETIC, NU = G_UNICODE_BREAK_NUMERIC, SP = G_UNICODE_BREAK_SPACE,
             CM = G_UNICODE_BREAK_COMBINING_MARK, BK = G_UNICODE_BREAK_MANDATORY,
             OP = G_UNICODE_BREAK_OPEN_PUNCTUATION, CL = G_UNICODE_BREAK_CLOSE_PUNCTUATION,
             CP = G_UNICODE_BREAK_CLOSE_PARANTHESIS, IS = G_UNICODE_BREAK_INFIX_SEPARATOR,
             SY = G_UNICODE_BREAK_SYMBOL, PR = G_UNICODE_BREAK_PREFIX, PO = G_UNICODE_BREAK_POSTFIX,
             HY = G_UNICODE_BREAK_HYPHEN, BA = G_UNICODE_BREAK_AFTER, BB = G_UNICODE_BREAK_BEFORE,
             B2 = G_UNICODE_BREAK_BEFORE_AND_AFTER, NS = G_UNICODE_BREAK_NON_STARTER,
             IN = G_UNICODE_BREAK_INSEPARABLE, QU = G_UNICODE_BREAK_QUOTATION, EX = G_UNICODE_BREAK_EXCLAMATION,
             GL = G_UNICODE_BREAK_NON_BREAKING_GLUE, ZWJ = G_UNICODE_BREAK_ZERO_WIDTH_JOINER,
             UNKNOWN = G_UNICODE_BREAK_UNKNOWN;

template <BT... Set>
bool in(BT t) {
  return ((t == Set) || ...);
}

BT lookup_break_type(gunichar c) {
  BT t = g_unichar_break_type(c);
  // BREAK_TYPE_SAFE, then rule LB1 (our text has no SA, CJ or surrogates).
  if (t > G_UNICODE_BREAK_ZERO_WIDTH_JOINER) t = G_UNICODE_BREAK_UNKNOWN;
  if (t == G_UNICODE_BREAK_AMBIGUOUS || t == G_UNICODE_BREAK_SURROGATE || t == G_UNICODE_BREAK_UNKNOWN)
    t = G_UNICODE_BREAK_ALPHABETIC;
  return t;
}

// What the rules ask of a character, looked up once: GLib's tables are
// behind a few calls per character, and a long list has millions of them.
struct CharClass {
  BT type;
  bool control, extend, white;
};

CharClass classify(gunichar c) {
  const GUnicodeType t = g_unichar_type(c);
  return {lookup_break_type(c),
          t == G_UNICODE_CONTROL || t == G_UNICODE_LINE_SEPARATOR || t == G_UNICODE_PARAGRAPH_SEPARATOR,
          t == G_UNICODE_NON_SPACING_MARK || t == G_UNICODE_ENCLOSING_MARK,
          t == G_UNICODE_SPACE_SEPARATOR || t == G_UNICODE_LINE_SEPARATOR || t == G_UNICODE_PARAGRAPH_SEPARATOR ||
              c == '\t' || c == '\n' || c == '\r' || c == '\f'};
}

// Latin, Vietnamese and general punctuation, and the paragraph separator
// assumed past the end.
constexpr gunichar kTableSize = 0x2030;

CharClass char_class(gunichar c) {
  static const std::vector<CharClass> table = [] {
    std::vector<CharClass> t;
    t.reserve(kTableSize);
    for (gunichar k = 0; k < kTableSize; ++k) t.push_back(classify(k));
    return t;
  }();
  return c < kTableSize ? table[c] : classify(c);
}

}  // namespace

void break_attributes(const std::vector<gunichar>& chars, std::vector<PangoLogAttr>& attrs) {
  const size_t n = chars.size();
  attrs.assign(n + 1, PangoLogAttr{});
  // Past the end Pango assumes a paragraph separator.
  auto char_at = [&](size_t i) { return i < n ? chars[i] : gunichar{0x2029}; };

  BT prev = UNKNOWN, prev_prev = UNKNOWN;
  bool prev_control = false;
  Numeric prev_numeric = Numeric::Other;
  CharClass next_class = char_class(char_at(0));
  for (size_t i = 0; i <= n; ++i) {
    const CharClass cls = next_class;
    const BT bt = cls.type;
    if (i + 1 <= n) next_class = char_class(char_at(i + 1));
    const BT next = i + 1 <= n ? next_class.type : UNKNOWN;
    PangoLogAttr& a = attrs[i];
    a.is_white = cls.white;
    // UAX #29 grapheme boundaries, for these characters: always, but before
    // a mark that does not follow a control character. (The start of the
    // text is made one after the line rules have run: GB1.)
    a.is_cursor_position = prev_control || cls.control || !cls.extend;

    if (a.is_cursor_position || bt == CM || bt == ZWJ) {
      BT row = prev == SP ? prev_prev : prev;
      Numeric numeric = bt == NU ? Numeric::Numeric : Numeric::Other;
      if (bt == CL || bt == CP) numeric = prev_numeric == Numeric::Numeric ? Numeric::NumericClose : Numeric::Other;
      bool line_break = true;  // LB31
      a.is_char_break = a.is_cursor_position;
      if (row == UNKNOWN) row = AL;
      enum { Handled, Prohibited, Allowed } op = Handled;
      // The pairs nearly all positions are, decided by the one rule that
      // applies to them whatever else the chain below holds: inside a word
      // (LB28), before a space (LB7), at a word after a space (LB18, unless
      // the space follows an opening bracket: LB14).
      if (prev != BK && bt == SP) {
        op = Prohibited;
      } else if (prev == AL && bt == AL) {
        op = Prohibited;
      } else if (prev == SP && bt == AL) {
        op = row == OP ? Prohibited : Allowed;
      } else {
        // The rules from the lowest priority up, as pango_default_break adds them.
        if (in<AL, NU>(prev) && bt == OP) op = Prohibited;  // LB30 (no East Asian wide here)
        if (prev == CP && in<AL, NU>(bt)) op = Prohibited;
        if (prev == IS && bt == AL) op = Prohibited;  // LB29
        if (prev == AL && bt == AL) op = Prohibited;  // LB28
        if (in<PR, PO>(prev) && bt == NU) op = Prohibited;  // LB25, tailored
        if (in<PR, PO>(prev) && in<OP, HY>(bt) && next == NU) op = Prohibited;
        if (in<OP, HY>(prev) && bt == NU) op = Prohibited;
        if (prev == NU && in<NU, SY, IS>(bt)) op = Prohibited;
        if (prev_numeric == Numeric::Numeric && in<NU, SY, IS, CL, CP>(bt)) op = Prohibited;
        if (prev_numeric != Numeric::Other && in<PO, PR>(bt)) op = Prohibited;
        if (in<PR, PO>(prev) && bt == AL) op = Prohibited;  // LB24
        if (prev == AL && in<PR, PO>(bt)) op = Prohibited;
        if (prev == AL && bt == NU) op = Prohibited;  // LB23
        if (prev == NU && bt == AL) op = Prohibited;
        if (bt == IN) op = Prohibited;  // LB22
        if (in<BA, HY, NS>(bt) || prev == BB) op = Prohibited;  // LB21
        if (prev == QU || bt == QU) op = Prohibited;  // LB19
        if (prev == SP) op = Allowed;  // LB18
        if (row == B2 && bt == B2) op = Prohibited;  // LB17
        if (in<CL, CP>(row) && bt == NS) op = Prohibited;  // LB16
        if (row == QU && bt == OP) op = Prohibited;  // LB15
        if (row == OP) op = Prohibited;  // LB14
        if (bt == EX) op = Prohibited;  // LB13, tailored
        if (prev != NU && in<CL, CP, IS, SY>(bt)) op = Prohibited;
        if (prev == GL) op = Prohibited;  // LB12
        if (bt == GL && !in<SP, BA, HY>(prev)) op = Prohibited;  // LB12a
        if (in<CM, ZWJ>(bt) && !in<BK, SP>(prev)) op = Prohibited;  // LB9
        if (bt == SP) op = Prohibited;  // LB7
        if (bt == BK) op = Prohibited;  // LB6
        if (prev == BK) {  // LB4
          a.is_mandatory_break = true;
          op = Allowed;
        }
      }
      if (op == Prohibited) line_break = false;
      else if (op == Allowed) line_break = true;
      a.is_line_break = line_break;
      if (!in<CM, ZWJ>(bt)) {
        if (in<NU, SY, IS>(bt)) {
          if (prev_numeric != Numeric::Numeric) prev_numeric = numeric;
        } else {
          prev_numeric = numeric;
        }
      }
    }

    if (bt != SP) {
      if (in<CM, ZWJ>(bt)) {
        if (i == 0 || in<BK, SP>(prev)) prev = AL;  // LB10
      } else {
        prev_prev = prev;
        prev = bt;
      }
    } else if (prev != SP) {
      prev_prev = prev;
      prev = bt;
    }
    prev_control = cls.control;
  }
  attrs[0].is_cursor_position = true;  // GB1
  attrs[n].is_cursor_position = true;  // GB2
  attrs[0].is_line_break = false;  // LB2
  attrs[n].is_line_break = true;   // LB3
  attrs[n].is_mandatory_break = true;

  // pango_attr_break with make_layout's allow_breaks(FALSE) over a '/' and
  // the character after it: no break (of either kind) between them.
  for (size_t i = 1; i + 1 < n; ++i) {
    if (!keeps_slash(chars[i - 1], chars[i], chars[i + 1])) continue;
    // Pango clears every position inside the attribute's range, which
    // reaches the end of the text when the '/' is last but one.
    const size_t end = i + 2 >= n ? n + 1 : i + 2;
    for (size_t pos = i + 1; pos < end; ++pos) {
      attrs[pos].is_char_break = false;
      if (!attrs[pos].is_mandatory_break) attrs[pos].is_line_break = false;
    }
  }
}

}  // namespace vanthu::layout
