// Compares the lines of a paragraph from the line breaker with Pango's
// layout of it (layout/line_breaker.h), field by field, and says where they
// first differ.
#pragma once

#include <sstream>
#include <string>

#include "layout/line_breaker.h"

namespace vanthu::testing {

// "" when both sides give the same lines; else the first difference. A
// paragraph the breaker does not take counts as the same (Pango lays it out).
inline std::string compare_lines(const layout::FontSystem& fonts, const model::Paragraph& p, double width,
                                 bool* taken = nullptr) {
  using layout::CachedParagraph;
  const std::optional<CachedParagraph> mine = layout::break_paragraph(fonts, p, width, 1);
  if (taken) *taken = mine.has_value();
  if (!mine) return "";
  const CachedParagraph pango = layout::pango_paragraph_lines(fonts, p, width, 1);
  std::ostringstream d;
  d.precision(17);
  auto text_of = [&] {
    std::string t;
    for (const model::Run& r : p.runs) t += r.kind == model::RunKind::Text ? r.text : r.kind == model::RunKind::LineBreak ? "<br>" : "<?>";
    return t;
  };
  auto where = [&](size_t line) { d << "width " << width << ", line " << line << " of \"" << text_of() << "\": "; };
  if (mine->lines.size() != pango.lines.size()) {
    where(0);
    d << mine->lines.size() << " lines, Pango " << pango.lines.size();
    for (size_t i = 0; i < pango.lines.size(); ++i)
      d << "\n  pango[" << i << "] " << (pango.lines[i].items.empty() ? "" : pango.lines[i].items[0].text);
    for (size_t i = 0; i < mine->lines.size(); ++i)
      d << "\n  mine[" << i << "] " << (mine->lines[i].items.empty() ? "" : mine->lines[i].items[0].text);
    return d.str();
  }
  for (size_t i = 0; i < pango.lines.size(); ++i) {
    const layout::Atom &a = mine->lines[i], &b = pango.lines[i];
    if (a.height != b.height) return where(i), d << "height " << a.height << " vs " << b.height, d.str();
    if (a.items.size() != b.items.size()) return where(i), d << a.items.size() << " items vs " << b.items.size(), d.str();
    if (a.items.empty()) continue;
    const layout::Item &x = a.items[0], &y = b.items[0];
    if (x.text != y.text) return where(i), d << "text \"" << x.text << "\" vs \"" << y.text << "\"", d.str();
    if (x.x != y.x || x.y != y.y) return where(i), d << "at " << x.x << "," << x.y << " vs " << y.x << "," << y.y, d.str();
    const layout::GlyphLine &g = *x.glyphs, &h = *y.glyphs;
    if (g.text() != h.text()) return where(i), d << "glyph text differs", d.str();
    if (g.runs().size() != h.runs().size()) return where(i), d << g.runs().size() << " runs vs " << h.runs().size(), d.str();
    for (size_t r = 0; r < g.runs().size(); ++r) {
      const layout::GlyphRun &u = g.runs()[r], &v = h.runs()[r];
      if (u.font != v.font || u.underline != v.underline || u.y_offset != v.y_offset || u.width != v.width ||
          u.count != v.count || u.text_start != v.text_start || u.text_length != v.text_length)
        return where(i), d << "run " << r << ": font " << u.font << "/" << v.font << " width " << u.width << "/" << v.width
                           << " glyphs " << u.count << "/" << v.count << " text " << u.text_start << "+" << u.text_length
                           << "/" << v.text_start << "+" << v.text_length << " rise " << u.y_offset << "/" << v.y_offset,
               d.str();
      for (uint32_t k = 0; k < u.count; ++k) {
        const layout::Glyph &s = g.glyph(u.first + k), &t = h.glyph(v.first + k);
        if (s.glyph != t.glyph || s.width != t.width || s.x_offset != t.x_offset || s.y_offset != t.y_offset ||
            s.cluster_start != t.cluster_start || s.cluster_length != t.cluster_length)
          return where(i), d << "run " << r << " glyph " << k << ": " << s.glyph << "/" << t.glyph << " width " << s.width
                             << "/" << t.width << " cluster " << s.cluster_start << "+" << s.cluster_length << "/"
                             << t.cluster_start << "+" << t.cluster_length,
                 d.str();
      }
    }
  }
  if (mine->has_page_field != pango.has_page_field) return "page field flag differs";
  return "";
}

}  // namespace vanthu::testing
