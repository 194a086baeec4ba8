#include "vn/doc_types.h"

namespace vanthu::vn {

const std::vector<DocType>& doc_types() {
  // Phụ lục III §I (abbreviations); công văn and thư công have none (their
  // ký hiệu is <organ>-<unit>). Kính gửi: PL1 §II.9.b.
  static const std::vector<DocType> table = {
      {"nghi-quyet", "NGHỊ QUYẾT", "NQ", Numbering::Articles, false},
      {"quyet-dinh", "QUYẾT ĐỊNH", "QĐ", Numbering::Articles, false},
      {"chi-thi", "CHỈ THỊ", "CT", Numbering::Plan, false},
      {"quy-che", "QUY CHẾ", "QC", Numbering::Articles, false},
      {"quy-dinh", "QUY ĐỊNH", "QyĐ", Numbering::Articles, false},
      {"thong-cao", "THÔNG CÁO", "TC", Numbering::Plan, false},
      {"thong-bao", "THÔNG BÁO", "TB", Numbering::Plan, false},
      {"huong-dan", "HƯỚNG DẪN", "HD", Numbering::Plan, false},
      {"chuong-trinh", "CHƯƠNG TRÌNH", "CTr", Numbering::Plan, false},
      {"ke-hoach", "KẾ HOẠCH", "KH", Numbering::Plan, false},
      {"phuong-an", "PHƯƠNG ÁN", "PA", Numbering::Plan, false},
      {"de-an", "ĐỀ ÁN", "ĐA", Numbering::Plan, false},
      {"du-an", "DỰ ÁN", "DA", Numbering::Plan, false},
      {"bao-cao", "BÁO CÁO", "BC", Numbering::Plan, true},
      {"bien-ban", "BIÊN BẢN", "BB", Numbering::Plan, false},
      {"to-trinh", "TỜ TRÌNH", "TTr", Numbering::Plan, true},
      {"hop-dong", "HỢP ĐỒNG", "HĐ", Numbering::Articles, false},
      {"cong-dien", "CÔNG ĐIỆN", "CĐ", Numbering::Plan, false},
      {"ban-ghi-nho", "BẢN GHI NHỚ", "BGN", Numbering::Articles, false},
      {"ban-thoa-thuan", "BẢN THỎA THUẬN", "BTT", Numbering::Articles, false},
      {"giay-uy-quyen", "GIẤY ỦY QUYỀN", "GUQ", Numbering::Plan, false},
      {"giay-moi", "GIẤY MỜI", "GM", Numbering::Plan, false},
      {"giay-gioi-thieu", "GIẤY GIỚI THIỆU", "GGT", Numbering::Plan, false},
      {"giay-nghi-phep", "GIẤY NGHỈ PHÉP", "GNP", Numbering::Plan, false},
      {"phieu-gui", "PHIẾU GỬI", "PG", Numbering::Plan, false},
      {"phieu-chuyen", "PHIẾU CHUYỂN", "PC", Numbering::Plan, false},
      {"phieu-bao", "PHIẾU BÁO", "PB", Numbering::Plan, false},
      {"cong-van", "", "", Numbering::Plan, true},
      // Not a type of its own: a phụ lục issued as a separate file (PL3 Mẫu
      // 2.1, 2.2); its Số is the parent document's.
      {"phu-luc", "PHỤ LỤC", "", Numbering::Plan, false},
  };
  return table;
}

const DocType* find_doc_type(std::string_view k) {
  for (const auto& t : doc_types())
    if (t.key == k || (!t.abbreviation.empty() && t.abbreviation == k)) return &t;
  return nullptr;
}

}  // namespace vanthu::vn
