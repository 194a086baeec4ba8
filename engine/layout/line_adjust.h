// Internal to the layout engine: the line rules of LibreOffice's Writer
// (our referee for what Word shows) that Pango does not have.
#pragma once

#include "layout/paragraph_text.h"

typedef struct _PangoLayout PangoLayout;
typedef struct _PangoLayoutLine PangoLayoutLine;

namespace vanthu::layout {

// Writer keeps 1/12 of an italic portion's height free at the end of a
// line (its "italic correction", sw/source/core/text/guess.cxx), counted in
// whole twips of the font's line height.
double italic_correction_pt(const model::RunStyle& style);

// The last byte of visible content in [start, end) (white space and line
// separators excluded), or -1.
int last_content_byte(const std::string& text, int start, int end);

// x (pt) of the trailing edge of the character at `byte` (the last of its
// grapheme) from the start of `line`. Like pango_layout_line_index_to_x,
// but without its count of characters from the start of the paragraph,
// which made long paragraphs quadratic (issue 16).
double trailing_x(PangoLayoutLine* line, int byte);

// When `line` ends in italic text that runs into the italic correction,
// returns the offset (into the text without forced breaks) before which
// the line must break instead: the last break opportunity at which the line
// fits. -1 when the line is fine or cannot break earlier. `line_start_char`
// is the character offset of the line's first byte (Pango's log attributes
// are indexed by characters).
int italic_break(PangoLayout* layout, PangoLayoutLine* line, long line_start_char, const ParagraphText& text,
                 const model::RunStyle& mark, double avail_pt);

// Justifies `line`: widens its spaces after the last tab equally so that
// its content ends at `avail_pt` from the line start (Word and Writer
// stretch spaces only). Changes the glyph widths of the laid-out line.
void justify_line(PangoLayoutLine* line, const ParagraphText& text, double avail_pt);

}  // namespace vanthu::layout
