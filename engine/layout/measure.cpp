#include "layout/measure.h"

#include <stdexcept>

#include "layout/paragraph_shaper.h"

namespace vanthu::layout {

namespace {

// Bounds the cache: a long list measures many one-off strings (names,
// amounts); starting over costs one re-measurement per string.
constexpr size_t kMaxCachedWidths = 4096;

std::string cache_key(std::string_view utf8, const model::RunStyle& s) {
  std::string key;
  key.reserve(utf8.size() + 8);
  key += static_cast<char>((s.bold ? 1 : 0) | (s.italic ? 2 : 0) | (s.underline ? 4 : 0) | (s.superscript ? 8 : 0));
  key.append(reinterpret_cast<const char*>(&s.size_half_pt), sizeof s.size_half_pt);
  key += utf8;
  return key;
}

}  // namespace

Length PangoMeasurer::width(std::string_view utf8, const model::RunStyle& style) {
  std::string key = cache_key(utf8, style);
  if (auto it = widths_.find(key); it != widths_.end()) return it->second;
  if (widths_.size() >= kMaxCachedWidths) widths_.clear();
  model::Paragraph p;
  p.props.align = model::Align::Left;
  p.props.mark = style;
  p.runs.push_back(model::Run{model::RunKind::Text, std::string(utf8), style});
  ShapedParagraph shaped = shape_paragraph(fonts_, p, 0);
  double w = 0;
  for (const ShapedLine& l : shaped.lines) w = std::max(w, l.width);
  const Length result = Length::from_pt(w);
  widths_.emplace(std::move(key), result);
  return result;
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
