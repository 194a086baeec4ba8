// Realisation of computed report tables: the "Đơn vị tính: …" line and a
// bordered table whose column widths are fitted to the measured content
// within the text width; numbers right-aligned, header rows bold, centred
// and repeated on every page (nd30.md §7.3).
#pragma once

#include <optional>
#include <vector>

#include "realise/build.h"

namespace vanthu::realise {

// Column widths (whole twips, summing to `available`) for the cells of `t` at
// `half_pt`, measured with the context's TextMeasurer: numbers never wrap,
// text wraps between words. nullopt when even the narrowest layout (every
// text column at its longest word) is wider than `available`.
std::optional<std::vector<Length>> fit_columns(Context& c, const sem::Table& t, int half_pt, Length available,
                                               Length cell_margins);

// Appends the unit line and the table. A table with orientation="landscape",
// or one too wide for the portrait page, goes into a landscape section of
// its own when the context allows it (c.landscape); otherwise it is set at
// its narrowest with a warning.
void report_table_blocks(Context& c, const sem::ReportTable& t, std::vector<model::Block>& out);

}  // namespace vanthu::realise
