#include "template/report_table.h"

#include <cmath>
#include <functional>
#include <map>

#include "template/report_expr.h"
#include "template/report_units.h"
#include "vn/format.h"

namespace vanthu::tmpl {

namespace {

using Kind = sem::ReportColumn::Kind;

// Every node of the document in reading order: body or parts, then attachments.
void for_each_node(std::vector<sem::Node>& nodes, const std::function<void(sem::Node&)>& f) {
  for (auto& n : nodes) {
    f(n);
    if (auto* s = std::get_if<sem::Section>(&n)) for_each_node(s->children, f);
  }
}
void for_each_node(sem::Document& doc, const std::function<void(sem::Node&)>& f) {
  for_each_node(doc.body, f);
  for (auto& p : doc.parts) for_each_node(p.children, f);
  for (auto& a : doc.attachments) for_each_node(a.body, f);
}

// The JSON path of a figure ("bai_viet.thuc_hien" under "$.so_lieu.VP").
std::string figure_path(const std::string& base, const std::string& name) {
  std::string path = base;
  size_t start = 0;
  while (true) {
    const size_t dot = name.find('.', start);
    path = member_path(path, name.substr(start, dot == std::string::npos ? std::string::npos : dot - start));
    if (dot == std::string::npos) return path;
    start = dot + 1;
  }
}

// The expressions of a table (or chart) over the units' figures: the union of
// their variables is read once per unit.
struct Calculator {
  std::vector<std::string> vars;
  std::vector<std::optional<Expression>> exprs;   // per expression slot
  std::vector<std::vector<size_t>> var_index;     // per slot: positions in `vars`

  size_t add(Expression e) {
    std::vector<size_t> idx;
    for (const auto& v : e.variables()) {
      size_t k = 0;
      while (k < vars.size() && vars[k] != v) ++k;
      if (k == vars.size()) vars.push_back(v);
      idx.push_back(k);
    }
    exprs.emplace_back(std::move(e));
    var_index.push_back(std::move(idx));
    return exprs.size() - 1;
  }
  double eval(size_t slot, const std::vector<double>& values) const {
    std::vector<double> args;
    for (size_t k : var_index[slot]) args.push_back(values[k]);
    return exprs[slot]->evaluate(args);
  }
  // Reads every variable of every unit; nullopt (errors reported) when any is bad.
  std::optional<std::vector<std::vector<double>>> read(const std::vector<ReportUnit>& units, Diagnostics& diag) const {
    std::vector<std::vector<double>> out;
    bool ok = true;
    for (const auto& u : units) {
      std::vector<double> row;
      for (const auto& v : vars) {
        auto f = read_figure(u, v, diag);
        ok = ok && f.has_value();
        row.push_back(f.value_or(0));
      }
      out.push_back(std::move(row));
    }
    if (!ok) return std::nullopt;
    return out;
  }
};

std::vector<double> sum_rows(const std::vector<std::vector<double>>& rows, const std::vector<size_t>& which, size_t width) {
  std::vector<double> s(width, 0.0);
  for (size_t r : which)
    for (size_t k = 0; k < width; ++k) s[k] += rows[r][k];
  return s;
}

// The first figure an expression uses that is zero (the divisor, in
// practice), or -1.
int zero_variable(const Calculator& calc, size_t slot, const std::vector<double>& values) {
  for (size_t k : calc.var_index[slot])
    if (values[k] == 0) return static_cast<int>(k);
  return -1;
}

// Reports a value that cannot be computed. For a unit, at the figure that is
// zero; for a subtotal or total (`unit_path` empty), at the figures object.
void warn_not_computed(const Calculator& calc, size_t slot, const std::vector<double>& values, const std::string& unit_path,
                       const std::string& aggregate_path, const std::string& what, Diagnostics& diag) {
  const int k = zero_variable(calc, slot, values);
  if (!unit_path.empty()) {
    diag.warning(k >= 0 ? figure_path(unit_path, calc.vars[static_cast<size_t>(k)]) : unit_path,
                 what + " cannot be computed (division by zero): shown as \"-\"");
  } else {
    diag.warning(aggregate_path, what + " cannot be computed (division by zero" +
                                     (k >= 0 ? ": " + calc.vars[static_cast<size_t>(k)] + " adds up to 0" : std::string()) +
                                     "): shown as \"-\"");
  }
}

sem::TableCell cell(std::string text, sem::Align align = sem::Align::Default) {
  sem::TableCell c;
  if (!text.empty()) c.text.push_back(sem::Span{std::move(text)});
  c.align = align;
  return c;
}

struct TableWork {
  sem::ReportTable* table = nullptr;
  std::vector<ReportUnit> units;
  std::vector<std::vector<double>> values;  // per unit, per calc variable
  Calculator calc;
  std::vector<size_t> slot;  // per column: expression slot (Value columns)
  bool ok = false;
};

void header_rows(const sem::ReportTable& t, sem::Table& out) {
  bool grouped = false;
  for (const auto& c : t.columns) grouped = grouped || !c.group.empty();
  if (grouped) {
    // A first header row holds the groups over their columns. The model has
    // no vertical merge, so the columns outside groups have an empty cell
    // above their own header.
    sem::TableRow top;
    top.header = true;
    for (size_t i = 0; i < t.columns.size();) {
      size_t j = i + 1;
      while (j < t.columns.size() && t.columns[j].group == t.columns[i].group) ++j;
      sem::TableCell c = cell(t.columns[i].group);
      c.span = static_cast<int>(j - i);
      top.cells.push_back(std::move(c));
      i = j;
    }
    out.rows.push_back(std::move(top));
  }
  sem::TableRow row;
  row.header = true;
  for (const auto& c : t.columns) row.cells.push_back(cell(c.header));
  out.rows.push_back(std::move(row));
}

// One row of figures: the unit's (`unit_path` = its figures), or a group's
// subtotal or the grand total (`unit_path` empty, `where` = the figures).
sem::TableRow value_row(TableWork& w, const std::vector<double>& values, const std::string& index, const std::string& label,
                        bool total, const std::string& unit_path, const std::string& where, Diagnostics& diag,
                        const std::string& name = "") {
  const sem::ReportTable& t = *w.table;
  sem::TableRow row;
  row.total = total;
  for (size_t i = 0; i < t.columns.size(); ++i) {
    const auto& col = t.columns[i];
    switch (col.kind) {
      case Kind::Index: row.cells.push_back(cell(index)); break;
      case Kind::Label: row.cells.push_back(cell(label)); break;
      case Kind::Value: {
        if (total && !col.total) {
          row.cells.push_back(cell(""));
          break;
        }
        const double v = w.calc.eval(w.slot[i], values);
        if (!std::isfinite(v))
          warn_not_computed(w.calc, w.slot[i], values, unit_path, where,
                            "\"" + col.header + "\" of \"" + (name.empty() ? label : name) + "\"", diag);
        row.cells.push_back(cell(format_report_value(v, col.decimals, col.sign)));
        break;
      }
    }
  }
  return row;
}

void build_rows(TableWork& w, Diagnostics& diag) {
  sem::ReportTable& t = *w.table;
  sem::Table& out = t.computed;
  out = sem::Table{};
  out.unit = t.unit;
  out.font_half_pt = t.font_half_pt;
  out.line = t.line;
  for (const auto& c : t.columns) {
    sem::TableColumn tc;
    tc.align = c.kind == Kind::Index ? sem::Align::Center : c.kind == Kind::Label ? sem::Align::Left : sem::Align::Right;
    out.columns.push_back(tc);
  }
  header_rows(t, out);

  std::string figures_where;
  find_path(nlohmann::json::object(), t.figures_path.empty() ? t.units_path : t.figures_path, figures_where);
  const size_t width = w.calc.vars.size();
  std::vector<size_t> all;
  for (size_t i = 0; i < w.units.size(); ++i) all.push_back(i);

  if (t.group_field.empty()) {
    for (size_t i = 0; i < w.units.size(); ++i)
      out.rows.push_back(value_row(w, w.values[i], std::to_string(i + 1), w.units[i].label, false, w.units[i].figures_path,
                                   "", diag));
  } else {
    // Groups in order of first appearance; units keep their data order.
    std::vector<std::string> groups;
    std::map<std::string, std::vector<size_t>> members;
    for (size_t i = 0; i < w.units.size(); ++i) {
      auto& m = members[w.units[i].group];
      if (m.empty()) groups.push_back(w.units[i].group);
      m.push_back(i);
    }
    for (size_t g = 0; g < groups.size(); ++g) {
      const auto& m = members[groups[g]];
      const std::vector<double> sub = sum_rows(w.values, m, width);
      if (t.subtotals == "heading") {
        out.rows.push_back(value_row(w, sub, vn::roman(static_cast<int>(g) + 1), groups[g], true, "", figures_where, diag));
      } else {
        sem::TableRow head;
        head.total = true;
        for (const auto& c : t.columns)
          head.cells.push_back(cell(c.kind == Kind::Index ? vn::roman(static_cast<int>(g) + 1)
                                                          : c.kind == Kind::Label ? groups[g] : std::string()));
        out.rows.push_back(std::move(head));
      }
      for (size_t k = 0; k < m.size(); ++k)
        out.rows.push_back(value_row(w, w.values[m[k]], std::to_string(k + 1), w.units[m[k]].label, false,
                                     w.units[m[k]].figures_path, "", diag));
      if (t.subtotals == "row")
        out.rows.push_back(value_row(w, sub, "", t.subtotal_label, true, "", figures_where, diag, groups[g]));
    }
  }
  if (!t.total_label.empty())
    out.rows.push_back(value_row(w, sum_rows(w.values, all, width), "", t.total_label, true, "", figures_where, diag));
}

std::string where(const std::string& markup, int line) { return line > 0 ? markup + ":" + std::to_string(line) : markup; }

void compute_table(TableWork& w, const nlohmann::json& data, const std::string& markup, Diagnostics& diag) {
  sem::ReportTable& t = *w.table;
  bool declared_ok = true;
  bool has_label = false;
  for (const auto& c : t.columns) {
    has_label = has_label || c.kind == Kind::Label;
    if (c.kind != Kind::Value) {
      w.slot.push_back(0);
      continue;
    }
    std::string err;
    auto e = Expression::compile(c.value, err);
    if (!e) {
      diag.error(where(markup, c.line), "the column \"" + c.header + "\" has a bad expression \"" + c.value + "\": " + err);
      declared_ok = false;
      w.slot.push_back(0);
      continue;
    }
    w.slot.push_back(w.calc.add(std::move(*e)));
  }
  if (!has_label) {
    diag.error(where(markup, t.line), "a <report-table> needs a <label/> column (the units' names)");
    declared_ok = false;
  }
  auto units = read_units(t, data, diag);
  if (!units || !declared_ok) return;
  w.units = std::move(*units);
  auto values = w.calc.read(w.units, diag);
  if (!values) return;
  w.values = std::move(*values);
  build_rows(w, diag);
  w.ok = true;
}

void compute_chart(sem::Chart& ch, const std::vector<TableWork>& tables, const std::string& markup, Diagnostics& diag) {
  const TableWork* w = nullptr;
  for (const auto& t : tables)
    if (!t.table->id.empty() && t.table->id == ch.table) w = &t;
  if (!w) {
    diag.error(where(markup, ch.line), "the chart draws from the table \"" + ch.table +
                                           "\", but no <report-table> has that id");
    return;
  }
  if (!w->ok) return;  // its errors are reported already
  std::string err;
  auto e = Expression::compile(ch.value, err);
  if (!e) {
    diag.error(where(markup, ch.line), "the chart has a bad expression \"" + ch.value + "\": " + err);
    return;
  }
  Calculator calc;
  calc.add(std::move(*e));
  auto values = calc.read(w->units, diag);
  if (!values) return;
  ch.bars.clear();
  for (size_t i = 0; i < w->units.size(); ++i) {
    const ReportUnit& u = w->units[i];
    sem::Chart::Bar bar;
    bar.label = ch.label_field.empty() ? u.label : unit_text(u, ch.label_field);
    if (bar.label.empty()) {
      diag.error(member_path(u.path, ch.label_field), "is missing: the unit's name on the chart");
      continue;
    }
    bar.value = calc.eval(0, (*values)[i]);
    if (!std::isfinite(bar.value)) {
      warn_not_computed(calc, 0, (*values)[i], u.figures_path, "", "the chart value of \"" + u.label + "\"", diag);
      bar.value = 0;
      bar.text = "-";
    } else {
      bar.text = format_report_value(bar.value, ch.decimals, false);
    }
    ch.bars.push_back(std::move(bar));
  }
}

}  // namespace

std::string format_report_value(double v, int decimals, bool sign) {
  if (!std::isfinite(v)) return "-";
  std::string s = vn::format_decimal(v, decimals);
  if (sign && s != "0" && s.find_first_not_of("0,") != std::string::npos && s[0] != '-') s = "+" + s;
  return s;
}

void compute_report_tables(sem::Document& doc, const nlohmann::json& data, const std::string& markup_name,
                           Diagnostics& diag) {
  std::vector<TableWork> tables;
  std::map<std::string, int> ids;
  for_each_node(doc, [&](sem::Node& n) {
    if (auto* t = std::get_if<sem::ReportTable>(&n)) {
      if (!t->id.empty() && ids[t->id]++ > 0)
        diag.error(where(markup_name, t->line), "two report tables have the id \"" + t->id + "\"");
      TableWork w;
      w.table = t;
      tables.push_back(std::move(w));
    }
  });
  for (auto& w : tables) compute_table(w, data, markup_name, diag);
  int number = 0;
  for_each_node(doc, [&](sem::Node& n) {
    if (auto* ch = std::get_if<sem::Chart>(&n)) {
      ch->number = ++number;
      compute_chart(*ch, tables, markup_name, diag);
    }
  });
}

}  // namespace vanthu::tmpl
