// Pages → PDF bytes with cairo's PDF surface: text lines drawn from their
// Pango layouts, borders, rules, drawings and pictures; structure tags,
// outline, page labels and Info metadata.
#pragma once

#include <string>
#include <vector>

#include "layout/fonts.h"
#include "layout/pages.h"
#include "model/document.h"

namespace vanthu::pdf {

struct CairoPdf {
  std::string bytes;
  std::vector<std::string> figure_alts;  // alternative texts of the Figure elements, in drawing order
};

CairoPdf render_with_cairo(const layout::Pages& pages, const model::Metadata& meta, const layout::FontSystem& fonts,
                           long long epoch);

}  // namespace vanthu::pdf
