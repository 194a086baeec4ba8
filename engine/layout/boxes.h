// Internal to the layout engine: blocks turned into boxes of unbreakable
// slices ("atoms") before pagination decides where pages break.
#pragma once

#include <deque>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "layout/pages.h"

namespace vanthu::layout {

// Word's single border (w:sz="4", in eighths of a point). LibreOffice adds the
// width of every horizontal border to the table's height.
inline constexpr double kBorderPt = 0.5;

// An unbreakable slice: one text line, a picture, a rule, a table row.
// Item positions are relative to the atom's top-left.
struct Atom {
  double height = 0;
  std::vector<Item> items;
};

struct ParaBox {
  const model::Paragraph* source = nullptr;  // null for rules and pictures
  double box_width = 0;                      // for re-shaping a PAGE field
  double x = 0;                              // offset of the box in its container
  double before = 0, after = 0;
  std::vector<Atom> lines;
  bool keep_next = false, keep_lines = false, widow_control = true, page_break_before = false;
  bool has_page_field = false;
  int node = -1;
  int outline_level = -1;
  std::string outline_title;
  double height() const;  // lines only
};

// An atom placed in a cell, `top` from the top of the cell's content area.
struct PlacedAtom {
  double top = 0;
  Atom atom;
};

struct CellBox {
  double x = 0, width = 0;  // outer edges, relative to the table's left edge
  model::VAlign valign = model::VAlign::Top;
  double margin_top = 0, margin_bottom = 0;
  std::vector<PlacedAtom> content;
  double content_height = 0;
  int node = -1;  // TD/TH
};

struct RowBox {
  std::vector<CellBox> cells;
  double height = 0;  // cell area only (border excluded)
  bool cant_split = true;
  bool repeat_header = false;
  int node = -1;  // TR
};

struct TableBox {
  const model::Table* source = nullptr;  // rows are boxed from it in order (add_row_box)
  size_t rows_made = 0;                  // rows of `source` boxed so far
  int parent_node = -1;                  // of the content of layout tables' cells
  std::vector<double> edges;             // column edges from the table's left edge
  double x = 0;  // left edge relative to the text column
  double width = 0;
  bool borders = false;
  bool keep_together = false;
  std::vector<RowBox> rows;
  int node = -1;  // Table (-1 for layout tables)
  double border() const { return borders ? kBorderPt : 0.0; }
  double height() const;  // of the rows boxed
};

// Structure nodes are created while boxes are built, in document order.
class StructureBuilder {
 public:
  explicit StructureBuilder(std::vector<StructNode>& nodes) : nodes_(nodes) {}
  int add(const char* tag, int parent, std::string alt = {});

 private:
  std::vector<StructNode>& nodes_;
};

const char* tag_name(model::StructTag tag);

// `box_width` is the width of the container (text column or cell text area).
ParaBox make_paragraph_box(const FontSystem& fonts, const model::Paragraph& p, double box_width, int node,
                           int page_number = 1);
ParaBox make_rule_box(const model::Rule& rule, double box_width);
ParaBox make_image_box(const model::Image& image, double box_width, int node);
TableBox make_table_box(const FontSystem& fonts, const model::Table& table, double box_width,
                        StructureBuilder& structure, int parent_node);
// The same in steps, so that a long table is boxed row by row as pagination
// places it (issue 17): the table's own node, then each row's nodes and
// boxes, in the order make_table_box creates them.
TableBox begin_table_box(const model::Table& table, StructureBuilder& structure, int parent_node);
void add_row_box(const FontSystem& fonts, TableBox& box, StructureBuilder& structure);

// The table's row `r` as one atom (borders included), `height` tall
// (>= the row's height), with cell content aligned in it. `top_border`
// and `bottom_border` say which horizontal borders to draw.
Atom row_atom(const TableBox& table, const RowBox& row, double height, bool top_border, bool bottom_border,
              bool tagged);
// The same, taking the items of a row that is placed once.
Atom row_atom(const TableBox& table, RowBox&& row, double height, bool top_border, bool bottom_border, bool tagged);

// Splits `row` so that its first part is at most `avail` tall (cell area).
// Returns false when not even one atom of any cell fits.
bool split_row(const RowBox& row, double avail, RowBox& first, RowBox& rest);

using FlowBlock = std::variant<ParaBox, TableBox>;

// The box of one block (nothing for a cell's closing filler). Without
// `whole_table` a table gets its first row only (all rows when it is kept
// together); add_row_box makes the others.
std::optional<FlowBlock> make_box(const FontSystem& fonts, const model::Block& block, double width,
                                  StructureBuilder& structure, int parent_node, bool whole_table);

// A section's boxes made as pagination reaches them (a keep-with-next chain
// looks ahead), in document order, so that the structure nodes are numbered
// as make_boxes numbers them; a placed block is released. A long list is
// then never boxed whole (issue 17).
class FlowQueue {
 public:
  FlowQueue(const FontSystem& fonts, const std::vector<model::Block>& blocks, double width,
            std::vector<StructNode>& nodes, int parent_node);
  size_t size() const { return sources_.size(); }
  FlowBlock& at(size_t i);  // boxes the blocks up to i; references stay valid
  // Index in the model's blocks of the flow block i.
  size_t source(size_t i) const { return sources_[i]; }
  void release(size_t i);

 private:
  const FontSystem& fonts_;
  const std::vector<model::Block>& blocks_;
  double width_;
  std::vector<StructNode>& nodes_;
  int parent_node_;
  std::vector<size_t> sources_;  // model index of each flow block (closing fillers are not laid out)
  std::deque<FlowBlock> boxes_;
};

// The boxes of a list of blocks (a section's body, a cell's content, a
// footer), in order, with their structure nodes under `parent_node`.
// Word's fillers (model/word_paragraphs.h) are laid out untagged; a cell's
// closing filler is left out, as LibreOffice does not count its height.
std::vector<FlowBlock> make_boxes(const FontSystem& fonts, const std::vector<model::Block>& blocks, double width,
                                  StructureBuilder& structure, int parent_node);

// Throws std::invalid_argument (naming `where`) when `blocks`, a section's
// body or a cell's content, lack a paragraph Word needs: the layout lays
// out what the DOCX writer writes, and neither adds one.
void require_word_paragraphs(const std::vector<model::Block>& blocks, const std::string& where);

// Cell content: blocks stacked with Word's paragraph spacing. Returns the
// content height.
double stack_blocks(const FontSystem& fonts, const std::vector<model::Block>& blocks, double width,
                    StructureBuilder& structure, int parent_node, std::vector<PlacedAtom>& out);

}  // namespace vanthu::layout
