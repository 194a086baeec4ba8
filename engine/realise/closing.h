// The closing table (ô 7 and 9b): Nơi nhận on the left, the signer on the right.
#pragma once

#include "realise/build.h"

namespace vanthu::realise {

// The signer's lines in upper case: "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH",
// "PHÓ CHỦ TỊCH" (PL1 §II.7; ND Điều 13). Reports a signer that breaks the
// two-line rule of KT./TL./TUQ.
std::vector<std::string> signer_lines(Context& c);

// "- Ban ATGT tỉnh;" … "- Lưu: VT, VP." (PL1 §II.9.b).
std::vector<std::string> recipient_lines(Context& c);

model::Table closing_table(Context& c);

}  // namespace vanthu::realise
