// Reads a DOCX into the check model (wml.h): the package, its relationships,
// styles, theme, numbering, the main document and the headers and footers
// its sections use. Throws ReadError when the file cannot be read as a
// WordprocessingML document.
#pragma once

#include <string_view>

#include "check/wml.h"
#include "check/zip_package.h"

namespace vanthu::check {

Document read_docx(std::string_view bytes, const PackageLimits& limits = {});

}  // namespace vanthu::check
