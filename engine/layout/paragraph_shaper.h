// One model::Paragraph → one PangoLayout broken into lines, with the line
// geometry Word would give them. This is the only place that turns runs into
// Pango text and attributes: the measurer, the layout and the PDF writer all
// go through it, so measured and drawn text cannot disagree.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "layout/fonts.h"
#include "model/document.h"

typedef struct _PangoLayout PangoLayout;
typedef struct _PangoFontDescription PangoFontDescription;

namespace vanthu::layout {

using LayoutHandle = std::shared_ptr<PangoLayout>;  // g_object_unref on release

struct ShapedLine {
  int start_byte = 0;   // into ShapedParagraph::text
  int length_bytes = 0;
  double x = 0;         // pt, start of the line from the paragraph box's left edge
  double width = 0;     // pt, to the end of the last visible character (justified: the measure)
  double height = 0;    // pt, the line pitch (line spacing applied)
  double baseline = 0;  // pt, from the top of the line box to the baseline
  std::string text;     // for dumps and tests: the line's characters, breaks removed
};

struct ShapedParagraph {
  LayoutHandle layout;
  double layout_x = 0;  // pt, where the Pango layout's origin sits in the paragraph box
  std::string text;     // what Pango laid out (line breaks as U+2028, fields substituted)
  std::vector<ShapedLine> lines;
  bool has_page_field = false;  // text depends on the page number
  double height() const;        // sum of the line pitches (no paragraph spacing)
};

// Lays out `paragraph` in a box `box_width_pt` wide (the text column or the
// cell's text area; indents are applied inside it). A width <= 0 means no
// wrapping (measurement of a single line). PAGE fields print `page_number`.
ShapedParagraph shape_paragraph(const FontSystem& fonts, const model::Paragraph& paragraph,
                                double box_width_pt, int page_number = 1);

// Word's line pitch and baseline position for a line whose single-spaced
// extent above / below the baseline is `ascent_pt` / `descent_pt`.
struct LineBox {
  double height = 0;
  double baseline = 0;
};
LineBox line_box(const model::LineSpacing& spacing, double ascent_pt, double descent_pt);

// --- Shared with the line breaker (line_breaker.h) ---------------------------

struct LineRun;
struct ParagraphText;

// The font description of a run in `style` (a superscript smaller); the
// caller frees it.
PangoFontDescription* run_font_description(const FontSystem& fonts, const model::RunStyle& style);
// How far a run in `style` is raised, in Pango units (0 unless superscript).
int run_rise(const model::RunStyle& style);

// Where a paragraph's lines go in its box: the indents and the width left.
struct LineFrame {
  double box_width = 0;     // <= 0: no wrapping
  double layout_x = 0;      // where the leftmost line starts
  double layout_width = 0;  // from layout_x to the right indent
  double first = 0;         // first-line indent (negative: hanging)
  LineFrame(const model::ParagraphProps& p, double box_width);
  double avail(int line) const;  // the width line `line` may fill
  double indent(int line) const;  // from layout_x
};

// Line `index` of a paragraph, the bytes [start, start + length) of `text`
// shaped as `runs` (visual order): its pitch and baseline from the runs'
// styles, its x from the alignment, justified in place unless it is the
// last line. Writer's italic correction applied.
ShapedLine finish_line(const ParagraphText& text, const model::ParagraphProps& p, const LineFrame& frame,
                       const std::vector<LineRun>& runs, int start, int length, int index, bool last_line);

}  // namespace vanthu::layout
