// Paragraphs: w:p with w:pPr, and rules drawn as a paragraph border.
#include <algorithm>

#include "docx/wml_writer.h"

namespace vanthu::docx {
namespace {

const char* jc_value(model::Align align) {
  switch (align) {
    case model::Align::Left: return "left";
    case model::Align::Center: return "center";
    case model::Align::Right: return "right";
    case model::Align::Justify: return "both";
  }
  return "left";
}

const char* line_rule(model::LineSpacing::Rule rule) {
  switch (rule) {
    case model::LineSpacing::Rule::Auto: return "auto";
    case model::LineSpacing::Rule::Exact: return "exact";
    case model::LineSpacing::Rule::AtLeast: return "atLeast";
  }
  return "auto";
}

const char* tab_value(model::TabStop::Kind kind) {
  switch (kind) {
    case model::TabStop::Kind::Left: return "left";
    case model::TabStop::Kind::Center: return "center";
    case model::TabStop::Kind::Right: return "right";
  }
  return "left";
}

void write_tabs(XmlWriter& w, const std::vector<model::TabStop>& tabs) {
  // Word keeps tab stops sorted by position.
  std::vector<const model::TabStop*> sorted;
  sorted.reserve(tabs.size());
  for (const auto& t : tabs) sorted.push_back(&t);
  std::stable_sort(sorted.begin(), sorted.end(),
                   [](const model::TabStop* a, const model::TabStop* b) { return a->position < b->position; });
  w.start("w:tabs");
  for (const auto* t : sorted) {
    w.start("w:tab");
    w.attr("w:val", tab_value(t->kind));
    w.attr_int("w:pos", t->position.twips());
    w.end();
  }
  w.end();
}

void write_indent(XmlWriter& w, const model::ParagraphProps& p) {
  if (p.indent_left.emu == 0 && p.indent_right.emu == 0 && p.first_line.emu == 0) return;
  w.start("w:ind");
  w.attr_int("w:left", p.indent_left.twips());
  w.attr_int("w:right", p.indent_right.twips());
  if (p.first_line.emu > 0) w.attr_int("w:firstLine", p.first_line.twips());
  if (p.first_line.emu < 0) w.attr_int("w:hanging", (-p.first_line).twips());
  w.end();
}

void write_top_border(XmlWriter& w, int eighths) {
  w.start("w:pBdr");
  w.start("w:top");
  w.attr("w:val", "single");
  w.attr_int("w:sz", eighths);
  w.attr("w:space", "0");
  w.attr("w:color", "auto");
  w.end();
  w.end();
}

}  // namespace

// Spacing, indents and alignment, in the order CT_PPrBase wants them: the
// same for a paragraph and for a paragraph style.
static void write_spacing_indent_jc(XmlWriter& w, const model::ParagraphProps& p) {
  w.start("w:spacing");
  w.attr_int("w:before", p.space_before.twips());
  w.attr_int("w:after", p.space_after.twips());
  w.attr_int("w:line", p.line.value);
  w.attr("w:lineRule", line_rule(p.line.rule));
  w.end();
  write_indent(w, p);
  w.val("w:jc", jc_value(p.align));
}

// Children in the order of CT_PPrBase, then rPr and sectPr (CT_PPr).
void write_paragraph_props(XmlWriter& w, const model::ParagraphProps& p, const ParagraphExtras& extras) {
  w.start("w:pPr");
  if (const char* style = paragraph_style_id(p)) w.val("w:pStyle", style);
  if (p.keep_next || extras.keep_with_next) w.empty("w:keepNext");
  if (p.keep_lines) w.empty("w:keepLines");
  if (p.page_break_before) w.empty("w:pageBreakBefore");
  // styles.xml turns widow control on for every paragraph, as Word's Normal does.
  if (!p.widow_control) w.val("w:widowControl", "0");
  if (extras.top_border_eighths > 0) write_top_border(w, extras.top_border_eighths);
  if (!p.tabs.empty()) write_tabs(w, p.tabs);
  write_spacing_indent_jc(w, p);
  // Word has nine outline levels (0-8); deeper headings stay at the ninth.
  if (p.outline_level >= 0) w.val_int("w:outlineLvl", std::min(p.outline_level, 8));
  write_run_props(w, "w:rPr", p.mark);
  if (extras.sect_pr != nullptr) (*extras.sect_pr)(w);
  w.end();
}

void write_style_paragraph_props(XmlWriter& w, const model::ParagraphProps& p) {
  w.start("w:pPr");
  if (p.keep_next) w.empty("w:keepNext");
  if (p.keep_lines) w.empty("w:keepLines");
  write_spacing_indent_jc(w, p);
  if (p.outline_level >= 0) w.val_int("w:outlineLvl", std::min(p.outline_level, 8));
  w.end();
}

void write_paragraph(XmlWriter& w, const model::Paragraph& paragraph, const ParagraphExtras& extras) {
  w.start("w:p");
  write_paragraph_props(w, paragraph.props, extras);
  for (const auto& run : paragraph.runs) write_run(w, run);
  w.end();
}

// A rule is an empty paragraph whose top border is the line: the indents make
// the border `length` long at its place in the container, and the exact line
// height with a 1 pt paragraph mark keeps the paragraph `gap` high below it.
void write_rule(XmlWriter& w, const model::Rule& rule, Length container_width, const ParagraphExtras& extras) {
  model::ParagraphProps p;
  p.align = model::Align::Left;
  const Length free = container_width - rule.length;
  switch (rule.align) {
    case model::Align::Center:
      p.indent_left = free / 2;
      break;
    case model::Align::Right:
      p.indent_left = free;
      break;
    case model::Align::Left:
    case model::Align::Justify:
      break;
  }
  p.indent_right = free - p.indent_left;
  p.space_before = rule.space_before;
  p.space_after = rule.space_after;
  p.line = {model::LineSpacing::Rule::Exact, static_cast<int>(std::max(rule.gap, pt(1)).twips())};
  p.mark.size_half_pt = 2;
  // Word draws paragraph borders from 2 to 96 eighths of a point (0.25-12 pt).
  const int eighths = static_cast<int>(std::clamp<int64_t>((rule.thickness.emu * 8 + 6350) / 12700, 2, 96));
  ParagraphExtras with_border = extras;
  with_border.top_border_eighths = eighths;
  w.start("w:p");
  write_paragraph_props(w, p, with_border);
  w.end();
}

}  // namespace vanthu::docx
