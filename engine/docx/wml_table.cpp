// Tables: w:tbl with fixed layout and the model's grid, rows and cells.
#include <numeric>

#include "core/memory.h"
#include "docx/wml_writer.h"

namespace vanthu::docx {
namespace {

void write_width(XmlWriter& w, const char* element, int64_t twips) {
  w.start(element);
  w.attr_int("w:w", twips);
  w.attr("w:type", "dxa");
  w.end();
}

// All single 0.5 pt borders. A borderless table has no w:tblBorders at all:
// its style (TableNormal, which has none) applies; AbiWord draws borders
// whenever the element is present, even with w:val="none".
void write_borders(XmlWriter& w) {
  static constexpr const char* kEdges[] = {"w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"};
  w.start("w:tblBorders");  // CT_TblBorders order
  for (const char* edge : kEdges) {
    w.start(edge);
    w.attr("w:val", "single");
    w.attr("w:sz", "4");  // eighths of a point: 0.5 pt
    w.attr("w:space", "0");
    w.attr("w:color", "auto");
    w.end();
  }
  w.end();
}

void write_table_props(XmlWriter& w, const model::Table& t, int64_t total_twips) {
  w.start("w:tblPr");
  write_width(w, "w:tblW", total_twips);
  write_width(w, "w:tblInd", t.indent.twips());
  if (t.borders) write_borders(w);
  w.start("w:tblLayout");
  w.attr("w:type", "fixed");
  w.end();
  w.start("w:tblCellMar");
  write_width(w, "w:top", t.cell_margin_top.twips());
  write_width(w, "w:left", t.cell_margin_left.twips());
  write_width(w, "w:bottom", t.cell_margin_bottom.twips());
  write_width(w, "w:right", t.cell_margin_right.twips());
  w.end();
  w.end();
}

void write_row_props(XmlWriter& w, const model::TableRow& row) {
  if (!row.cant_split && !row.repeat_header && !row.min_height) return;
  w.start("w:trPr");
  if (row.cant_split) w.empty("w:cantSplit");
  if (row.min_height) {
    w.start("w:trHeight");
    w.attr_int("w:val", row.min_height->twips());
    w.attr("w:hRule", "atLeast");
    w.end();
  }
  if (row.repeat_header) w.empty("w:tblHeader");
  w.end();
}

const char* valign_value(model::VAlign v) {
  switch (v) {
    case model::VAlign::Top: return "top";
    case model::VAlign::Center: return "center";
    case model::VAlign::Bottom: return "bottom";
  }
  return "top";
}

}  // namespace

// Rows written before the room for a long table's others is reserved.
constexpr size_t kSampleRows = 64;
// Rows freed between two returns of free memory to the system: the freed
// rows are small blocks inside the heap that nothing reuses while the part
// grows (it is one large mapping), so the heap would keep them (issue 17).
constexpr size_t kReleaseRows = 8192;

void write_table(XmlWriter& w, const model::Table& table, const BlockScope& scope, PackageState& state,
                 model::Table* release) {
  std::vector<int64_t> grid;
  grid.reserve(table.columns.size());
  for (const Length& c : table.columns) grid.push_back(c.twips());
  w.start("w:tbl");
  // tblW is the sum of the written grid, so both agree to the twip.
  write_table_props(w, table, std::accumulate(grid.begin(), grid.end(), int64_t{0}));
  w.start("w:tblGrid");
  for (int64_t c : grid) {
    w.start("w:gridCol");
    w.attr_int("w:w", c);
    w.end();
  }
  w.end();

  const Length margins = table.cell_margin_left + table.cell_margin_right;
  const size_t rows_start = w.size();
  // A long list: what the earlier stages freed goes back before the part grows.
  if (release && table.rows.size() >= kReleaseRows) core::return_free_memory();
  for (size_t r = 0; r < table.rows.size(); ++r) {
    const auto& row = table.rows[r];
    // A long table (an attached list of 100,000 rows): once the first rows
    // are written, room for the others is reserved at their average size
    // and a quarter more, so that the part does not grow by doubling: each
    // doubling copies it and holds both copies for a moment (issue 17).
    if (r == kSampleRows && table.rows.size() >= 4 * kSampleRows)
      w.reserve_more((w.size() - rows_start) / r * (table.rows.size() - r) / 4 * 5);
    // keep_together: Word keeps a table on one page when every paragraph of
    // every row but the last is "keep with next".
    const bool keep = scope.keep_with_next || (table.keep_together && r + 1 < table.rows.size());
    w.start("w:tr");
    write_row_props(w, row);
    size_t column = 0;
    for (const auto& cell : row.cells) {
      Length width;
      int64_t width_twips = 0;
      for (int i = 0; i < cell.span; ++i, ++column) {
        width += table.columns[column];
        width_twips += grid[column];
      }
      w.start("w:tc");
      w.start("w:tcPr");
      write_width(w, "w:tcW", width_twips);
      if (cell.span > 1) w.val_int("w:gridSpan", cell.span);
      w.val("w:vAlign", valign_value(cell.valign));
      w.end();
      write_blocks(w, cell.blocks, BlockScope{width - margins, keep}, state, nullptr);
      w.end();  // tc
    }
    w.end();  // tr
    if (release) {
      std::vector<model::TableCell>().swap(release->rows[r].cells);
      if ((r + 1) % kReleaseRows == 0) core::return_free_memory();
    }
  }
  w.end();  // tbl
}

}  // namespace vanthu::docx
