#include "realise/build.h"

namespace vanthu::realise {

model::RunStyle run_style(int half_pt, bool bold, bool italic) {
  model::RunStyle s;
  s.size_half_pt = half_pt;
  s.bold = bold;
  s.italic = italic;
  return s;
}

model::RunStyle part_style(vn::nd30::Part part) {
  const vn::nd30::PartRule& r = vn::nd30::rule(part);
  return run_style(r.chosen, r.weight == vn::nd30::Weight::Bold, r.slant == vn::nd30::Slant::Italic);
}

model::Paragraph paragraph(model::Align align, int half_pt) {
  model::Paragraph p;
  p.props.align = align;
  p.props.mark = run_style(half_pt);
  return p;
}

void add_run(model::Paragraph& p, std::string text, const model::RunStyle& style) {
  if (text.empty()) return;
  if (!p.runs.empty() && p.runs.back().kind == model::RunKind::Text && p.runs.back().style == style) {
    p.runs.back().text += text;
    return;
  }
  model::Run r;
  r.text = std::move(text);
  r.style = style;
  p.runs.push_back(std::move(r));
}

void add_text(model::Paragraph& p, const sem::Text& text, const model::RunStyle& base) {
  for (const auto& span : text) {
    if (span.line_break) {
      model::Run r;
      r.kind = model::RunKind::LineBreak;
      r.style = base;
      p.runs.push_back(r);
      continue;
    }
    model::RunStyle s = base;
    s.bold = s.bold || span.bold;
    s.italic = s.italic || span.italic;
    s.underline = s.underline || span.underline;
    add_run(p, span.text, s);
  }
}

model::Block block(model::Paragraph p) { return model::Block{std::move(p)}; }
model::Block block(model::Table t) { return model::Block{std::move(t)}; }
model::Block block(model::Rule r) { return model::Block{std::move(r)}; }

model::Rule rule(Length length, Length space_before, Length space_after) {
  model::Rule r;
  r.length = length;
  r.thickness = pt(0.5);
  r.space_before = space_before;
  r.space_after = space_after;
  return r;
}

Length text_width(Context& c, const std::string& text, const model::RunStyle& style) {
  return c.measure.width(text, style);
}

std::string strip_trailing(std::string s, const std::string& chars) {
  while (!s.empty() && (s.back() == ' ' || chars.find(s.back()) != std::string::npos)) s.pop_back();
  return s;
}

}  // namespace vanthu::realise
