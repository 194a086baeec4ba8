// The templates for their users: list_templates, find_template, the JSON
// Schema of a template's data and a starting data file.
#include "api/environment.h"
#include "public/convert.h"
#include "template/catalog.h"
#include "template/field_schema.h"
#include "vanthu/vanthu.hpp"

namespace vanthu {

namespace {

TemplateInfo describe(const tmpl::TemplateInfo& t) {
  TemplateInfo info{t.name, t.type, t.description, t.dir, {}};
  for (const auto& f : t.fields) {
    TemplateField field{f.path, f.kind, {}, {}};
    if (auto h = t.help.find(f.path); h != t.help.end()) {
      field.meaning = h->second.meaning;
      if (!h->second.example.is_null()) field.example = h->second.example.dump(-1, ' ', false);
    }
    info.fields.push_back(std::move(field));
  }
  return info;
}

std::optional<tmpl::TemplateInfo> load(std::string_view name, Diagnostics& diag, const Environment& environment) {
  return tmpl::load_template(std::string(name), diag, pub::engine_config(environment).templates_dir);
}

void give(const Diagnostics& diag, std::vector<Message>* messages) {
  if (!messages) return;
  for (auto& m : pub::messages(diag)) messages->push_back(std::move(m));
}

}  // namespace

std::vector<TemplateInfo> list_templates(std::vector<Message>* messages, const Environment& environment) {
  Diagnostics diag;
  std::vector<TemplateInfo> out;
  for (const auto& t : tmpl::builtin_templates(diag, pub::engine_config(environment).templates_dir))
    out.push_back(describe(t));
  give(diag, messages);
  return out;
}

std::optional<TemplateInfo> find_template(std::string_view name, std::vector<Message>* messages,
                                          const Environment& environment) {
  Diagnostics diag;
  auto t = load(name, diag, environment);
  give(diag, messages);
  if (!t) return std::nullopt;
  return describe(*t);
}

std::string template_schema(std::string_view name, const Environment& environment) {
  Diagnostics diag;
  auto t = load(name, diag, environment);
  return t ? tmpl::field_schema(*t).dump(2, ' ', false) : std::string();
}

std::string example_data(std::string_view name, const Environment& environment) {
  Diagnostics diag;
  auto t = load(name, diag, environment);
  return t ? tmpl::example_data(*t).dump(2, ' ', false) : std::string();
}

}  // namespace vanthu
