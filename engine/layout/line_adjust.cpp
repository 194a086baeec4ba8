#include "layout/line_adjust.h"

#include <pango/pango.h>

#include <cmath>
#include <vector>

#include "layout/fonts.h"

namespace vanthu::layout {
namespace {

constexpr double kEpsilonPt = 1e-6;

bool is_blank(gunichar c) { return g_unichar_isspace(c) || c == 0x2028; }

double limit_for(const ParagraphText& text, const model::RunStyle& mark, int byte, double avail_pt) {
  const model::RunStyle& s = text.style_at(byte, mark);
  return avail_pt - (s.italic ? italic_correction_pt(s) : 0.0);
}

}  // namespace

double trailing_x(PangoLayoutLine* line, int byte) {
  // The runs are in visual order: the widths of those before the run that
  // holds `byte`, plus the trailing edge within it (Pango's own algorithm).
  const char* text = pango_layout_get_text(line->layout);
  int width = 0;
  for (GSList* r = line->runs; r; r = r->next) {
    auto* run = static_cast<PangoLayoutRun*>(r->data);
    PangoItem* item = run->item;
    if (item->offset <= byte && byte < item->offset + item->length) {
      int x = 0;
      pango_glyph_string_index_to_x(run->glyphs, const_cast<char*>(text) + item->offset, item->length, &item->analysis,
                                    byte - item->offset, TRUE, &x);
      return static_cast<double>(width + x) / PANGO_SCALE;
    }
    width += pango_glyph_string_get_width(run->glyphs);
  }
  return static_cast<double>(width) / PANGO_SCALE;
}

double italic_correction_pt(const model::RunStyle& style) {
  long height_twips = std::lround(kSingleLineEm * style.size_half_pt * 10.0);  // size/2 pt * 20
  return static_cast<double>(height_twips / 12) / 20.0;
}

int last_content_byte(const std::string& text, int start, int end) {
  const char* begin = text.data() + start;
  const char* p = text.data() + end;
  while (p > begin) {
    const char* prev = g_utf8_prev_char(p);
    if (!is_blank(g_utf8_get_char(prev))) return static_cast<int>(prev - text.data());
    p = prev;
  }
  return -1;
}

int italic_break(PangoLayout* layout, PangoLayoutLine* line, long line_start_char, const ParagraphText& text,
                 const model::RunStyle& mark, double avail_pt) {
  if (!line) return -1;
  int start = line->start_index, end = line->start_index + line->length;
  int last = last_content_byte(text.text, start, end);
  if (last < 0 || !text.style_at(last, mark).italic) return -1;
  if (trailing_x(line, last) <= limit_for(text, mark, last, avail_pt) + kEpsilonPt) return -1;

  int n_attrs = 0;
  const PangoLogAttr* attrs = pango_layout_get_log_attrs_readonly(layout, &n_attrs);
  const char* base = text.text.data();
  // Walk back over the line's break opportunities (a break is allowed
  // before the character at `b`), counting characters from the line start.
  long offset = line_start_char + g_utf8_pointer_to_offset(base + start, base + last);
  for (const char* p = base + last; p > base + start; p = g_utf8_prev_char(p), --offset) {
    int b = static_cast<int>(p - base);
    if (offset >= n_attrs || !attrs[offset].is_line_break) continue;
    int content = last_content_byte(text.text, start, b);
    if (content < 0) continue;
    if (trailing_x(line, content) <= limit_for(text, mark, content, avail_pt) + kEpsilonPt)
      return text.original_offset(b);
  }
  return -1;
}

void justify_line(PangoLayoutLine* line, const ParagraphText& text, double avail_pt) {
  if (!line) return;
  int last = last_content_byte(text.text, line->start_index, line->start_index + line->length);
  if (last < 0) return;
  double natural = trailing_x(line, last);
  int extra = static_cast<int>(std::lround((avail_pt - natural) * PANGO_SCALE));
  if (extra <= 0) return;

  // The glyphs of the spaces to widen, in visual order: after the last tab
  // (a tab stop absorbs any widening before it), before the last character.
  std::vector<PangoGlyphInfo*> spaces;
  for (GSList* r = line->runs; r; r = r->next) {
    auto* run = static_cast<PangoGlyphItem*>(r->data);
    for (int g = 0; g < run->glyphs->num_glyphs; ++g) {
      int byte = run->item->offset + run->glyphs->log_clusters[g];
      if (byte > last) continue;
      char c = text.text[static_cast<size_t>(byte)];
      if (c == '\t') spaces.clear();
      else if (c == ' ') spaces.push_back(&run->glyphs->glyphs[g]);
    }
  }
  if (spaces.empty()) return;
  int each = extra / static_cast<int>(spaces.size());
  int rest = extra % static_cast<int>(spaces.size());
  for (size_t i = 0; i < spaces.size(); ++i)
    spaces[i]->geometry.width += each + (static_cast<int>(i) < rest ? 1 : 0);
}

}  // namespace vanthu::layout
