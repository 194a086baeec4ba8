#include "api/chart_png.h"

#include <cairo.h>

#include <cmath>
#include <stdexcept>

#include "pdf/picture_painter.h"

namespace vanthu::api {

namespace {

cairo_status_t append(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

void fill(std::vector<model::Block>& blocks, const layout::FontSystem& fonts) {
  for (auto& b : blocks) {
    if (auto* img = std::get_if<model::Image>(&b.value)) {
      if (img->drawing && img->png.empty()) img->png = drawing_png(*img->drawing, fonts);
    } else if (auto* t = std::get_if<model::Table>(&b.value)) {
      for (auto& row : t->rows)
        for (auto& cell : row.cells) fill(cell.blocks, fonts);
    }
  }
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
  pdf::paint_drawing(cr, drawing, 0, 0, w, h, fonts);
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
