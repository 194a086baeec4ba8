#include "pdf/picture_painter.h"

#include <pango/pangocairo.h>

#include <cmath>
#include <stdexcept>

#include "layout/paragraph_shaper.h"

namespace vanthu::pdf {
namespace {

struct PngReader {
  const std::string* data;
  size_t offset = 0;
};

cairo_status_t read_png(void* closure, unsigned char* out, unsigned int length) {
  auto* r = static_cast<PngReader*>(closure);
  if (r->offset + length > r->data->size()) return CAIRO_STATUS_READ_ERROR;
  r->data->copy(reinterpret_cast<char*>(out), length, r->offset);
  r->offset += length;
  return CAIRO_STATUS_SUCCESS;
}

void paint_text(cairo_t* cr, const model::Drawing::Shape& s, const layout::FontSystem& fonts) {
  model::Paragraph p;
  p.props.align = model::Align::Left;
  p.props.mark.size_half_pt = static_cast<int>(std::lround(s.font_size * 2));
  p.props.mark.bold = s.bold;
  p.runs.push_back(model::Run{model::RunKind::Text, s.text, p.props.mark});
  layout::ShapedParagraph shaped = layout::shape_paragraph(fonts, p, 0);
  if (shaped.lines.empty()) return;
  double w = shaped.lines[0].width;
  double x = s.x;
  if (s.text_align == model::Align::Center) x -= w / 2;
  else if (s.text_align == model::Align::Right) x -= w;
  // Labels are filled outlines, not text: the DOCX carries the same picture
  // as a PNG, so in both outputs the words of a chart are part of the
  // picture (its alternative text carries them), and text extraction and
  // the fidelity comparison see the same lines.
  cairo_move_to(cr, x, s.y);
  pango_cairo_layout_line_path(cr, pango_layout_get_line_readonly(shaped.layout.get(), 0));
  cairo_fill(cr);
}

}  // namespace

void paint_drawing(cairo_t* cr, const model::Drawing& drawing, double x, double y, double width, double height,
                   const layout::FontSystem& fonts) {
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

void paint_png(cairo_t* cr, const std::string& png, double x, double y, double width, double height) {
  PngReader reader{&png};
  cairo_surface_t* image = cairo_image_surface_create_from_png_stream(read_png, &reader);
  if (cairo_surface_status(image) != CAIRO_STATUS_SUCCESS) {
    std::string why = cairo_status_to_string(cairo_surface_status(image));
    cairo_surface_destroy(image);
    throw std::runtime_error("cannot read the PNG picture: " + why);
  }
  int iw = cairo_image_surface_get_width(image), ih = cairo_image_surface_get_height(image);
  cairo_save(cr);
  cairo_translate(cr, x, y);
  if (iw > 0 && ih > 0) cairo_scale(cr, width / iw, height / ih);
  cairo_set_source_surface(cr, image, 0, 0);
  // A filled rectangle, not cairo_paint: inside a structure tag cairo 1.16
  // fails the whole document on a paint (unbounded extents) as its first
  // operation ("invalid tag name, attributes, or nesting").
  cairo_rectangle(cr, 0, 0, iw, ih);
  cairo_fill(cr);
  cairo_restore(cr);
  cairo_surface_destroy(image);
}

}  // namespace vanthu::pdf
