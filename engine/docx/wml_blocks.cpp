// A list of blocks (a section's body or a cell's content). Word's paragraphs
// between and after tables are in the model (model/word_paragraphs.h).
#include "docx/wml_writer.h"
#include "model/walk.h"

namespace vanthu::docx {

void write_blocks(XmlWriter& w, const std::vector<model::Block>& blocks, const BlockScope& scope,
                  PackageState& state, const SectPrWriter* sect_pr, std::vector<model::Block>* release) {
  const ParagraphExtras plain{scope.keep_with_next, 0, nullptr};
  const ParagraphExtras last{scope.keep_with_next, 0, sect_pr};
  for (size_t i = 0; i < blocks.size(); ++i) {
    const ParagraphExtras& extras = i + 1 == blocks.size() ? last : plain;
    model::visit(blocks[i], model::Overloaded{
                                [&](const model::Paragraph& p) { write_paragraph(w, p, extras); },
                                [&](const model::Rule& r) { write_rule(w, r, scope.container_width, extras); },
                                [&](const model::Image& img) { write_image(w, img, state, extras); },
                                [&](const model::Table& t) {
                                  write_table(w, t, scope, state,
                                              release ? &std::get<model::Table>((*release)[i].value) : nullptr);
                                },
                            });
    if (release) (*release)[i].value = model::Paragraph{};
  }
}

}  // namespace vanthu::docx
