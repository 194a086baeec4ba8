#include "server/template_schema.h"

#include <filesystem>
#include <fstream>
#include <algorithm>
#include <map>

namespace vanthu::server {

namespace {

struct Label {
  const char* title;
  const char* help;
};

// Titles and help texts by field path (array items as "[*]"). Help texts
// repeat what the engine does itself, so that the clerk does not type it.
const std::map<std::string, Label>& labels() {
  static const std::map<std::string, Label> m = {
      {"co_quan_chu_quan", {"Cơ quan chủ quản", "Cơ quan cấp trên trực tiếp, ví dụ: UBND tỉnh Lạng Sơn (không bắt buộc)."}},
      {"co_quan", {"Cơ quan ban hành", ""}},
      {"co_quan.ten", {"Tên cơ quan ban hành", "Ví dụ: Sở Thông tin và Truyền thông."}},
      {"co_quan.viet_tat", {"Chữ viết tắt của cơ quan", "Dùng trong ký hiệu văn bản, ví dụ: STTTT."}},
      {"so", {"Số văn bản", "Để trống: văn thư cấp số khi phát hành."}},
      {"dia_danh", {"Địa danh", "Ví dụ: Lạng Sơn."}},
      {"ngay", {"Ngày ban hành", "Để trống: ngày phát hành."}},
      {"trich_yeu", {"Trích yếu nội dung", "Một dòng tóm tắt nội dung, đặt dưới tên loại văn bản."}},
      {"can_cu", {"Căn cứ ban hành", "Mỗi căn cứ một dòng; dấu chấm phẩy và dấu chấm cuối do hệ thống thêm."}},
      {"can_cu[*]", {"Căn cứ", ""}},
      {"kinh_gui", {"Kính gửi", "Mỗi nơi nhận một dòng."}},
      {"kinh_gui[*]", {"Nơi gửi", ""}},
      {"noi_dung", {"Nội dung", "Mỗi dòng là một đoạn; chọn cấp: mục (I.), khoản (1.), điểm (a)) hoặc gạch đầu dòng. Hệ thống tự đánh số."}},
      {"noi_dung[*]", {"Dòng nội dung", ""}},
      {"noi_nhan", {"Nơi nhận", "Mỗi nơi nhận một dòng; dấu gạch đầu dòng và dấu chấm phẩy do hệ thống thêm."}},
      {"noi_nhan[*]", {"Nơi nhận", ""}},
      {"luu", {"Đơn vị lưu", "Đơn vị soạn thảo, ghi sau \"Lưu: VT,\", ví dụ: VP."}},
      {"nguoi_ky", {"Người ký", ""}},
      {"nguoi_ky.ho_ten", {"Họ và tên người ký", ""}},
      {"nguoi_ky.chuc_vu", {"Chức vụ người ký", "Ví dụ: Giám đốc."}},
      {"nguoi_ky.ky_thay", {"Thẩm quyền ký", "KT (ký thay), Q (quyền), TL (thừa lệnh), TUQ (thừa ủy quyền); để trống nếu người đứng đầu ký."}},
      {"nguoi_ky.chuc_vu_thu_truong", {"Chức vụ người đứng đầu", "Khi ký thay, quyền, thừa lệnh, thừa ủy quyền."}},
      {"nguoi_ky.thay_mat", {"Thay mặt tập thể", "Ví dụ: Ủy ban nhân dân (ký TM.)."}},
      {"tham_quyen", {"Thẩm quyền ban hành", "Ví dụ: GIÁM ĐỐC SỞ THÔNG TIN VÀ TRUYỀN THÔNG."}},
      {"cap_khen", {"Hình thức khen thưởng", ""}},
      {"thanh_tich", {"Thành tích", ""}},
      {"nguon_kinh_phi", {"Nguồn kinh phí", ""}},
      {"thi_hanh", {"Trách nhiệm thi hành", ""}},
      {"ho_ten", {"Họ và tên", ""}},
      {"chuc_vu", {"Chức vụ", ""}},
      {"don_vi", {"Đơn vị", ""}},
  };
  return m;
}

// "$.nguoi_ky.ho_ten" -> {"nguoi_ky", "ho_ten"}; "$.can_cu[*]" -> {"can_cu", "[*]"}.
std::vector<std::string> steps_of(const std::string& path) {
  std::vector<std::string> out;
  std::string cur;
  for (size_t i = 2; i <= path.size(); ++i) {
    const char c = i < path.size() ? path[i] : '.';
    if (c == '.' || c == '[') {
      if (!cur.empty()) out.push_back(cur);
      cur.clear();
      if (c == '[') {
        const size_t close = path.find(']', i);
        if (close == std::string::npos) break;
        out.push_back("[*]");
        i = close;
      }
    } else {
      cur += c;
    }
  }
  return out;
}

nlohmann::json kind_schema(std::string kind) {
  if (!kind.empty() && kind.back() == '?') kind.pop_back();
  if (kind == "text") return {{"type", "string"}, {"minLength", 1}};
  if (kind == "integer") return {{"type", "integer"}};
  if (kind == "number") return {{"type", "number"}};
  if (kind == "boolean") return {{"type", "boolean"}};
  if (kind == "array") return {{"type", "array"}};
  if (kind == "object") return {{"type", "object"}};
  if (kind == "date")
    return {{"type", "string"}, {"format", "date"}, {"x-vanthu-date", true}};  // also "27/3/2018"
  return {{"type", "string"}};
}

// The order of the form: the header fields in the order they stand on the
// page (PL1 §II), the template's own fields, then the closing fields.
int rank(const std::string& path) {
  static const std::vector<std::string> first = {"$.co_quan_chu_quan", "$.co_quan", "$.so", "$.dia_danh", "$.ngay",
                                                 "$.trich_yeu", "$.kinh_gui", "$.can_cu"};
  static const std::vector<std::string> last = {"$.noi_nhan", "$.luu", "$.nguoi_ky"};
  auto top = path.substr(0, path.find_first_of(".[", 2));
  for (size_t i = 0; i < first.size(); ++i)
    if (top == first[i]) return static_cast<int>(i);
  for (size_t i = 0; i < last.size(); ++i)
    if (top == last[i]) return 1000 + static_cast<int>(i);
  return 100;
}

// Within the signer: the name first, then the title and the authority.
int sub_rank(const std::string& path) {
  static const std::vector<std::string> signer = {"$.nguoi_ky.ho_ten", "$.nguoi_ky.chuc_vu", "$.nguoi_ky.ky_thay",
                                                  "$.nguoi_ky.chuc_vu_thu_truong", "$.nguoi_ky.thay_mat"};
  for (size_t i = 0; i < signer.size(); ++i)
    if (path == signer[i]) return static_cast<int>(i) + 1;
  return 0;
}

}  // namespace

nlohmann::ordered_json template_schema(const tmpl::TemplateInfo& tpl) {
  const auto own = std::filesystem::path(tpl.dir) / "schema.json";
  if (std::filesystem::exists(own)) {
    std::ifstream in(own);
    auto j = nlohmann::ordered_json::parse(in, nullptr, false);
    if (!j.is_discarded()) return j;
  }
  nlohmann::ordered_json root = {{"$schema", "https://json-schema.org/draft/2020-12/schema"},
                         {"title", tpl.description},
                         {"type", "object"},
                         {"properties", nlohmann::ordered_json::object()}};
  std::vector<tmpl::FieldRule> rules = tpl.fields;
  std::stable_sort(rules.begin(), rules.end(), [](const auto& a, const auto& b) {
    return std::pair(rank(a.path), sub_rank(a.path)) < std::pair(rank(b.path), sub_rank(b.path));
  });
  for (const auto& rule : rules) {
    const auto steps = steps_of(rule.path);
    if (steps.empty()) continue;
    nlohmann::ordered_json* node = &root;
    std::string key;
    for (size_t i = 0; i < steps.size(); ++i) {
      const std::string& step = steps[i];
      key += (step == "[*]" || key.empty()) ? step : "." + step;
      const bool last = i + 1 == steps.size();
      // Every key is added to `node` before `child` points into it: an
      // ordered_json object is a vector, and adding a key may move its
      // members (by copy: the keys are const), leaving `child` dangling.
      if (last && step != "[*]" && (rule.kind.empty() || rule.kind.back() != '?')) {
        auto& req = (*node)["required"];
        if (std::find(req.begin(), req.end(), step) == req.end()) req.push_back(step);
      }
      if (step == "[*]") (*node)["type"] = "array";
      else if (!node->contains("type")) (*node)["type"] = "object";
      if (step != "[*]" && !node->contains("properties")) (*node)["properties"] = nlohmann::ordered_json::object();
      nlohmann::ordered_json* child;
      if (step == "[*]") {
        if (!node->contains("items")) (*node)["items"] = nlohmann::ordered_json::object();
        child = &(*node)["items"];
      } else {
        child = &(*node)["properties"][step];
      }
      if (last) {
        const nlohmann::json kind = kind_schema(rule.kind);
        for (auto& [k, v] : kind.items())
          if (!(k == "type" && child->contains("type") && (*child)["type"] != "string")) (*child)[k] = v;
      }
      if (auto it = labels().find(key); it != labels().end()) {
        (*child)["title"] = it->second.title;
        if (*it->second.help) (*child)["description"] = it->second.help;
      } else if (!child->contains("title")) {
        (*child)["title"] = step == "[*]" ? key : step;
      }
      if (key == "noi_dung" || key == "phuong_huong.noi_dung") (*child)["x-vanthu-editor"] = "outline";
      if (key == "nguoi_ky.ky_thay") (*child)["enum"] = {"", "KT", "Q", "TL", "TUQ"};
      if (key == "trich_yeu" || key == "thanh_tich") (*child)["x-vanthu-multiline"] = true;
      node = child;
    }
  }
  return root;
}

}  // namespace vanthu::server
