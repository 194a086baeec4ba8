// Realisation: the semantic tree plus the rules of Nghị định 30/2020 give the
// neutral document model (sizes, fonts, numbering labels I./1./a)/-, the
// ký hiệu, punctuation of căn cứ and Nơi nhận, the "./." ending, the header
// and closing tables with rule lengths measured from the text).
#pragma once

#include <optional>

#include "core/status.h"
#include "model/document.h"
#include "model/measure.h"
#include "template/semantic.h"

namespace vanthu::realise {

struct Options {
  // Margins in mm; each must lie inside the decree's range.
  std::optional<double> margin_top, margin_bottom, margin_left, margin_right;
  long long timestamp = 0;  // metadata date (SOURCE_DATE_EPOCH or the document date)
  std::string source_name;  // for diagnostics ("ke-hoach/template.xml")
};

model::Document realise(const sem::Document& doc, model::TextMeasurer& measure, const Options& options,
                        Diagnostics& diag);

}  // namespace vanthu::realise
