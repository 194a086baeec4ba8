// Paragraphs, rules and pictures → ParaBox (one atom per line).
#include <pango/pango.h>

#include <algorithm>
#include <stdexcept>

#include "layout/boxes.h"
#include "layout/line_breaker.h"
#include "layout/paragraph_cache.h"

namespace vanthu::layout {
namespace {

double aligned_x(model::Align align, double box_width, double width) {
  switch (align) {
    case model::Align::Center: return (box_width - width) / 2;
    case model::Align::Right: return box_width - width;
    default: return 0;
  }
}

std::string plain_text(const model::Paragraph& p) {
  std::string s;
  for (const model::Run& r : p.runs) {
    if (r.kind == model::RunKind::Text) s += r.text;
    else if (r.kind == model::RunKind::LineBreak || r.kind == model::RunKind::Tab) s += ' ';
  }
  return s;
}

void copy_flags(const model::ParagraphProps& props, ParaBox& box) {
  box.before = props.space_before.pt();
  box.after = props.space_after.pt();
  box.keep_next = props.keep_next;
  box.keep_lines = props.keep_lines;
  box.widow_control = props.widow_control;
  box.page_break_before = props.page_break_before;
}

// The lines of `p`: one atom per line, its text item without a structure
// node; from the line breaker when it takes the paragraph, else from Pango.
CachedParagraph shape_lines(const FontSystem& fonts, const model::Paragraph& p, double box_width, int page_number) {
  if (line_breaker_enabled())
    if (std::optional<CachedParagraph> lines = break_paragraph(fonts, p, box_width, page_number))
      return std::move(*lines);
  return pango_paragraph_lines(fonts, p, box_width, page_number);
}

}  // namespace

// The glyphs of each line are kept, not the layout (glyph_line.h).
CachedParagraph pango_paragraph_lines(const FontSystem& fonts, const model::Paragraph& p, double box_width,
                                      int page_number) {
  ShapedParagraph shaped = shape_paragraph(fonts, p, box_width, page_number);
  CachedParagraph out;
  out.has_page_field = shaped.has_page_field;
  const char* layout_text = pango_layout_get_text(shaped.layout.get());
  GSList* layout_line = pango_layout_get_lines_readonly(shaped.layout.get());
  out.lines.reserve(shaped.lines.size());
  for (size_t i = 0; i < shaped.lines.size(); ++i, layout_line = layout_line ? layout_line->next : nullptr) {
    const ShapedLine& line = shaped.lines[i];
    Atom atom;
    atom.height = line.height;
    if (line.length_bytes > 0 && !line.text.empty()) {
      Item item;
      item.kind = Item::Kind::Text;
      item.x = line.x;
      item.y = line.baseline;
      item.glyphs = std::make_shared<const GlyphLine>(static_cast<PangoLayoutLine*>(layout_line->data), layout_text);
      item.text = line.text;
      atom.items.push_back(std::move(item));
    }
    out.lines.push_back(std::move(atom));
  }
  return out;
}

int StructureBuilder::add(const char* tag, int parent, std::string alt) {
  nodes_.push_back(StructNode{tag, parent, std::move(alt)});
  return static_cast<int>(nodes_.size()) - 1;
}

const char* tag_name(model::StructTag tag) {
  switch (tag) {
    case model::StructTag::P: return "P";
    case model::StructTag::H1: return "H1";
    case model::StructTag::H2: return "H2";
    case model::StructTag::H3: return "H3";
    case model::StructTag::H4: return "H4";
    case model::StructTag::Caption: return "Caption";
  }
  return "P";
}

double ParaBox::height() const {
  double h = 0;
  for (const Atom& a : lines) h += a.height;
  return h;
}

ParaBox make_paragraph_box(const FontSystem& fonts, const model::Paragraph& p, double box_width, int node,
                           int page_number) {
  if (box_width <= 0) throw std::invalid_argument("paragraph in a box of non-positive width");
  ParaBox box;
  box.source = &p;
  box.box_width = box_width;
  box.node = node;
  copy_flags(p.props, box);
  box.outline_level = p.props.outline_level;
  if (box.outline_level >= 0) box.outline_title = plain_text(p);

  // A paragraph laid out before in the same box takes the same lines.
  const bool cache = ParagraphCache::enabled();
  std::string key = cache ? paragraph_key(p, box_width, page_number) : std::string();
  const CachedParagraph* hit = cache ? fonts.paragraph_cache().find(key) : nullptr;
  CachedParagraph made;
  if (!hit) made = shape_lines(fonts, p, box_width, page_number);
  box.has_page_field = hit ? hit->has_page_field : made.has_page_field;
  // A miss keeps its lines in the cache too: they are copied, not moved, then.
  // (Not one conditional expression: mixing the copies and the move in it
  // made a copy of every line, moved or not.)
  if (hit) box.lines = hit->lines;
  else if (cache) box.lines = made.lines;
  else box.lines = std::move(made.lines);
  for (Atom& atom : box.lines)
    for (Item& item : atom.items) item.node = node;
  if (!hit && cache) fonts.paragraph_cache().insert(std::move(key), std::move(made));
  if (!p.props.anchor.empty() && !box.lines.empty()) {
    // The space before, above the first line (moved with it into cells and pages).
    Item anchor;
    anchor.kind = Item::Kind::Anchor;
    anchor.y = -box.before;
    anchor.width = box_width;
    anchor.height = box.before;
    anchor.text = p.props.anchor;
    box.lines.front().items.push_back(std::move(anchor));
  }
  return box;
}

// The DOCX writes a rule as an empty paragraph whose top border is the line,
// with the rule's spacing as paragraph spacing and an exact line of `gap`
// (at least 1 pt, in twips). So it lays out like a paragraph: its spacing
// collapses with its neighbours', and the line is drawn at its top.
ParaBox make_rule_box(const model::Rule& rule, double box_width) {
  ParaBox box;
  box.box_width = box_width;
  box.before = rule.space_before.pt();
  box.after = rule.space_after.pt();
  double thickness = rule.thickness.pt();
  double length = rule.length.pt();
  double gap = static_cast<double>(std::max(rule.gap, pt(1)).twips()) / 20.0;
  Atom atom;
  atom.height = thickness + gap;
  Item line;
  line.kind = Item::Kind::Line;
  line.x = aligned_x(rule.align, box_width, length);
  line.x2 = line.x + length;
  line.y = line.y2 = thickness / 2;
  line.line_width = thickness;
  atom.items.push_back(std::move(line));
  box.lines.push_back(std::move(atom));
  return box;
}

ParaBox make_image_box(const model::Image& image, double box_width, int node) {
  if (!image.drawing && image.png.empty())
    throw std::invalid_argument("image without a drawing or PNG data: " + image.description);
  ParaBox box;
  box.box_width = box_width;
  box.node = node;
  copy_flags(image.props, box);
  double w = image.width.pt(), h = image.height.pt();
  double left = image.props.indent_left.pt(), right = image.props.indent_right.pt();
  // Writer makes the line of an inline picture exactly as tall as the
  // picture (measured with mark sizes 13 and 14 pt, heights 100 and 263 pt).
  Atom atom;
  atom.height = h;
  Item item;
  item.kind = image.drawing ? Item::Kind::Drawing : Item::Kind::Png;
  item.x = left + aligned_x(image.props.align == model::Align::Justify ? model::Align::Left : image.props.align,
                            box_width - left - right, w);
  item.y = 0;
  item.width = w;
  item.height = h;
  item.drawing = image.drawing;
  if (!image.drawing) item.png = std::make_shared<const std::string>(image.png);
  item.node = node;
  atom.items.push_back(std::move(item));
  box.lines.push_back(std::move(atom));
  return box;
}

}  // namespace vanthu::layout
