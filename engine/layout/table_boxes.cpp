// Tables → rows of cells whose content is stacked atoms; rows → atoms.
#include <algorithm>
#include <stdexcept>
#include <string>

#include "layout/boxes.h"

namespace vanthu::layout {
namespace {

constexpr double kEpsilon = 1e-6;

void shift_item(Item& it, double dx, double dy) {
  it.x += dx;
  it.y += dy;
  if (it.kind == Item::Kind::Line) {
    it.x2 += dx;
    it.y2 += dy;
  }
}

void shift_items(std::vector<Item>& items, double dx, double dy) {
  for (Item& it : items) shift_item(it, dx, dy);
}

Item stroke(double x, double y, double x2, double y2) {
  Item it;
  it.kind = Item::Kind::Line;
  it.x = x;
  it.y = y;
  it.x2 = x2;
  it.y2 = y2;
  it.line_width = kBorderPt;
  return it;
}

// Paragraph spacing between two blocks: LibreOffice (our referee for what
// Word shows) uses the larger of the previous paragraph's space after and
// this paragraph's space before, not their sum (measured).
double collapse(double prev_after, double before) { return std::max(prev_after, before); }

}  // namespace

double TableBox::height() const {
  double h = border();
  for (const RowBox& r : rows) h += r.height + border();
  return h;
}

double stack_blocks(const FontSystem& fonts, const std::vector<model::Block>& blocks, double width,
                    StructureBuilder& structure, int parent_node, std::vector<PlacedAtom>& out) {
  double y = 0, prev_after = 0;
  bool first = true;
  auto place_box = [&](ParaBox box) {
    y += first ? box.before : collapse(prev_after, box.before);
    for (Atom& a : box.lines) {
      double h = a.height;
      out.push_back(PlacedAtom{y, std::move(a)});
      y += h;
    }
    prev_after = box.after;
    first = false;
  };
  for (FlowBlock& box : make_boxes(fonts, blocks, width, structure, parent_node)) {
    if (auto* p = std::get_if<ParaBox>(&box)) {
      place_box(std::move(*p));
      continue;
    }
    const TableBox& table = std::get<TableBox>(box);
    y += first ? 0 : prev_after;
    for (size_t i = 0; i < table.rows.size(); ++i) {
      const RowBox& row = table.rows[i];
      Atom a = row_atom(table, row, row.height, true, i + 1 == table.rows.size(), true);
      shift_items(a.items, table.x, 0);
      double h = a.height;
      out.push_back(PlacedAtom{y, std::move(a)});
      y += h;
    }
    prev_after = 0;
    first = false;
  }
  // A cell's closing filler is not laid out (model::Part::CellEndFiller);
  // an empty cell gets one line of the default 14 pt mark instead.
  if (first) {
    model::RunStyle mark;
    y = kSingleLineEm * mark.size_half_pt / 2.0;
  }
  return y + prev_after;
}

TableBox begin_table_box(const model::Table& table, StructureBuilder& structure, int parent_node) {
  if (table.columns.empty()) throw std::invalid_argument("table without columns");
  TableBox box;
  box.source = &table;
  box.parent_node = parent_node;
  box.x = table.indent.pt();
  box.borders = table.borders;
  box.keep_together = table.keep_together;
  box.edges.push_back(0);
  for (const Length& c : table.columns) {
    if (c.emu <= 0) throw std::invalid_argument("table column of non-positive width");
    box.edges.push_back(box.edges.back() + c.pt());
  }
  box.width = box.edges.back();
  box.node = table.layout_table ? -1 : structure.add("Table", parent_node);
  return box;
}

void add_row_box(const FontSystem& fonts, TableBox& box, StructureBuilder& structure) {
  const model::Table& table = *box.source;
  const size_t r = box.rows_made;
  const model::TableRow& row = table.rows[r];
  const std::vector<double>& edges = box.edges;
  double margin_l = table.cell_margin_left.pt(), margin_r = table.cell_margin_right.pt();
  RowBox rb;
  rb.cant_split = row.cant_split;
  rb.repeat_header = row.repeat_header;
  rb.node = box.node < 0 ? -1 : structure.add("TR", box.node);
  size_t col = 0;
  double tallest = 0;
  for (const model::TableCell& cell : row.cells) {
    if (cell.span < 1 || col + static_cast<size_t>(cell.span) > table.columns.size())
      throw std::invalid_argument("table row " + std::to_string(r + 1) + ": cells span " +
                                  std::to_string(col + static_cast<size_t>(std::max(cell.span, 1))) +
                                  " columns, the grid has " + std::to_string(table.columns.size()));
    CellBox cb;
    cb.x = edges[col];
    cb.width = edges[col + static_cast<size_t>(cell.span)] - cb.x;
    col += static_cast<size_t>(cell.span);
    cb.valign = cell.valign;
    cb.margin_top = table.cell_margin_top.pt();
    cb.margin_bottom = table.cell_margin_bottom.pt();
    double text_width = cb.width - margin_l - margin_r;
    if (text_width <= 0)
      throw std::invalid_argument("table row " + std::to_string(r + 1) + ": a cell is narrower than its margins");
    int content_parent = box.parent_node;
    if (rb.node >= 0) cb.node = content_parent = structure.add(row.repeat_header ? "TH" : "TD", rb.node);
    require_word_paragraphs(cell.blocks, "table row " + std::to_string(r + 1) + ", cell " +
                                             std::to_string(rb.cells.size() + 1) + ":");
    cb.content_height = stack_blocks(fonts, cell.blocks, text_width, structure, content_parent, cb.content);
    for (PlacedAtom& a : cb.content) shift_items(a.atom.items, margin_l, 0);
    tallest = std::max(tallest, cb.margin_top + cb.content_height + cb.margin_bottom);
    rb.cells.push_back(std::move(cb));
  }
  // w:trHeight counts the row's top border (LibreOffice, measured).
  rb.height = row.min_height ? std::max(tallest, row.min_height->pt() - box.border()) : tallest;
  box.rows.push_back(std::move(rb));
  ++box.rows_made;
}

TableBox make_table_box(const FontSystem& fonts, const model::Table& table, double /*box_width*/,
                        StructureBuilder& structure, int parent_node) {
  TableBox box = begin_table_box(table, structure, parent_node);
  box.rows.reserve(table.rows.size());
  while (box.rows_made < table.rows.size()) add_row_box(fonts, box, structure);
  return box;
}

namespace {

// The cell items of `row` into one atom `height` tall, and the borders:
// copied from a const row, moved from another.
template <typename Row>
Atom make_row_atom(const TableBox& table, Row& row, double height, bool top_border, bool bottom_border, bool tagged) {
  double b = table.border();
  double top = top_border ? b : 0;
  Atom atom;
  atom.height = top + height + (bottom_border ? b : 0);
  for (auto& cell : row.cells) {
    double avail = height - cell.margin_top - cell.margin_bottom;
    double offset = 0;
    if (cell.valign == model::VAlign::Center) offset = std::max(0.0, (avail - cell.content_height) / 2);
    else if (cell.valign == model::VAlign::Bottom) offset = std::max(0.0, avail - cell.content_height);
    for (auto& pa : cell.content) {
      const double dy = top + cell.margin_top + offset + pa.top;
      for (auto& it : pa.atom.items) {
        Item item = std::move(it);  // a copy when `it` is const
        shift_item(item, cell.x, dy);
        if (!tagged) item.node = -1;
        atom.items.push_back(std::move(item));
      }
    }
  }
  if (table.borders) {
    double h = atom.height;
    if (top_border) atom.items.push_back(stroke(0, b / 2, table.width, b / 2));
    if (bottom_border) atom.items.push_back(stroke(0, h - b / 2, table.width, h - b / 2));
    for (const CellBox& cell : row.cells) atom.items.push_back(stroke(cell.x, 0, cell.x, h));
    atom.items.push_back(stroke(table.width, 0, table.width, h));
  }
  return atom;
}

}  // namespace

Atom row_atom(const TableBox& table, const RowBox& row, double height, bool top_border, bool bottom_border,
              bool tagged) {
  return make_row_atom(table, row, height, top_border, bottom_border, tagged);
}

Atom row_atom(const TableBox& table, RowBox&& row, double height, bool top_border, bool bottom_border, bool tagged) {
  return make_row_atom(table, row, height, top_border, bottom_border, tagged);
}

namespace {

// `row` without the content of its cells.
RowBox empty_like(const RowBox& row) {
  RowBox out;
  out.height = row.height;
  out.cant_split = row.cant_split;
  out.repeat_header = row.repeat_header;
  out.node = row.node;
  out.cells.reserve(row.cells.size());
  for (const CellBox& c : row.cells) {
    CellBox cell;
    cell.x = c.x;
    cell.width = c.width;
    cell.valign = c.valign;
    cell.margin_top = c.margin_top;
    cell.margin_bottom = c.margin_bottom;
    cell.content_height = c.content_height;
    cell.node = c.node;
    out.cells.push_back(std::move(cell));
  }
  return out;
}

}  // namespace

bool split_row(const RowBox& row, double avail, RowBox& first, RowBox& rest) {
  first = empty_like(row);
  rest = empty_like(row);
  bool any_kept = false;
  double rest_height = 0;
  for (size_t c = 0; c < row.cells.size(); ++c) {
    const CellBox& cell = row.cells[c];
    CellBox& a = first.cells[c];
    CellBox& b = rest.cells[c];
    a.content.clear();
    b.content.clear();
    a.valign = b.valign = model::VAlign::Top;  // a split row is filled from the top
    double limit = avail - cell.margin_top - cell.margin_bottom;
    double shift = -1;
    for (const PlacedAtom& pa : cell.content) {
      if (shift < 0 && pa.top + pa.atom.height <= limit + kEpsilon) {
        a.content.push_back(pa);
        any_kept = true;
      } else {
        if (shift < 0) shift = pa.top;
        b.content.push_back(PlacedAtom{pa.top - shift, pa.atom});
      }
    }
    a.content_height = a.content.empty() ? 0 : a.content.back().top + a.content.back().atom.height;
    b.content_height = b.content.empty() ? 0 : b.content.back().top + b.content.back().atom.height;
    rest_height = std::max(rest_height, b.margin_top + b.content_height + b.margin_bottom);
  }
  first.height = avail;
  rest.height = rest_height;
  return any_kept;
}

}  // namespace vanthu::layout
