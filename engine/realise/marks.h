// The optional marks any document may carry (PL1 §II.10 and Mục III): độ
// mật and độ khẩn under the Số (ô 10a, 10b), the framed phạm vi lưu hành
// above the Quốc hiệu (ô 11), "DỰ THẢO" for drafts, the drafter and copies
// after the Lưu line (ô 12) and the organ's address at the foot of page 1
// (ô 13).
#pragma once

#include <string>
#include <vector>

#include "realise/build.h"

namespace vanthu::realise {

// True when the document has a mark that goes under the Số in the header's left column.
bool has_left_marks(const sem::Document& d);
// Độ mật ("tài liệu thu hồi" with it) and the framed độ khẩn, for the header's left cell.
void left_marks(Context& c, std::vector<model::Block>& cell);
// The framed phạm vi lưu hành and DỰ THẢO marks, before the header table.
void top_marks(Context& c, std::vector<model::Block>& out);
// Ô 13: a full-width rule and the organ's address, phone, e-mail and website
// lines at 11 pt, for the footer of page 1 (empty when the data has none).
std::vector<model::Block> address_footer(Context& c);
// "PL.(300)" for the end of the Lưu line (ô 12), or "".
std::string drafter_mark(const sem::Marks& m);

}  // namespace vanthu::realise
