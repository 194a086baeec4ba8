#include "realise/chart.h"

#include <algorithm>
#include <cmath>
#include <memory>

#include "model/chart.h"
#include "realise/nd30_styles.h"
#include "vn/format.h"

namespace vanthu::realise {

namespace {

using Shape = model::Drawing::Shape;

constexpr double kLabelSize = 11;   // unit names and axis labels, pt
constexpr double kValueSize = 11;   // values over the bars, pt
constexpr double kLineHeight = 12.5;  // of unit names at kLabelSize
constexpr double kMinSize = 6;        // the smallest unit names and values, pt
constexpr double kPlotHeight = 190;
const model::Drawing::Color kBar{0.22, 0.42, 0.69};
const model::Drawing::Color kGrid{0.82, 0.82, 0.82};
const model::Drawing::Color kInk{0, 0, 0};

model::RunStyle style_pt(double size, bool bold = false) {
  model::RunStyle s;
  s.size_half_pt = static_cast<int>(std::lround(size * 2));
  s.bold = bold;
  return s;
}

Shape text(std::string t, double x, double y, double size, model::Align align, bool bold = false) {
  Shape s;
  s.kind = Shape::Kind::Text;
  s.text = std::move(t);
  s.x = x;
  s.y = y;
  s.font_size = size;
  s.bold = bold;
  s.text_align = align;
  s.color = kInk;
  return s;
}

Shape line(double x1, double y1, double x2, double y2, double width, model::Drawing::Color color) {
  Shape s;
  s.kind = Shape::Kind::Line;
  s.x = x1;
  s.y = y1;
  s.w = x2 - x1;
  s.h = y2 - y1;
  s.line_width = width;
  s.color = color;
  return s;
}

// Greedy word wrap of a unit name into lines at most `width` wide. A word
// wider than that is broken after its hyphens ("HĐND-" / "UBND"); a piece
// still too wide stays whole (the caller then shrinks the text).
std::vector<std::string> wrap(const std::string& s, double width, model::TextMeasurer& m, const model::RunStyle& st) {
  struct Piece {
    std::string text;
    bool space_before;
  };
  std::vector<Piece> pieces;
  std::string word;
  auto flush_word = [&] {
    if (word.empty()) return;
    bool space = true;
    if (m.width(word, st).pt() > width) {
      size_t from = 0;
      for (size_t i = 0; i + 1 < word.size(); ++i)
        if (word[i] == '-' && i > from) {
          pieces.push_back({word.substr(from, i + 1 - from), space});
          space = false;
          from = i + 1;
        }
      word = word.substr(from);
    }
    pieces.push_back({word, space});
    word.clear();
  };
  for (char ch : s) {
    if (ch == ' ') flush_word();
    else word += ch;
  }
  flush_word();
  std::vector<std::string> lines;
  std::string cur;
  for (const Piece& p : pieces) {
    const std::string candidate = cur.empty() ? p.text : cur + (p.space_before ? " " : "") + p.text;
    if (!cur.empty() && m.width(candidate, st).pt() > width) {
      lines.push_back(cur);
      cur = p.text;
    } else {
      cur = candidate;
    }
  }
  if (!cur.empty()) lines.push_back(cur);
  return lines;
}

double widest(const std::vector<std::string>& lines, model::TextMeasurer& m, const model::RunStyle& st) {
  double w = 0;
  for (const auto& l : lines) w = std::max(w, m.width(l, st).pt());
  return w;
}

std::string tick_text(double v, double step) {
  const bool whole = std::fabs(step - std::round(step)) < 1e-9;
  return whole ? vn::format_integer(static_cast<int64_t>(std::llround(v))) : vn::format_decimal_trim(v, 2);
}

}  // namespace

double nice_step(double max, bool whole) {
  if (!(max > 0)) return 1;
  const double raw = max / 5;
  const double mag = std::pow(10.0, std::floor(std::log10(raw)));
  const double norm = raw / mag;
  double step = (norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 2.5 ? 2.5 : norm <= 5 ? 5 : 10) * mag;
  if (whole) step = std::max(1.0, std::round(step));
  return step;
}

model::Chart chart_data(const sem::Chart& chart) {
  model::Chart c;
  c.kind = model::Chart::Kind::Bar;
  model::Chart::Series series;
  series.name = chart.caption;
  series.color = kBar;
  for (const auto& b : chart.bars) {
    c.categories.push_back(b.label);
    series.values.push_back(b.value);
    series.texts.push_back(b.text);
  }
  c.series.push_back(std::move(series));
  c.decimals = chart.decimals;
  c.value_unit = chart.unit;
  c.grid_color = kGrid;
  return c;
}

model::Drawing bar_chart_drawing(const sem::Chart& chart, double width_pt, model::TextMeasurer& measure) {
  model::Chart data = chart_data(chart);
  return bar_chart_drawing(data, width_pt, measure);
}

model::Drawing bar_chart_drawing(model::Chart& chart, double width_pt, model::TextMeasurer& measure) {
  model::Drawing d;
  d.width_pt = width_pt;
  static const model::Chart::Series kNoSeries;
  const model::Chart::Series& series = chart.series.empty() ? kNoSeries : chart.series.front();
  const size_t n = std::max<size_t>(chart.categories.size(), 1);
  double hi = 0, lo = 0;
  for (double v : series.values) hi = std::max(hi, v), lo = std::min(lo, v);
  const bool whole = chart.decimals == 0;
  const double step = nice_step(std::max(hi, -lo), whole);
  const double top = hi > 0 ? std::ceil(hi / step - 1e-9) * step : (lo < 0 ? 0 : step);
  const double bottom = lo < 0 ? -std::ceil(-lo / step - 1e-9) * step : 0;
  chart.axis_min = bottom;
  chart.axis_max = top;
  chart.major_unit = step;

  // Left margin: the widest tick label; bottom: the wrapped unit names.
  const model::RunStyle label_style = style_pt(kLabelSize);
  double tick_w = 0;
  for (double v = bottom; v <= top + step / 2; v += step)
    tick_w = std::max(tick_w, measure.width(tick_text(v, step), label_style).pt());
  const double left = tick_w + 10;
  const double right = 6;
  const double plot_w = width_pt - left - right;
  const double slot = plot_w / static_cast<double>(n);
  // The unit names wrapped into their slots; with many bars the names (and
  // the values over the bars) get smaller, in half-point steps down to
  // kMinSize, until every line fits its slot, so that no two touch.
  std::vector<std::vector<std::string>> names;
  double name_size = kLabelSize;
  for (;; name_size -= 0.5) {
    const model::RunStyle st = style_pt(name_size);
    names.clear();
    bool fits = true;
    for (const auto& label : chart.categories) {
      names.push_back(wrap(label, slot - 6, measure, st));
      fits = fits && widest(names.back(), measure, st) <= slot - 6;
    }
    if (fits || name_size <= kMinSize) break;
  }
  double value_size = kValueSize;
  for (const auto& t : series.texts)
    while (value_size > kMinSize && measure.width(t, style_pt(value_size, true)).pt() > slot - 2) value_size -= 0.5;
  const double line_height = kLineHeight * name_size / kLabelSize;
  size_t name_lines = 1;
  for (const auto& lines : names) name_lines = std::max(name_lines, lines.size());
  const double plot_top = 26;  // room for the axis unit and the values over the bars
  const double plot_bottom = plot_top + kPlotHeight;
  d.height_pt = plot_bottom + 6 + line_height * static_cast<double>(name_lines) + 4;
  auto y_of = [&](double v) { return plot_bottom - (v - bottom) / (top - bottom) * kPlotHeight; };

  // Grid lines and tick labels.
  for (double v = bottom; v <= top + step / 2; v += step) {
    const double y = y_of(v);
    if (std::fabs(v) > 1e-12) d.shapes.push_back(line(left, y, left + plot_w, y, 0.5, kGrid));
    d.shapes.push_back(text(tick_text(v, step), left - 5, y + kLabelSize * 0.35, kLabelSize, model::Align::Right));
  }
  // The unit of the values, over the axis.
  if (!chart.value_unit.empty())
    d.shapes.push_back(text("(" + chart.value_unit + ")", left - 5, 11, kLabelSize, model::Align::Left));

  // Bars, their values and the unit names.
  const double zero = y_of(0);
  const double bw = std::min(slot * 0.55, 60.0);
  chart.gap_width_percent = static_cast<int>(std::lround((slot - bw) / bw * 100));
  chart.font_size_pt = name_size;
  chart.value_font_size_pt = value_size;
  chart.axis_font_size_pt = kLabelSize;
  chart.plot_x = left;
  chart.plot_y = plot_top;
  chart.plot_width = plot_w;
  chart.plot_height = kPlotHeight;
  chart.width_pt = d.width_pt;
  chart.height_pt = d.height_pt;
  for (size_t i = 0; i < chart.categories.size() && i < series.values.size(); ++i) {
    const double value = series.values[i];
    const std::string& value_text = i < series.texts.size() ? series.texts[i] : std::string();
    const double cx = left + slot * (static_cast<double>(i) + 0.5);
    const double y = y_of(value);
    Shape bar;
    bar.kind = Shape::Kind::FilledRect;
    bar.x = cx - bw / 2;
    bar.y = std::min(y, zero);
    bar.w = bw;
    bar.h = std::fabs(zero - y);
    bar.color = series.color;
    d.shapes.push_back(bar);
    const double value_y = value >= 0 ? std::min(y, zero) - 4 : std::max(y, zero) + value_size;
    d.shapes.push_back(text(value_text, cx, value_y, value_size, model::Align::Center, true));
    for (size_t k = 0; k < names[i].size(); ++k)
      d.shapes.push_back(text(names[i][k], cx, plot_bottom + 6 + name_size * 0.9 + line_height * static_cast<double>(k),
                              name_size, model::Align::Center));
  }
  // Axes last, over the bars' edges.
  d.shapes.push_back(line(left, plot_top - 8, left, plot_bottom, 0.75, kInk));
  d.shapes.push_back(line(left, zero, left + plot_w, zero, 0.75, kInk));
  return d;
}

void chart_blocks(Context& c, const sem::Chart& chart, std::vector<model::Block>& out) {
  if (chart.bars.empty()) {  // Engine::build stops on compute errors: this is a caller that skipped it
    c.diag.error(c.where(chart.line), "the chart was not computed from the data (tmpl::compute_report_tables)");
    return;
  }
  const std::string label = "Biểu đồ " + std::to_string(chart.number) + ".";
  // The picture is as wide as the text column, at most 160 mm.
  const double width = std::min(c.text_width.pt(), mm(160).pt());
  auto data = std::make_shared<model::Chart>(chart_data(chart));
  auto drawing = std::make_shared<model::Drawing>(bar_chart_drawing(*data, width, c.measure));
  model::Image img;
  img.width = pt(drawing->width_pt);
  img.height = pt(drawing->height_pt);
  img.drawing = drawing;
  img.chart = data;
  img.description = label + " " + chart.caption;
  for (const auto& b : chart.bars) img.description += "; " + b.label + ": " + b.text;
  img.props = paragraph(model::Align::Center, nd30::kTable).props;
  img.props.space_before = pt(6);
  img.props.keep_next = true;  // the caption stays under its chart
  out.push_back(model::Block{std::move(img)});

  // The caption under the chart, centred: "Biểu đồ 1." bold, then the text.
  model::Paragraph cap = paragraph(model::Align::Center, nd30::kTable);
  cap.props.space_before = pt(3);
  cap.props.space_after = pt(6);
  cap.props.tag = model::StructTag::Caption;
  add_run(cap, label, run_style(nd30::kTable, true));
  if (!chart.caption.empty()) add_run(cap, " " + chart.caption, run_style(nd30::kTable, false, true));
  out.push_back(block(std::move(cap)));
}

}  // namespace vanthu::realise
