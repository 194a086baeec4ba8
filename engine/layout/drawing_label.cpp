#include "layout/drawing_label.h"

#include <cmath>

namespace vanthu::layout {

ShapedLabel shape_label(const FontSystem& fonts, const model::Drawing::Shape& s) {
  model::Paragraph p;
  p.props.align = model::Align::Left;
  p.props.mark.size_half_pt = static_cast<int>(std::lround(s.font_size * 2));
  p.props.mark.bold = s.bold;
  p.runs.push_back(model::Run{model::RunKind::Text, s.text, p.props.mark});
  ShapedLabel out{shape_paragraph(fonts, p, 0), s.x};
  if (out.shaped.lines.empty()) return out;
  const double w = out.shaped.lines[0].width;
  if (s.text_align == model::Align::Center) out.x -= w / 2;
  else if (s.text_align == model::Align::Right) out.x -= w;
  return out;
}

}  // namespace vanthu::layout
