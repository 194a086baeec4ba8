// Internal to the layout engine: the fonts the line breaker (line_breaker.h)
// shapes with, one per run style, found the way Pango's itemiser finds them
// (the fontset of the style's description, its first font) and kept with
// what the breaker asks of them. One per FontSystem, so per thread.
#pragma once

#include <hb.h>

#include <cstdint>
#include <map>
#include <tuple>
#include <vector>

#include "model/document.h"

typedef struct _PangoFont PangoFont;

namespace vanthu::layout {

class FontSystem;

struct LineFont {
  PangoFont* font = nullptr;  // owned by the fontset's cache; a reference kept here
  hb_font_t* hb_font = nullptr;  // the font's own (pango_font_get_hb_font)
  // What pango_shape_item asks HarfBuzz for: the font's features, then the
  // layout's "kern=0" (Word does not kern).
  std::vector<hb_feature_t> features;
  // Pango's "safe distance" when it looks for a break: three approximate
  // character widths (pango-layout.c, process_item), in Pango units.
  int safe_distance = 0;
  bool has_char(uint32_t c) const;  // the font, not a fallback, has a glyph

 private:
  friend class LineFonts;
  mutable std::vector<int8_t> coverage_;  // 0 unknown, 1 yes, -1 no; below kCoverageLimit
};

class LineFonts {
 public:
  explicit LineFonts(const FontSystem& fonts) : fonts_(fonts) {}
  ~LineFonts();
  LineFonts(const LineFonts&) = delete;
  LineFonts& operator=(const LineFonts&) = delete;

  // The font of a run in `style`; null when Pango finds none.
  const LineFont* get(const model::RunStyle& style);
  // A HarfBuzz buffer to shape with, emptied.
  hb_buffer_t* buffer();

 private:
  const FontSystem& fonts_;
  // bold, italic, superscript, size: what the font description holds.
  std::map<std::tuple<bool, bool, bool, int>, LineFont> by_style_;  // its nodes do not move
  std::tuple<bool, bool, bool, int> last_key_{};
  const LineFont* last_ = nullptr;
  hb_buffer_t* buffer_ = nullptr;
};

}  // namespace vanthu::layout
