// Internal to the layout engine: the line rules of LibreOffice's Writer
// (our referee for what Word shows) that Pango does not have.
#pragma once

#include "layout/paragraph_text.h"

typedef struct _PangoLayout PangoLayout;

namespace vanthu::layout {

// Writer keeps 1/12 of an italic portion's height free at the end of a
// line (its "italic correction", sw/source/core/text/guess.cxx), counted in
// whole twips of the font's line height.
double italic_correction_pt(const model::RunStyle& style);

// The last byte of visible content in [start, end) (white space and line
// separators excluded), or -1.
int last_content_byte(const std::string& text, int start, int end);

// When line `index` ends in italic text that runs into the italic
// correction, returns the offset (into the text without forced breaks)
// before which the line must break instead: the last break opportunity at
// which the line fits. -1 when the line is fine or cannot break earlier.
int italic_break(PangoLayout* layout, const ParagraphText& text, const model::RunStyle& mark, int index,
                 double avail_pt);

// Justifies line `index`: widens its spaces after the last tab equally so
// that its content ends at `avail_pt` from the line start (Word and Writer
// stretch spaces only). Changes the glyph widths of the laid-out line.
void justify_line(PangoLayout* layout, const ParagraphText& text, int index, double avail_pt);

}  // namespace vanthu::layout
