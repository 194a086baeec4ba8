#include "sign/appearance.h"

#include <pango/pango.h>

#include <algorithm>

#include "layout/paragraph_shaper.h"
#include "model/anchors.h"
#include "pdf/font_embedder.h"
#include "pdf/image_xobjects.h"
#include "pdf/page_content.h"
#include "pdf/pdf_dates.h"
#include "pdf/pdf_syntax.h"
#include "sign/signer.h"

namespace vanthu::sign {
namespace {

constexpr double kPtPerMm = 72.0 / 25.4;
constexpr int kTextSizeHalfPt = 20;   // 10 pt (PL1 §II.8.b)
constexpr double kGapAboveText = 3;   // pt between the text block and the text area below it
constexpr double kMinTopMargin = 8;   // pt kept free above the text block
// Used when the PDF names no Quốc hiệu line: vanthu's default margins.
constexpr double kDefaultRightMm = 15, kDefaultTopMm = 20;

struct PngSize {
  double w = 0, h = 0;
};

// The pixel size from the PNG's IHDR chunk (the image is decoded later by
// the PDF writer's image code).
PngSize png_size(const std::string& png, const std::string& what) {
  static const char kSignature[] = "\x89PNG\r\n\x1a\n";
  if (png.size() < 24 || png.compare(0, 8, kSignature, 8) != 0 || png.compare(12, 4, "IHDR") != 0)
    throw SignError(what + ": error: not a PNG picture");
  auto be32 = [&](size_t at) {
    double v = 0;
    for (size_t i = 0; i < 4; ++i) v = v * 256 + static_cast<unsigned char>(png[at + i]);
    return v;
  };
  PngSize s{be32(16), be32(20)};
  if (s.w <= 0 || s.h <= 0) throw SignError(what + ": error: the PNG picture is empty");
  return s;
}

const PageBox* anchor(const PdfSource& src, const char* name) {
  auto it = src.anchors.find(name);
  return it == src.anchors.end() ? nullptr : &it->second;
}

model::Paragraph text_paragraph(const std::string& text) {
  model::Paragraph p;
  p.props.align = model::Align::Left;
  p.props.mark.size_half_pt = kTextSizeHalfPt;
  model::Run r;
  r.text = text;
  r.style.size_half_pt = kTextSizeHalfPt;
  p.runs.push_back(r);
  return p;
}

PageBox signer_image_box(const PdfSource& src, const AppearanceRequest& req) {
  const PageBox* space = anchor(src, model::anchors::kSignatureSpace);
  if (!space)
    throw SignError("the PDF has no signature space (a PDF written by vanthu with a signer block is needed "
                    "to place the signature image)");
  const PngSize px = png_size(req.image_png, req.image_name);
  // As large as the space allows, keeping the picture's proportions, centred.
  double h = space->height(), w = h * px.w / px.h;
  if (w > space->width()) {
    w = space->width();
    h = w * px.h / px.w;
  }
  const double cx = (space->x0 + space->x1) / 2, cy = (space->y0 + space->y1) / 2;
  return {space->page, cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2};
}

PageBox seal_box(const PdfSource& src, const AppearanceRequest& req) {
  if (req.seal_mm <= 0) throw SignError("the seal's diameter (--seal-mm) must be given and positive");
  const PngSize px = png_size(req.seal_png, req.seal_name);
  const PageBox* space = anchor(src, model::anchors::kSignatureSpace);
  if (!space) throw SignError("the PDF has no signature space (a PDF written by vanthu with a signer block is needed)");
  // The signer's image on that page (the last one signed there), else the
  // signature space itself stands for it.
  PageBox signer = *space;
  for (const PageBox& w : src.signature_widgets)
    if (w.page == space->page) signer = w;
  const double w = req.seal_mm * kPtPerMm, h = w * px.h / px.w;
  // Its right edge a third of the way into the signer's image (PL1 §II.8.a).
  const double right = signer.x0 + signer.width() / 3, cy = (signer.y0 + signer.y1) / 2;
  return {space->page, right - w, cy - h / 2, right, cy + h / 2};
}

struct TextBlock {
  std::vector<layout::ShapedParagraph> lines;
  double width = 0, height = 0;
};

TextBlock shape_block(const std::vector<std::string>& lines, layout::FontSystem& fonts) {
  TextBlock b;
  for (const std::string& l : lines) {
    b.lines.push_back(layout::shape_paragraph(fonts, text_paragraph(l), 0));
    const layout::ShapedParagraph& s = b.lines.back();
    if (!s.lines.empty()) b.width = std::max(b.width, s.lines.front().width);
    b.height += s.height();
  }
  return b;
}

PageBox text_box(const PdfSource& src, double w, double h) {
  if (src.page_ids.empty()) throw SignError("the PDF has no pages");
  const double page_w = src.page_widths[0], page_h = src.page_heights[0];
  double right = page_w - kDefaultRightMm * kPtPerMm, area_top = page_h - kDefaultTopMm * kPtPerMm;
  const PageBox* nat = anchor(src, model::anchors::kNationalName);
  if (nat && nat->page == 0) {
    right = nat->x1;
    area_top = nat->y1;
  }
  double bottom = area_top + kGapAboveText;
  bottom = std::min(bottom, page_h - kMinTopMargin - h);
  return {0, right - w, bottom, right, bottom + h};
}

bool is_text_block(const AppearanceRequest& req) {
  return req.role == Role::Organ && req.seal_png.empty() && !req.text_lines.empty();
}

}  // namespace

std::vector<std::string> text_block_lines(const AppearanceRequest& req) {
  std::vector<std::string> lines = req.text_lines;
  lines.push_back("Thời gian ký: " + pdf::iso_date(req.time));
  return lines;
}

PageBox appearance_box(const PdfSource& src, const AppearanceRequest& req) {
  if (req.role == Role::Signer && !req.image_png.empty()) return signer_image_box(src, req);
  if (req.role == Role::Organ && !req.seal_png.empty()) return seal_box(src, req);
  return {};  // invisible, or a text block (sized when written)
}

Appearance write_appearance(pdf::PdfFile& file, const PdfSource& src, const AppearanceRequest& req,
                            layout::FontSystem& fonts) {
  Appearance out;
  pdf::FontEmbedder embedder(file);
  pdf::ImageXObjects images(file);
  std::string ops;
  if (is_text_block(req)) {
    const TextBlock block = shape_block(text_block_lines(req), fonts);
    out.box = text_box(src, block.width, block.height);
    pdf::PageContent content(block.height, embedder);
    double top = 0;
    for (const layout::ShapedParagraph& s : block.lines) {
      if (s.lines.empty()) continue;
      const layout::ShapedLine& line = s.lines.front();
      // Right-aligned: each line ends at the block's right edge.
      content.text_line(pango_layout_get_line_readonly(s.layout.get(), 0), pango_layout_get_text(s.layout.get()),
                        block.width - line.width, top + line.baseline);
      top += s.height();
    }
    ops = content.take();
  } else {
    out.box = appearance_box(src, req);
    const std::string& png = req.role == Role::Signer ? req.image_png : req.seal_png;
    if (out.box.width() > 0) {
      std::string name;
      try {
        name = images.add_png(png);
      } catch (const std::runtime_error& e) {
        throw SignError((req.role == Role::Signer ? req.image_name : req.seal_name) + ": error: " + e.what());
      }
      ops = "q ";
      pdf::append_operator(ops, {out.box.width(), 0, 0, out.box.height(), 0, 0}, " cm /");
      ops += name + " Do Q\n";
    }
  }
  embedder.write_all();
  std::string resources = "/Resources <<";
  const std::string fonts_used = embedder.resource_entries(), xobjects = images.resource_entries();
  if (!fonts_used.empty()) resources += " /Font << " + fonts_used + ">>";
  if (!xobjects.empty()) resources += " /XObject << " + xobjects + ">>";
  resources += " >>";
  std::string dict = "/Type /XObject /Subtype /Form /BBox [0 0 ";
  pdf::append_number(dict, out.box.width(), 2);
  dict += ' ';
  pdf::append_number(dict, out.box.height(), 2);
  dict += "] " + resources;
  out.form_id = file.add_stream(dict, ops, true);
  return out;
}

}  // namespace vanthu::sign
