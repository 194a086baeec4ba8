// Post-processing of cairo's PDF with QPDF (pdf-stack.md §4): what cairo
// 1.16 cannot write itself.
#pragma once

#include <string>
#include <vector>

#include "model/document.h"

namespace vanthu::pdf {

struct PostProcess {
  bool pdfa = true;         // XMP with pdfaid 2/B, sRGB output intent
  std::string language;     // catalog /Lang, e.g. "vi-VN"
  long long epoch = 0;      // creation and modification date
  std::vector<std::string> figure_alts;  // /Alt of the Figure elements, in tree order
};

// Always: Info dates with the "D:" prefix, /CIDToGIDMap /Identity on every
// CIDFontType2, /Lang, /Alt on figures, a deterministic trailer /ID.
// With `pdfa`: XMP metadata mirroring the Info dictionary and an sRGB
// /OutputIntents entry. Throws std::runtime_error when QPDF cannot read
// the input.
std::string post_process(const std::string& cairo_pdf, const PostProcess& options);

// An ICC v2 sRGB profile made by lcms2, with its creation date pinned so
// that it is the same bytes on every run.
std::string srgb_icc_profile();
// The same profile compressed with QPDF's Flate at its default level (what
// QPDFWriter would write for the uncompressed stream), made once.
std::string srgb_icc_profile_flate();

// The XMP packet (UTF-8) for the given Info values.
struct XmpFields {
  std::string title, author, subject, creator_tool, producer;
  std::string create_date, modify_date;  // ISO 8601
};
std::string xmp_packet(const XmpFields& fields);

}  // namespace vanthu::pdf
