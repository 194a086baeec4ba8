// The layout engine's entry point: model::Document → pages of positioned
// items, paginated the way Word (as rendered by LibreOffice, our referee)
// paginates the DOCX made from the same model.
#pragma once

#include "layout/fonts.h"
#include "layout/pages.h"
#include "model/document.h"

namespace vanthu::layout {

// Throws std::invalid_argument on a malformed model (e.g. a table row whose
// cells span more columns than the grid has).
Pages layout_document(const model::Document& document, const FontSystem& fonts);

}  // namespace vanthu::layout
