// The visible part of a signature as Phụ lục I of Nghị định 30 lays it out,
// placed from the anchors vanthu's PDF writer left in the file:
// - the signer's handwritten signature (blue PNG, transparent background)
//   centred in the signature space between the title and the name (§II.7.d);
// - the organ's seal (red PNG, transparent, at its real diameter) covering
//   about a third of the signer's image on its left (§II.8.a);
// - on attachments, appendices and electronic copies, a text block at the
//   top right of the first page in Times New Roman 10 pt, regular, black:
//   the given lines (số and ký hiệu, or the copy's form and organ) and the
//   time of signing in ISO 8601 with +07:00 (§II.8.b, §III.1.d, Phần II §I.3).
#pragma once

#include <string>
#include <vector>

#include "layout/fonts.h"
#include "pdf/pdf_file.h"
#include "sign/pdf_source.h"

namespace vanthu::sign {

enum class Role { Signer, Organ };

struct AppearanceRequest {
  Role role = Role::Signer;
  std::string image_png;             // signer: the handwritten signature
  std::string seal_png;              // organ: the seal
  std::string image_name = "the signature image", seal_name = "the seal image";  // for messages (file names)
  double seal_mm = 0;                // the seal's real diameter
  std::vector<std::string> text_lines;  // organ on an attachment or a copy
  long long time = 0;                // the signing time (epoch seconds)
};

struct Appearance {
  PageBox box;        // the widget's rectangle; zero size = invisible signature
  int form_id = 0;    // the appearance stream (form XObject) written into the file
};

// Where the appearance goes (no file written): for tests and for `sign`.
// Throws SignError when the PDF lacks the anchor it needs or a picture is
// not a PNG.
PageBox appearance_box(const PdfSource& src, const AppearanceRequest& req);

// Writes the appearance stream and what it uses (images, a subset of
// Liberation Serif) into `file`.
Appearance write_appearance(pdf::PdfFile& file, const PdfSource& src, const AppearanceRequest& req,
                            layout::FontSystem& fonts);

// The text lines of the block (the given lines, then the time).
std::vector<std::string> text_block_lines(const AppearanceRequest& req);

}  // namespace vanthu::sign
