// The whole way from markup to files: the markup parser, the decree's rules
// (realise), the DOCX writer, the layout engine and the PDF writer. Inputs
// that parse are rendered to both formats; the writers may refuse a
// document only with the exceptions they document (std::runtime_error, e.g.
// a character without a glyph; vanthu::Error from the DOCX writer).
#include <stdexcept>
#include <string_view>

#include "core/status.h"
#include "docx/docx_writer.h"
#include "fuzz_targets.h"
#include "layout/fonts.h"
#include "layout/measure.h"
#include "pdf/pdf_writer.h"
#include "realise/realise.h"
#include "template/markup.h"

namespace vanthu::fuzz {

int render(const uint8_t* data, size_t size) {
  // Made once: creating the font system costs milliseconds.
  static std::shared_ptr<layout::FontSystem> fonts = layout::FontSystem::create();
  static std::unique_ptr<model::TextMeasurer> measurer = layout::make_measurer(fonts);
  Diagnostics diag;
  auto sem = tmpl::parse_markup(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.xml", diag);
  if (!sem) return 0;
  realise::Options options;
  model::Document doc = realise::realise(*sem, *measurer, options, diag);
  if (diag.has_errors()) return 0;
  try {
    docx::write_docx(doc, {});
    pdf::write_pdf(doc, *fonts);
  } catch (const std::runtime_error&) {
    // documented refusals (Error derives from std::runtime_error)
  }
  return 0;
}

}  // namespace vanthu::fuzz
