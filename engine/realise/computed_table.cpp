#include "realise/computed_table.h"

#include <algorithm>

#include "core/unicode.h"
#include "realise/body.h"
#include "realise/nd30_styles.h"

namespace vanthu::realise {

namespace {

std::vector<std::string> words(const std::string& s) {
  std::vector<std::string> out;
  std::string cur;
  for (char ch : s) {
    if (ch == ' ') {
      if (!cur.empty()) out.push_back(cur);
      cur.clear();
    } else {
      cur += ch;
    }
  }
  if (!cur.empty()) out.push_back(cur);
  return out;
}

// A cell as the fitting sees it: the widths of its words (a number is one
// word: it never wraps), in points.
struct CellWords {
  size_t first = 0, count = 1;  // grid columns covered
  std::vector<double> words;
  double space = 0;
};

struct Grid {
  size_t n = 0;
  std::vector<std::vector<CellWords>> rows;
  std::vector<double> min;  // per column: its longest word, margins included
  double pad = 0;           // cell margins plus slack, per column
};

Grid measure_grid(Context& c, const sem::Table& t, int half_pt, Length cell_margins) {
  Grid g;
  g.n = t.columns.size();
  g.min.assign(g.n, 0);
  // Slack for the difference between our metrics and other renderers'.
  g.pad = cell_margins.pt() + 1.5;
  for (const auto& row : t.rows) {
    std::vector<CellWords> cells;
    size_t col = 0;
    for (const auto& cell : row.cells) {
      if (col >= g.n) break;
      const model::RunStyle style = run_style(half_pt, row.header || row.total || cell.bold);
      const std::string text = sem::plain(cell.text);
      CellWords cw;
      cw.first = col;
      cw.count = std::min<size_t>(static_cast<size_t>(cell.span), g.n - col);
      cw.space = c.measure.width("a a", style).pt() - c.measure.width("aa", style).pt();
      const bool numeric = !row.header && t.columns[col].align == sem::Align::Right;
      if (numeric) {
        if (!text.empty()) cw.words.push_back(c.measure.width(text, style).pt());
      } else {
        for (const auto& w : words(text)) cw.words.push_back(c.measure.width(w, style).pt());
      }
      double longest = 0;
      for (double w : cw.words) longest = std::max(longest, w);
      if (cw.count == 1) g.min[col] = std::max(g.min[col], longest + g.pad);
      cells.push_back(std::move(cw));
      col += static_cast<size_t>(cell.span);
    }
    g.rows.push_back(std::move(cells));
  }
  // A spanning cell (a column group's header) needs its longest word across its columns.
  for (const auto& row : g.rows)
    for (const auto& cw : row) {
      if (cw.count < 2) continue;
      double longest = 0, sum = 0;
      for (double w : cw.words) longest = std::max(longest, w);
      for (size_t k = 0; k < cw.count; ++k) sum += g.min[cw.first + k];
      if (sum < longest + g.pad)
        for (size_t k = 0; k < cw.count; ++k) g.min[cw.first + k] += (longest + g.pad - sum) / static_cast<double>(cw.count);
    }
  return g;
}

// Lines of a cell set `width` wide (greedy breaking between words, as Word does).
int lines(const CellWords& c, double width) {
  int n = 1;
  double cur = -1;
  for (double w : c.words) {
    if (cur < 0) cur = w;
    else if (cur + c.space + w <= width + 1e-6) cur += c.space + w;
    else ++n, cur = w;
  }
  return n;
}

double cell_width(const Grid& g, const CellWords& c, const std::vector<double>& w) {
  double sum = 0;
  for (size_t k = 0; k < c.count; ++k) sum += w[c.first + k];
  return sum - g.pad;
}

// Whole twips; the last column takes the rounding so the grid adds up to `total`.
std::vector<Length> to_twips(const std::vector<double>& w, Length total) {
  std::vector<Length> out;
  Length used;
  for (size_t i = 0; i < w.size(); ++i) {
    Length l = i + 1 == w.size() ? twips((total - used).twips()) : twips(static_cast<int64_t>(w[i] * 20));
    out.push_back(l);
    used += l;
  }
  return out;
}

}  // namespace

std::optional<std::vector<Length>> fit_columns(Context& c, const sem::Table& t, int half_pt, Length available,
                                               Length cell_margins) {
  const Grid g = measure_grid(c, t, half_pt, cell_margins);
  const double total = available.pt();
  std::vector<double> w = g.min;
  double remaining = total;
  for (double x : w) remaining -= x;
  if (remaining < -0.01) return std::nullopt;

  // Greedy: starting from every column at its longest word, repeatedly widen
  // the column whose widening saves the most per point, until nothing is
  // saved; the rest is shared in proportion. What is saved: the table's lines
  // (each row as tall as its tallest cell), plus a small weight for the lines
  // of every cell, so that a row whose cells all wrap (the header) also gets
  // shorter one column at a time.
  const double weight = 0.5 / static_cast<double>(std::max<size_t>(g.n, 1));
  std::vector<std::vector<int>> cached(g.rows.size());
  auto row_cost = [&](size_t r, size_t col, double extra) {
    int m = 1, sum = 0;
    for (size_t k = 0; k < g.rows[r].size(); ++k) {
      const CellWords& cw = g.rows[r][k];
      const bool touches = col < g.n && cw.first <= col && col < cw.first + cw.count;
      const int l = touches ? lines(cw, cell_width(g, cw, w) + extra) : cached[r][k];
      m = std::max(m, l);
      sum += l;
    }
    return m + weight * sum;
  };
  auto refresh = [&] {
    double cost = 0;
    for (size_t r = 0; r < g.rows.size(); ++r) {
      cached[r].clear();
      for (const auto& cw : g.rows[r]) cached[r].push_back(lines(cw, cell_width(g, cw, w)));
      cost += row_cost(r, g.n, 0);
    }
    return cost;
  };
  double cost = refresh();
  const double step = 1.5, cap = 150;
  while (remaining >= step) {
    double best_ratio = 0, best_inc = 0;
    size_t best_col = g.n;
    for (size_t col = 0; col < g.n; ++col) {
      for (double inc = step; inc <= std::min(remaining, cap) + 1e-9; inc += step) {
        double c2 = 0;
        for (size_t r = 0; r < g.rows.size(); ++r) c2 += row_cost(r, col, inc);
        const double ratio = (cost - c2) / inc;
        if (ratio > best_ratio + 1e-9) best_ratio = ratio, best_inc = inc, best_col = col;
      }
    }
    if (best_col == g.n) break;
    w[best_col] += best_inc;
    remaining -= best_inc;
    cost = refresh();
  }
  if (remaining > 0) {
    double used = 0;
    for (double x : w) used += x;
    for (double& x : w) x += remaining * x / used;
  }
  return to_twips(w, available);
}

void report_table_blocks(Context& c, const sem::ReportTable& t, std::vector<model::Block>& out) {
  const sem::Table& table = t.computed;
  if (table.rows.empty()) {  // Engine::build stops on compute errors: this is a caller that skipped it
    c.diag.error(c.where(t.line), "the report table was not computed from the data (tmpl::compute_report_tables)");
    return;
  }
  const int size = table.font_half_pt > 0 ? table.font_half_pt : nd30::kTable;
  const model::Table probe;  // the model's default cell margins
  const Length margins = probe.cell_margin_left + probe.cell_margin_right;

  Length width = c.text_width;
  auto widths = fit_columns(c, table, size, width, margins);
  const bool landscape = t.orientation == "landscape" || (t.orientation.empty() && !widths);
  const size_t begin = out.size();
  if (landscape && c.landscape) {
    width = c.landscape->text_width;
    widths = fit_columns(c, table, size, width, margins);
  } else if (t.orientation == "landscape") {
    c.diag.warning(c.where(t.line), "orientation=\"landscape\" is ignored inside an attachment: give the "
                                    "<attachment> orientation=\"landscape\" instead");
  }
  if (!widths) {
    c.diag.warning(c.where(t.line), "the table is too wide for the page even with its columns at their narrowest; "
                                    "it overflows the right margin (put it in a landscape appendix or use a smaller font-size)");
  }

  if (!table.unit.empty()) {
    // "Đơn vị tính: …" in italic, right-aligned above the table (nd30.md §7.3).
    model::Paragraph u = paragraph(model::Align::Right, size);
    u.props.space_before = pt(6);
    u.props.keep_next = true;
    add_run(u, table.unit, run_style(size, false, true));
    out.push_back(block(std::move(u)));
  }
  model::Table mt = data_table(c, table, width);
  if (widths) {
    mt.columns = *widths;
  } else {
    // Narrowest layout: each column at its longest word.
    const Grid g = measure_grid(c, table, size, margins);
    double sum = 0;
    for (double x : g.min) sum += x;
    mt.columns = to_twips(g.min, pt(sum));
  }
  out.push_back(block(std::move(mt)));
  if (landscape && c.landscape) c.landscape->ranges.emplace_back(begin, out.size());
}

}  // namespace vanthu::realise
