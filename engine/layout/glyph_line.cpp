#include "layout/glyph_line.h"

#include <pango/pango.h>

#include <algorithm>

namespace vanthu::layout {
namespace {

bool underlined(const PangoItem* item) {
  for (GSList* a = item->analysis.extra_attrs; a; a = a->next) {
    auto* attr = static_cast<PangoAttribute*>(a->data);
    if (attr->klass->type == PANGO_ATTR_UNDERLINE && reinterpret_cast<PangoAttrInt*>(attr)->value != PANGO_UNDERLINE_NONE)
      return true;
  }
  return false;
}

}  // namespace

GlyphLine::GlyphLine(PangoLayoutLine* line, const char* layout_text)
    : text_(layout_text + line->start_index, static_cast<size_t>(line->length)) {
  size_t total = 0;
  for (GSList* l = line->runs; l; l = l->next) total += static_cast<size_t>(static_cast<PangoGlyphItem*>(l->data)->glyphs->num_glyphs);
  glyphs_.reserve(total);
  for (GSList* l = line->runs; l; l = l->next) {
    auto* run = static_cast<PangoGlyphItem*>(l->data);
    const PangoItem* item = run->item;
    add_run(item->analysis.font, underlined(item), run->y_offset, run->glyphs, item->offset - line->start_index,
            item->length, item->analysis.level % 2 == 1);
  }
}

GlyphLine::GlyphLine(std::string text, size_t runs, size_t glyphs) : text_(std::move(text)) {
  runs_.reserve(runs);
  glyphs_.reserve(glyphs);
}

void GlyphLine::add_run(PangoFont* font, bool underline, int32_t y_offset, const PangoGlyphString* glyphs,
                        int text_start, int text_length, bool rtl) {
  PangoGlyphString* gs = const_cast<PangoGlyphString*>(glyphs);
  GlyphRun out;
  out.font = PANGO_FONT(g_object_ref(font));
  out.underline = underline;
  out.y_offset = y_offset;
  out.width = pango_glyph_string_get_width(gs);
  out.first = static_cast<uint32_t>(glyphs_.size());
  out.count = static_cast<uint32_t>(gs->num_glyphs);
  out.text_start = static_cast<uint32_t>(text_start);
  out.text_length = static_cast<uint32_t>(text_length);
  runs_.push_back(out);

  std::vector<int> starts;  // cluster starts in text order (right-to-left runs only)
  if (rtl) {
    starts.assign(gs->log_clusters, gs->log_clusters + gs->num_glyphs);
    std::sort(starts.begin(), starts.end());
    starts.erase(std::unique(starts.begin(), starts.end()), starts.end());
  }
  for (int i = 0; i < gs->num_glyphs; ++i) {
    const PangoGlyphInfo& g = gs->glyphs[i];
    Glyph glyph;
    glyph.glyph = g.glyph;
    glyph.width = g.geometry.width;
    glyph.x_offset = g.geometry.x_offset;
    glyph.y_offset = g.geometry.y_offset;
    const int cstart = gs->log_clusters[i];
    if (i == 0 || gs->log_clusters[i - 1] != cstart) {
      // The cluster ends where the next one in the text starts: the next
      // glyph's cluster left to right; in a right-to-left run (glyphs in
      // visual order) the smallest start above this one.
      int cend = text_length;
      if (rtl) {
        auto next = std::upper_bound(starts.begin(), starts.end(), cstart);
        if (next != starts.end()) cend = *next;
      } else {
        for (int j = i + 1; j < gs->num_glyphs; ++j)
          if (gs->log_clusters[j] != cstart) {
            cend = gs->log_clusters[j];
            break;
          }
      }
      glyph.cluster_start = static_cast<uint32_t>(text_start + cstart);
      glyph.cluster_length = static_cast<uint32_t>(cend - cstart);
    }
    glyphs_.push_back(glyph);
  }
}

GlyphLine::~GlyphLine() {
  for (const GlyphRun& r : runs_) g_object_unref(r.font);
}

}  // namespace vanthu::layout
