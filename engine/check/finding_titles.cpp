#include "check/finding_titles.h"

#include <map>

#include "check/finding.h"

namespace vanthu::check {

namespace {

const std::map<std::string, std::string>& titles() {
  static const std::map<std::string, std::string> m = {
      {"page.size", "Khổ giấy A4"},
      {"page.orientation", "Hướng trình bày trang (đứng)"},
      {"page.margins", "Lề trang"},
      {"font.family", "Phông chữ Times New Roman"},
      {"font.colour", "Màu chữ đen"},
      {"text.nfc", "Bảng mã Unicode dựng sẵn (TCVN 6909:2001)"},
      {"page-number.missing", "Số trang"},
      {"page-number.first-page", "Không đánh số trang thứ nhất"},
      {"page-number.position", "Vị trí số trang (giữa, phần đầu trang)"},
      {"page-number.style", "Cỡ chữ, kiểu chữ của số trang"},
      {"organ.missing", "Tên cơ quan, tổ chức ban hành"},
      {"organ.style", "Cỡ chữ, kiểu chữ của tên cơ quan ban hành"},
      {"organ.rule", "Đường kẻ dưới tên cơ quan ban hành"},
      {"quoc-hieu.missing", "Quốc hiệu"},
      {"quoc-hieu.text", "Nội dung Quốc hiệu"},
      {"quoc-hieu.style", "Cỡ chữ, kiểu chữ của Quốc hiệu"},
      {"quoc-hieu.one-line", "Quốc hiệu trình bày trên một dòng"},
      {"tieu-ngu.missing", "Tiêu ngữ"},
      {"tieu-ngu.text", "Nội dung Tiêu ngữ"},
      {"tieu-ngu.style", "Cỡ chữ, kiểu chữ của Tiêu ngữ"},
      {"tieu-ngu.rule", "Đường kẻ dưới Tiêu ngữ"},
      {"so.missing", "Số, ký hiệu của văn bản"},
      {"so.form", "Cách ghi số, ký hiệu văn bản"},
      {"so.style", "Cỡ chữ, kiểu chữ của số, ký hiệu"},
      {"so.padding", "Số văn bản dưới 10 ghi thêm số 0 phía trước"},
      {"so.symbol", "Ký hiệu văn bản"},
      {"so.type-abbreviation", "Chữ viết tắt tên loại văn bản trong ký hiệu"},
      {"so.year", "Số văn bản theo năm"},
      {"date.missing", "Địa danh và thời gian ban hành"},
      {"date.form", "Cách ghi ngày, tháng, năm ban hành"},
      {"date.padding", "Ngày dưới 10 và tháng 1, 2 ghi thêm số 0 phía trước"},
      {"date.place", "Địa danh ban hành"},
      {"date.style", "Cỡ chữ, kiểu chữ của địa danh, ngày tháng"},
      {"date.valid", "Ngày tháng có thật"},
      {"ten-loai.missing", "Tên loại văn bản"},
      {"ten-loai.style", "Cỡ chữ, kiểu chữ của tên loại văn bản"},
      {"trich-yeu.style", "Cỡ chữ, kiểu chữ của trích yếu nội dung"},
      {"trich-yeu.rule", "Đường kẻ dưới trích yếu nội dung"},
      {"vv.form", "Trích yếu của công văn (\"V/v\")"},
      {"vv.style", "Cỡ chữ, kiểu chữ của trích yếu công văn"},
      {"vv.spacing", "Vị trí trích yếu công văn dưới số, ký hiệu"},
      {"can-cu.size", "Cỡ chữ của căn cứ ban hành"},
      {"can-cu.italic", "Căn cứ ban hành in nghiêng"},
      {"can-cu.one-per-line", "Mỗi căn cứ một dòng"},
      {"can-cu.punctuation", "Dấu chấm phẩy, dấu chấm cuối căn cứ"},
      {"kinh-gui.missing", "Kính gửi"},
      {"kinh-gui.form", "Cách ghi \"Kính gửi\""},
      {"kinh-gui.style", "Cỡ chữ, kiểu chữ của \"Kính gửi\""},
      {"kinh-gui.align", "Vị trí \"Kính gửi\""},
      {"body.size", "Cỡ chữ phần nội dung"},
      {"body.align", "Căn đều hai lề phần nội dung"},
      {"body.indent", "Lùi đầu dòng phần nội dung"},
      {"body.spacing", "Khoảng cách giữa các đoạn văn"},
      {"body.line-spacing", "Khoảng cách giữa các dòng"},
      {"body.upright", "Kiểu chữ đứng phần nội dung"},
      {"body.ending", "Dấu kết thúc văn bản (./.)"},
      {"signer.missing", "Chức vụ, họ tên người ký"},
      {"signer.prefix", "Thẩm quyền ký (TM., KT., Q., TL., TUQ.)"},
      {"signer.style", "Cỡ chữ, kiểu chữ của quyền hạn, chức vụ người ký"},
      {"signer.title-line", "Quyền hạn, chức vụ người ký"},
      {"signer.name", "Họ tên người ký"},
      {"noi-nhan.missing", "Nơi nhận"},
      {"noi-nhan.label", "Chữ \"Nơi nhận:\""},
      {"noi-nhan.items", "Các nơi nhận"},
      {"noi-nhan.luu", "Dòng \"Lưu: VT, …\""},
      {"noi-nhan.nhu-tren", "\"Như trên\" trong nơi nhận"},
      {"mat.style", "Dấu chỉ độ mật"},
      {"khan.frame", "Khung dấu chỉ mức độ khẩn"},
      {"khan.size", "Cỡ chữ dấu chỉ mức độ khẩn"},
      {"khan.style", "Kiểu chữ dấu chỉ mức độ khẩn"},
      {"phu-luc.label", "Chữ \"Phụ lục\""},
      {"phu-luc.label-size", "Cỡ chữ của chữ \"Phụ lục\""},
      {"phu-luc.reference", "Chỉ dẫn kèm theo văn bản của phụ lục"},
      {"phu-luc.title", "Tên phụ lục"},
  };
  return m;
}

// The parts of the layout (Phụ lục I), for checks without their own title.
const std::map<std::string, std::string>& parts() {
  static const std::map<std::string, std::string> m = {
      {"page", "Trang giấy"},          {"font", "Phông chữ"},           {"text", "Văn bản"},
      {"page-number", "Số trang"},     {"organ", "Tên cơ quan ban hành"}, {"quoc-hieu", "Quốc hiệu"},
      {"tieu-ngu", "Tiêu ngữ"},        {"so", "Số, ký hiệu"},           {"date", "Địa danh, ngày tháng"},
      {"ten-loai", "Tên loại văn bản"}, {"trich-yeu", "Trích yếu nội dung"}, {"vv", "Trích yếu công văn"},
      {"can-cu", "Căn cứ ban hành"},    {"kinh-gui", "Kính gửi"},         {"body", "Nội dung"},
      {"signer", "Người ký"},          {"noi-nhan", "Nơi nhận"},        {"mat", "Độ mật"},
      {"khan", "Độ khẩn"},             {"phu-luc", "Phụ lục"},          {"luu-hanh", "Phạm vi lưu hành"},
      {"du-thao", "Dự thảo"},          {"soan-thao", "Ký hiệu người soạn thảo, số lượng bản"},
      {"dia-chi", "Địa chỉ cơ quan"},  {"footnote", "Chú thích"},       {"package", "Tệp DOCX"},
  };
  return m;
}

}  // namespace

std::string vietnamese_title(const std::string& check) {
  if (auto it = titles().find(check); it != titles().end()) return it->second;
  if (auto it = parts().find(part_of_layout(check)); it != parts().end()) return it->second;
  return "Thể thức văn bản";
}

}  // namespace vanthu::check
