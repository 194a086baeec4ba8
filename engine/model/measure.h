// Text measurement, injected into the realisation step (rule lengths, column
// fit). Implemented by the layout engine with the same Pango code that lays
// out the PDF, so the DOCX and the PDF are computed from one set of metrics.
#pragma once

#include <string_view>

#include "core/length.h"
#include "model/document.h"

namespace vanthu::model {

class TextMeasurer {
 public:
  virtual ~TextMeasurer() = default;
  // Advance width of one line of text set in `style` (no wrapping).
  virtual Length width(std::string_view utf8, const RunStyle& style) = 0;
  // Number of lines the paragraph takes when laid out `width` wide.
  virtual int line_count(const Paragraph& paragraph, Length width) = 0;
};

}  // namespace vanthu::model
