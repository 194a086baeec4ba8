// A list of blocks → boxes: the one place the layout engine dispatches on a
// block's kind (model/walk.h).
#include <algorithm>
#include <stdexcept>

#include "layout/boxes.h"
#include "layout/layout.h"
#include "model/walk.h"
#include "model/word_paragraphs.h"

namespace vanthu::layout {

std::optional<FlowBlock> make_box(const FontSystem& fonts, const model::Block& block, double width,
                                  StructureBuilder& structure, int parent_node, bool whole_table) {
  std::optional<FlowBlock> out;
  model::visit(block, model::Overloaded{
                          [&](const model::Paragraph& p) {
                            switch (p.props.part) {
                              case model::Part::CellEndFiller:
                                return;  // LibreOffice does not count its height (model/word_paragraphs.h)
                              case model::Part::Filler:
                                out.emplace(make_paragraph_box(fonts, p, width, -1));  // not tagged
                                return;
                              default:
                                out.emplace(
                                    make_paragraph_box(fonts, p, width, structure.add(tag_name(p.props.tag), parent_node)));
                            }
                          },
                          [&](const model::Rule& r) { out.emplace(make_rule_box(r, width)); },
                          [&](const model::Image& img) {
                            out.emplace(make_image_box(img, width, structure.add("Figure", parent_node, img.description)));
                          },
                          [&](const model::Table& t) {
                            if (whole_table) {
                              out.emplace(make_table_box(fonts, t, width, structure, parent_node));
                              return;
                            }
                            // What a keep-with-next chain looks at: the first row, or
                            // the whole height of a table kept together.
                            TableBox box = begin_table_box(t, structure, parent_node);
                            const size_t rows = t.keep_together ? t.rows.size() : std::min<size_t>(1, t.rows.size());
                            while (box.rows_made < rows) add_row_box(fonts, box, structure);
                            out.emplace(std::move(box));
                          },
                      });
  return out;
}

std::vector<FlowBlock> make_boxes(const FontSystem& fonts, const std::vector<model::Block>& blocks, double width,
                                  StructureBuilder& structure, int parent_node) {
  std::vector<FlowBlock> out;
  out.reserve(blocks.size());
  for (const model::Block& block : blocks)
    if (auto box = make_box(fonts, block, width, structure, parent_node, true)) out.push_back(std::move(*box));
  return out;
}

FlowQueue::FlowQueue(const FontSystem& fonts, const std::vector<model::Block>& blocks, double width,
                     std::vector<StructNode>& nodes, int parent_node)
    : fonts_(fonts), blocks_(blocks), width_(width), nodes_(nodes), parent_node_(parent_node) {
  for (size_t i = 0; i < blocks.size(); ++i) {
    const auto* p = std::get_if<model::Paragraph>(&blocks[i].value);
    if (!p || p->props.part != model::Part::CellEndFiller) sources_.push_back(i);
  }
}

FlowBlock& FlowQueue::at(size_t i) {
  StructureBuilder structure(nodes_);
  while (boxes_.size() <= i)
    boxes_.push_back(*make_box(fonts_, blocks_[sources_[boxes_.size()]], width_, structure, parent_node_, false));
  return boxes_[i];
}

void FlowQueue::release(size_t i) {
  if (i < boxes_.size()) boxes_[i] = ParaBox{};
}

namespace {

size_t count_nodes(const std::vector<model::Block>& blocks) {
  size_t n = 0;
  for (const model::Block& block : blocks)
    model::visit(block, model::Overloaded{
                            [&](const model::Paragraph& p) {
                              if (p.props.part != model::Part::CellEndFiller && p.props.part != model::Part::Filler) ++n;
                            },
                            [&](const model::Rule&) {},
                            [&](const model::Image&) { ++n; },
                            [&](const model::Table& t) {
                              const bool tagged = !t.layout_table;  // Table, TR, TH/TD
                              if (tagged) ++n;
                              for (const model::TableRow& row : t.rows) {
                                if (tagged) n += 1 + row.cells.size();
                                for (const model::TableCell& cell : row.cells) n += count_nodes(cell.blocks);
                              }
                            },
                        });
  return n;
}

}  // namespace

size_t count_structure_nodes(const model::Document& document) {
  size_t n = 1;  // Document
  for (const model::Section& s : document.sections) n += 1 + count_nodes(s.blocks);  // Sect
  return n;
}

void require_word_paragraphs(const std::vector<model::Block>& blocks, const std::string& where) {
  if (const std::string missing = model::missing_word_paragraph(blocks); !missing.empty())
    throw std::invalid_argument(where + " " + missing);
}

}  // namespace vanthu::layout
