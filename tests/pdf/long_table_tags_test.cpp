// Tables longer than 500 rows are tagged down to their rows only (cairo 1.16
// spends ~30 µs and ~4 KB per structure element: a 10,000-row list tagged to
// its cells took 2.7 s and 440 MB). Shorter tables keep their cells.
#include <gtest/gtest.h>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>

#include <functional>
#include <map>

#include "layout/fonts.h"
#include "pdf/pdf_writer.h"

namespace vanthu {
namespace {

model::Document table_document(int rows) {
  model::Document doc;
  model::Section s;
  model::Table t;
  t.borders = true;
  t.columns = {pt(100), pt(300)};
  for (int r = 0; r < rows; ++r) {
    model::TableRow row;
    for (int c = 0; c < 2; ++c) {
      model::Paragraph p;
      p.runs.push_back(model::Run{model::RunKind::Text, "Hàng " + std::to_string(r + 1) + " ô " + std::to_string(c + 1), {}});
      model::TableCell cell;
      cell.blocks.push_back(model::Block{p});
      row.cells.push_back(cell);
    }
    t.rows.push_back(row);
  }
  s.blocks.push_back(model::Block{t});
  doc.sections.push_back(s);
  return doc;
}

std::map<std::string, int> tag_counts(const std::string& bytes) {
  QPDF pdf;
  pdf.processMemoryFile("t.pdf", bytes.data(), bytes.size());
  std::map<std::string, int> counts;
  std::function<void(QPDFObjectHandle)> walk = [&](QPDFObjectHandle e) {
    if (e.isArray()) {
      for (int i = 0; i < e.getArrayNItems(); ++i) walk(e.getArrayItem(i));
      return;
    }
    if (!e.isDictionary()) return;
    if (e.getKey("/S").isName()) ++counts[e.getKey("/S").getName()];
    if (e.hasKey("/K")) walk(e.getKey("/K"));
  };
  walk(pdf.getRoot().getKey("/StructTreeRoot").getKey("/K"));
  return counts;
}

TEST(LongTableTags, ShortTablesAreTaggedDownToTheirCells) {
  auto fonts = layout::FontSystem::create();
  auto counts = tag_counts(pdf::write_pdf(table_document(20), *fonts));
  EXPECT_EQ(counts["/TR"], 20);
  EXPECT_EQ(counts["/TD"], 40);
}

TEST(LongTableTags, LongTablesAreTaggedDownToTheirRows) {
  auto fonts = layout::FontSystem::create();
  auto counts = tag_counts(pdf::write_pdf(table_document(600), *fonts));
  EXPECT_EQ(counts["/TR"], 600);
  EXPECT_EQ(counts["/TD"], 0);
  EXPECT_GE(counts["/Table"], 1);  // one per page: elements below the Sect are reopened on each page
}

}  // namespace
}  // namespace vanthu
