// The DOCX writer: model::Document -> a WordprocessingML package (.docx).
//
// A plain mapping of the neutral model onto WordprocessingML; every property
// is written explicitly on the paragraph or run, so Word, LibreOffice and
// our PDF layout all start from the same values. Output is deterministic:
// the same model and options give the same bytes.
#pragma once

#include <map>
#include <stdexcept>
#include <string>

#include "model/document.h"

namespace vanthu::docx {

struct DocxOptions {
  long long timestamp = 0;  // seconds since 1970: zip entry times and docProps dates
};

// The model cannot be written (text that is not UTF-8 or holds control
// characters, table rows that do not fill the grid, an image without PNG
// data, ...). what() names the place: "section 1, block 4 (table), row 2: ...".
struct InvalidModel : std::invalid_argument {
  using std::invalid_argument::invalid_argument;
};

// Returns the bytes of a complete .docx package.
std::string write_docx(const model::Document& doc, const DocxOptions& options = {});
// The same bytes; `doc` is freed once the parts are made, before they are
// compressed (long lists, issue 17).
std::string write_docx(model::Document&& doc, const DocxOptions& options = {});

// The XML parts by name ("word/document.xml" -> text), before zipping, for
// golden tests. Binary parts (word/media/*, word/embeddings/*) are left out.
std::map<std::string, std::string> docx_parts(const model::Document& doc, const DocxOptions& options = {});

}  // namespace vanthu::docx
