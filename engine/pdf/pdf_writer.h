// The native PDF writer: lays the model out with the layout engine and
// writes the pages itself (docs/layout.md, "The PDF writer"): the glyphs
// Pango placed, in subset fonts made by hb-subset, tagged (structure tree,
// artifacts), with outline, page labels and metadata, and by default the
// PDF/A-2b parts (XMP, sRGB output intent made with lcms2).
#pragma once

#include <string>

#include "layout/fonts.h"
#include "layout/pages.h"
#include "model/document.h"

namespace vanthu::pdf {

struct PdfOptions {
  bool pdfa = true;  // PDF/A-2b: XMP metadata, sRGB output intent
  // Creation and modification date, seconds since 1970 (shown in Vietnam's
  // time zone, UTC+7). 0 = the document's meta.created_epoch. The output never
  // depends on the clock, so the same input gives the same bytes.
  long long timestamp = 0;
  // Documents of a batch: each font subset also keeps the letters of
  // Vietnamese and of ASCII (subset_cache.h, batch_repertoire), so that
  // the documents of a batch mostly share one program per face and it is
  // subset and compressed once. Files are larger (about 25 KB more per
  // face); each PDF still stands alone and depends only on its own input.
  bool batch_fonts = false;
};

// The PDF bytes. Throws std::runtime_error when a font cannot be subset or
// a picture cannot be read, and
// std::invalid_argument on a malformed model.
std::string write_pdf(const model::Document& document, layout::FontSystem& fonts, const PdfOptions& options = {});
// The same bytes; `document` is freed once it is laid out (long lists, issue 17).
std::string write_pdf(model::Document&& document, layout::FontSystem& fonts, const PdfOptions& options = {});

// The same from pages already laid out (e.g. to reuse a layout).
std::string write_pdf(const layout::Pages& pages, const model::Metadata& meta, layout::FontSystem& fonts,
                      const PdfOptions& options = {});

}  // namespace vanthu::pdf
