// Small helpers to build model documents in tests.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "model/document.h"
#include "model/word_paragraphs.h"

namespace vanthu::testing {

inline model::RunStyle sized(int half_pt, bool bold = false, bool italic = false) {
  model::RunStyle s;
  s.size_half_pt = half_pt;
  s.bold = bold;
  s.italic = italic;
  return s;
}

inline model::Run text_run(std::string text, model::RunStyle style = {}) {
  return model::Run{model::RunKind::Text, std::move(text), style};
}

struct ParaBuilder {
  model::Paragraph p;
  explicit ParaBuilder(std::string text = {}, model::RunStyle style = {}) {
    p.props.mark = style;
    if (!text.empty()) p.runs.push_back(text_run(std::move(text), style));
  }
  ParaBuilder& run(std::string text, model::RunStyle style = {}) {
    p.runs.push_back(text_run(std::move(text), style));
    return *this;
  }
  ParaBuilder& kind(model::RunKind k, model::RunStyle style = {}) {
    p.runs.push_back(model::Run{k, {}, style});
    return *this;
  }
  ParaBuilder& align(model::Align a) { p.props.align = a; return *this; }
  ParaBuilder& before(double pt_) { p.props.space_before = pt(pt_); return *this; }
  ParaBuilder& after(double pt_) { p.props.space_after = pt(pt_); return *this; }
  ParaBuilder& first_line(Length l) { p.props.first_line = l; return *this; }
  ParaBuilder& left(Length l) { p.props.indent_left = l; return *this; }
  ParaBuilder& line(model::LineSpacing::Rule rule, int value) { p.props.line = {rule, value}; return *this; }
  ParaBuilder& keep_next(bool v = true) { p.props.keep_next = v; return *this; }
  ParaBuilder& keep_lines(bool v = true) { p.props.keep_lines = v; return *this; }
  ParaBuilder& widow(bool v) { p.props.widow_control = v; return *this; }
  ParaBuilder& page_break_before() { p.props.page_break_before = true; return *this; }
  ParaBuilder& mark(model::RunStyle s) { p.props.mark = s; return *this; }
  ParaBuilder& heading(model::StructTag tag, int level) { p.props.tag = tag; p.props.outline_level = level; return *this; }
  model::Block block() const { return model::Block{p}; }
  operator model::Block() const { return block(); }
};

inline std::string repeat(const std::string& s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

// A4 portrait with the decree's minimum margins (20/20/30/15 mm) and the
// page number hidden on page 1: the geometry of the calibration documents.
inline model::Section a4_section(std::vector<model::Block> blocks = {}) {
  model::Section s;
  s.page.margin_top = twips(1134);
  s.page.margin_bottom = twips(1134);
  s.page.margin_left = twips(1701);
  s.page.margin_right = twips(850);
  s.page.header_distance = twips(567);
  s.numbering.style = sized(26);
  s.blocks = std::move(blocks);
  return s;
}

inline model::Document document(std::vector<model::Section> sections) {
  model::Document d;
  d.meta.title = "Kế hoạch kiểm thử";
  d.meta.author = "Sở Thông tin và Truyền thông";
  d.meta.subject = "Kế hoạch số 01";
  d.sections = std::move(sections);
  model::make_word_paragraphs_explicit(d);  // as every producer of a model does
  return d;
}

inline model::TableCell cell(std::vector<model::Block> blocks, int span = 1) {
  model::TableCell c;
  c.blocks = std::move(blocks);
  c.span = span;
  return c;
}

}  // namespace vanthu::testing
