// The closing table (ô 7 and 9b): Nơi nhận on the left, the signer on the right.
#pragma once

#include "realise/build.h"

namespace vanthu::realise {

// The signer's lines in upper case: "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH",
// "PHÓ CHỦ TỊCH" (PL1 §II.7; ND Điều 13). Reports a signer that breaks the
// two-line rule of KT./TL./TUQ.
std::vector<std::string> signer_lines(Context& c, const sem::Signer& s);

// "- Ban ATGT tỉnh;" … "- Lưu: VT, VP." (PL1 §II.9.b); a công văn with
// Kính gửi starts with "- Như trên;" (PL3 Mẫu 1.5); the drafter's mark (ô 12)
// ends the Lưu line.
std::vector<std::string> recipient_lines(Context& c, const sem::Recipients& r, bool as_above);

// The document's closing table; a biên bản's has the two signatures side by
// side and Nơi nhận under them (PL3 Mẫu 1.9).
model::Table closing_table(Context& c);
// A Nơi nhận | signer table for other recipients and signer (a bản sao's copy block).
model::Table closing_table(Context& c, const sem::Recipients& r, const sem::Signer& s);

}  // namespace vanthu::realise
