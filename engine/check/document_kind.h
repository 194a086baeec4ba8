// The kind of document, decided before any rule runs (a công văn, a quyết
// định, a biên bản, …, or not an administrative document at all), and which
// rule families apply to it.
#pragma once

#include <string>

#include "check/recognise.h"

namespace vanthu::check {

// "cong-van", a key of vn::doc_types() ("quyet-dinh", "bien-ban", …),
// "not-administrative" (a citizen's đơn: Nghị định 30 does not govern it),
// or "unknown" (no tên loại and no V/v).
std::string document_kind(const Segment& s);

// A readable name for messages and --parts: "công văn", "QUYẾT ĐỊNH", …
std::string kind_name(const std::string& kind);

// The căn cứ rules (PL1.II.6.a) are about the legal bases of issuing a
// decision, a regulation, a plan or a guide; in a tờ trình, biên bản,
// thông báo, báo cáo, công văn or giấy mời "Căn cứ …" opens a narrative
// paragraph (debatable at best, so not checked).
bool has_legal_bases(const Segment& s, const std::string& kind);

// An internal note of a unit inside an organ (the issuer is a "PHÒNG …",
// "BAN …", "TỔ …") with no Số: the văn thư does not register it, so the Số
// and "Lưu: VT" rules are debatable (warnings).
bool internal_note(const Segment& s);

}  // namespace vanthu::check
