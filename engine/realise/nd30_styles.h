// The sizes and spacings Nghị định 30/2020 Phụ lục I prescribes for each
// component, in one table (see ../shared/spec/nd30.md §1–3 and §8). Where
// the decree gives a range the engine takes the value the official Phụ lục
// III templates use. Sizes in half-points.
#pragma once

#include "core/length.h"

namespace vanthu::realise::nd30 {

// PL1 §I.1: A4 portrait; margins top 20–25, bottom 20–25, left 30–35, right 15–20 mm.
struct MarginRange {
  double min_mm, max_mm, default_mm;
};
inline constexpr MarginRange kTop{20, 25, 20}, kBottom{20, 25, 20}, kLeft{30, 35, 30}, kRight{15, 20, 15};

inline constexpr int kBody = 28;            // 13–14: body text (PL1 §II.6.e)
inline constexpr int kParentOrgan = 26;     // 12–13, upright, not bold (§II.2)
inline constexpr int kOrgan = 26;           // 12–13, bold (§II.2)
inline constexpr int kNationalName = 26;    // Quốc hiệu 12–13, bold (§II.1)
inline constexpr int kMotto = 28;           // Tiêu ngữ 13–14, bold (§II.1)
inline constexpr int kNumber = 26;          // "Số:" 13 (§II.3)
inline constexpr int kPlaceDate = 28;       // 13–14, italic (§II.4)
inline constexpr int kTypeName = 28;        // tên loại 13–14, bold (§II.5)
inline constexpr int kAbstract = 28;        // trích yếu 13–14, bold (§II.5)
inline constexpr int kAbstractCongVan = 26; // "V/v …" 12–13 (§II.5.b)
inline constexpr int kSigner = 28;          // quyền hạn, chức vụ 13–14, bold (§II.7)
inline constexpr int kSignerName = 28;      // họ tên 13–14, bold
inline constexpr int kRecipientsLabel = 24; // "Nơi nhận:" 12, bold italic (§II.9.b)
inline constexpr int kRecipients = 22;      // list 11 (§II.9.b)
inline constexpr int kPageNumber = 28;      // 13–14, upright (§I.7)
inline constexpr int kTable = 26;           // table text: 12–13 by convention (NĐ 30 sets none)
inline constexpr int kAppendixLabel = 28;   // "Phụ lục I" 14 bold (§III.1)

inline const Length kFirstLine = twips(567);     // 1 cm first-line indent (§II.6.e)
inline const Length kParagraphGap = pt(6);       // at least 6 pt between paragraphs
inline const Length kRuleThickness = pt(0.5);
inline const Length kSignatureSpace = pt(64);    // ~4 lines of 14 pt for signature and seal (§II.7)

// The optional marks (PL1 §II.10, Mục III; PL1 Mục V sample).
inline constexpr int kMark = 26;              // độ mật, độ khẩn, phạm vi lưu hành: 13–14, bold, upper case
inline constexpr int kDrafter = 22;           // ký hiệu người soạn thảo, số bản (ô 12): 11, upright
inline constexpr int kAddress = 22;           // address, e-mail, phone line (ô 13): 11–12, upright
inline constexpr int kSigningStamp = 20;      // the văn thư's text block on electronic copies and appendices: 10
inline const Length kUrgencyHeight = mm(8);   // độ khẩn stamps: 20 × 8 (KHẨN), 40 × 8 (THƯỢNG KHẨN), 30 × 8 (HỎA TỐC) mm
inline const Length kUrgencyKhan = mm(20), kUrgencyThuongKhan = mm(40), kUrgencyHoaToc = mm(30);
inline const Length kFrameMinWidth = mm(30);  // phạm vi lưu hành, DỰ THẢO: as wide as the text (Mục V: 49–57 mm)

// Header table columns (measured in the Phụ lục III .docx: left 67.5, right 99–100 mm).
inline const Length kHeaderLeft = mm(68);
inline const Length kClosingLeft = mm(72);

}  // namespace vanthu::realise::nd30
