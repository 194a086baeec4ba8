// Internal to the DOCX writer: a chart's parts. The chart part
// (word/charts/chartN.xml) and the workbook embedded with it
// (word/embeddings/chartN.xlsx), which Word opens for "Edit Data".
#pragma once

#include <string>

#include "model/chart.h"

namespace vanthu::docx {

// The sheet of the embedded workbook the chart's formulas name: categories
// in column A from row 2, series n in column B+n, its name in row 1.
inline constexpr const char* kChartSheet = "Sheet1";
inline constexpr const char* kCategoryAxisId = "111111111";
inline constexpr const char* kValueAxisId = "222222222";

struct ChartPartOptions {
  std::string font_family = "Times New Roman";
  std::string language = "vi-VN";
  std::string workbook_rel_id;  // the chart part's relationship to its workbook ("" = none)
};

// chart_part.cpp: the c:chartSpace of `chart`.
std::string chart_space_xml(const model::Chart& chart, const ChartPartOptions& options);

// chart_workbook.cpp: a minimal .xlsx holding the chart's data on kChartSheet
// (inline strings, no styles), zipped with every entry dated `timestamp`.
std::string chart_workbook_xlsx(const model::Chart& chart, long long timestamp);

}  // namespace vanthu::docx
