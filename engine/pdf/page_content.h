// The content stream of one page (ISO 32000-1 §8, §9.4): text lines drawn
// glyph by glyph where Pango put them, stroked lines, filled rectangles,
// and the marked-content sequences that tie content to the structure tree.
// Callers give positions in points from the page's top-left corner, as the
// layout engine does; the conversion to PDF's bottom-up space is done here.
#pragma once

#include <string>
#include <string_view>
#include <utility>

#include "layout/glyph_line.h"
#include "pdf/font_embedder.h"

typedef struct _PangoLayoutLine PangoLayoutLine;

namespace vanthu::pdf {

struct Rgb {
  double r = 0, g = 0, b = 0;
};

class PageContent {
 public:
  PageContent(double page_height, FontEmbedder& fonts) : height_(page_height), fonts_(fonts) {}
  // The same, writing into `buffer` (cleared): the room of an earlier
  // page's operators, so that a long document does not grow a new string
  // for every page.
  PageContent(double page_height, FontEmbedder& fonts, std::string buffer)
      : height_(page_height), fonts_(fonts), ops_(std::move(buffer)) {
    ops_.clear();
  }

  // One laid-out line; (x, baseline) is the line's origin.
  void text_line(const layout::GlyphLine& line, double x, double baseline);
  // The same from a line of a Pango layout (labels, signature appearances).
  void text_line(PangoLayoutLine* line, const char* layout_text, double x, double baseline);

  void stroke_line(double x1, double y1, double x2, double y2, double width, Rgb color = {});
  void fill_rect(double x, double top, double w, double h, Rgb color = {});

  // Marked content: a structure element's content (`tag`, MCID) or an
  // artifact (borders, rules, page numbers: not part of the text).
  void begin_tagged(std::string_view tag, int mcid);
  void begin_artifact();
  void end_marked();

  // Raw operators, for painters that set up their own coordinate system.
  std::string& ops() { return ops_; }
  double page_height() const { return height_; }
  FontEmbedder& fonts() { return fonts_; }

  std::string take() { return std::move(ops_); }

 private:
  void set_fill(Rgb c);
  void set_stroke(Rgb c);
  // Whether the text state written by this class still holds: nothing was
  // written since through ops() (whose q ... Q may have changed it).
  bool state_known() const { return ops_.size() == state_end_; }
  double height_;
  FontEmbedder& fonts_;
  std::string ops_;
  Rgb fill_{}, stroke_{};
  double line_width_ = 1.0;  // the PDF default
  size_t state_end_ = 0;     // where the last operator written by this class ends
  int tf_resource_ = -1;     // the font last set by Tf (resource number, size)
  double tf_size_ = 0;
};

}  // namespace vanthu::pdf
