// The text measurer the realisation step uses (rule lengths, column fit),
// backed by the same paragraph shaping code that lays out the PDF.
#pragma once

#include <memory>
#include <string>
#include <unordered_map>

#include "layout/fonts.h"
#include "model/measure.h"

namespace vanthu::layout {

class PangoMeasurer : public model::TextMeasurer {
 public:
  // `fonts` must outlive the measurer unless the shared_ptr form is used.
  explicit PangoMeasurer(FontSystem& fonts) : fonts_(fonts) {}
  explicit PangoMeasurer(std::shared_ptr<FontSystem> fonts) : owner_(std::move(fonts)), fonts_(*owner_) {}

  // Advance width of `utf8` on one line, set in `style` (kerning off, no
  // wrapping, trailing spaces not counted — as Word fits a line).
  Length width(std::string_view utf8, const model::RunStyle& style) override;
  // Lines the paragraph takes in a box `width` wide (its indents applied
  // inside the box).
  int line_count(const model::Paragraph& paragraph, Length width) override;

  // Widths remembered (see width()); exposed for tests.
  size_t cached_widths() const { return widths_.size(); }

 private:
  std::shared_ptr<FontSystem> owner_;
  FontSystem& fonts_;
  // (style, text) -> width. A batch measures the same header strings (organ
  // names, motto, place) in every document; shaping them is ~1.8 M
  // instructions per document. Shaping depends only on the text, the style
  // and the font system, so a remembered width is the same number.
  std::unordered_map<std::string, Length> widths_;
};

std::unique_ptr<model::TextMeasurer> make_measurer(FontSystem& fonts);
std::unique_ptr<model::TextMeasurer> make_measurer(std::shared_ptr<FontSystem> fonts);

}  // namespace vanthu::layout
