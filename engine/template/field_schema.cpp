#include "template/field_schema.h"

#include <string>
#include <vector>

namespace vanthu::tmpl {

namespace {

nlohmann::json kind_schema(std::string kind) {
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
  return nlohmann::json::object();
}

// The schema node for `s` (steps) under `node`, created as objects/arrays on the way.
nlohmann::json& descend(nlohmann::json& node, const std::vector<std::string>& s, size_t upto) {
  nlohmann::json* n = &node;
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

}  // namespace

nlohmann::json field_schema(const TemplateInfo& t) {
  nlohmann::json root = {{"$schema", "https://json-schema.org/draft/2020-12/schema"},
                         {"$id", "https://vanthu.example/templates/" + t.name + ".schema.json"},
                         {"title", t.name},
                         {"description", t.description},
                         {"type", "object"}};
  for (const auto& f : t.fields) {
    const std::vector<std::string> s = split_path(f.path);
    if (s.empty()) continue;
    nlohmann::json& node = descend(root, s, s.size());
    const nlohmann::json kind = kind_schema(f.kind);
    for (auto& [k, v] : kind.items())
      if (!(k == "type" && node.contains("type") && node["type"] != v)) node[k] = v;
    if (auto h = t.help.find(f.path); h != t.help.end()) {
      if (!h->second.meaning.empty()) node["description"] = h->second.meaning;
      if (!h->second.example.is_null()) node["examples"] = nlohmann::json::array({h->second.example});
    }
    // Required: a kind without "?" under an object (array elements are checked as items).
    const bool optional = !f.kind.empty() && f.kind.back() == '?';
    if (!optional && s.back() != "[*]") {
      nlohmann::json& parent = descend(root, s, s.size() - 1);
      auto& req = parent["required"];
      if (!req.is_array()) req = nlohmann::json::array();
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
