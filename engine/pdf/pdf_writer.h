// The native PDF writer: lays the model out with the layout engine, draws
// the pages with cairo (tagged, with outline and metadata) and, by default,
// post-processes the file to PDF/A-2b with QPDF + lcms2.
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
};

// The PDF bytes. Throws std::runtime_error when cairo or QPDF fail and
// std::invalid_argument on a malformed model.
std::string write_pdf(const model::Document& document, layout::FontSystem& fonts, const PdfOptions& options = {});

// The same from pages already laid out (e.g. to reuse a layout).
std::string write_pdf(const layout::Pages& pages, const model::Metadata& meta, layout::FontSystem& fonts,
                      const PdfOptions& options = {});

}  // namespace vanthu::pdf
