// The first-page header (ô 1–5 of Phụ lục I §IV) and the title block.
#pragma once

#include <vector>

#include "realise/build.h"

namespace vanthu::realise {

inline constexpr const char* kNationalName = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
inline constexpr const char* kMotto = "Độc lập - Tự do - Hạnh phúc";

// "293/KH-STTTT" (or "     /KH-STTTT" when the number is left blank).
std::string number_and_symbol(const Context& c);

// The borderless header table: organ names | Quốc hiệu and Tiêu ngữ, each
// with its rule; with a second row Số | place and date when `with_number`
// (attached lists have neither, PL3 "văn bản kèm theo").
model::Table header_table(Context& c, bool with_number);

// Tên loại, trích yếu and the rule under it; Kính gửi; the authority line
// and căn cứ of decisions.
void title_block(Context& c, std::vector<model::Block>& out);

}  // namespace vanthu::realise
