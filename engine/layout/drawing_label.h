// A chart label (a model::Drawing text shape) shaped as one line, with the
// x where the line starts for the label's alignment. The PDF writer draws
// it as glyph outlines (pdf/drawing_painter.cpp).
#pragma once

#include "layout/paragraph_shaper.h"

namespace vanthu::layout {

struct ShapedLabel {
  ShapedParagraph shaped;  // no lines when the label is empty
  double x = 0;            // start of the line, in the drawing's units
};

ShapedLabel shape_label(const FontSystem& fonts, const model::Drawing::Shape& label);

}  // namespace vanthu::layout
