// Internal to the layout engine: the break attributes Pango 1.50 gives the
// text the line breaker takes (line_breaker.h), without pango_default_break,
// which also finds word and sentence boundaries and cost 6 % of a long
// list's PDF. A port of the line-breaking part of pango/break.c
// (pango_default_break, UAX #14 with Pango's tailoring of LB25) for the
// classes that text has, plus pango_attr_break's handling of the "x/y" that
// make_layout keeps whole. tests/layout/break_rules_test.cpp compares it with
// Pango on random strings of those characters.
#pragma once

#include <glib.h>
#include <pango/pango.h>

#include <vector>

namespace vanthu::layout {

// `attrs` gets chars.size() + 1 entries: is_line_break, is_mandatory_break,
// is_char_break, is_cursor_position and is_white as Pango sets them (the
// other fields zero). A break is not allowed between '/' and the character
// after it when neither neighbour of the '/' is a space.
void break_attributes(const std::vector<gunichar>& chars, std::vector<PangoLogAttr>& attrs);

}  // namespace vanthu::layout
