// What a file that is not a zip archive is, for a clear message: a Word lock
// file, an encrypted DOCX, a Word 97–2003 .doc, or something else.
#pragma once

#include <string>
#include <string_view>

namespace vanthu::check {

// The reason `bytes` cannot be a DOCX, as a sentence ("" when they start
// like a zip archive).
std::string not_a_docx_reason(std::string_view bytes);

}  // namespace vanthu::check
