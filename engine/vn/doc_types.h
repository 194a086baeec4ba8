// The document types of Nghị định 30/2020 (Điều 7) with their abbreviations
// from Phụ lục III §I, and the layout choices that depend on the type.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace vanthu::vn {

enum class Numbering {
  Plan,      // mục I. / khoản 1. / điểm a) / - (plans, reports: PL1 §V.6b)
  Articles,  // Điều 1. / khoản 1. / điểm a) (decisions, regulations: PL1 §II.6.đ)
};

struct DocType {
  std::string key;           // "ke-hoach"
  std::string name;          // "KẾ HOẠCH" (tên loại, upper case); empty for công văn
  std::string abbreviation;  // "KH"; empty for công văn and thư công
  Numbering numbering = Numbering::Plan;
  bool addressees = false;   // uses "Kính gửi" (ô 9a): công văn, tờ trình, báo cáo to a superior
};

// The whole table, in the order of Phụ lục III.
const std::vector<DocType>& doc_types();
// Looks a type up by key ("ke-hoach") or abbreviation ("KH"); nullptr if unknown.
const DocType* find_doc_type(std::string_view key_or_abbreviation);

}  // namespace vanthu::vn
