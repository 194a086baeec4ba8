// Bản sao (PL1 Phần II; PL3 Mẫu 3.1, 3.2): the copy block after the
// original, and the text blocks the văn thư's organ signature shows on
// electronic copies and on appendices in files of their own.
#pragma once

#include "realise/build.h"

namespace vanthu::realise {

// Mẫu 3.1: a full-width rule under the original, then a header-like table
// (the copying organ and "Số: 05/SY-STTTT" | the hình thức sao, place and
// date) and the Nơi nhận | signer table.
void copy_block(Context& c, const sem::Copy& copy, std::vector<model::Block>& out);

// Mẫu 3.2: "SAO Y; Sở …; 02/4/2018 09:15:00 +07:00" at the top right of page 1, 10 pt.
model::Paragraph electronic_copy_stamp(Context& c, const sem::Copy& copy);

// A 10 pt text block at the top right of a page (PL1 §II.8.b, Mẫu 2.2).
model::Paragraph signing_stamp(Context& c, const std::string& text);

}  // namespace vanthu::realise
