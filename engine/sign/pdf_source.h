// What signing needs to know about the PDF being signed, read with QPDF:
// its trailer, catalog, pages, the anchors vanthu's writer named (the
// signature space, the Quốc hiệu line) and the signature fields already
// there. The bytes themselves are never rewritten: the update is appended.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace vanthu::sign {

// A rectangle in PDF user space (points, origin bottom left) on a page.
struct PageBox {
  int page = 0;  // 0-based
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  double width() const { return x1 - x0; }
  double height() const { return y1 - y0; }
};

struct PdfSource {
  size_t size = 0;          // bytes
  size_t prev_xref = 0;     // offset of the last cross-reference section
  int next_id = 0;          // the trailer's /Size
  std::string root_ref;     // "1 0 R"
  std::string info_ref;     // "" when there is none
  std::string id_array;     // "[<...> <...>]" or ""
  int root_id = 0;
  std::string root_without_acroform;  // the catalog dictionary "<< ... >>" without /AcroForm
  int acroform_id = 0;                // 0: no indirect AcroForm
  std::string acroform_without_fields;  // its dictionary "<< ... >>" without /Fields (and /SigFlags)
  std::vector<std::string> field_refs;  // existing /Fields entries
  std::vector<int> page_ids;
  std::vector<double> page_heights, page_widths;
  std::vector<std::string> pages_without_annots;   // each page's dictionary without /Annots
  std::vector<std::vector<std::string>> annot_refs;  // each page's existing /Annots entries
  std::map<std::string, PageBox> anchors;            // named /FitR destinations
  std::vector<PageBox> signature_widgets;            // visible signature fields already there
  int signature_count = 0;
};

// Reads `pdf`. Throws SignError when it is not a PDF QPDF can read, or it
// ends with a cross-reference stream (vanthu writes tables).
PdfSource read_pdf_source(const std::string& pdf, const std::string& name);

}  // namespace vanthu::sign
