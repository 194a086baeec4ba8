// The sizes and spacings the realiser uses for each component, read from the
// decree's table (vn/nd30_table.h), which `vanthu check` reads too: where the
// decree gives a range the table holds the value the official Phụ lục III
// templates use. Sizes in half-points. The names read the table in force
// each time they are used, so a test that alters the table sees the output
// follow.
#pragma once

#include "core/length.h"
#include "vn/nd30_table.h"

namespace vanthu::realise::nd30 {

using vn::nd30::Part;

// The chosen size of a part, in half-points, as an int wherever one is used.
struct SizeOf {
  Part part;
  operator int() const { return vn::nd30::chosen_size(part); }
};

// PL1 §I.1: A4 portrait; margins from the table (top 20–25, bottom 20–25,
// left 30–35, right 15–20 mm).
using MarginRange = vn::nd30::MarginRule;
struct MarginOf {
  vn::nd30::MarginRule vn::nd30::Table::*edge;
  operator MarginRange() const { return vn::nd30::table().*edge; }
};
inline constexpr MarginOf kTop{&vn::nd30::Table::top}, kBottom{&vn::nd30::Table::bottom},
    kLeft{&vn::nd30::Table::left}, kRight{&vn::nd30::Table::right};

inline constexpr SizeOf kBody{Part::Body};                        // 13–14: body text (PL1 §II.6.e)
inline constexpr SizeOf kParentOrgan{Part::ParentOrgan};          // 12–13, upright, not bold (§II.2)
inline constexpr SizeOf kOrgan{Part::Organ};                      // 12–13, bold (§II.2)
inline constexpr SizeOf kNationalName{Part::NationalName};        // Quốc hiệu 12–13, bold (§II.1)
inline constexpr SizeOf kMotto{Part::Motto};                      // Tiêu ngữ 13–14, bold (§II.1)
inline constexpr SizeOf kNumber{Part::Number};                    // "Số:" 13 (§II.3)
inline constexpr SizeOf kPlaceDate{Part::PlaceDate};              // 13–14, italic (§II.4)
inline constexpr SizeOf kTypeName{Part::TypeName};                // tên loại 13–14, bold (§II.5)
inline constexpr SizeOf kAbstract{Part::Abstract};                // trích yếu 13–14, bold (§II.5)
inline constexpr SizeOf kAbstractCongVan{Part::AbstractCongVan};  // "V/v …" 12–13 (§II.5.b)
inline constexpr SizeOf kSigner{Part::Signer};                    // quyền hạn, chức vụ 13–14, bold (§II.7)
inline constexpr SizeOf kSignerName{Part::SignerName};            // họ tên 13–14, bold
inline constexpr SizeOf kRecipientsLabel{Part::RecipientsLabel};  // "Nơi nhận:" 12, bold italic (§II.9.b)
inline constexpr SizeOf kRecipients{Part::Recipients};            // list 11 (§II.9.b)
inline constexpr SizeOf kPageNumber{Part::PageNumber};            // 13–14, upright (§I.7)
inline constexpr SizeOf kTable{Part::Table};                      // table text: 12–13 by convention (NĐ 30 sets none)
inline constexpr SizeOf kAppendixLabel{Part::AppendixLabel};      // "Phụ lục I" 14 bold (§III.1)

// 1 cm first-line indent (§II.6.e), 567 twips.
inline Length first_line() { return twips(static_cast<long long>(vn::nd30::table().first_line_mm / 25.4 * 1440 + 0.5)); }
// At least 6 pt between paragraphs (§II.6.e).
inline Length paragraph_gap() { return pt(vn::nd30::table().paragraph_gap_pt); }
inline const Length kRuleThickness = pt(0.5);
inline const Length kSignatureSpace = pt(64);    // ~4 lines of 14 pt for signature and seal (§II.7)

// The optional marks (PL1 §II.10, Mục III; PL1 Mục V sample).
inline constexpr SizeOf kMark{Part::Mark};                  // độ mật, độ khẩn, phạm vi lưu hành: 13–14, bold, upper case
inline constexpr SizeOf kDrafter{Part::Drafter};            // ký hiệu người soạn thảo, số bản (ô 12): 11, upright
inline constexpr SizeOf kAddress{Part::Address};            // address, e-mail, phone line (ô 13): 11–12, upright
inline constexpr SizeOf kSigningStamp{Part::SigningStamp};  // the văn thư's text block on electronic copies and appendices: 10
inline const Length kUrgencyHeight = mm(8);   // độ khẩn stamps: 20 × 8 (KHẨN), 40 × 8 (THƯỢNG KHẨN), 30 × 8 (HỎA TỐC) mm
inline const Length kUrgencyKhan = mm(20), kUrgencyThuongKhan = mm(40), kUrgencyHoaToc = mm(30);
inline const Length kFrameMinWidth = mm(30);  // phạm vi lưu hành, DỰ THẢO: as wide as the text (Mục V: 49–57 mm)

// Header table columns (measured in the Phụ lục III .docx: left 67.5, right 99–100 mm).
inline const Length kHeaderLeft = mm(68);
inline const Length kClosingLeft = mm(72);

}  // namespace vanthu::realise::nd30
