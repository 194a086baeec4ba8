// A list of blocks → boxes: the one place the layout engine dispatches on a
// block's kind (model/walk.h).
#include <stdexcept>

#include "layout/boxes.h"
#include "model/walk.h"
#include "model/word_paragraphs.h"

namespace vanthu::layout {

std::vector<FlowBlock> make_boxes(const FontSystem& fonts, const std::vector<model::Block>& blocks, double width,
                                  StructureBuilder& structure, int parent_node) {
  std::vector<FlowBlock> out;
  out.reserve(blocks.size());
  for (const model::Block& block : blocks)
    model::visit(block, model::Overloaded{
                            [&](const model::Paragraph& p) {
                              switch (p.props.part) {
                                case model::Part::CellEndFiller:
                                  return;  // LibreOffice does not count its height (model/word_paragraphs.h)
                                case model::Part::Filler:
                                  out.emplace_back(make_paragraph_box(fonts, p, width, -1));  // not tagged
                                  return;
                                default:
                                  out.emplace_back(
                                      make_paragraph_box(fonts, p, width, structure.add(tag_name(p.props.tag), parent_node)));
                              }
                            },
                            [&](const model::Rule& r) { out.emplace_back(make_rule_box(r, width)); },
                            [&](const model::Image& img) {
                              out.emplace_back(
                                  make_image_box(img, width, structure.add("Figure", parent_node, img.description)));
                            },
                            [&](const model::Table& t) {
                              out.emplace_back(make_table_box(fonts, t, width, structure, parent_node));
                            },
                        });
  return out;
}

void require_word_paragraphs(const std::vector<model::Block>& blocks, const std::string& where) {
  if (const std::string missing = model::missing_word_paragraph(blocks); !missing.empty())
    throw std::invalid_argument(where + " " + missing);
}

}  // namespace vanthu::layout
