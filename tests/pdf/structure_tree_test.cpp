// The structure tree of the PDF: every table tagged down to its cells
// however long, one Table element across pages, and a parent tree that
// leads each page's marked content back to the element that lists it.
#include <gtest/gtest.h>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>

#include <functional>
#include <map>

#include "layout/fonts.h"
#include "model/word_paragraphs.h"
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
  model::make_word_paragraphs_explicit(doc);
  return doc;
}

struct Tree {
  std::map<std::string, int> counts;
  // (page object, MCID) -> the element whose /K lists it
  std::map<std::pair<int, int>, QPDFObjGen> owner;
  std::map<std::pair<int, int>, QPDFObjGen> parent_tree;
};

Tree read_tree(const std::string& bytes) {
  QPDF pdf;
  pdf.processMemoryFile("t.pdf", bytes.data(), bytes.size());
  Tree tree;
  std::function<void(QPDFObjectHandle, QPDFObjectHandle, int)> walk = [&](QPDFObjectHandle e, QPDFObjectHandle elem,
                                                                           int page) {
    if (e.isArray()) {
      for (int i = 0; i < e.getArrayNItems(); ++i) walk(e.getArrayItem(i), elem, page);
      return;
    }
    if (e.isInteger()) {
      tree.owner[{page, e.getIntValueAsInt()}] = elem.getObjGen();
      return;
    }
    if (!e.isDictionary()) return;
    if (e.getKey("/Type").isNameAndEquals("/MCR")) {
      tree.owner[{e.getKey("/Pg").getObjectID(), e.getKey("/MCID").getIntValueAsInt()}] = elem.getObjGen();
      return;
    }
    if (e.getKey("/S").isName()) ++tree.counts[e.getKey("/S").getName()];
    const int pg = e.hasKey("/Pg") ? e.getKey("/Pg").getObjectID() : page;
    if (e.hasKey("/K")) walk(e.getKey("/K"), e, pg);
  };
  QPDFObjectHandle root = pdf.getRoot().getKey("/StructTreeRoot");
  walk(root.getKey("/K"), root, 0);
  QPDFObjectHandle nums = root.getKey("/ParentTree").getKey("/Nums");
  std::vector<QPDFObjectHandle> pages = pdf.getAllPages();
  for (int i = 0; i + 1 < nums.getArrayNItems(); i += 2) {
    const int key = nums.getArrayItem(i).getIntValueAsInt();
    for (QPDFObjectHandle& page : pages)
      if (page.getKey("/StructParents").getIntValueAsInt() == key) {
        QPDFObjectHandle list = nums.getArrayItem(i + 1);
        for (int m = 0; m < list.getArrayNItems(); ++m)
          tree.parent_tree[{page.getObjectID(), m}] = list.getArrayItem(m).getObjGen();
      }
  }
  return tree;
}

// A 20-row table fits on a page; a 600-row one spans about a dozen and is
// still one Table element with every cell tagged.
TEST(StructureTree, TablesOfAnyLengthAreOneTableTaggedDownToTheirCells) {
  auto fonts = layout::FontSystem::create();
  for (int rows : {20, 600}) {
    Tree tree = read_tree(pdf::write_pdf(table_document(rows), *fonts));
    EXPECT_EQ(tree.counts["/Table"], 1) << rows;
    EXPECT_EQ(tree.counts["/TR"], rows) << rows;
    EXPECT_EQ(tree.counts["/TD"], 2 * rows) << rows;
  }
}

TEST(StructureTree, ParentTreeLeadsEachMcidToItsElement) {
  auto fonts = layout::FontSystem::create();
  Tree tree = read_tree(pdf::write_pdf(table_document(100), *fonts));
  ASSERT_GE(tree.owner.size(), 200u);  // at least the text of every cell
  EXPECT_EQ(tree.owner, tree.parent_tree);
}

}  // namespace
}  // namespace vanthu
