// Computed report tables and charts: the rows of every <report-table> and
// the bars of every <chart> are computed from the JSON data before
// realisation (docs/bao-cao.md). Totals are never read from the data: a
// total row evaluates each column's expression over the sums of the figures
// of its units, so a ratio total is the ratio of the totals.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "core/status.h"
#include "template/semantic.h"

namespace vanthu::tmpl {

// Fills ReportTable::computed and Chart::bars / number throughout `doc`
// (body, parts, attachments). Data errors carry JSON paths; errors in the
// declarations carry "<markup_name>:<line>". A value that cannot be computed
// (division by zero) is shown as "-" and reported as a warning.
void compute_report_tables(sem::Document& doc, const nlohmann::json& data, const std::string& markup_name,
                           Diagnostics& diag);

// The text of a computed value: Vietnamese separators ("1.234", "95,5"),
// `decimals` digits, "+" before a positive value when `sign`, and "-" for a
// value that could not be computed (NaN, infinity).
std::string format_report_value(double v, int decimals, bool sign);

}  // namespace vanthu::tmpl
