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

std::vector<LineRun> line_runs(PangoLayoutLine* line) {
  std::vector<LineRun> runs;
  for (GSList* r = line->runs; r; r = r->next) {
    auto* run = static_cast<PangoLayoutRun*>(r->data);
    runs.push_back({run->item->offset, run->item->length, run->glyphs, &run->item->analysis});
  }
  return runs;
}

double trailing_x(const std::vector<LineRun>& runs, const std::string& text, int byte) {
  // The widths of the runs before the one that holds `byte`, plus the
  // trailing edge within it (Pango's own algorithm).
  int width = 0;
  for (const LineRun& run : runs) {
    if (run.offset <= byte && byte < run.offset + run.length) {
      int x = 0;
      pango_glyph_string_index_to_x(run.glyphs, const_cast<char*>(text.data()) + run.offset, run.length,
                                    const_cast<PangoAnalysis*>(run.analysis), byte - run.offset, TRUE, &x);
      return static_cast<double>(width + x) / PANGO_SCALE;
    }
    width += pango_glyph_string_get_width(run.glyphs);
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

int italic_break(const std::vector<LineRun>& runs, int start, int end, long line_start_char, const ParagraphText& text,
                 const model::RunStyle& mark, double avail_pt, const PangoLogAttr* attrs, int n_attrs) {
  int last = last_content_byte(text.text, start, end);
  if (last < 0 || !text.style_at(last, mark).italic) return -1;
  if (trailing_x(runs, text.text, last) <= limit_for(text, mark, last, avail_pt) + kEpsilonPt) return -1;

  const char* base = text.text.data();
  // Walk back over the line's break opportunities (a break is allowed
  // before the character at `b`), counting characters from the line start.
  long offset = line_start_char + g_utf8_pointer_to_offset(base + start, base + last);
  for (const char* p = base + last; p > base + start; p = g_utf8_prev_char(p), --offset) {
    int b = static_cast<int>(p - base);
    if (offset >= n_attrs || !attrs[offset].is_line_break) continue;
    int content = last_content_byte(text.text, start, b);
    if (content < 0) continue;
    if (trailing_x(runs, text.text, content) <= limit_for(text, mark, content, avail_pt) + kEpsilonPt)
      return text.original_offset(b);
  }
  return -1;
}

void justify_line(const std::vector<LineRun>& runs, const ParagraphText& text, int start, int end, double avail_pt) {
  int last = last_content_byte(text.text, start, end);
  if (last < 0) return;
  double natural = trailing_x(runs, text.text, last);
  int extra = static_cast<int>(std::lround((avail_pt - natural) * PANGO_SCALE));
  if (extra <= 0) return;

  // The glyphs of the spaces to widen, in visual order: after the last tab
  // (a tab stop absorbs any widening before it), before the last character.
  std::vector<PangoGlyphInfo*> spaces;
  for (const LineRun& run : runs) {
    for (int g = 0; g < run.glyphs->num_glyphs; ++g) {
      int byte = run.offset + run.glyphs->log_clusters[g];
      if (byte > last) continue;
      char c = text.text[static_cast<size_t>(byte)];
      if (c == '\t') spaces.clear();
      else if (c == ' ') spaces.push_back(&run.glyphs->glyphs[g]);
    }
  }
  if (spaces.empty()) return;
  int each = extra / static_cast<int>(spaces.size());
  int rest = extra % static_cast<int>(spaces.size());
  for (size_t i = 0; i < spaces.size(); ++i)
    spaces[i]->geometry.width += each + (static_cast<int>(i) < rest ? 1 : 0);
}

}  // namespace vanthu::layout
