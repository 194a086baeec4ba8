#include "layout/line_fonts.h"

#include <pango/pango.h>

#include "layout/fonts.h"
#include "layout/paragraph_shaper.h"

namespace vanthu::layout {
namespace {

// Characters whose coverage is remembered (Latin, Vietnamese, punctuation).
constexpr uint32_t kCoverageLimit = 0x2100;

}  // namespace

bool LineFont::has_char(uint32_t c) const {
  if (c >= kCoverageLimit) return pango_font_has_char(font, c);
  if (coverage_.empty()) coverage_.assign(kCoverageLimit, 0);
  int8_t& known = coverage_[c];
  if (known == 0) known = pango_font_has_char(font, c) ? 1 : -1;
  return known > 0;
}

LineFonts::~LineFonts() {
  if (buffer_) hb_buffer_destroy(buffer_);
  for (auto& [style, f] : by_style_)
    if (f.font) g_object_unref(f.font);
}

const LineFont* LineFonts::get(const model::RunStyle& style) {
  auto key = std::make_tuple(style.bold, style.italic, style.superscript, style.size_half_pt);
  if (last_ && key == last_key_) return last_;  // a list's cells mostly share one style
  auto found = by_style_.find(key);
  if (found != by_style_.end()) {
    if (!found->second.font) return nullptr;
    last_key_ = key;
    return last_ = &found->second;
  }
  LineFont& f = by_style_[key];
  // As pango-itemize.c does: the context's description with the run's
  // merged in, the gravity resolved, the fontset for the context's
  // language, and its font for a letter.
  PangoContext* context = fonts_.context();
  PangoFontDescription* desc = pango_font_description_copy(pango_context_get_font_description(context));
  PangoFontDescription* run = run_font_description(fonts_, style);
  pango_font_description_merge(desc, run, TRUE);
  pango_font_description_free(run);
  pango_font_description_set_gravity(desc, PANGO_GRAVITY_SOUTH);
  PangoFontset* fontset =
      pango_font_map_load_fontset(fonts_.font_map(), context, desc, pango_context_get_language(context));
  pango_font_description_free(desc);
  if (!fontset) return nullptr;
  f.font = pango_fontset_get_font(fontset, 'a');  // a new reference
  g_object_unref(fontset);
  if (!f.font) return nullptr;
  PangoFontMetrics* metrics = pango_font_get_metrics(f.font, pango_context_get_language(context));
  f.safe_distance = pango_font_metrics_get_approximate_char_width(metrics) * 3;
  pango_font_metrics_unref(metrics);
  f.hb_font = pango_font_get_hb_font(f.font);
  hb_feature_t features[32];
  guint count = 0;
  pango_font_get_features(f.font, features, 32, &count);
  f.features.assign(features, features + count);
  hb_feature_t no_kerning;
  hb_feature_from_string("kern=0", -1, &no_kerning);
  no_kerning.start = 0;  // a layout-wide attribute: start 0, end "to the text's end"
  no_kerning.end = PANGO_ATTR_INDEX_TO_TEXT_END;
  f.features.push_back(no_kerning);
  last_key_ = key;
  return last_ = &f;
}

hb_buffer_t* LineFonts::buffer() {
  if (!buffer_) buffer_ = hb_buffer_create();
  hb_buffer_clear_contents(buffer_);
  return buffer_;
}

}  // namespace vanthu::layout
