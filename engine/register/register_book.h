// The register as a document: the sổ đăng ký văn bản đi of Phụ lục IV §I —
// a cover page (the organs, "SỔ ĐĂNG KÝ VĂN BẢN ĐI", the year, the first and
// last dates and numbers, the volume) and the ten-column table, landscape,
// its header repeated on every page. Built as a model::Document and written
// by the engine's own DOCX and PDF writers. (The markup's <document> always
// realises an administrative document's header and closing; a register is
// not one, so it is built here rather than from a template.)
#pragma once

#include <string>
#include <vector>

#include "model/document.h"
#include "register/register.h"

namespace vanthu::reg {

struct BookCover {
  std::string parent_organ;  // cơ quan chủ quản trực tiếp ("" = none)
  std::string organ;         // tên cơ quan / đơn vị
  int year = 0;
  int volume = 1;            // quyển số
  std::string series_name;   // shown under the title when one series is exported
};

// The cell texts of one row, columns (1)–(10), as printed.
std::vector<std::string> book_cells(const Row& r);

model::Document register_book(const BookCover& cover, const std::vector<Row>& rows);

}  // namespace vanthu::reg
