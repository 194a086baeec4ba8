#include "layout/paragraph_shaper.h"

#include <pango/pangocairo.h>

#include <algorithm>
#include <stdexcept>

#include "layout/line_adjust.h"
#include "layout/paragraph_text.h"

namespace vanthu::layout {
namespace {

// LibreOffice's rendering of w:vertAlign="superscript" (the referee): 58 %
// of the size, raised by 33 % of the size.
constexpr double kSuperscriptScale = 0.58;
constexpr double kSuperscriptRise = 0.33;
// Word's default tab stops: every 0.5 inch from the column edge.
constexpr double kDefaultTabPt = 36.0;

double run_size_pt(const model::RunStyle& s) { return s.size_half_pt / 2.0; }

void run_extent(const model::RunStyle& s, double& ascent, double& descent) {
  double size = run_size_pt(s);
  if (s.superscript) {
    double small = size * kSuperscriptScale, rise = size * kSuperscriptRise;
    ascent = std::max(ascent, kAscentEm * small + rise);
    descent = std::max(descent, std::max(0.0, kDescentEm * small - rise));
  } else {
    ascent = std::max(ascent, kAscentEm * size);
    descent = std::max(descent, kDescentEm * size);
  }
}

void add_style_attrs(const FontSystem& fonts, PangoAttrList* attrs, const StyledRange& seg) {
  PangoFontDescription* desc = run_font_description(fonts, seg.style);
  auto insert = [&](PangoAttribute* a) {
    a->start_index = static_cast<guint>(seg.start);
    a->end_index = static_cast<guint>(seg.end);
    pango_attr_list_insert(attrs, a);
  };
  insert(pango_attr_font_desc_new(desc));
  pango_font_description_free(desc);
  if (seg.style.underline) insert(pango_attr_underline_new(PANGO_UNDERLINE_SINGLE));
  if (seg.style.superscript) insert(pango_attr_rise_new(run_rise(seg.style)));
}

PangoTabArray* make_tabs(const model::ParagraphProps& p, double layout_x, double box_width) {
  struct Stop {
    double pos;
    PangoTabAlign align;
  };
  std::vector<Stop> stops;
  for (const model::TabStop& t : p.tabs) {
    PangoTabAlign a = t.kind == model::TabStop::Kind::Right    ? PANGO_TAB_RIGHT
                      : t.kind == model::TabStop::Kind::Center ? PANGO_TAB_CENTER
                                                               : PANGO_TAB_LEFT;
    stops.push_back({t.position.pt(), a});
  }
  // Word treats a hanging indent as a tab stop for the first line
  // ("1.\tText" lines up with the following lines).
  if (p.first_line.emu < 0) {
    double hang = p.indent_left.pt();
    bool earlier = std::any_of(stops.begin(), stops.end(), [&](const Stop& s) { return s.pos < hang; });
    if (!earlier) stops.push_back({hang, PANGO_TAB_LEFT});
  }
  std::sort(stops.begin(), stops.end(), [](const Stop& a, const Stop& b) { return a.pos < b.pos; });
  // After the last explicit stop, Word's default stops continue.
  double last = stops.empty() ? 0.0 : stops.back().pos;
  double limit = std::max(box_width, last) + kDefaultTabPt;
  for (double d = kDefaultTabPt; d <= limit; d += kDefaultTabPt)
    if (d > last + 1e-6) stops.push_back({d, PANGO_TAB_LEFT});

  PangoTabArray* tabs = pango_tab_array_new(static_cast<gint>(stops.size()), FALSE);
  for (size_t i = 0; i < stops.size(); ++i) {
    // Model positions are from the column edge; Pango's from the layout origin.
    int pos = static_cast<int>((stops[i].pos - layout_x) * PANGO_SCALE + 0.5);
    pango_tab_array_set_tab(tabs, static_cast<gint>(i), stops[i].align, std::max(pos, 0));
  }
  return tabs;
}

}  // namespace

PangoFontDescription* run_font_description(const FontSystem& fonts, const model::RunStyle& style) {
  PangoFontDescription* desc = fonts.describe(style);
  if (style.superscript)
    pango_font_description_set_size(
        desc, static_cast<int>(style.size_half_pt * PANGO_SCALE / 2 * kSuperscriptScale + 0.5));
  return desc;
}

int run_rise(const model::RunStyle& style) {
  return style.superscript ? static_cast<int>(run_size_pt(style) * kSuperscriptRise * PANGO_SCALE + 0.5) : 0;
}

double ShapedParagraph::height() const {
  double h = 0;
  for (const ShapedLine& l : lines) h += l.height;
  return h;
}

LineBox line_box(const model::LineSpacing& spacing, double ascent, double descent) {
  // Measured in LibreOffice with DOCX input (our referee): "multiple" spacing
  // adds its extra space below the text; "at least" adds it above; "exact"
  // puts the baseline at 80 % of the line (LibreOffice's fixed-height rule)
  // and clips what does not fit.
  double natural = ascent + descent;
  LineBox box;
  switch (spacing.rule) {
    case model::LineSpacing::Rule::Auto: {
      double factor = spacing.value / 240.0;
      box.height = natural * factor;
      box.baseline = factor < 1 ? ascent * factor : ascent;
      break;
    }
    case model::LineSpacing::Rule::Exact:
      box.height = spacing.value / 20.0;
      box.baseline = box.height * 0.8;
      break;
    case model::LineSpacing::Rule::AtLeast:
      box.height = std::max(natural, spacing.value / 20.0);
      box.baseline = ascent + (box.height - natural);
      break;
  }
  return box;
}

namespace {

// A Pango layout of `text` with the paragraph's indents and tabs, broken
// into lines, left-aligned: alignment and justification are applied after.
PangoLayout* make_layout(const FontSystem& fonts, const ParagraphText& text, const model::ParagraphProps& p,
                         double layout_x, double layout_width, double box_width) {
  PangoLayout* layout = pango_layout_new(fonts.context());
  pango_layout_set_text(layout, text.text.data(), static_cast<int>(text.text.size()));
  PangoFontDescription* mark_desc = fonts.describe(p.mark);
  pango_layout_set_font_description(layout, mark_desc);
  pango_font_description_free(mark_desc);

  PangoAttrList* attrs = pango_attr_list_new();
  for (const StyledRange& r : text.ranges) add_style_attrs(fonts, attrs, r);
  // Word does not kern by default; Liberation Serif has a GPOS kern table.
  pango_attr_list_insert(attrs, pango_attr_font_features_new("kern=0"));
  // Word never inserts hyphens when it has to break inside a word.
  pango_attr_list_insert(attrs, pango_attr_insert_hyphens_new(FALSE));
  // No break after a "/" inside a word (keeps_slash; measured with the
  // fidelity tool on the nghị quyết example).
  for (size_t i = 1; i + 1 < text.text.size(); ++i) {
    const auto at = [&](size_t k) { return static_cast<unsigned char>(text.text[k]); };
    if (!keeps_slash(at(i - 1), at(i), at(i + 1))) continue;
    PangoAttribute* keep = pango_attr_allow_breaks_new(FALSE);
    keep->start_index = static_cast<guint>(i);
    const auto lead = static_cast<unsigned char>(text.text[i + 1]);
    const size_t next = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;  // the UTF-8 character after it
    keep->end_index = static_cast<guint>(std::min(text.text.size(), i + 1 + next));
    pango_attr_list_insert(attrs, keep);
  }
  pango_layout_set_attributes(layout, attrs);
  pango_attr_list_unref(attrs);

  if (box_width > 0) {
    pango_layout_set_width(layout, static_cast<int>(std::max(layout_width, 1.0) * PANGO_SCALE));
    pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR);
  }
  pango_layout_set_indent(layout, static_cast<int>(p.first_line.pt() * PANGO_SCALE));
  // Alignment is ours too: Pango applies a first-line indent on the right
  // of right-aligned text, Word and Writer always on the left.
  pango_layout_set_alignment(layout, PANGO_ALIGN_LEFT);
  PangoTabArray* tabs = make_tabs(p, layout_x, box_width > 0 ? box_width : 0);
  pango_layout_set_tabs(layout, tabs);
  pango_tab_array_free(tabs);
  return layout;
}

}  // namespace

LineFrame::LineFrame(const model::ParagraphProps& p, double box_width_pt) : box_width(box_width_pt) {
  // Indents: Pango's indent applies to the first line (negative = hanging,
  // i.e. every line but the first is indented), so the layout starts where
  // the leftmost line starts.
  double left = p.indent_left.pt(), right = p.indent_right.pt();
  first = p.first_line.pt();
  layout_x = first < 0 ? left + first : left;
  layout_width = box_width - layout_x - right;
}

double LineFrame::indent(int line) const { return line == 0 ? std::max(first, 0.0) : std::max(-first, 0.0); }

double LineFrame::avail(int line) const { return layout_width - indent(line); }

ShapedLine finish_line(const ParagraphText& text, const model::ParagraphProps& p, const LineFrame& frame,
                       const std::vector<LineRun>& runs, int start, int length, int index, bool last_line) {
  ShapedLine sl;
  sl.start_byte = start;
  sl.length_bytes = length;
  double ascent = 0, descent = 0;
  bool any = false;
  for (const LineRun& run : runs) {
    // A tab's own font size does not raise the line (LibreOffice, measured).
    if (run.length == 1 && text.text[static_cast<size_t>(run.offset)] == '\t') continue;
    run_extent(text.style_at(run.offset, p.mark), ascent, descent);
    any = true;
  }
  if (!any) run_extent(text.style_at(start, p.mark), ascent, descent);
  LineBox box = line_box(p.line, ascent, descent);
  sl.height = box.height;
  sl.baseline = box.baseline;

  int end = start + length;
  int content = last_content_byte(text.text, start, end);
  double natural = 0;  // up to the end of the last visible character
  if (content >= 0) natural = trailing_x(runs, text.text, content);
  // Writer adds its italic correction to the width of italic text that
  // ends a line: centred and right-aligned lines move left by it (or half
  // of it) and justified lines stop short of the margin by it. Not when
  // the paragraph or manual line ends in a space after the text (measured).
  bool separator = end >= 3 && text.text.compare(static_cast<size_t>(end) - 3, 3, kLineSeparator) == 0;
  bool wrapped = !last_line && (!separator || text.is_forced_break(end - 3));
  int content_end = content < 0 ? 0 : content + g_utf8_skip[static_cast<unsigned char>(text.text[static_cast<size_t>(content)])];
  bool trailing_blank = content_end < (separator ? end - 3 : end);
  double corr = content >= 0 && text.style_at(content, p.mark).italic && (wrapped || !trailing_blank)
                    ? italic_correction_pt(text.style_at(content, p.mark))
                    : 0.0;
  double free = frame.box_width > 0 ? frame.avail(index) - natural - corr : 0.0;
  sl.x = frame.layout_x + frame.indent(index);
  sl.width = natural;
  if (p.align == model::Align::Center) sl.x += free / 2;
  else if (p.align == model::Align::Right) sl.x += free;
  else if (p.align == model::Align::Justify && frame.box_width > 0 && !last_line) {
    justify_line(runs, text, start, end, frame.avail(index) - corr);
    sl.width = frame.avail(index) - corr;
  }

  std::string t = text.text.substr(static_cast<size_t>(start), static_cast<size_t>(length));
  for (size_t pos; (pos = t.find(kLineSeparator)) != std::string::npos;) t.erase(pos, 3);
  sl.text = std::move(t);
  return sl;
}

ShapedParagraph shape_paragraph(const FontSystem& fonts, const model::Paragraph& paragraph,
                                double box_width, int page_number) {
  const model::ParagraphProps& p = paragraph.props;
  ShapedParagraph out;
  const LineFrame frame(p, box_width);
  out.layout_x = frame.layout_x;

  // Lay out; while a line ends in italic text that Writer would not fit
  // (its italic correction), force that line to break earlier and redo.
  std::vector<int> forced;
  ParagraphText text;
  PangoLayout* layout = nullptr;
  for (int pass = 0;; ++pass) {
    text = build_paragraph_text(paragraph, page_number, forced);
    if (layout) g_object_unref(layout);
    layout = make_layout(fonts, text, p, frame.layout_x, frame.layout_width, box_width);
    if (box_width <= 0 || pass == kMaxBreakPasses || !text.has_italic()) break;
    int brk = -1;
    int n_attrs = 0;
    const PangoLogAttr* attrs = pango_layout_get_log_attrs_readonly(layout, &n_attrs);
    // The lines by their list (pango_layout_get_line(i) walks it from the
    // start each time) and their first characters counted as we go.
    long line_start_char = 0;
    int i = 0, counted_to = 0;
    for (GSList* l = pango_layout_get_lines_readonly(layout); l && brk < 0; l = l->next, ++i) {
      auto* line = static_cast<PangoLayoutLine*>(l->data);
      line_start_char += g_utf8_pointer_to_offset(text.text.data() + counted_to, text.text.data() + line->start_index);
      counted_to = line->start_index;
      brk = italic_break(line_runs(line), line->start_index, line->start_index + line->length, line_start_char, text,
                         p.mark, frame.avail(i), attrs, n_attrs);
    }
    if (brk < 0) break;
    forced.insert(std::upper_bound(forced.begin(), forced.end(), brk), brk);
  }
  out.layout = LayoutHandle(layout, [](PangoLayout* l) { g_object_unref(l); });
  out.text = text.text;
  out.has_page_field = text.has_page_field;

  int count = pango_layout_get_line_count(layout);
  PangoLayoutIter* it = pango_layout_get_iter(layout);
  int index = 0;
  do {
    // The writable line: justification changes its glyphs, and Pango then
    // drops its cached extents of it.
    PangoLayoutLine* line = pango_layout_iter_get_line(it);
    out.lines.push_back(finish_line(text, p, frame, line_runs(line), line->start_index, line->length, index,
                                    index + 1 == count));
    ++index;
  } while (pango_layout_iter_next_line(it));
  pango_layout_iter_free(it);
  return out;
}

}  // namespace vanthu::layout
