// The layout engine's entry point: model::Document → pages of positioned
// items, paginated the way Word (as rendered by LibreOffice, our referee)
// paginates the DOCX made from the same model.
#pragma once

#include <functional>

#include "layout/fonts.h"
#include "layout/pages.h"
#include "model/document.h"

namespace vanthu::layout {

// Throws std::invalid_argument on a malformed model (e.g. a table row whose
// cells span more columns than the grid has).
Pages layout_document(const model::Document& document, const FontSystem& fonts);

// The structure nodes layout_document makes for `document` (Document,
// Sect, P, H1-H4, Caption, Figure, Table, TR, TH, TD), counted from the
// model alone: the PDF writer numbers its objects before the pages come.
size_t count_structure_nodes(const model::Document& document);

// Receives each page as soon as it is finished, in order; `so_far` holds
// the structure nodes made until then (every node the page's items name).
using PageSink = std::function<void(Page&& page, const Pages& so_far)>;

// The same layout, each page handed to `sink` instead of kept: `out` ends
// with no pages, the whole structure and the outline. With `release` (the
// same document, owned by the caller), the rows of its tables are freed as
// they are boxed. Memory then stays near one page's boxes however long the
// document is (issue 17).
void layout_document(const model::Document& document, const FontSystem& fonts, Pages& out, const PageSink& sink,
                     model::Document* release = nullptr);

}  // namespace vanthu::layout
