// word/charts/chartN.xml: a model::Chart as a DrawingML chart (ECMA-376
// §21.2, c:chartSpace). The categories and values carry their cached values
// (c:strCache, c:numCache), which Word and LibreOffice show without opening
// the embedded workbook; the formulas (c:f) name that workbook's cells
// (docx/chart_workbook.cpp). Scale, plot area and sizes are those of the
// chart's geometry (realise/chart.cpp), so the native chart looks like the
// PDF's drawing. Element order follows dml-chart.xsd.
#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>

#include "docx/chart_writer.h"
#include "docx/ooxml_names.h"
#include "docx/xml_writer.h"

namespace vanthu::docx {
namespace {

void val(XmlWriter& w, const char* name, const std::string& v) {
  w.start(name);
  w.attr("val", v);
  w.end();
}

void val_int(XmlWriter& w, const char* name, int64_t v) {
  w.start(name);
  w.attr_int("val", v);
  w.end();
}

std::string hex(const model::Drawing::Color& c) {
  auto byte = [](double v) { return static_cast<int>(std::lround(std::clamp(v, 0.0, 1.0) * 255)); };
  char buf[8];
  std::snprintf(buf, sizeof buf, "%02X%02X%02X", byte(c.r), byte(c.g), byte(c.b));
  return buf;
}

void solid_fill(XmlWriter& w, const std::string& rgb) {
  w.start("a:solidFill");
  val(w, "a:srgbClr", rgb);
  w.end();
}

// A line of `width_pt` in `rgb` (a:ln w is in EMU), or no line.
void line(XmlWriter& w, double width_pt, const std::string& rgb) {
  w.start("a:ln");
  if (rgb.empty()) {
    w.empty("a:noFill");
  } else {
    w.attr_int("w", std::lround(width_pt * 12700));
    solid_fill(w, rgb);
  }
  w.end();
}

void shape_props(XmlWriter& w, const std::string& fill, double line_pt, const std::string& line_rgb) {
  w.start("c:spPr");
  if (fill.empty()) w.empty("a:noFill");
  else solid_fill(w, fill);
  line(w, line_pt, line_rgb);
  w.end();
}

void run_props(XmlWriter& w, const char* element, double size_pt, bool bold, const std::string& font) {
  w.start(element);
  w.attr_int("sz", std::lround(size_pt * 100));
  w.attr("b", bold ? "1" : "0");
  solid_fill(w, "000000");
  w.start("a:latin");
  w.attr("typeface", font);
  w.end();
  w.start("a:cs");
  w.attr("typeface", font);
  w.end();
  w.end();
}

// c:txPr: the text properties of labels.
void text_props(XmlWriter& w, double size_pt, bool bold, const std::string& font) {
  w.start("c:txPr");
  w.start("a:bodyPr");
  w.attr("rot", "0");
  w.attr("vert", "horz");
  w.end();
  w.empty("a:lstStyle");
  w.start("a:p");
  w.start("a:pPr");
  run_props(w, "a:defRPr", size_pt, bold, font);
  w.end();
  w.start("a:endParaRPr");
  w.attr("lang", "vi-VN");
  w.end();
  w.end();  // p
  w.end();  // txPr
}

// The shortest text that reads back as `v` (deterministic, no locale).
std::string number(double v) {
  if (v == 0) return "0";
  char buf[32];
  const auto r = std::to_chars(buf, buf + sizeof buf, v);
  return std::string(buf, r.ptr);
}

std::string value_format(int decimals) {
  return decimals > 0 ? "#,##0." + std::string(static_cast<size_t>(decimals), '0') : "#,##0";
}

void num_fmt(XmlWriter& w, const std::string& code) {
  w.start("c:numFmt");
  w.attr("formatCode", code);
  w.attr("sourceLinked", "0");
  w.end();
}

// "Sheet1!$A$2:$A$8"
std::string range(char column, size_t first_row, size_t last_row) {
  const std::string c(1, column);
  return std::string(kChartSheet) + "!$" + c + "$" + std::to_string(first_row) + ":$" + c + "$" + std::to_string(last_row);
}

void series(XmlWriter& w, const model::Chart& chart, size_t index, const std::string& font) {
  const model::Chart::Series& s = chart.series[index];
  const char column = static_cast<char>('B' + index);
  const size_t n = chart.categories.size();
  w.start("c:ser");
  val_int(w, "c:idx", static_cast<int64_t>(index));
  val_int(w, "c:order", static_cast<int64_t>(index));
  w.start("c:tx");
  w.start("c:strRef");
  w.start("c:f");
  w.text(std::string(kChartSheet) + "!$" + column + "$1");
  w.end();
  w.start("c:strCache");
  val_int(w, "c:ptCount", 1);
  w.start("c:pt");
  w.attr("idx", "0");
  w.start("c:v");
  w.text(s.name);
  w.end();
  w.end();
  w.end();  // strCache
  w.end();  // strRef
  w.end();  // tx
  shape_props(w, hex(s.color), 0, "");
  val(w, "c:invertIfNegative", "0");
  // The value over each bar, as the drawing prints it.
  w.start("c:dLbls");
  num_fmt(w, value_format(chart.decimals));
  shape_props(w, "", 0, "");
  text_props(w, chart.value_font_size_pt, true, font);
  val(w, "c:dLblPos", "outEnd");
  val(w, "c:showLegendKey", "0");
  val(w, "c:showVal", "1");
  val(w, "c:showCatName", "0");
  val(w, "c:showSerName", "0");
  val(w, "c:showPercent", "0");
  val(w, "c:showBubbleSize", "0");
  w.end();  // dLbls
  w.start("c:cat");
  w.start("c:strRef");
  w.start("c:f");
  w.text(range('A', 2, n + 1));
  w.end();
  w.start("c:strCache");
  val_int(w, "c:ptCount", static_cast<int64_t>(n));
  for (size_t i = 0; i < n; ++i) {
    w.start("c:pt");
    w.attr_int("idx", static_cast<int64_t>(i));
    w.start("c:v");
    w.text(chart.categories[i]);
    w.end();
    w.end();
  }
  w.end();  // strCache
  w.end();  // strRef
  w.end();  // cat
  w.start("c:val");
  w.start("c:numRef");
  w.start("c:f");
  w.text(range(column, 2, n + 1));
  w.end();
  w.start("c:numCache");
  w.start("c:formatCode");
  w.text(value_format(chart.decimals));
  w.end();
  val_int(w, "c:ptCount", static_cast<int64_t>(n));
  for (size_t i = 0; i < n && i < s.values.size(); ++i) {
    w.start("c:pt");
    w.attr_int("idx", static_cast<int64_t>(i));
    w.start("c:v");
    w.text(number(s.values[i]));
    w.end();
    w.end();
  }
  w.end();  // numCache
  w.end();  // numRef
  w.end();  // val
  w.end();  // ser
}

// c:layout with a manual layout in fractions of the chart's size;
// `inner`: the box is the plot area inside the axes (without tick labels).
void manual_layout(XmlWriter& w, double x, double y, double cw, double ch, bool inner, double width, double height) {
  w.start("c:layout");
  w.start("c:manualLayout");
  if (inner) val(w, "c:layoutTarget", "inner");
  val(w, "c:xMode", "edge");
  val(w, "c:yMode", "edge");
  val(w, "c:x", number(x / width));
  val(w, "c:y", number(y / height));
  if (cw > 0) {
    val(w, "c:w", number(cw / width));
    val(w, "c:h", number(ch / height));
  }
  w.end();
  w.end();
}

// "(tin, bài)" over the value axis, horizontal, where the drawing puts it.
void axis_title(XmlWriter& w, const model::Chart& chart, const std::string& font) {
  w.start("c:title");
  w.start("c:tx");
  w.start("c:rich");
  w.start("a:bodyPr");
  w.attr("rot", "0");
  w.attr("vert", "horz");
  w.end();
  w.empty("a:lstStyle");
  w.start("a:p");
  w.start("a:pPr");
  run_props(w, "a:defRPr", chart.axis_font_size_pt, false, font);
  w.end();
  w.start("a:r");
  run_props(w, "a:rPr", chart.axis_font_size_pt, false, font);
  w.start("a:t");
  w.text("(" + chart.value_unit + ")");
  w.end();
  w.end();  // r
  w.end();  // p
  w.end();  // rich
  w.end();  // tx
  // The drawing sets it at (plot left - 5 pt, baseline 11 pt).
  manual_layout(w, std::max(0.0, chart.plot_x - 5), 0, 0, 0, false, chart.width_pt, chart.height_pt);
  val(w, "c:overlay", "0");
  w.end();
}

void category_axis(XmlWriter& w, const model::Chart& chart, const std::string& font) {
  w.start("c:catAx");
  val(w, "c:axId", kCategoryAxisId);
  w.start("c:scaling");
  val(w, "c:orientation", "minMax");
  w.end();
  val(w, "c:delete", "0");
  val(w, "c:axPos", "b");
  num_fmt(w, "General");
  val(w, "c:majorTickMark", "none");
  val(w, "c:minorTickMark", "none");
  val(w, "c:tickLblPos", "low");  // under the plot area, also below negative bars
  w.start("c:spPr");
  line(w, 0.75, "000000");
  w.end();
  text_props(w, chart.font_size_pt, false, font);
  val(w, "c:crossAx", kValueAxisId);
  val(w, "c:crosses", "autoZero");
  val(w, "c:auto", "1");
  val(w, "c:lblAlgn", "ctr");
  val(w, "c:lblOffset", "100");
  val(w, "c:noMultiLvlLbl", "0");
  w.end();
}

void value_axis(XmlWriter& w, const model::Chart& chart, const std::string& font) {
  w.start("c:valAx");
  val(w, "c:axId", kValueAxisId);
  w.start("c:scaling");
  val(w, "c:orientation", "minMax");
  val(w, "c:max", number(chart.axis_max));
  val(w, "c:min", number(chart.axis_min));
  w.end();
  val(w, "c:delete", "0");
  val(w, "c:axPos", "l");
  w.start("c:majorGridlines");
  w.start("c:spPr");
  line(w, 0.5, hex(chart.grid_color));
  w.end();
  w.end();
  if (!chart.value_unit.empty()) axis_title(w, chart, font);
  const bool whole = std::fabs(chart.major_unit - std::round(chart.major_unit)) < 1e-9;
  num_fmt(w, whole ? "#,##0" : "General");
  val(w, "c:majorTickMark", "none");
  val(w, "c:minorTickMark", "none");
  val(w, "c:tickLblPos", "nextTo");
  w.start("c:spPr");
  line(w, 0.75, "000000");
  w.end();
  text_props(w, chart.axis_font_size_pt, false, font);
  val(w, "c:crossAx", kCategoryAxisId);
  val(w, "c:crosses", "autoZero");
  val(w, "c:crossBetween", "between");
  val(w, "c:majorUnit", number(chart.major_unit));
  w.end();
}

}  // namespace

std::string chart_space_xml(const model::Chart& chart, const ChartPartOptions& options) {
  XmlWriter w;
  w.start("c:chartSpace");
  w.attr("xmlns:c", ns::kChart);
  w.attr("xmlns:a", ns::kDrawingMain);
  w.attr("xmlns:r", ns::kRelationships);
  val(w, "c:date1904", "0");
  val(w, "c:lang", options.language);
  val(w, "c:roundedCorners", "0");  // absent means rounded in Word
  w.start("c:chart");
  val(w, "c:autoTitleDeleted", "1");  // the caption is the paragraph under the chart
  w.start("c:plotArea");
  manual_layout(w, chart.plot_x, chart.plot_y, chart.plot_width, chart.plot_height, true, chart.width_pt,
                chart.height_pt);
  w.start("c:barChart");
  val(w, "c:barDir", "col");
  val(w, "c:grouping", "clustered");
  val(w, "c:varyColors", "0");
  for (size_t i = 0; i < chart.series.size(); ++i) series(w, chart, i, options.font_family);
  val_int(w, "c:gapWidth", chart.gap_width_percent);
  val(w, "c:axId", kCategoryAxisId);
  val(w, "c:axId", kValueAxisId);
  w.end();  // barChart
  category_axis(w, chart, options.font_family);
  value_axis(w, chart, options.font_family);
  shape_props(w, "", 0, "");
  w.end();  // plotArea
  val(w, "c:plotVisOnly", "1");
  val(w, "c:dispBlanksAs", "gap");
  w.end();  // chart
  shape_props(w, "", 0, "");  // no background, no border: the page shows through, as in the PDF
  text_props(w, chart.axis_font_size_pt, false, options.font_family);
  if (!options.workbook_rel_id.empty()) {
    w.start("c:externalData");
    w.attr("r:id", options.workbook_rel_id);
    val(w, "c:autoUpdate", "0");
    w.end();
  }
  w.end();  // chartSpace
  return w.finish();
}

}  // namespace vanthu::docx
