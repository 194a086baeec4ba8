// One walk over the model's blocks. The DOCX writer, the layout engine, the
// dumps and the model's own steps dispatch on a block's kind through these
// functions instead of each testing the variant themselves:
//
//   model::visit(block, model::Overloaded{
//       [&](const model::Paragraph& p) { … },
//       [&](const model::Table& t) { … },
//       [&](const model::Rule& r) { … },
//       [&](const model::Image& i) { … }});
//
// Every kind must have a callback (a generic `[](const auto&) {}` takes the
// rest), so a new kind of block does not compile until each walk says what
// it does with it.
#pragma once

#include <utility>
#include <variant>
#include <vector>

#include "model/document.h"

namespace vanthu::model {

// A visitor made of lambdas, one per kind of block.
template <class... F>
struct Overloaded : F... {
  using F::operator()...;
};
template <class... F>
Overloaded(F...) -> Overloaded<F...>;

// Calls the visitor with the block's paragraph, table, rule or image.
template <class Visitor>
decltype(auto) visit(const Block& block, Visitor&& visitor) {
  return std::visit(std::forward<Visitor>(visitor), block.value);
}
template <class Visitor>
decltype(auto) visit(Block& block, Visitor&& visitor) {
  return std::visit(std::forward<Visitor>(visitor), block.value);
}

// Visits every block of `blocks` and of the cells of their tables, depth
// first in document order (a table, then its cells' blocks row by row).
template <class Blocks, class Visitor>
void visit_all(Blocks& blocks, Visitor&& visitor) {
  for (auto& block : blocks) {
    visit(block, visitor);
    if (auto* table = std::get_if<Table>(&block.value))
      for (auto& row : table->rows)
        for (auto& cell : row.cells) visit_all(cell.blocks, visitor);
  }
}

}  // namespace vanthu::model
