#include "model/word_paragraphs.h"

#include <utility>

namespace vanthu::model {
namespace {

bool is_table(const Block& b) { return std::holds_alternative<Table>(b.value); }

// Fills one list of blocks; `cell`: the content of a table cell.
void fill(std::vector<Block>& blocks, bool cell) {
  // Exactly the room needed: a cell of one paragraph keeps capacity 1 (a
  // spare Block is ~270 bytes; one per cell of a 100,000-row list was
  // 260 MB, issue 17).
  size_t needed = blocks.size();
  for (size_t i = 0; i < blocks.size(); ++i)
    if (is_table(blocks[i]) && i > 0 && is_table(blocks[i - 1])) ++needed;
  if (blocks.empty() || is_table(blocks.back())) ++needed;
  std::vector<Block> out;
  out.reserve(needed);
  for (Block& b : blocks) {
    if (auto* t = std::get_if<Table>(&b.value))
      for (auto& row : t->rows)
        for (auto& c : row.cells) fill(c.blocks, true);
    if (is_table(b) && !out.empty() && is_table(out.back())) out.push_back({filler_paragraph(Part::Filler)});
    out.push_back(std::move(b));
  }
  if (out.empty() || is_table(out.back()))
    out.push_back({filler_paragraph(cell ? Part::CellEndFiller : Part::Filler)});
  blocks = std::move(out);
}

}  // namespace

Paragraph filler_paragraph(Part part) {
  Paragraph p;
  p.props.align = Align::Left;
  p.props.line = {LineSpacing::Rule::Exact, 20};  // twips: 1 pt
  p.props.mark.size_half_pt = 2;
  p.props.part = part;
  return p;
}

bool is_filler(const Paragraph& p) { return p.props.part == Part::Filler || p.props.part == Part::CellEndFiller; }

void make_word_paragraphs_explicit(Document& doc) {
  for (Section& s : doc.sections) fill(s.blocks, false);
}

std::string missing_word_paragraph(const std::vector<Block>& blocks) {
  if (blocks.empty()) return "holds no block (make_word_paragraphs_explicit adds Word's paragraph)";
  for (size_t i = 1; i < blocks.size(); ++i)
    if (is_table(blocks[i - 1]) && is_table(blocks[i]))
      return "blocks " + std::to_string(i) + " and " + std::to_string(i + 1) +
             " are adjacent tables (make_word_paragraphs_explicit adds Word's paragraph between them)";
  if (is_table(blocks.back())) return "ends with a table (make_word_paragraphs_explicit adds Word's paragraph after it)";
  return {};
}

}  // namespace vanthu::model
