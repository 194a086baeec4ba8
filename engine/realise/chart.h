// Bar charts: a computed sem::Chart becomes a model::Drawing (bars, axes,
// grid, value labels, unit names wrapped under the bars) in a centred
// picture, followed by its caption "Biểu đồ N. …". The PDF draws the vectors;
// the DOCX gets a PNG rendered from the same drawing (engine/api/chart_png).
#pragma once

#include <vector>

#include "realise/build.h"

namespace vanthu::realise {

// The drawing of `chart`, `width_pt` wide; text measured with `measure`.
model::Drawing bar_chart_drawing(const sem::Chart& chart, double width_pt, model::TextMeasurer& measure);

// Appends the picture and its caption.
void chart_blocks(Context& c, const sem::Chart& chart, std::vector<model::Block>& out);

// Tick step for an axis from 0 to `max`: 1, 2, 2.5 or 5 times a power of ten,
// giving about five intervals; whole numbers when `whole`.
double nice_step(double max, bool whole);

}  // namespace vanthu::realise
