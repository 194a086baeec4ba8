// Internal to the layout engine: the line rules of LibreOffice's Writer
// (our referee for what Word shows) that Pango does not have. They work on
// a line's shaped runs, whether Pango's layout or the line breaker
// (line_breaker.h) cut them.
#pragma once

#include <vector>

#include "layout/paragraph_text.h"

typedef struct _PangoLayoutLine PangoLayoutLine;
typedef struct _PangoGlyphString PangoGlyphString;
typedef struct _PangoAnalysis PangoAnalysis;
typedef struct _PangoLogAttr PangoLogAttr;

namespace vanthu::layout {

// One shaped run of a line, in visual order (left to right).
struct LineRun {
  int offset = 0;  // its characters in the paragraph text, in bytes
  int length = 0;
  PangoGlyphString* glyphs = nullptr;  // widened in place by justify_line
  const PangoAnalysis* analysis = nullptr;
};

// The runs of a line of a Pango layout.
std::vector<LineRun> line_runs(PangoLayoutLine* line);

// Writer keeps 1/12 of an italic portion's height free at the end of a
// line (its "italic correction", sw/source/core/text/guess.cxx), counted in
// whole twips of the font's line height.
double italic_correction_pt(const model::RunStyle& style);

// The last byte of visible content in [start, end) (white space and line
// separators excluded), or -1.
int last_content_byte(const std::string& text, int start, int end);

// x (pt) of the trailing edge of the character at `byte` (the last of its
// grapheme) from the start of the line of `runs`. Like
// pango_layout_line_index_to_x, but without its count of characters from
// the start of the paragraph, which made long paragraphs quadratic (issue 16).
double trailing_x(const std::vector<LineRun>& runs, const std::string& text, int byte);

// When the line [start, end) of `runs` ends in italic text that runs into
// the italic correction, returns the offset (into the text without forced
// breaks) before which the line must break instead: the last break
// opportunity at which the line fits. -1 when the line is fine or cannot
// break earlier. `attrs` are the paragraph's break attributes, one per
// character; `line_start_char` is the character offset of `start`.
int italic_break(const std::vector<LineRun>& runs, int start, int end, long line_start_char, const ParagraphText& text,
                 const model::RunStyle& mark, double avail_pt, const PangoLogAttr* attrs, int n_attrs);

// Justifies the line [start, end) of `runs`: widens its spaces after the
// last tab equally so that its content ends at `avail_pt` from the line
// start (Word and Writer stretch spaces only). Changes the glyph widths.
void justify_line(const std::vector<LineRun>& runs, const ParagraphText& text, int start, int end, double avail_pt);

}  // namespace vanthu::layout
