#include "realise/body.h"

#include "core/unicode.h"
#include "realise/chart.h"
#include "realise/computed_table.h"
#include "realise/nd30_styles.h"
#include "vn/format.h"

namespace vanthu::realise {

namespace {

struct Label {
  std::string text;      // "I.", "1.", "a)", "Điều 1.", "-"
  bool title_upper = false;
  bool title_bold = true;
  bool title_italic = false;
  bool label_bold = true;  // the label of an untitled division
};

// The numbering scheme of PL1 §II.6.đ (articles) and §V.6b (plans, reports).
Label label_for(const Context& c, int depth, int index) {
  const bool articles = c.chapters || (c.type && c.type->numbering == vn::Numbering::Articles);
  if (c.chapters) --depth;  // depth 0 is the Chương (see chapter())
  Label l;
  if (articles) {
    switch (depth) {
      case 0: l.text = "Điều " + std::to_string(index + 1) + "."; break;
      case 1: l.text = std::to_string(index + 1) + "."; l.label_bold = false; break;
      case 2: l.text = vn::point_letter(index) + ")"; l.label_bold = false; l.title_bold = false; break;
      default: l.text = "-"; l.label_bold = false; l.title_bold = false; break;
    }
    return l;
  }
  switch (depth) {
    case 0: l.text = vn::roman(index + 1) + "."; l.title_upper = true; break;
    case 1: l.text = std::to_string(index + 1) + "."; l.label_bold = false; break;
    // Điểm: upright, not bold (PL1 §V.6b; the checker's PL1.II.6.e body.upright).
    case 2: l.text = vn::point_letter(index) + ")"; l.label_bold = false; l.title_bold = false; break;
    default: l.text = "-"; l.label_bold = false; l.title_bold = false; break;
  }
  return l;
}

void walk(Context& c, const std::vector<sem::Node>& nodes, int depth, std::vector<model::Block>& out);

// A division heading on lines of its own: "Phần I" / "Chương I", then its
// title in capitals after a line break, in one paragraph, so that the
// heading (Word's navigation pane, the PDF bookmark) reads "Phần I TÊN PHẦN".
void centred_heading(const std::string& label, const sem::Text& title, std::vector<model::Block>& out) {
  model::Paragraph p = paragraph(model::Align::Center, nd30::kBody);
  p.props.space_before = pt(12);
  p.props.keep_next = true;
  p.props.outline_level = 0;
  p.props.tag = model::StructTag::H2;
  p.props.part = model::Part::Heading;
  const model::RunStyle bold = run_style(nd30::kBody, true);
  add_run(p, label, bold);
  if (!title.empty()) {
    model::Run br;
    br.kind = model::RunKind::LineBreak;
    br.style = bold;
    p.runs.push_back(br);
    sem::Text up = title;
    for (auto& span : up) span.text = text::upper(span.text);
    add_text(p, up, bold);
  }
  out.push_back(block(std::move(p)));
}

// "Chương I" and its title on lines of their own, centred, bold (the
// regulation attached to a decision, PL3 Mẫu 1.3; PL1 §II.6.đ), laid out
// as the "Phần I" of long reports.
void chapter(Context& c, const sem::Section& s, int index, std::vector<model::Block>& out) {
  centred_heading("Chương " + vn::roman(index + 1), s.title, out);
  walk(c, s.children, 1, out);
}

void section(Context& c, const sem::Section& s, int depth, int index, std::vector<model::Block>& out) {
  if (c.chapters && depth == 0) return chapter(c, s, index, out);
  if (c.chapters && depth == 1) index = c.articles++;  // Điều run on across the chapters
  const Label l = label_for(c, depth, index);
  const model::RunStyle body = run_style(nd30::kBody);
  if (!s.title.empty()) {
    model::Paragraph h = body_paragraph();
    h.props.keep_next = true;
    h.props.outline_level = depth + c.outline_base;
    h.props.part = model::Part::Heading;
    h.props.tag = depth == 0 ? model::StructTag::H2 : depth == 1 ? model::StructTag::H3 : model::StructTag::H4;
    model::RunStyle ts = run_style(nd30::kBody, l.title_bold, l.title_italic);
    add_run(h, l.text + " ", ts);
    sem::Text title = s.title;
    if (l.title_upper)
      for (auto& span : title) span.text = text::upper(span.text);
    add_text(h, title, ts);
    out.push_back(block(std::move(h)));
    walk(c, s.children, depth + 1, out);
    return;
  }
  // An untitled division: its label opens the first paragraph ("1. Quyết
  // định này có hiệu lực…", "Điều 2. …").
  size_t first = 0;
  model::Paragraph p = body_paragraph();
  p.props.part = model::Part::Body;
  add_run(p, l.text + " ", run_style(nd30::kBody, l.label_bold));
  if (!s.children.empty()) {
    if (const auto* para = std::get_if<sem::Paragraph>(&s.children[0])) {
      add_text(p, para->text, body);
      first = 1;
    }
  }
  out.push_back(block(std::move(p)));
  std::vector<sem::Node> rest(s.children.begin() + static_cast<long>(first), s.children.end());
  walk(c, rest, depth + 1, out);
}

void walk(Context& c, const std::vector<sem::Node>& nodes, int depth, std::vector<model::Block>& out) {
  int index = 0;
  const model::RunStyle body = run_style(nd30::kBody);
  for (const auto& n : nodes) {
    if (const auto* p = std::get_if<sem::Paragraph>(&n)) {
      model::Paragraph mp = body_paragraph();
      mp.props.part = model::Part::Body;
      if (!p->indent) mp.props.first_line = Length{};
      switch (p->align) {
        case sem::Align::Left: mp.props.align = model::Align::Left; break;
        case sem::Align::Center: mp.props.align = model::Align::Center; mp.props.first_line = Length{}; break;
        case sem::Align::Right: mp.props.align = model::Align::Right; mp.props.first_line = Length{}; break;
        default: break;
      }
      if (!p->label.empty()) add_run(mp, p->label + ": ", body);
      add_text(mp, p->text, body);
      out.push_back(block(std::move(mp)));
    } else if (const auto* it = std::get_if<sem::Item>(&n)) {
      model::Paragraph mp = body_paragraph();
      mp.props.part = model::Part::Body;
      add_run(mp, "- ", body);
      add_text(mp, it->text, body);
      out.push_back(block(std::move(mp)));
    } else if (const auto* t = std::get_if<sem::Table>(&n)) {
      if (!t->unit.empty()) {
        model::Paragraph u = paragraph(model::Align::Right, nd30::kTable);
        u.props.space_before = pt(6);
        u.props.keep_next = true;
        add_run(u, t->unit, run_style(nd30::kTable, false, true));
        out.push_back(block(std::move(u)));
      }
      out.push_back(block(data_table(c, *t, c.text_width)));
    } else if (const auto* s = std::get_if<sem::Section>(&n)) {
      section(c, *s, depth, index++, out);
    } else if (const auto* rt = std::get_if<sem::ReportTable>(&n)) {
      report_table_blocks(c, *rt, out);
    } else if (const auto* ch = std::get_if<sem::Chart>(&n)) {
      chart_blocks(c, *ch, out);
    }
  }
}

model::Align cell_align(sem::Align a, model::Align fallback) {
  switch (a) {
    case sem::Align::Left: return model::Align::Left;
    case sem::Align::Center: return model::Align::Center;
    case sem::Align::Right: return model::Align::Right;
    case sem::Align::Justify: return model::Align::Justify;
    default: return fallback;
  }
}

}  // namespace

model::Paragraph body_paragraph() {
  model::Paragraph p = paragraph(model::Align::Justify, nd30::kBody);
  p.props.first_line = nd30::first_line();
  p.props.space_before = nd30::paragraph_gap();
  return p;
}

void body_blocks(Context& c, const std::vector<sem::Node>& nodes, std::vector<model::Block>& out) {
  walk(c, nodes, 0, out);
}

void part_heading(Context& c, int index, const sem::Text& title, std::vector<model::Block>& out) {
  centred_heading("Phần " + vn::roman(index + 1), title, out);
  c.outline_base = 1;  // the mục of a Phần sit one level below it
}

model::Table data_table(Context& c, const sem::Table& t, Length width) {
  model::Table mt;
  mt.borders = true;
  const int size = t.font_half_pt > 0 ? t.font_half_pt : nd30::kTable;
  double total = 0;
  for (const auto& col : t.columns) total += col.weight;
  Length used;
  for (size_t i = 0; i < t.columns.size(); ++i) {
    Length w = i + 1 == t.columns.size() ? width - used
                                         : Length::from_emu(static_cast<int64_t>(width.emu * t.columns[i].weight / total));
    w = twips(w.twips());  // whole twips, so the DOCX grid adds up exactly
    if (i + 1 == t.columns.size()) w = twips((width - used).twips());
    mt.columns.push_back(w);
    used += w;
  }
  for (const auto& row : t.rows) {
    model::TableRow mr;
    mr.repeat_header = row.header;
    mr.cant_split = true;
    size_t col = 0;
    for (const auto& cell : row.cells) {
      model::TableCell mc;
      mc.span = cell.span;
      mc.valign = row.header ? model::VAlign::Center : model::VAlign::Top;
      const model::Align fallback = row.header ? model::Align::Center
                                               : (col < t.columns.size() ? cell_align(t.columns[col].align, model::Align::Left)
                                                                         : model::Align::Left);
      model::Paragraph p = paragraph(row.header ? model::Align::Center : cell_align(cell.align, fallback), size);
      p.props.space_before = pt(2);
      p.props.space_after = pt(2);
      add_text(p, cell.text, run_style(size, row.header || row.total || cell.bold));
      mc.blocks.push_back(block(std::move(p)));
      mr.cells.push_back(std::move(mc));
      col += static_cast<size_t>(cell.span);
    }
    if (col != t.columns.size())
      c.diag.error(c.where(t.line), "a table row has " + std::to_string(col) + " cells but the table has " +
                                        std::to_string(t.columns.size()) + " columns");
    mt.rows.push_back(std::move(mr));
  }
  return mt;
}

void add_closing_mark(std::vector<model::Block>& blocks) {
  for (auto it = blocks.rbegin(); it != blocks.rend(); ++it) {
    auto* p = std::get_if<model::Paragraph>(&it->value);
    if (!p || p->runs.empty()) continue;
    for (auto r = p->runs.rbegin(); r != p->runs.rend(); ++r) {
      if (r->kind != model::RunKind::Text) continue;
      std::string& t = r->text;
      while (!t.empty() && t.back() == ' ') t.pop_back();
      if (t.size() >= 3 && t.compare(t.size() - 3, 3, "./.") == 0) return;
      // "…năm 2018." becomes "…năm 2018./."; a trailing ";" or ":" gives way.
      t = strip_trailing(t, ";:,");
      if (!t.empty() && t.back() == '.') {
        while (t.size() >= 2 && t[t.size() - 2] == '.') t.pop_back();  // "phát động.." → "phát động."
        t += "/.";
      } else {
        t += "./.";
      }
      return;
    }
  }
}

}  // namespace vanthu::realise
