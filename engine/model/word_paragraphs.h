// Word's paragraphs that no template asks for, made explicit in the model
// once, so that the DOCX writer writes and the layout engine lays out the
// same blocks and neither has to decide where they go.
//
// WordprocessingML needs a paragraph where the content has none:
//   * between two tables: Word and LibreOffice merge adjacent w:tbl
//     elements into one table (the second's properties win);
//   * after a table that ends a section or a cell, and in an empty section
//     or cell: a cell and a section whose break sits in a paragraph end with
//     a w:p. Word would add a full-height paragraph of its own, which can
//     spill onto a new page.
// Each is the same empty paragraph, 1 pt high (exact 20 twips, 1 pt mark),
// marked Part::Filler, or Part::CellEndFiller where it ends a cell.
//
// What LibreOffice (the layout's referee, docs/layout.md) does differently:
// it lays out the paragraph between tables and after a section's last
// table, but does not count the height of the one that ends a cell (the
// `tables` fidelity fixture is 0.9 pt off when it is laid out). The layout
// therefore lays out Part::Filler and skips Part::CellEndFiller; an empty
// cell keeps one line of the default 14 pt mark in the layout, as before.
#pragma once

#include <string>
#include <vector>

#include "model/document.h"

namespace vanthu::model {

// The filler paragraph with the given part (Filler or CellEndFiller).
Paragraph filler_paragraph(Part part = Part::Filler);

bool is_filler(const Paragraph& p);

// Inserts the fillers into every section and cell of `doc`. Every producer
// of a model calls it once when the model is complete (the realiser, the
// register's book, tests and fixtures that build models by hand); running
// it again changes nothing.
void make_word_paragraphs_explicit(Document& doc);

// Why `blocks` (a section's body or a cell's content) cannot be written as
// they are without a paragraph the model does not hold, or "" when they
// can. The writers refuse such a model rather than decide.
std::string missing_word_paragraph(const std::vector<Block>& blocks);

}  // namespace vanthu::model
