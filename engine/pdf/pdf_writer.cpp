#include "pdf/pdf_writer.h"

#include "layout/layout.h"
#include "pdf/cairo_renderer.h"
#include "pdf/pdfa.h"

namespace vanthu::pdf {

std::string write_pdf(const layout::Pages& pages, const model::Metadata& meta, layout::FontSystem& fonts,
                      const PdfOptions& options) {
  long long epoch = options.timestamp != 0 ? options.timestamp : meta.created_epoch;
  CairoPdf drawn = render_with_cairo(pages, meta, fonts, epoch);
  PostProcess post;
  post.pdfa = options.pdfa;
  post.language = meta.language;
  post.epoch = epoch;
  post.figure_alts = std::move(drawn.figure_alts);
  return post_process(drawn.bytes, post);
}

std::string write_pdf(const model::Document& document, layout::FontSystem& fonts, const PdfOptions& options) {
  return write_pdf(layout::layout_document(document, fonts), document.meta, fonts, options);
}

}  // namespace vanthu::pdf
