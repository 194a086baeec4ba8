#include "pdf/page_content.h"

#include <pango/pango.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <stdexcept>
#include <vector>

#include "pdf/pdf_syntax.h"

namespace vanthu::pdf {
namespace {

constexpr double kPango = PANGO_SCALE;
// Glyphs are placed to within this many points of Pango's position; a TJ
// adjustment is written only when the drift would exceed it.
constexpr double kTolerance = 0.005;

// "<XXXX>": one glyph of a TJ array, appended at once (a push_back per
// character was a third of the time of drawing a glyph).
// A glyph's CID as a hex string; `extend`: the string just written gets it
// at its end instead ("<00100058>" for two glyphs drawn at their advances).
void append_cid(std::string& out, uint16_t cid, bool extend) {
  static const char hex[] = "0123456789ABCDEF";
  const char code[6] = {'<', hex[(cid >> 12) & 15], hex[(cid >> 8) & 15], hex[(cid >> 4) & 15], hex[cid & 15], '>'};
  if (extend) {
    out.pop_back();  // the '>' of the string being extended
    out.append(code + 1, sizeof code - 1);
  } else {
    out.append(code, sizeof code);
  }
}

// A character the font has no glyph for would be drawn as .notdef, which
// PDF/A-2 forbids (ISO 19005-2, 6.2.11.8), and there is no fallback font:
// the private font configuration holds Liberation Serif only, as the
// decree's Times New Roman. So the document is refused, naming the
// character and the line it is in.
[[noreturn]] void refuse_missing_glyph(uint32_t code_point, const std::string& context) {
  char cp[16];
  std::snprintf(cp, sizeof cp, "U+%04X", static_cast<unsigned>(code_point));
  throw std::runtime_error(std::string("the PDF cannot show ") + cp + " in \"" + context +
                           "\": Liberation Serif (Times New Roman) has no glyph for it and PDF/A forbids drawing "
                           "a missing glyph; remove or replace the character in the data or template");
}

// Space-like characters Pango may leave without a glyph.
bool blank_char(std::string_view s, size_t& i) {
  if (s[i] == ' ' || s[i] == '\t' || s[i] == '\n') return ++i, true;
  for (std::string_view seq : {"\u00A0", "\u2028", "\u2029"})
    if (s.substr(i, seq.size()) == seq) return i += seq.size(), true;
  return false;
}

bool is_blank(std::string_view s) {
  size_t i = 0;
  while (i < s.size())
    if (!blank_char(s, i)) return false;
  return !s.empty();
}

bool ends_blank(std::string_view s) {
  return !s.empty() && (s.back() == ' ' || s.back() == '\t' || s.ends_with("\u00A0") || s.ends_with("\u2028"));
}

}  // namespace

// Colours are written only when they change (the state persists until Q).
void PageContent::set_fill(Rgb c) {
  if (c.r == fill_.r && c.g == fill_.g && c.b == fill_.b) return;
  fill_ = c;
  append_operator(ops_, {c.r, c.g, c.b}, " rg\n");
}

void PageContent::set_stroke(Rgb c) {
  if (c.r == stroke_.r && c.g == stroke_.g && c.b == stroke_.b) return;
  stroke_ = c;
  append_operator(ops_, {c.r, c.g, c.b}, " RG\n");
}

void PageContent::text_line(PangoLayoutLine* line, const char* text, double x, double baseline) {
  text_line(layout::GlyphLine(line, text), x, baseline);
}

void PageContent::text_line(const layout::GlyphLine& line, double x, double baseline) {
  struct Underline {
    double x, width;
    PangoFont* font;
    double baseline;
  };
  std::vector<Underline> underlines;
  bool text_state = state_known();  // before this line writes anything
  set_fill({});
  ops_ += "BT\n";
  double run_x = x;
  bool after_blank = false;  // the last character drawn on this line was a space
  for (const layout::GlyphRun& run : line.runs()) {
    const double run_width = run.width / kPango;
    // A raised run (superscript) has its baseline moved up by y_offset.
    const double run_baseline = baseline - run.y_offset / kPango;
    if (run.underline) underlines.push_back({run_x, run_width, run.font, run_baseline});
    const FontEmbedder::Use font = fonts_.use(run.font);
    bool font_set = false;  // Tf is written before the run's first visible glyph

    double pen = 0;        // Pango's position of the next glyph, from the run start
    double cur = 0;        // where the viewer will put it
    double seg_y = NAN;    // baseline of the current Tm
    bool open = false;     // inside [ ... ] TJ
    bool in_string = false;  // the last thing written is a glyph string of that TJ
    auto start_segment = [&](double at, double y) {
      if (open) ops_ += "] TJ\n";
      ops_ += "1 0 0 1 ";  // the matrix of a translation; only its offsets vary
      append_operator(ops_, {run_x + at, height_ - y}, " Tm\n[");
      open = true;
      in_string = false;
      seg_y = y;
      cur = at;
    };
    for (uint32_t i = run.first; i < run.first + run.count; ++i) {
      const layout::Glyph& g = line.glyph(i);
      const double advance = g.width / kPango;
      // The characters this glyph was shaped from: the whole cluster for its
      // first glyph, nothing for the others.
      std::string_view cluster = line.cluster(g);
      uint32_t glyph = g.glyph;
      if (glyph == PANGO_GLYPH_EMPTY) {
        // Pango draws nothing for the space at a soft wrap, a line break
        // (U+2028) or a tab. The tagged text (and any text extraction that
        // follows the content order) would then run the words on either side
        // together ("giaothông"), so one space glyph is drawn there, as
        // LibreOffice's PDF export does (ISO 32000-1 §14.8.2.5).
        if (cluster.empty() || !is_blank(cluster) || after_blank || (glyph = fonts_.space_glyph(font.face)) == 0) {
          pen += advance;
          continue;
        }
        cluster = " ";
      }
      after_blank = !cluster.empty() ? ends_blank(cluster) : after_blank;
      if (glyph & PANGO_GLYPH_UNKNOWN_FLAG) refuse_missing_glyph(glyph & ~PANGO_GLYPH_UNKNOWN_FLAG, line.text());
      const uint16_t cid = fonts_.cid(font.face, glyph, cluster);
      if (!font_set) {
        // Tf is text state, kept across text objects: written again only
        // for another font, or after raw operators (a painter's q ... Q).
        if (!text_state || font.resource != tf_resource_ || font.size != tf_size_) {
          ops_ += "/F";
          append_integer(ops_, font.resource);
          ops_ += ' ';
          append_operator(ops_, {font.size}, " Tf\n");
          tf_resource_ = font.resource;
          tf_size_ = font.size;
          text_state = true;
        }
        font_set = true;
      }
      const double target = pen + g.x_offset / kPango;
      const double y = run_baseline - g.y_offset / kPango;
      if (!open || y != seg_y) {
        start_segment(target, y);
      } else if (std::fabs(target - cur) > kTolerance) {
        // TJ numbers are thousandths of the font size, subtracted from the position.
        double adjust = std::round(-(target - cur) * 1000.0 / font.size * 100.0) / 100.0;
        ops_ += ' ';
        append_number(ops_, adjust, 2);
        ops_ += ' ';
        cur -= adjust * font.size / 1000.0;
        in_string = false;
      }
      append_cid(ops_, cid, in_string);
      in_string = true;
      cur += fonts_.width(font.face, cid) * font.size / 1000.0;
      pen += advance;
    }
    if (open) ops_ += "] TJ\n";
    run_x += run_width;
  }
  ops_ += "ET\n";
  for (const Underline& u : underlines) {
    PangoFontMetrics* m = pango_font_get_metrics(u.font, nullptr);
    const double position = pango_font_metrics_get_underline_position(m) / kPango;
    const double thickness = pango_font_metrics_get_underline_thickness(m) / kPango;
    pango_font_metrics_unref(m);
    fill_rect(u.x, u.baseline - position, u.width, thickness);
  }
  state_end_ = ops_.size();
}

void PageContent::stroke_line(double x1, double y1, double x2, double y2, double width, Rgb color) {
  set_stroke(color);
  if (width != line_width_) {
    line_width_ = width;
    append_operator(ops_, {width}, " w\n");
  }
  append_operator(ops_, {x1, height_ - y1}, " m ");
  append_operator(ops_, {x2, height_ - y2}, " l S\n");
  state_end_ = ops_.size();
}

void PageContent::fill_rect(double x, double top, double w, double h, Rgb color) {
  set_fill(color);
  append_operator(ops_, {x, height_ - top - h, w, h}, " re f\n");
  state_end_ = ops_.size();
}

void PageContent::begin_tagged(std::string_view tag, int mcid) {
  append_name(ops_, tag);
  ops_ += " <</MCID ";
  append_integer(ops_, mcid);
  ops_ += ">> BDC\n";
  state_end_ = ops_.size();
}

void PageContent::begin_artifact() {
  ops_ += "/Artifact BMC\n";
  state_end_ = ops_.size();
}

void PageContent::end_marked() {
  ops_ += "EMC\n";
  state_end_ = ops_.size();
}

}  // namespace vanthu::pdf
