#include "api/chart_png.h"

#include <cairo.h>
#include <pango/pangocairo.h>

#include <cmath>
#include <stdexcept>

#include "layout/drawing_label.h"
#include "model/walk.h"

namespace vanthu::api {

namespace {

// The chart for the DOCX, rasterised with cairo from the same shapes the
// PDF writer draws as vectors (pdf/drawing_painter.cpp).
void paint_text(cairo_t* cr, const model::Drawing::Shape& s, const layout::FontSystem& fonts) {
  layout::ShapedLabel label = layout::shape_label(fonts, s);
  if (label.shaped.lines.empty()) return;
  cairo_move_to(cr, label.x, s.y);
  pango_cairo_layout_line_path(cr, pango_layout_get_line_readonly(label.shaped.layout.get(), 0));
  cairo_fill(cr);
}

void paint_drawing_cairo(cairo_t* cr, const model::Drawing& drawing, double x, double y, double width,
                         double height, const layout::FontSystem& fonts) {
  cairo_save(cr);
  cairo_translate(cr, x, y);
  if (drawing.width_pt > 0 && drawing.height_pt > 0)
    cairo_scale(cr, width / drawing.width_pt, height / drawing.height_pt);
  for (const model::Drawing::Shape& s : drawing.shapes) {
    cairo_set_source_rgb(cr, s.color.r, s.color.g, s.color.b);
    switch (s.kind) {
      case model::Drawing::Shape::Kind::Line:
        cairo_set_line_width(cr, s.line_width);
        cairo_move_to(cr, s.x, s.y);
        cairo_line_to(cr, s.x + s.w, s.y + s.h);
        cairo_stroke(cr);
        break;
      case model::Drawing::Shape::Kind::Rect:
        cairo_set_line_width(cr, s.line_width);
        cairo_rectangle(cr, s.x, s.y, s.w, s.h);
        cairo_stroke(cr);
        break;
      case model::Drawing::Shape::Kind::FilledRect:
        cairo_rectangle(cr, s.x, s.y, s.w, s.h);
        cairo_fill(cr);
        break;
      case model::Drawing::Shape::Kind::Text:
        paint_text(cr, s, fonts);
        break;
    }
  }
  cairo_restore(cr);
}

cairo_status_t append(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

void fill(std::vector<model::Block>& blocks, const layout::FontSystem& fonts) {
  model::visit_all(blocks, model::Overloaded{
                               [&](model::Image& img) {
                                 if (img.drawing && img.png.empty()) img.png = drawing_png(*img.drawing, fonts);
                               },
                               [](auto&) {},
                           });
}

}  // namespace

std::string drawing_png(const model::Drawing& drawing, const layout::FontSystem& fonts, double dpi) {
  const double scale = dpi / 72.0;
  const int w = std::max(1, static_cast<int>(std::ceil(drawing.width_pt * scale)));
  const int h = std::max(1, static_cast<int>(std::ceil(drawing.height_pt * scale)));
  cairo_surface_t* surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, w, h);
  cairo_t* cr = cairo_create(surface);
  cairo_set_source_rgb(cr, 1, 1, 1);
  cairo_paint(cr);
  paint_drawing_cairo(cr, drawing, 0, 0, w, h, fonts);
  cairo_destroy(cr);
  std::string png;
  const cairo_status_t st = cairo_surface_write_to_png_stream(surface, append, &png);
  cairo_surface_destroy(surface);
  if (st != CAIRO_STATUS_SUCCESS) throw std::runtime_error(std::string("cannot write the chart PNG: ") + cairo_status_to_string(st));
  return png;
}

void add_chart_pngs(model::Document& doc, const layout::FontSystem& fonts) {
  for (auto& s : doc.sections) fill(s.blocks, fonts);
}

}  // namespace vanthu::api
