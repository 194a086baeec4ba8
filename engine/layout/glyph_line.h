// One laid-out text line in compact form: the glyphs Pango placed, with what
// the PDF writer needs to draw and tag them (font, size, rise, underline,
// each glyph's advance and offsets, and the characters of its cluster).
// Layout keeps these instead of the PangoLayout a line was cut from: a
// table cell's layout (items, attributes, log attributes, glyph strings) is
// about 8 KB, its line here a few hundred bytes, and a long list holds one
// per cell until the writer runs (issue 17).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

typedef struct _PangoFont PangoFont;
typedef struct _PangoLayoutLine PangoLayoutLine;
typedef struct _PangoGlyphString PangoGlyphString;

namespace vanthu::layout {

struct Glyph {
  uint32_t glyph = 0;  // Pango's glyph (PANGO_GLYPH_EMPTY and the unknown flag kept)
  int32_t width = 0;   // Pango units: advance
  int32_t x_offset = 0, y_offset = 0;
  // The characters this glyph was shaped from, in GlyphLine::text: the whole
  // cluster for its first glyph, nothing (length 0) for the others.
  uint32_t cluster_start = 0, cluster_length = 0;
};

struct GlyphRun {
  PangoFont* font = nullptr;  // a reference held by the line
  bool underline = false;
  int32_t y_offset = 0;  // Pango units: the run's rise (superscript)
  int32_t width = 0;     // Pango units: sum of the advances
  uint32_t first = 0, count = 0;  // the run's glyphs in GlyphLine::glyphs
  uint32_t text_start = 0, text_length = 0;  // the run's characters in GlyphLine::text
};

class GlyphLine {
 public:
  // The line `line` of a layout whose text is `layout_text`, as it is now
  // (after justification changed its glyph widths).
  GlyphLine(PangoLayoutLine* line, const char* layout_text);
  // An empty line of `text`, filled run by run with add_run (the line
  // breaker's own lines, layout/line_breaker.h), with room for `runs` runs
  // of `glyphs` glyphs in all.
  GlyphLine(std::string text, size_t runs, size_t glyphs);
  // Appends the run of `glyphs`, shaped from the characters
  // [text_start, text_start + text_length) of the line's text, in `font`
  // (referenced by the line), raised by `y_offset` Pango units.
  void add_run(PangoFont* font, bool underline, int32_t y_offset, const PangoGlyphString* glyphs, int text_start,
               int text_length, bool right_to_left);
  ~GlyphLine();
  GlyphLine(const GlyphLine&) = delete;
  GlyphLine& operator=(const GlyphLine&) = delete;

  const std::string& text() const { return text_; }  // the line's characters, as laid out
  const std::vector<GlyphRun>& runs() const { return runs_; }
  const Glyph& glyph(uint32_t i) const { return glyphs_[i]; }
  std::string_view text(const GlyphRun& run) const {
    return std::string_view(text_).substr(run.text_start, run.text_length);
  }
  std::string_view cluster(const Glyph& g) const {
    return std::string_view(text_).substr(g.cluster_start, g.cluster_length);
  }

 private:
  std::string text_;
  std::vector<GlyphRun> runs_;
  std::vector<Glyph> glyphs_;
};

}  // namespace vanthu::layout
