#include "layout/measure.h"

#include <stdexcept>

#include "layout/paragraph_shaper.h"

namespace vanthu::layout {

Length PangoMeasurer::width(std::string_view utf8, const model::RunStyle& style) {
  model::Paragraph p;
  p.props.align = model::Align::Left;
  p.props.mark = style;
  p.runs.push_back(model::Run{model::RunKind::Text, std::string(utf8), style});
  ShapedParagraph shaped = shape_paragraph(fonts_, p, 0);
  double w = 0;
  for (const ShapedLine& l : shaped.lines) w = std::max(w, l.width);
  return Length::from_pt(w);
}

int PangoMeasurer::line_count(const model::Paragraph& paragraph, Length width) {
  if (width.emu <= 0) throw std::invalid_argument("line_count: the width must be positive");
  return static_cast<int>(shape_paragraph(fonts_, paragraph, width.pt()).lines.size());
}

std::unique_ptr<model::TextMeasurer> make_measurer(FontSystem& fonts) {
  return std::make_unique<PangoMeasurer>(fonts);
}

std::unique_ptr<model::TextMeasurer> make_measurer(std::shared_ptr<FontSystem> fonts) {
  if (!fonts) throw std::invalid_argument("make_measurer: no font system");
  return std::make_unique<PangoMeasurer>(std::move(fonts));
}

}  // namespace vanthu::layout
