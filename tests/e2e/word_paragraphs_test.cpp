// Word's paragraphs between and after tables are made explicit once in the
// model (model/word_paragraphs.h): one filler per place, the DOCX writer
// writes no paragraph the model does not hold, the layout lays out the same
// blocks, and both writers refuse a model without them.
#include <gtest/gtest.h>

#include <stdexcept>
#include <string>

#include "docx/docx_writer.h"
#include "layout/fonts.h"
#include "layout/layout.h"
#include "layout/pages.h"
#include "model/dump.h"
#include "model/walk.h"
#include "model/word_paragraphs.h"

namespace vanthu::test {
namespace {

using namespace vanthu::model;

Block text(const std::string& s) {
  Paragraph p;
  p.runs.push_back({RunKind::Text, s, {}});
  return {p};
}

Table table(std::vector<std::vector<Block>> cells) {
  Table t;
  t.borders = true;
  TableRow row;
  for (auto& blocks : cells) {
    t.columns.push_back(pt(150));
    TableCell c;
    c.blocks = std::move(blocks);
    row.cells.push_back(std::move(c));
  }
  t.rows.push_back(std::move(row));
  return t;
}

// Two adjacent tables, a paragraph, and a trailing table; the first table
// has an empty cell, a cell ending with a table and a cell with two tables.
Document sample() {
  Document doc;
  doc.meta.title = "Bảng";
  Section s;
  Table first = table({{}, {text("trên"), Block{table({{text("trong")}})}},
                       {Block{table({{text("một")}})}, Block{table({{text("hai")}})}}});
  s.blocks = {Block{first}, Block{table({{text("B")}})}, text("giữa"), Block{table({{text("C")}})}};
  doc.sections.push_back(std::move(s));
  return doc;
}

// The kinds of a list: 'P' paragraph, 'F' filler, 'C' cell-end filler, 'T' table.
std::string kinds(const std::vector<Block>& blocks) {
  std::string s;
  for (const Block& b : blocks)
    s += visit(b, Overloaded{
                      [](const Paragraph& p) {
                        return p.props.part == Part::Filler          ? 'F'
                               : p.props.part == Part::CellEndFiller ? 'C'
                                                                     : 'P';
                      },
                      [](const Table&) { return 'T'; },
                      [](const auto&) { return '?'; },
                  });
  return s;
}

int count(const std::string& haystack, const std::string& needle) {
  int n = 0;
  for (size_t at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1)) ++n;
  return n;
}

TEST(WordParagraphs, OneFillerInEachPlace) {
  Document doc = sample();
  make_word_paragraphs_explicit(doc);
  const auto& body = doc.sections[0].blocks;
  EXPECT_EQ(kinds(body), "TFTPTF");  // between the tables, after the trailing one
  const auto& cells = std::get<Table>(body[0].value).rows[0].cells;
  EXPECT_EQ(kinds(cells[0].blocks), "C");     // the empty cell
  EXPECT_EQ(kinds(cells[1].blocks), "PTC");   // after the cell's last table
  EXPECT_EQ(kinds(cells[2].blocks), "TFTC");  // between and after
  // Nested cells already ending with a paragraph get nothing.
  EXPECT_EQ(kinds(std::get<Table>(cells[1].blocks[1].value).rows[0].cells[0].blocks), "P");

  // The filler is 1 pt high: exact 20 twips, a 1 pt mark, no runs.
  const auto& filler = std::get<Paragraph>(body[1].value);
  EXPECT_TRUE(is_filler(filler));
  EXPECT_EQ(filler.props.line.rule, LineSpacing::Rule::Exact);
  EXPECT_EQ(filler.props.line.value, 20);
  EXPECT_EQ(filler.props.mark.size_half_pt, 2);
  EXPECT_TRUE(filler.runs.empty());

  // The dump shows each of them; a second run adds none.
  const std::string once = dump(doc);
  EXPECT_EQ(count(once, "part=filler |"), 3);
  EXPECT_EQ(count(once, "part=cell-end-filler |"), 3);
  make_word_paragraphs_explicit(doc);
  EXPECT_EQ(dump(doc), once);
}

TEST(WordParagraphs, TheDocxHoldsExactlyTheModelsParagraphs) {
  Document doc = sample();
  make_word_paragraphs_explicit(doc);
  int paragraphs = 0, tables = 0;
  visit_all(doc.sections[0].blocks, Overloaded{
                                        [&](const Paragraph&) { ++paragraphs; },
                                        [&](const Table&) { ++tables; },
                                        [&](const auto&) {},
                                    });
  EXPECT_EQ(paragraphs, 6 + 7);  // 6 fillers, 7 paragraphs of text
  const std::string xml = docx::docx_parts(doc).at("word/document.xml");
  EXPECT_EQ(count(xml, "<w:p>") + count(xml, "<w:p "), paragraphs);
  EXPECT_EQ(count(xml, "<w:tbl>"), tables);
  // Each filler is written without a style: no part style for fillers.
  EXPECT_EQ(count(xml, "<w:pStyle"), 0);
}

TEST(WordParagraphs, BothWritersRefuseAModelWithoutThem) {
  auto fonts = layout::FontSystem::create();
  auto refused = [&](Document doc, const std::string& why) {
    SCOPED_TRACE(why);
    try {
      docx::write_docx(doc);
      ADD_FAILURE() << "the DOCX writer accepted it";
    } catch (const docx::InvalidModel& e) {
      EXPECT_NE(std::string(e.what()).find(why), std::string::npos) << e.what();
    }
    try {
      layout::layout_document(doc, *fonts);
      ADD_FAILURE() << "the layout accepted it";
    } catch (const std::invalid_argument& e) {
      EXPECT_NE(std::string(e.what()).find(why), std::string::npos) << e.what();
    }
  };
  Document adjacent;
  adjacent.sections.emplace_back();
  adjacent.sections[0].blocks = {Block{table({{text("A")}})}, Block{table({{text("B")}})}, text("x")};
  refused(adjacent, "adjacent tables");
  Document trailing;
  trailing.sections.emplace_back();
  trailing.sections[0].blocks = {text("x"), Block{table({{text("A")}})}};
  refused(trailing, "ends with a table");
  Document empty_cell;
  empty_cell.sections.emplace_back();
  empty_cell.sections[0].blocks = {Block{table({{}})}, text("x")};
  refused(empty_cell, "holds no block");
}

// The baseline of the first text item `s` in the layout.
double baseline(const layout::Pages& pages, const std::string& s) {
  for (const auto& page : pages.pages)
    for (const auto& item : page.items)
      if (item.kind == layout::Item::Kind::Text && item.text == s) return item.y;
  ADD_FAILURE() << s << " not laid out";
  return 0;
}

TEST(WordParagraphs, TheLayoutLaysOutWhatTheModelHolds) {
  auto fonts = layout::FontSystem::create();
  // A filler counts as what it is, a 1 pt paragraph: the same as the
  // same paragraph without the mark, but untagged.
  Document doc;
  doc.sections.emplace_back();
  doc.sections[0].blocks = {Block{table({{text("A")}})}, Block{table({{text("B")}})}};
  make_word_paragraphs_explicit(doc);
  Document plain = doc;
  ASSERT_EQ(kinds(plain.sections[0].blocks), "TFTF");
  for (size_t i : {1, 3}) std::get<Paragraph>(plain.sections[0].blocks[i].value).props.part = Part::None;
  const layout::Pages with_filler = layout::layout_document(doc, *fonts);
  const layout::Pages with_plain = layout::layout_document(plain, *fonts);
  EXPECT_NEAR(baseline(with_filler, "B"), baseline(with_plain, "B"), 1e-9);
  EXPECT_EQ(with_filler.structure.size() + 2, with_plain.structure.size());  // the two fillers are not tagged

  // A cell's closing filler is not laid out (LibreOffice does not count
  // its height): the row below moves up by the filler's 1 pt.
  Document nested;
  nested.sections.emplace_back();
  nested.sections[0].blocks = {Block{table({{Block{table({{text("trong")}})}}})}, text("sau")};
  make_word_paragraphs_explicit(nested);
  Document counted = nested;
  auto& cell = std::get<Table>(counted.sections[0].blocks[0].value).rows[0].cells[0].blocks;
  ASSERT_EQ(kinds(cell), "TC");
  std::get<Paragraph>(cell[1].value).props.part = Part::Filler;
  const double skipped = baseline(layout::layout_document(nested, *fonts), "sau");
  const double laid_out = baseline(layout::layout_document(counted, *fonts), "sau");
  EXPECT_NEAR(laid_out - skipped, 1.0, 1e-6);
}

}  // namespace
}  // namespace vanthu::test
