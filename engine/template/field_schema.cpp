#include "template/field_schema.h"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "template/field_labels.h"

namespace vanthu::tmpl {

namespace {

using ojson = nlohmann::ordered_json;

ojson kind_schema(std::string kind) {
  if (!kind.empty() && kind.back() == '?') kind.pop_back();
  if (kind == "text") return {{"type", "string"}, {"minLength", 1}, {"pattern", "\\S"}};
  if (kind == "string") return {{"type", "string"}};
  if (kind == "integer") return {{"type", "integer"}};
  if (kind == "number") return {{"type", "number"}};
  if (kind == "boolean") return {{"type", "boolean"}};
  if (kind == "array") return {{"type", "array"}};
  if (kind == "object") return {{"type", "object"}};
  // Dates as the engine reads them (vn::Date::parse): ISO or day/month/year.
  if (kind == "date") return {{"type", "string"}, {"pattern", "^(\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{4})$"}};
  return ojson::object();
}

// "$.a.b[*]" from the first `upto` steps.
std::string path_of(const std::vector<std::string>& s, size_t upto) {
  std::string p = "$";
  for (size_t i = 0; i < upto; ++i) p += s[i] == "[*]" ? s[i] : "." + s[i];
  return p;
}

// The schema node for the first `upto` steps under `root`, created as
// objects/arrays on the way. The reference is only good until the next
// change to a node above it (an ordered_json object is a vector).
ojson& descend(ojson& root, const std::vector<std::string>& s, size_t upto) {
  ojson* n = &root;
  for (size_t i = 0; i < upto; ++i) {
    if (s[i] == "[*]") {
      (*n)["type"] = "array";
      n = &(*n)["items"];
    } else {
      (*n)["type"] = "object";
      n = &(*n)["properties"][s[i]];
    }
  }
  return *n;
}

// The order of the form and of the schema's properties: the header fields
// in the order they stand on the page (PL1 §II), the template's own fields
// as template.json lists them, the closing fields, then the marks most
// documents do not carry.
int rank(const std::string& path) {
  static const std::vector<std::string> first = {"$.co_quan_chu_quan", "$.co_quan", "$.so",         "$.dia_danh",
                                                 "$.ngay",             "$.trich_yeu", "$.kinh_gui", "$.tham_quyen",
                                                 "$.can_cu"};
  // A bản sao's copy block ($.sao) stands after the original's signer (mẫu 3.1).
  static const std::vector<std::string> last = {"$.noi_nhan", "$.luu", "$.nguoi_ky", "$.sao"};
  const std::string top = path.substr(0, path.find_first_of(".[", 2));
  for (size_t i = 0; i < first.size(); ++i)
    if (top == first[i]) return static_cast<int>(i);
  for (size_t i = 0; i < last.size(); ++i)
    if (top == last[i]) return 1000 + static_cast<int>(i);
  if (const FieldLabel* l = shared_field_label(top); l && l->advanced) return 2000;
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

void annotate(ojson& node, const TemplateInfo& t, const std::string& path, bool optional) {
  const FieldLabel l = field_label(t, path);
  if (!l.title.empty()) node["title"] = l.title;
  if (!l.help.empty()) node["description"] = l.help;
  if (!l.choices.empty()) {
    ojson e = ojson::array();
    for (const auto& c : l.choices)
      if (!c.empty() || optional) e.push_back(c);
    node["enum"] = e;
  }
}

}  // namespace

std::vector<FieldRule> fields_in_form_order(const TemplateInfo& t) {
  std::vector<FieldRule> rules = t.fields;
  // template.json's order first, then the page's.
  auto written = [&t](const FieldRule& r) {
    auto it = std::find(t.field_order.begin(), t.field_order.end(), r.path);
    return it - t.field_order.begin();
  };
  std::stable_sort(rules.begin(), rules.end(), [&](const auto& a, const auto& b) { return written(a) < written(b); });
  std::stable_sort(rules.begin(), rules.end(), [](const auto& a, const auto& b) {
    return std::pair(rank(a.path), sub_rank(a.path)) < std::pair(rank(b.path), sub_rank(b.path));
  });
  return rules;
}

nlohmann::ordered_json field_schema(const TemplateInfo& t) {
  ojson root = {{"$schema", "https://json-schema.org/draft/2020-12/schema"},
                {"$id", "https://vanthu.example/templates/" + t.name + ".schema.json"},
                {"title", t.label.empty() ? t.name : t.label},
                {"description", t.description},
                {"type", "object"}};
  for (const auto& f : fields_in_form_order(t)) {
    const std::vector<std::string> s = split_path(f.path);
    if (s.empty()) continue;
    const bool optional = !f.kind.empty() && f.kind.back() == '?';
    // The nodes on the way ("$.co_quan" for "$.co_quan.ten") get their labels too.
    for (size_t i = 1; i < s.size(); ++i) {
      ojson& up = descend(root, s, i);
      if (!up.contains("title")) annotate(up, t, path_of(s, i), true);
    }
    ojson& node = descend(root, s, s.size());
    const ojson kind = kind_schema(f.kind);
    for (auto& [k, v] : kind.items())
      if (!(k == "type" && node.contains("type") && node["type"] != v)) node[k] = v;
    annotate(node, t, f.path, optional);
    if (auto h = t.help.find(f.path); h != t.help.end()) {
      if (!h->second.meaning.empty()) node["$comment"] = h->second.meaning;
      if (!h->second.example.is_null()) node["examples"] = ojson::array({h->second.example});
    }
    // Required: a kind without "?" under an object (array elements are checked as items).
    if (!optional && s.back() != "[*]") {
      ojson& parent = descend(root, s, s.size() - 1);
      auto& req = parent["required"];
      if (!req.is_array()) req = ojson::array();
      if (std::find(req.begin(), req.end(), s.back()) == req.end()) req.push_back(s.back());
    }
  }
  return root;
}

nlohmann::json example_data(const TemplateInfo& t) {
  nlohmann::json data = nlohmann::json::object();
  for (const auto& f : t.fields) {
    auto h = t.help.find(f.path);
    if (h == t.help.end() || h->second.example.is_null() || !h->second.in_starting_file) continue;
    const std::vector<std::string> s = split_path(f.path);
    nlohmann::json* n = &data;
    for (size_t i = 0; i < s.size(); ++i) {
      const bool last = i + 1 == s.size();
      if (s[i] == "[*]") {
        if (!n->is_array()) *n = nlohmann::json::array();
        if (last) {
          n->push_back(h->second.example);
          break;
        }
        if (n->empty()) n->push_back(nlohmann::json::object());
        n = &n->back();
      } else {
        if (!n->is_object()) *n = nlohmann::json::object();
        if (last) {
          (*n)[s[i]] = h->second.example;
          break;
        }
        n = &(*n)[s[i]];
      }
    }
  }
  return data;
}

}  // namespace vanthu::tmpl
