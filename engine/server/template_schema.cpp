#include "server/template_schema.h"

#include "template/field_labels.h"
#include "template/field_schema.h"

namespace vanthu::server {

namespace {

// The node of `steps` in `root` (field_schema made every one), or null.
nlohmann::ordered_json* find_node(nlohmann::ordered_json& root, const std::vector<std::string>& steps) {
  nlohmann::ordered_json* n = &root;
  for (const auto& s : steps) {
    const char* key = s == "[*]" ? "items" : "properties";
    if (!n->contains(key)) return nullptr;
    n = &(*n)[key];
    if (s != "[*]") {
      if (!n->contains(s)) return nullptr;
      n = &(*n)[s];
    }
  }
  return n;
}

// A text whose example runs over a line of the form gets a text area.
bool long_example(const tmpl::TemplateInfo& tpl, const std::string& path) {
  auto h = tpl.help.find(path);
  return h != tpl.help.end() && h->second.example.is_string() && h->second.example.get<std::string>().size() > 80;
}

}  // namespace

nlohmann::ordered_json template_schema(const tmpl::TemplateInfo& tpl) {
  nlohmann::ordered_json root = tmpl::field_schema(tpl);
  // The template's description is for `vanthu templates` (English); the page
  // names the form by its label.
  root.erase("description");
  for (const auto& f : tpl.fields) {
    nlohmann::ordered_json* node = find_node(root, tmpl::split_path(f.path));
    if (!node) continue;
    const tmpl::FieldLabel l = tmpl::field_label(tpl, f.path);
    std::string kind = f.kind;
    if (!kind.empty() && kind.back() == '?') kind.pop_back();
    if (l.editor == "outline") (*node)["x-vanthu-editor"] = "outline";
    if (l.editor == "multiline" || ((kind == "text" || kind == "string") && long_example(tpl, f.path)))
      (*node)["x-vanthu-multiline"] = true;
    if (kind == "date") (*node)["x-vanthu-date"] = true;
    if (l.advanced) (*node)["x-vanthu-advanced"] = true;
  }
  return root;
}

}  // namespace vanthu::server
