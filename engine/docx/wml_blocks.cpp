// A list of blocks (a section's body or a cell's content).
#include <type_traits>

#include "docx/wml_writer.h"

namespace vanthu::docx {

void write_blocks(XmlWriter& w, const std::vector<model::Block>& blocks, const BlockScope& scope,
                  PackageState& state, const SectPrWriter* sect_pr) {
  const ParagraphExtras plain{scope.keep_with_next, 0, nullptr};
  const ParagraphExtras last{scope.keep_with_next, 0, sect_pr};
  for (size_t i = 0; i < blocks.size(); ++i) {
    // Two w:tbl in a row are one table to Word and LibreOffice (the second's
    // properties win); a paragraph keeps them apart.
    if (i > 0 && std::holds_alternative<model::Table>(blocks[i].value) &&
        std::holds_alternative<model::Table>(blocks[i - 1].value))
      write_filler_paragraph(w, plain);
    const ParagraphExtras& extras = i + 1 == blocks.size() ? last : plain;
    std::visit(
        [&](const auto& b) {
          using T = std::decay_t<decltype(b)>;
          if constexpr (std::is_same_v<T, model::Paragraph>) {
            write_paragraph(w, b, extras);
          } else if constexpr (std::is_same_v<T, model::Rule>) {
            write_rule(w, b, scope.container_width, extras);
          } else if constexpr (std::is_same_v<T, model::Image>) {
            write_image(w, b, state, extras);
          } else {
            static_assert(std::is_same_v<T, model::Table>);
            write_table(w, b, scope, state);
          }
        },
        blocks[i].value);
  }
  // A cell, and a section whose break sits in a paragraph, must end with a
  // paragraph; Word adds a full-height one after a trailing table by itself,
  // which can spill onto a new page, so ours is 1 pt high.
  if (blocks.empty() || std::holds_alternative<model::Table>(blocks.back().value))
    write_filler_paragraph(w, last);
}

}  // namespace vanthu::docx
