#include "template/field_labels.h"

#include <map>
#include <utility>

namespace vanthu::tmpl {

namespace {

// The decree's terms (Nghị định 30/2020, Phụ lục I): tên cơ quan, tổ chức
// chủ quản; số, ký hiệu; địa danh và thời gian ban hành; trích yếu nội
// dung; căn cứ ban hành; nơi nhận; chức vụ, họ tên của người ký; dấu chỉ độ
// mật, mức độ khẩn; chỉ dẫn về phạm vi lưu hành; ký hiệu người soạn thảo và
// số lượng bản phát hành; địa chỉ cơ quan, thư điện tử, trang thông tin
// điện tử, số điện thoại, số fax. Help texts say what the engine does
// itself, so that the clerk does not type it.
FieldLabel lab(std::string title, std::string help, std::vector<std::string> choices = {}, std::string editor = "",
               bool advanced = false) {
  FieldLabel l;
  l.title = std::move(title);
  l.help = std::move(help);
  l.choices = std::move(choices);
  l.editor = std::move(editor);
  l.advanced = advanced;
  return l;
}

const std::map<std::string, FieldLabel>& table() {
  static const std::map<std::string, FieldLabel> m = {
      {"$.co_quan_chu_quan",
       lab("Cơ quan, tổ chức chủ quản", "Cơ quan cấp trên trực tiếp, ví dụ: UBND tỉnh Lạng Sơn; để trống nếu không có.")},
      {"$.co_quan", lab("Cơ quan, tổ chức ban hành", "")},
      {"$.co_quan.ten", lab("Tên cơ quan ban hành", "Ví dụ: Sở Thông tin và Truyền thông.")},
      {"$.co_quan.viet_tat", lab("Chữ viết tắt tên cơ quan", "Dùng trong ký hiệu văn bản, ví dụ: STTTT.")},
      {"$.so", lab("Số văn bản", "Để trống: văn thư cấp số khi phát hành.")},
      {"$.dia_danh", lab("Địa danh", "Ghi trước ngày tháng, ví dụ: Lạng Sơn.")},
      {"$.ngay", lab("Ngày ban hành", "Để trống: ngày phát hành.")},
      {"$.trich_yeu",
       lab("Trích yếu nội dung", "Tóm tắt nội dung văn bản, in dưới tên loại văn bản.", {}, "multiline")},
      {"$.tham_quyen",
       lab("Thẩm quyền ban hành", "Ghi trên các căn cứ, ví dụ: GIÁM ĐỐC SỞ THÔNG TIN VÀ TRUYỀN THÔNG.")},
      {"$.can_cu",
       lab("Căn cứ ban hành", "Mỗi căn cứ một dòng; dấu chấm phẩy và dấu chấm cuối do hệ thống thêm.")},
      {"$.can_cu[*]", lab("Căn cứ", "")},
      {"$.kinh_gui", lab("Kính gửi", "Mỗi cơ quan, đơn vị nhận một dòng.")},
      {"$.kinh_gui[*]", lab("Nơi gửi", "")},
      {"$.noi_dung",
       lab("Nội dung",
        "Mỗi dòng là một đoạn; chọn cấp: mục (I.), khoản (1.), điểm (a)) hoặc gạch đầu dòng. Hệ thống tự đánh số.",
        {},
        "outline")},
      {"$.noi_dung[*]", lab("Dòng nội dung", "")},
      {"$.noi_nhan",
       lab("Nơi nhận", "Mỗi nơi nhận một dòng; dấu gạch đầu dòng và dấu chấm phẩy do hệ thống thêm.")},
      {"$.noi_nhan[*]", lab("Nơi nhận", "")},
      {"$.luu", lab("Lưu (đơn vị soạn thảo)", "Ghi sau “Lưu: VT,”, ví dụ: VP.")},
      {"$.nguoi_ky", lab("Người ký", "")},
      {"$.nguoi_ky.ho_ten", lab("Họ và tên người ký", "")},
      {"$.nguoi_ky.chuc_vu", lab("Chức vụ người ký", "Ví dụ: Phó Giám đốc.")},
      {"$.nguoi_ky.ky_thay",
       lab("Quyền hạn ký",
        "KT. (ký thay), Q. (quyền), TL. (thừa lệnh), TUQ. (thừa ủy quyền); để trống nếu người đứng đầu ký.",
        {"", "KT", "Q", "TL", "TUQ"})},
      {"$.nguoi_ky.chuc_vu_thu_truong",
       lab("Chức vụ người đứng đầu", "Khi ký thay, quyền, thừa lệnh, thừa ủy quyền, ví dụ: Giám đốc.")},
      {"$.nguoi_ky.thay_mat", lab("Thay mặt tập thể (TM.)", "Ví dụ: Ủy ban nhân dân; để trống nếu không ký thay mặt.")},
      // The marks of PL1 §II.10 and Mục III.
      {"$.do_mat", lab("Độ mật", "Dấu chỉ độ mật (ô 10a); để trống nếu văn bản không mật.", {"", "MẬT", "TỐI MẬT", "TUYỆT MẬT"}, "", true)},
      {"$.tai_lieu_thu_hoi",
       lab("Tài liệu thu hồi", "Đánh dấu để in “TÀI LIỆU THU HỒI” dưới dấu độ mật.", {}, "", true)},
      {"$.do_khan",
       lab("Độ khẩn", "Dấu chỉ mức độ khẩn (ô 10b), in trong khung; để trống nếu không khẩn.",
        {"", "KHẨN", "THƯỢNG KHẨN", "HỎA TỐC"}, "", true)},
      {"$.pham_vi_luu_hanh",
       lab("Chỉ dẫn về phạm vi lưu hành", "In hoa trong khung (ô 11), ví dụ: XEM XONG TRẢ LẠI, LƯU HÀNH NỘI BỘ.", {}, "", true)},
      {"$.nguoi_soan_thao",
       lab("Ký hiệu người soạn thảo", "Chữ viết tắt tên người soạn thảo (ô 12), ví dụ: PL.", {}, "", true)},
      {"$.so_ban_phat_hanh", lab("Số lượng bản phát hành", "Ghi sau ký hiệu người soạn thảo (ô 12), ví dụ: 30.", {}, "", true)},
      {"$.du_thao",
       lab("Dự thảo lần", "0: “DỰ THẢO”; số N: “DỰ THẢO LẦN N”; để trống với văn bản chính thức.", {}, "", true)},
      {"$.dia_chi",
       lab("Địa chỉ, điện thoại, thư điện tử", "Thông tin liên hệ của cơ quan ở chân trang đầu, mỗi dòng một mục.", {}, "", true)},
      {"$.dia_chi[*]", lab("Dòng địa chỉ", "")},
  };
  return m;
}

}  // namespace

const FieldLabel* shared_field_label(const std::string& path) {
  auto it = table().find(path);
  return it == table().end() ? nullptr : &it->second;
}

FieldLabel field_label(const TemplateInfo& t, const std::string& path) {
  FieldLabel l;
  if (const FieldLabel* s = shared_field_label(path)) l = *s;
  if (auto h = t.help.find(path); h != t.help.end()) {
    const auto& fh = h->second;
    if (!fh.label.empty()) l.title = fh.label;
    if (!fh.huong_dan.empty()) l.help = fh.huong_dan;
    if (!fh.choices.empty()) l.choices = fh.choices;
    if (!fh.editor.empty()) l.editor = fh.editor;
  }
  return l;
}

}  // namespace vanthu::tmpl
