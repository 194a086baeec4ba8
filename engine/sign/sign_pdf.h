// Signing a PDF that vanthu wrote: an incremental update (ISO 32000-1
// §7.5.6) that appends a signature field and widget, its appearance, the
// AcroForm and new versions of the catalog and page, then a PAdES
// signature (ETSI EN 319 142-1) over every byte but its own /Contents.
// Earlier bytes, and so earlier signatures, are untouched; the file stays
// PDF/A-2b (embedded fonts in the appearance, print flag, no /Perms).
#pragma once

#include <string>

#include "layout/fonts.h"
#include "sign/appearance.h"
#include "sign/signer.h"

namespace vanthu::sign {

struct SignRequest {
  AppearanceRequest appearance;  // role, pictures, text lines, time
  std::string tsa_url;           // non-empty: PAdES B-T
};

struct SignResult {
  std::string pdf;  // the input followed by the update
  PageBox widget;   // where the appearance went (zero size: invisible)
};

// `name` is used in error messages. Throws SignError; nothing is written.
SignResult sign_pdf(const std::string& pdf, const std::string& name, Signer& signer, const SignRequest& request,
                    layout::FontSystem& fonts);

}  // namespace vanthu::sign
