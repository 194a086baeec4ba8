#include "pdf/drawing_painter.h"

#include <hb.h>
#include <pango/pango.h>

#include <cmath>

#include "layout/drawing_label.h"
#include "pdf/pdf_syntax.h"

namespace vanthu::pdf {
namespace {

void point(std::string& out, float x, float y) {
  append_number(out, x, 2);
  out += ' ';
  append_number(out, y, 2);
}

// HarfBuzz outline callbacks writing path operators in font units.
void move_to(hb_draw_funcs_t*, void* d, hb_draw_state_t*, float x, float y, void*) {
  auto& out = *static_cast<std::string*>(d);
  point(out, x, y);
  out += " m\n";
}
void line_to(hb_draw_funcs_t*, void* d, hb_draw_state_t*, float x, float y, void*) {
  auto& out = *static_cast<std::string*>(d);
  point(out, x, y);
  out += " l\n";
}
// TrueType outlines are quadratic; PDF paths are cubic (the control points
// are 2/3 of the way to the quadratic one).
void quadratic_to(hb_draw_funcs_t*, void* d, hb_draw_state_t* st, float cx, float cy, float x, float y, void*) {
  auto& out = *static_cast<std::string*>(d);
  point(out, st->current_x + 2.0f / 3.0f * (cx - st->current_x), st->current_y + 2.0f / 3.0f * (cy - st->current_y));
  out += ' ';
  point(out, x + 2.0f / 3.0f * (cx - x), y + 2.0f / 3.0f * (cy - y));
  out += ' ';
  point(out, x, y);
  out += " c\n";
}
void cubic_to(hb_draw_funcs_t*, void* d, hb_draw_state_t*, float c1x, float c1y, float c2x, float c2y, float x,
              float y, void*) {
  auto& out = *static_cast<std::string*>(d);
  point(out, c1x, c1y);
  out += ' ';
  point(out, c2x, c2y);
  out += ' ';
  point(out, x, y);
  out += " c\n";
}
void close_path(hb_draw_funcs_t*, void* d, hb_draw_state_t*, void*) { *static_cast<std::string*>(d) += "h\n"; }

hb_draw_funcs_t* outline_funcs() {
  // Made once and immutable, so any thread may use it.
  static hb_draw_funcs_t* funcs = [] {
    hb_draw_funcs_t* f = hb_draw_funcs_create();
    hb_draw_funcs_set_move_to_func(f, move_to, nullptr, nullptr);
    hb_draw_funcs_set_line_to_func(f, line_to, nullptr, nullptr);
    hb_draw_funcs_set_quadratic_to_func(f, quadratic_to, nullptr, nullptr);
    hb_draw_funcs_set_cubic_to_func(f, cubic_to, nullptr, nullptr);
    hb_draw_funcs_set_close_path_func(f, close_path, nullptr, nullptr);
    hb_draw_funcs_make_immutable(f);
    return f;
  }();
  return funcs;
}

void color(std::string& ops, const model::Drawing::Color& c, std::string_view op) {
  append_operator(ops, {c.r, c.g, c.b}, op);
}

// Coordinates inside the drawing are y-down, like the layout's.
void paint_label(PageContent& page, const model::Drawing::Shape& s, const layout::FontSystem& fonts) {
  layout::ShapedLabel label = layout::shape_label(fonts, s);
  if (label.shaped.lines.empty()) return;
  double x = label.x;
  std::string& ops = page.ops();
  color(ops, s.color, " rg\n");
  PangoLayoutLine* line = pango_layout_get_line_readonly(label.shaped.layout.get(), 0);
  for (GSList* l = line->runs; l; l = l->next) {
    auto* run = static_cast<PangoGlyphItem*>(l->data);
    const FontEmbedder::Use font = page.fonts().use(run->item->analysis.font);
    hb_font_t* outline = page.fonts().outline_font(font.face);
    const double scale = font.size / page.fonts().units_per_em(font.face);
    for (int i = 0; i < run->glyphs->num_glyphs; ++i) {
      const PangoGlyphInfo& g = run->glyphs->glyphs[i];
      if (g.glyph != PANGO_GLYPH_EMPTY && !(g.glyph & PANGO_GLYPH_UNKNOWN_FLAG)) {
        std::string path;
        hb_font_get_glyph_shape(outline, g.glyph, outline_funcs(), &path);
        if (!path.empty()) {
          // Font units are y-up: flip them into the drawing's y-down space.
          const double gx = x + g.geometry.x_offset / double(PANGO_SCALE);
          const double gy = s.y - (run->y_offset + g.geometry.y_offset) / double(PANGO_SCALE);
          ops += "q ";
          append_operator(ops, {scale, 0, 0, -scale}, " ", 6);
          append_operator(ops, {gx, gy}, " cm\n");
          ops += path + "f Q\n";
        }
      }
      x += g.geometry.width / double(PANGO_SCALE);
    }
  }
}

}  // namespace

void paint_drawing(PageContent& page, const model::Drawing& drawing, double x, double top, double width,
                   double height, const layout::FontSystem& fonts) {
  std::string& ops = page.ops();
  // Into the box, y-down: the PDF origin is the page's bottom-left corner.
  ops += "q ";
  append_operator(ops, {1, 0, 0, -1, x, page.page_height() - top}, " cm\n");
  if (drawing.width_pt > 0 && drawing.height_pt > 0)
    append_operator(ops, {width / drawing.width_pt, 0, 0, height / drawing.height_pt, 0, 0}, " cm\n", 6);
  using Kind = model::Drawing::Shape::Kind;
  for (const model::Drawing::Shape& s : drawing.shapes) {
    switch (s.kind) {
      case Kind::Line:
        color(ops, s.color, " RG ");
        append_operator(ops, {s.line_width}, " w ");
        append_operator(ops, {s.x, s.y}, " m ");
        append_operator(ops, {s.x + s.w, s.y + s.h}, " l S\n");
        break;
      case Kind::Rect:
        color(ops, s.color, " RG ");
        append_operator(ops, {s.line_width}, " w ");
        append_operator(ops, {s.x, s.y, s.w, s.h}, " re S\n");
        break;
      case Kind::FilledRect:
        color(ops, s.color, " rg ");
        append_operator(ops, {s.x, s.y, s.w, s.h}, " re f\n");
        break;
      case Kind::Text:
        paint_label(page, s, fonts);
        break;
    }
  }
  ops += "Q\n";
}

}  // namespace vanthu::pdf
