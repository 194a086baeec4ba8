// Characters in the data that the document's font cannot draw. Times New
// Roman (Liberation Serif in the PDF) covers Vietnamese and much more, but
// not emoji, CJK or private-use characters. Word would quietly draw them in
// another font; the PDF writer refuses them (PDF/A forbids a missing glyph
// and there is no fallback font). Warned here, while the data path is still
// known, so the user finds the field.
#pragma once

#include <nlohmann/json.hpp>

#include "core/status.h"
#include "layout/fonts.h"

namespace vanthu::api {

// One warning per string value holding such characters, at its JSON path
// ("$.danh_sach[3].ho_ten"), naming the first of them.
void warn_missing_glyphs(const nlohmann::json& data, const layout::FontSystem& fonts, Diagnostics& diag);

}  // namespace vanthu::api
