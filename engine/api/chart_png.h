// PNG renderings of the vector pictures (charts) for the DOCX: every
// model::Image that has a Drawing and no PNG gets one, painted by the same
// code that draws the Drawing into the PDF (pdf::paint_drawing), so the two
// outputs show the same chart.
#pragma once

#include <string>

#include "layout/fonts.h"
#include "model/document.h"

namespace vanthu::api {

// The drawing as PNG bytes at `dpi`, on white. Deterministic (no timestamps).
std::string drawing_png(const model::Drawing& drawing, const layout::FontSystem& fonts, double dpi = 200);

// Fills Image::png for every image of `doc` (tables included) that has a
// drawing and no PNG yet.
void add_chart_pngs(model::Document& doc, const layout::FontSystem& fonts);

}  // namespace vanthu::api
