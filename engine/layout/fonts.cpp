#include <mutex>
#include "layout/fonts.h"

#include <cairo.h>
#include <hb.h>
#include <fontconfig/fontconfig.h>
#include <pango/pangocairo.h>
#include <pango/pangofc-fontmap.h>

#include <stdexcept>

#include "layout/line_fonts.h"
#include "layout/paragraph_cache.h"

#ifndef VANTHU_FONT_DIR
#define VANTHU_FONT_DIR "/usr/share/fonts/truetype/liberation2"
#endif

namespace vanthu::layout {
namespace {

constexpr const char* kFaces[] = {
    "LiberationSerif-Regular.ttf",
    "LiberationSerif-Bold.ttf",
    "LiberationSerif-Italic.ttf",
    "LiberationSerif-BoldItalic.ttf",
};

// Only our own fonts exist in this configuration, so no installed family
// (Tinos, DejaVu…) can be substituted. The alias lets a run that names Times
// New Roman resolve to its metric twin. The cache directory is the user's
// XDG cache (fontconfig creates it when writable, and stays quiet).
constexpr const char* kConfigXml = R"(<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <cachedir prefix="xdg">fontconfig</cachedir>
  <alias binding="same">
    <family>Times New Roman</family>
    <prefer><family>Liberation Serif</family></prefer>
  </alias>
  <alias binding="same">
    <family>serif</family>
    <prefer><family>Liberation Serif</family></prefer>
  </alias>
</fontconfig>
)";

}  // namespace

// Batch workers create (and at the end destroy) their FontSystems at the
// same moment; fontconfig's configuration loading and Pango's font map
// set-up and teardown touch process-wide state (fontconfig's object tables,
// cairo's FreeType library), so both are serialised. Using a FontSystem
// needs no lock: each thread has its own.
static std::recursive_mutex& lifetime_mutex() {
  static std::recursive_mutex m;  // recursive: a failed create() destroys its half-made FontSystem under the lock
  return m;
}

std::shared_ptr<FontSystem> FontSystem::create(const std::string& font_dir) {
  std::lock_guard<std::recursive_mutex> lock(lifetime_mutex());
  std::shared_ptr<FontSystem> fs(new FontSystem());
  fs->font_dir_ = font_dir.empty() ? std::string(VANTHU_FONT_DIR) : font_dir;

  fs->config_ = FcConfigCreate();
  if (!fs->config_) throw std::runtime_error("fontconfig: cannot create a configuration");
  if (!FcConfigParseAndLoadFromMemory(fs->config_, reinterpret_cast<const FcChar8*>(kConfigXml), FcTrue))
    throw std::runtime_error("fontconfig: cannot parse the private configuration");
  for (const char* face : kFaces) {
    std::string path = fs->font_dir_ + "/" + face;
    if (!FcConfigAppFontAddFile(fs->config_, reinterpret_cast<const FcChar8*>(path.c_str())))
      throw std::runtime_error("font not found or unreadable: " + path +
                               " (install fonts-liberation2 or set the font directory)");
  }

  fs->font_map_ = pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT);
  if (!fs->font_map_) throw std::runtime_error("pango: cannot create a FreeType font map");
  pango_fc_font_map_set_config(PANGO_FC_FONT_MAP(fs->font_map_), fs->config_);
  // 1 Pango unit of size = 1 pt on a PDF surface (whose user unit is 1 pt).
  pango_cairo_font_map_set_resolution(PANGO_CAIRO_FONT_MAP(fs->font_map_), 72.0);

  fs->context_ = pango_font_map_create_context(fs->font_map_);
  pango_cairo_context_set_resolution(fs->context_, 72.0);
  // Word positions glyphs at fractional points; Pango's default rounding
  // to whole points changes half of the line breaks (pdf-stack.md §3.2).
  pango_context_set_round_glyph_positions(fs->context_, FALSE);
  cairo_font_options_t* options = cairo_font_options_create();
  cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY);
  pango_cairo_context_set_font_options(fs->context_, options);
  cairo_font_options_destroy(options);
  PangoLanguage* vi = pango_language_from_string("vi");
  pango_context_set_language(fs->context_, vi);
  pango_context_set_base_dir(fs->context_, PANGO_DIRECTION_LTR);
  return fs;
}

FontSystem::~FontSystem() {
  std::lock_guard<std::recursive_mutex> lock(lifetime_mutex());
  paragraph_cache_.reset();  // its lines hold references to the fonts
  line_fonts_.reset();
  if (regular_) g_object_unref(regular_);
  if (context_) g_object_unref(context_);
  if (font_map_) g_object_unref(font_map_);
  // pango_fc_font_map_set_config took its own reference.
  if (config_) FcConfigDestroy(config_);
}

PangoFontDescription* FontSystem::describe(const model::RunStyle& style) const {
  PangoFontDescription* d = pango_font_description_new();
  pango_font_description_set_family_static(d, kFamily);
  pango_font_description_set_weight(d, style.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_font_description_set_style(d, style.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL);
  // Half-points → Pango units (1/1024 pt), exact for every w:sz value.
  pango_font_description_set_size(d, style.size_half_pt * PANGO_SCALE / 2);
  return d;
}

ParagraphCache& FontSystem::paragraph_cache() const {
  if (!paragraph_cache_) paragraph_cache_ = std::make_unique<ParagraphCache>();
  return *paragraph_cache_;
}

LineFonts& FontSystem::line_fonts() const {
  if (!line_fonts_) line_fonts_ = std::make_unique<LineFonts>(*this);
  return *line_fonts_;
}

bool FontSystem::has_glyph(char32_t code_point) const {
  if (!regular_) {
    model::RunStyle style;
    PangoFontDescription* d = describe(style);
    regular_ = pango_font_map_load_font(font_map_, context_, d);
    pango_font_description_free(d);
    if (!regular_) return true;  // nothing to check against; the PDF writer still refuses
  }
  hb_codepoint_t glyph = 0;
  return hb_font_get_nominal_glyph(pango_font_get_hb_font(regular_), code_point, &glyph) && glyph != 0;
}

}  // namespace vanthu::layout
