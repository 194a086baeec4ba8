// A model::Drawing (a chart's geometry, realise/chart.cpp) as PDF path
// operators: lines, rectangles, and labels drawn as filled glyph outlines,
// so the words of a chart are part of the picture (its alternative text
// carries them). The only chart painter: the DOCX holds a native chart part
// made from the chart's data instead of a picture.
#pragma once

#include "layout/fonts.h"
#include "model/document.h"
#include "pdf/page_content.h"

namespace vanthu::pdf {

// Draws `drawing` scaled into the box (x, top, width, height), in points
// from the page's top-left corner.
void paint_drawing(PageContent& page, const model::Drawing& drawing, double x, double top, double width,
                   double height, const layout::FontSystem& fonts);

}  // namespace vanthu::pdf
