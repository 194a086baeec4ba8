// Fonts and a text measurer as the layout engine has them, for `check`
// (the checks of widths: Quốc hiệu on one line, rule lengths, page count).
#pragma once

#include <memory>

#include "layout/fonts.h"
#include "layout/measure.h"

namespace vanthu::server {

struct Measurer {
  std::shared_ptr<layout::FontSystem> fonts = layout::FontSystem::create();
  std::unique_ptr<model::TextMeasurer> measurer = layout::make_measurer(fonts);
};

}  // namespace vanthu::server
