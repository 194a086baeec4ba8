// The workbook embedded with a chart: the smallest SpreadsheetML package
// Excel and LibreOffice open (a workbook, one worksheet, inline strings, no
// styles or shared strings). Word shows the chart from the part's cached
// values; it opens this workbook only for "Edit Data".
#include <charconv>

#include "docx/chart_writer.h"
#include "docx/ooxml_names.h"
#include "docx/opc_package.h"
#include "docx/xml_writer.h"

namespace vanthu::docx {
namespace {

std::string cell_ref(size_t column, size_t row) {
  return std::string(1, static_cast<char>('A' + column)) + std::to_string(row);
}

void text_cell(XmlWriter& w, size_t column, size_t row, const std::string& text) {
  w.start("c");
  w.attr("r", cell_ref(column, row));
  w.attr("t", "inlineStr");
  w.start("is");
  w.start("t");
  w.text(text);
  w.end();
  w.end();
  w.end();
}

void number_cell(XmlWriter& w, size_t column, size_t row, double value) {
  char buf[32];
  const auto r = std::to_chars(buf, buf + sizeof buf, value);
  w.start("c");
  w.attr("r", cell_ref(column, row));
  w.start("v");
  w.text(value == 0 ? std::string("0") : std::string(buf, r.ptr));
  w.end();
  w.end();
}

std::string worksheet_xml(const model::Chart& chart) {
  XmlWriter w;
  w.start("worksheet");
  w.attr("xmlns", ns::kSpreadsheetMain);
  w.start("sheetData");
  w.start("row");
  w.attr("r", "1");
  for (size_t s = 0; s < chart.series.size(); ++s) text_cell(w, s + 1, 1, chart.series[s].name);
  w.end();
  for (size_t i = 0; i < chart.categories.size(); ++i) {
    w.start("row");
    w.attr_int("r", static_cast<int64_t>(i + 2));
    text_cell(w, 0, i + 2, chart.categories[i]);
    for (size_t s = 0; s < chart.series.size(); ++s)
      if (i < chart.series[s].values.size()) number_cell(w, s + 1, i + 2, chart.series[s].values[i]);
    w.end();
  }
  w.end();  // sheetData
  return w.finish();
}

std::string workbook_xml() {
  XmlWriter w;
  w.start("workbook");
  w.attr("xmlns", ns::kSpreadsheetMain);
  w.attr("xmlns:r", ns::kRelationships);
  w.start("sheets");
  w.start("sheet");
  w.attr("name", kChartSheet);
  w.attr("sheetId", "1");
  w.attr("r:id", "rId1");
  w.end();
  w.end();
  return w.finish();
}

}  // namespace

std::string chart_workbook_xlsx(const model::Chart& chart, long long timestamp) {
  opc::Relationships package_rels;
  package_rels.add(rel_type::kOfficeDocument, "xl/workbook.xml");
  opc::Relationships workbook_rels;
  workbook_rels.add(rel_type::kWorksheet, "worksheets/sheet1.xml");
  std::vector<opc::Part> parts;
  parts.push_back({"[Content_Types].xml", "", "", nullptr});
  parts.push_back({opc::relationships_part_name(""), content_type::kRelationships, package_rels.xml(), nullptr});
  parts.push_back({"xl/workbook.xml", content_type::kWorkbook, workbook_xml(), nullptr});
  parts.push_back({opc::relationships_part_name("xl/workbook.xml"), content_type::kRelationships, workbook_rels.xml(),
                   nullptr});
  parts.push_back({"xl/worksheets/sheet1.xml", content_type::kWorksheet, worksheet_xml(chart), nullptr});
  parts.front().bytes = opc::content_types_xml(std::span<const opc::Part>(parts).subspan(1));
  return opc::zip_package(parts, timestamp);
}

}  // namespace vanthu::docx
