// Checks, before anything is written, that the model can be expressed as a
// valid package, so that a bad model gives one clear error instead of a
// file Word refuses to open.
#include <unicode/utf8.h>

#include <cmath>
#include <cstdio>

#include "docx/docx_writer.h"
#include "docx/wml_writer.h"
#include "model/chart.h"
#include "model/walk.h"
#include "model/word_paragraphs.h"

namespace vanthu::docx {
namespace {

// Where in the model: a chain built on the stack, formatted only on error.
struct Where {
  const Where* parent;
  const char* kind;  // "section", "block", "row", ...
  size_t index;      // 0-based
  const char* detail = nullptr;  // "(table)"
};

std::string format(const Where* where) {
  std::string s;
  for (; where != nullptr; where = where->parent) {
    std::string item = std::string(where->kind) + " " + std::to_string(where->index + 1);
    if (where->detail != nullptr) item += std::string(" (") + where->detail + ")";
    s = s.empty() ? item : item + ", " + s;
  }
  return s;
}

[[noreturn]] void fail(const Where* where, const std::string& message) {
  const std::string place = format(where);
  throw InvalidModel(place.empty() ? message : place + ": " + message);
}

// UTF-8 of characters XML 1.0 allows, without the control characters the
// model expresses as runs (tab, line break).
void check_text(const std::string& s, const Where* where, const char* what) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  const auto n = static_cast<int32_t>(s.size());
  for (int32_t i = 0; i < n;) {
    const int32_t at = i;
    UChar32 c;
    if (p[i] >= 0x20 && p[i] < 0x7F) {  // printable ASCII, the common case
      ++i;
      continue;
    }
    U8_NEXT(p, i, n, c);
    if (c < 0) fail(where, std::string(what) + " is not valid UTF-8 (byte " + std::to_string(at) + ")");
    if (c < 0x20 || c == 0x7F || c == 0xFFFE || c == 0xFFFF) {
      char hex[8];
      std::snprintf(hex, sizeof hex, "%04X", static_cast<unsigned>(c));
      fail(where, std::string(what) + " holds the control character U+" + hex + " at byte " + std::to_string(at));
    }
  }
}

void check_style(const model::RunStyle& style, const Where* where) {
  // w:sz is in half-points; Word accepts 1 to 1638 pt.
  if (style.size_half_pt < 2 || style.size_half_pt > 3276)
    fail(where, "font size of " + std::to_string(style.size_half_pt) + " half-points is outside 2..3276");
}

void check_paragraph_props(const model::ParagraphProps& p, const Where* where) {
  if (p.line.value <= 0) fail(where, "line spacing must be positive");
  if (p.space_before.emu < 0 || p.space_after.emu < 0) fail(where, "paragraph spacing must not be negative");
  for (const auto& tab : p.tabs)
    if (tab.position.emu < 0) fail(where, "tab stop position must not be negative");
  check_style(p.mark, where);
}

void check_blocks(const std::vector<model::Block>& blocks, const Where* parent);

void check_paragraph(const model::Paragraph& paragraph, const Where* where) {
  check_paragraph_props(paragraph.props, where);
  for (size_t i = 0; i < paragraph.runs.size(); ++i) {
    const Where run{where, "run", i};
    const auto& r = paragraph.runs[i];
    check_style(r.style, &run);
    if (r.kind == model::RunKind::Text) check_text(r.text, &run, "text");
  }
}

void check_table(const model::Table& table, const Where* where) {
  if (table.columns.empty()) fail(where, "table has no columns");
  for (size_t c = 0; c < table.columns.size(); ++c)
    if (table.columns[c].emu <= 0) fail(where, "column " + std::to_string(c + 1) + " has no width");
  if (table.rows.empty()) fail(where, "table has no rows");
  if (table.cell_margin_left.emu < 0 || table.cell_margin_right.emu < 0 || table.cell_margin_top.emu < 0 ||
      table.cell_margin_bottom.emu < 0)
    fail(where, "cell margins must not be negative");
  for (size_t r = 0; r < table.rows.size(); ++r) {
    const Where row{where, "row", r};
    const auto& cells = table.rows[r].cells;
    if (cells.empty()) fail(&row, "row has no cells");
    if (table.rows[r].min_height && table.rows[r].min_height->emu < 0) fail(&row, "row height must not be negative");
    size_t covered = 0;
    for (size_t c = 0; c < cells.size(); ++c) {
      const Where cell{&row, "cell", c};
      if (cells[c].span < 1) fail(&cell, "span must be at least 1");
      covered += static_cast<size_t>(cells[c].span);
      check_blocks(cells[c].blocks, &cell);
    }
    if (covered != table.columns.size())
      fail(&row, "cells cover " + std::to_string(covered) + " grid columns, the table has " +
                     std::to_string(table.columns.size()));
  }
}

void check_chart(const model::Chart& chart, const Where* where) {
  if (chart.categories.empty()) fail(where, "chart has no categories");
  if (chart.series.empty()) fail(where, "chart has no series");
  for (const auto& c : chart.categories) check_text(c, where, "chart category");
  for (const auto& s : chart.series) {
    check_text(s.name, where, "chart series name");
    if (s.values.size() != chart.categories.size())
      fail(where, "chart series has " + std::to_string(s.values.size()) + " values for " +
                      std::to_string(chart.categories.size()) + " categories");
    for (double v : s.values)
      if (!std::isfinite(v)) fail(where, "chart value is not a finite number");
  }
  check_text(chart.value_unit, where, "chart unit");
  if (!(chart.axis_max > chart.axis_min) || !(chart.major_unit > 0) || chart.width_pt <= 0 || chart.height_pt <= 0)
    fail(where, "chart has no scale or size");
}

void check_image(const model::Image& image, const Where* where) {
  static constexpr char kPngSignature[] = "\x89PNG\r\n\x1a\n";
  if (image.chart) {
    check_chart(*image.chart, where);
  } else {
    if (image.png.empty()) fail(where, "image has no PNG data");
    if (image.png.compare(0, 8, kPngSignature, 8) != 0) fail(where, "image data is not a PNG");
  }
  if (image.width.emu <= 0 || image.height.emu <= 0) fail(where, "image has no size");
  check_text(image.description, where, "image description");
  check_paragraph_props(image.props, where);
}

void check_blocks(const std::vector<model::Block>& blocks, const Where* parent) {
  static constexpr const char* kKinds[] = {"paragraph", "table", "rule", "image"};
  for (size_t i = 0; i < blocks.size(); ++i) {
    const Where where{parent, "block", i, kKinds[blocks[i].value.index()]};
    model::visit(blocks[i], model::Overloaded{
                                [&](const model::Paragraph& p) { check_paragraph(p, &where); },
                                [&](const model::Table& t) { check_table(t, &where); },
                                [&](const model::Rule& r) {
                                  if (r.length.emu <= 0) fail(&where, "rule has no length");
                                  if (r.thickness.emu <= 0) fail(&where, "rule has no thickness");
                                  if (r.space_before.emu < 0 || r.space_after.emu < 0)
                                    fail(&where, "rule spacing must not be negative");
                                },
                                [&](const model::Image& im) { check_image(im, &where); },
                            });
  }
  // Word's paragraphs between and after tables come from the model, never
  // from the writer.
  if (const std::string missing = model::missing_word_paragraph(blocks); !missing.empty()) fail(parent, missing);
}

void check_page(const model::PageSetup& page, const Where* where) {
  if (page.width.emu <= 0 || page.height.emu <= 0) fail(where, "page has no size");
  if (page.text_width().emu <= 0) fail(where, "left and right margins leave no text width");
  if (page.text_height().emu <= 0) fail(where, "top and bottom margins leave no text height");
  if (page.margin_left.emu < 0 || page.margin_right.emu < 0 || page.header_distance.emu < 0 ||
      page.footer_distance.emu < 0)
    fail(where, "page margins must not be negative");
}

}  // namespace

void check_model(const model::Document& doc) {
  if (doc.sections.empty()) fail(nullptr, "document has no sections");
  if (doc.font_family.empty()) fail(nullptr, "document has no font family");
  check_text(doc.font_family, nullptr, "font family");
  check_text(doc.meta.title, nullptr, "title");
  check_text(doc.meta.subject, nullptr, "subject");
  check_text(doc.meta.author, nullptr, "author");
  check_text(doc.meta.language, nullptr, "language");
  check_text(doc.meta.creator_tool, nullptr, "creator tool");
  for (size_t s = 0; s < doc.sections.size(); ++s) {
    const Where section{nullptr, "section", s};
    const auto& sec = doc.sections[s];
    check_page(sec.page, &section);
    check_style(sec.numbering.style, &section);
    if (sec.numbering.restart_at && *sec.numbering.restart_at < 0)
      fail(&section, "page numbering cannot restart below 0");
    check_blocks(sec.blocks, &section);
  }
}

}  // namespace vanthu::docx
