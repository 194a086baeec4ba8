// The parts of Phụ lục I §II.10 and Mục III that other rule files do not
// cover: the marks (độ khẩn frames, độ mật, phạm vi lưu hành) and a phụ lục
// issued as a file of its own (PL3 Mẫu 2.1, 2.2), which has no header.
#pragma once

#include "check/rules.h"

namespace vanthu::check {

// True when the file is a phụ lục on its own: its first text line is
// "Phụ lục …", centred, with no Quốc hiệu anywhere.
bool is_appendix_file(const Document& doc);
void check_appendix_file(Context& c);  // PL1.III.1: "Phụ lục I" 14 bold, title upper case bold, "(Kèm theo …)" italic
void check_marks(Context& c);          // PL1.III.2–3: độ khẩn frames of the decree's size, marks bold upper case

}  // namespace vanthu::check
