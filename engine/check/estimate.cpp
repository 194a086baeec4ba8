#include "check/estimate.h"

#include <algorithm>
#include <cmath>

#include "check/text_util.h"

namespace vanthu::check {

namespace {

model::Paragraph to_model(const Paragraph& p) {
  model::Paragraph m;
  m.props.align = model::Align::Left;
  m.props.indent_left = twips(std::max(0, p.props.ind_left));
  m.props.indent_right = twips(std::max(0, p.props.ind_right));
  m.props.first_line = twips(p.props.first_line);
  m.props.mark.size_half_pt = p.mark.size;
  for (const TextRun& r : p.runs) {
    if (r.props.vanish) continue;
    model::RunStyle s;
    s.bold = r.props.bold;
    s.italic = r.props.italic;
    s.superscript = r.props.valign == VertAlign::Superscript;
    s.size_half_pt = r.props.size;
    std::string text;
    auto flush = [&] {
      if (!text.empty()) m.runs.push_back({model::RunKind::Text, text, s});
      text.clear();
    };
    for (char ch : r.text) {
      if (ch == '\n') {
        flush();
        m.runs.push_back({model::RunKind::LineBreak, "", s});
      } else {
        text += ch == '\t' ? ' ' : ch;
      }
    }
    flush();
  }
  return m;
}

double paragraph_height(const Context& c, const Paragraph& p, int box_twips) {
  int size = p.mark.size;
  size_t chars = 0;
  for (const TextRun& r : p.runs) {
    if (r.props.vanish) continue;
    size = std::max(size, r.props.size);
    chars += r.text.size();
  }
  const double size_pt = size / 2.0;
  const double box_pt = std::max(20.0, box_twips / 20.0);
  double lines = 1;
  if (chars > 0) {
    // UTF-8 Vietnamese has ~1.4 bytes per letter; a letter is ~0.45 em wide.
    const double estimate = std::max(1.0, std::ceil(static_cast<double>(chars) / 1.4 * 0.45 * size_pt / box_pt));
    lines = estimate;
    if (c.measurer != nullptr && chars < 100000) {
      try {
        lines = std::max(1, c.measurer->line_count(to_model(p), twips(std::max(box_twips, 400))));
      } catch (const std::exception&) {
      }
    }
  }
  double line_pt = size_pt * 1.15;
  if (p.props.line_rule == LineRule::Auto) line_pt *= std::clamp(p.props.line, 60, 1200) / 240.0;
  else if (p.props.line_rule == LineRule::Exact) line_pt = p.props.line / 20.0;
  else line_pt = std::max(line_pt, p.props.line / 20.0);
  return lines * line_pt + std::max(0, p.props.before) / 20.0 + std::max(0, p.props.after) / 20.0;
}

double block_height(const Context& c, const Block& b, int box, bool& page_break, int depth);

double blocks_height(const Context& c, const std::vector<Block>& blocks, int box, bool& page_break, int depth) {
  double h = 0;
  for (const Block& b : blocks) h += block_height(c, b, box, page_break, depth);
  return h;
}

double block_height(const Context& c, const Block& b, int box, bool& page_break, int depth) {
  if (const Paragraph* p = b.paragraph()) {
    if (p->has_page_break) page_break = true;
    return paragraph_height(c, *p, box - p->props.ind_left - p->props.ind_right);
  }
  double h = 0;
  if (const Table* t = b.table(); t && depth < 8) {
    for (const Row& r : t->rows) {
      double row = 0;
      for (const Cell& cell : r.cells)
        row = std::max(row, blocks_height(c, cell.blocks, cell.width - cell.margin_left - cell.margin_right,
                                          page_break, depth + 1));
      h += row;
    }
  }
  return h;
}

}  // namespace

PageEstimate estimate_pages(const Context& c) {
  PageEstimate e;
  e.page_break = c.doc.sections.size() > 1;
  for (const Section& s : c.doc.sections) {
    const double text_height = (std::max(s.height, 1000) - std::abs(s.top) - std::abs(s.bottom)) / 20.0;
    double h = 0;
    for (int b = s.first_block; b < s.end_block && b < static_cast<int>(c.doc.body.size()); ++b)
      h += block_height(c, c.doc.body[static_cast<size_t>(b)], s.width - s.left - s.right, e.page_break, 0);
    e.pages += h / std::max(100.0, text_height);
  }
  return e;
}

}  // namespace vanthu::check
