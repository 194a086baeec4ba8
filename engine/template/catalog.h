// Templates: a folder holding template.xml (Mustache over the markup) and
// template.json (the manifest: name, document type, description, the data
// fields it needs). Built-in templates live in templates/<name>/; shared
// partials in templates/_partials/*.xml, usable as {{> name}}.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/status.h"
#include "template/data.h"

namespace vanthu::tmpl {

struct TemplateInfo {
  std::string name;         // "ke-hoach"
  std::string dir;          // folder of the template
  std::string type;         // document type key ("ke-hoach")
  std::string description;  // one line, for `vanthu templates`
  std::string label;        // the form's Vietnamese name, for the web page ("Giấy mời (mẫu 1.7)")
  std::string derive;       // computation run on the data before Mustache ("khen-thuong"), or ""
  std::vector<FieldRule> fields;            // by path
  std::vector<std::string> field_order;     // the paths as template.json lists them (the form's order)
  // "help" of template.json: per field path, a one-line meaning (English,
  // for `vanthu templates`), an example value (the starting data file and
  // the schema's examples), and what the web form shows: the Vietnamese
  // label ("label"), help text ("huong_dan"), the fixed values ("enum") and
  // how the field is typed ("editor": "outline" or "multiline"). Fields
  // every template shares take these from template/field_labels.cpp.
  struct FieldHelp {
    std::string meaning;
    nlohmann::json example;
    bool in_starting_file = true;  // false: shown by `vanthu templates` but left out of --example
    std::string label;
    std::string huong_dan;
    std::vector<std::string> choices;
    std::string editor;
  };
  std::map<std::string, FieldHelp> help;
  std::string markup_path;  // .../template.xml
  std::string markup;       // its text
  std::map<std::string, std::string> partials;
};

// The built-in templates of the build tree (the folder given at build time).
// Which folder a program uses is decided by api/environment.h; these
// functions take it as `templates_dir` ("" = this default).
std::string default_templates_dir();

// A built-in template by name, or a template folder / template.xml path.
std::optional<TemplateInfo> load_template(const std::string& name_or_path, Diagnostics& diag,
                                          const std::string& templates_dir = "");

// All built-in templates, sorted by name.
std::vector<TemplateInfo> builtin_templates(Diagnostics& diag, const std::string& templates_dir = "");

}  // namespace vanthu::tmpl
