// The number and ký hiệu of a document (PL1 §II.3), in one place: the realiser
// prints them on the Số line, the derive stage offers them to templates
// (vt.so_ky_hieu) and the register records them, so the three agree.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "vn/doc_types.h"

namespace vanthu::vn {

// The drafting unit of a công văn: the first unit of the Lưu line other than
// the văn thư's "VT" ("VT, KGVX." and "KGVX (2b)" give "KGVX"); "" if none.
std::string drafting_unit(std::string_view archive_units);

// The ký hiệu: "<type>-<organ>" for a named type ("KH-UBND"); for a công văn
// (no type abbreviation) "<organ>-<drafting unit>" ("UBND-KGVX"), the organ
// alone when it has no unit or its abbreviation already holds a hyphen.
std::string document_symbol(const DocType* type, const std::string& organ_abbreviation,
                            const std::string& drafting_unit);

// "05/KH-UBND"; without a number, `blank` spaces before the slash, left for
// the văn thư to fill in by hand (PL3's models).
std::string number_and_symbol(std::optional<long long> number, const std::string& symbol, int blank);

}  // namespace vanthu::vn
