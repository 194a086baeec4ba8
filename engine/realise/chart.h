// Bar charts: a computed sem::Chart becomes the chart's data (model::Chart,
// which the DOCX writes as a native chart part) and its geometry, a
// model::Drawing (bars, axes, grid, value labels, unit names wrapped under
// the bars) that the PDF draws, in a centred picture followed by its caption
// "Biểu đồ N. …". This is the one place the chart's geometry is computed.
#pragma once

#include <vector>

#include "model/chart.h"
#include "realise/build.h"

namespace vanthu::realise {

// The chart's data: one series, one category per bar.
model::Chart chart_data(const sem::Chart& chart);

// The drawing of `chart`, `width_pt` wide; text measured with `measure`.
// Records in `chart` the scale, bar gap and label size it chose, so that the
// native chart of the DOCX shows the same axis.
model::Drawing bar_chart_drawing(model::Chart& chart, double width_pt, model::TextMeasurer& measure);
model::Drawing bar_chart_drawing(const sem::Chart& chart, double width_pt, model::TextMeasurer& measure);

// Appends the picture and its caption.
void chart_blocks(Context& c, const sem::Chart& chart, std::vector<model::Block>& out);

// Tick step for an axis from 0 to `max`: 1, 2, 2.5 or 5 times a power of ten,
// giving about five intervals; whole numbers when `whole`.
double nice_step(double max, bool whole);

}  // namespace vanthu::realise
