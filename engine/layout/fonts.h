// The fonts the layout engine and the PDF writer use: Liberation Serif (the
// metric twin of Times New Roman) loaded through a private fontconfig
// configuration, and one Pango font map + context set up the way Word
// measures text (pdf-stack.md §3: 72 dpi, no glyph-position rounding, no
// hinted metrics, no kerning).
//
// Thread safety: a FontSystem is NOT thread-safe (Pango's fontconfig font
// map and its caches are unsynchronised). Create one per worker thread and
// use it, and every layout made from it, from that thread only. Creating one
// costs a few milliseconds (font files are parsed once, then cached).
#pragma once

#include <memory>
#include <string>

#include "model/document.h"

typedef struct _PangoFontMap PangoFontMap;
typedef struct _PangoContext PangoContext;
typedef struct _PangoFontDescription PangoFontDescription;
typedef struct _PangoFont PangoFont;
typedef struct _FcConfig FcConfig;

namespace vanthu::layout {

class ParagraphCache;
class LineFonts;

// Word's "single" line pitch for Times New Roman / Liberation Serif:
// (ascender 1825 + descender 443 + line gap 87) / 2048 units per em.
inline constexpr double kSingleLineEm = 2355.0 / 2048.0;
// The part of that pitch above the baseline (line gap + ascender): Word and
// LibreOffice put the font's external leading above the text.
inline constexpr double kAscentEm = (1825.0 + 87.0) / 2048.0;
inline constexpr double kDescentEm = 443.0 / 2048.0;

class FontSystem {
 public:
  // Loads the four Liberation Serif faces from `font_dir` (default: the
  // folder configured at build time, Debian's fonts-liberation2). Throws
  // std::runtime_error naming the missing file when a face cannot be loaded.
  static std::shared_ptr<FontSystem> create(const std::string& font_dir = "");

  ~FontSystem();
  FontSystem(const FontSystem&) = delete;
  FontSystem& operator=(const FontSystem&) = delete;

  // The family every run is set in. The DOCX names "Times New Roman"; the
  // private configuration only holds Liberation Serif and aliases the name.
  static constexpr const char* kFamily = "Liberation Serif";

  PangoContext* context() const { return context_; }
  PangoFontMap* font_map() const { return font_map_; }
  const std::string& font_dir() const { return font_dir_; }

  // A font description for `style` (size in points, Pango units inside).
  // The caller owns the result (pango_font_description_free).
  PangoFontDescription* describe(const model::RunStyle& style) const;

  // Whether Liberation Serif (regular face) has a glyph for `code_point`.
  // There is no fallback font: text without a glyph cannot go into the PDF.
  bool has_glyph(char32_t code_point) const;

  // The lines of the paragraphs laid out with these fonts so far
  // (layout/paragraph_cache.h); like the fonts, for this thread only.
  ParagraphCache& paragraph_cache() const;
  // The fonts of the line breaker (layout/line_fonts.h), per run style.
  LineFonts& line_fonts() const;

 private:
  FontSystem() = default;
  FcConfig* config_ = nullptr;
  PangoFontMap* font_map_ = nullptr;
  PangoContext* context_ = nullptr;
  mutable PangoFont* regular_ = nullptr;  // loaded on first has_glyph()
  std::string font_dir_;
  mutable std::unique_ptr<ParagraphCache> paragraph_cache_;
  mutable std::unique_ptr<LineFonts> line_fonts_;
};

}  // namespace vanthu::layout
