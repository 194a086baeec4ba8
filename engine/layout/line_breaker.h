// A paragraph's lines without a PangoLayout (issue 17). Pango's layout
// itemises, shapes, computes break attributes, and shapes again what is left
// of a run after each line break; for a table of a thousand rows that was
// 44 % of a PDF's time. The breaker shapes each run once with Pango's own
// shaper (pango_shape_item, so the glyphs are Pango's), fills lines by a
// copy of Pango 1.50's rules (pango-layout.c: process_line, process_item,
// zero_line_final_space), cuts each line's glyphs from the shaped runs and
// keeps only them (glyph_line.h). Break attributes are computed only when a
// break has to be looked for (a paragraph of one style that fits on one
// line needs none).
//
// It takes the text vanthu's documents are made of: Latin and Vietnamese
// letters, combining marks, digits, ASCII and general punctuation, manual
// line breaks, in a font that has every glyph. Anything else (a tab, a
// symbol, a character the font lacks, an empty box width) returns nothing,
// and the caller lays the paragraph out with Pango (paragraph_shaper.h).
// Its lines are Pango's, glyph for glyph: tests/layout/line_breaker_test.cpp
// compares the two on generated paragraphs and on every example.
#pragma once

#include <optional>

#include "layout/fonts.h"
#include "layout/paragraph_cache.h"
#include "model/document.h"

namespace vanthu::layout {

// The lines of `paragraph` in a box `box_width` pt wide, as shape_lines
// (paragraph_boxes.cpp) makes them from Pango's layout; nothing when the
// paragraph is not one the breaker takes.
std::optional<CachedParagraph> break_paragraph(const FontSystem& fonts, const model::Paragraph& paragraph,
                                               double box_width, int page_number);

// The same lines from Pango's layout (paragraph_boxes.cpp).
CachedParagraph pango_paragraph_lines(const FontSystem& fonts, const model::Paragraph& paragraph, double box_width,
                                      int page_number);

// VANTHU_PANGO_LINES=1 sends every paragraph through Pango's layout (for
// the tests and benchmarks that compare the two).
bool line_breaker_enabled();

}  // namespace vanthu::layout
