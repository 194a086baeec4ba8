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

}  // namespace vanthu::layout
