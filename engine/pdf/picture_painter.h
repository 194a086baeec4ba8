// Pictures on a cairo context: model::Drawing vector shapes, or PNG bytes.
#pragma once

#include <cairo.h>

#include <string>

#include "layout/fonts.h"
#include "model/document.h"

namespace vanthu::pdf {

// Draws `drawing` scaled into the box (x, y, width, height), in points.
void paint_drawing(cairo_t* cr, const model::Drawing& drawing, double x, double y, double width, double height,
                   const layout::FontSystem& fonts);

// Draws the PNG scaled into the box. Throws std::runtime_error when the
// bytes are not a PNG cairo can read.
void paint_png(cairo_t* cr, const std::string& png, double x, double y, double width, double height);

}  // namespace vanthu::pdf
