// What the web form and the JSON Schema say about a field, in Vietnamese:
// its label, a short help text, the values the decree fixes, and how it is
// typed. The fields every built-in template shares (the header, the signer,
// the marks of PL1 §II.10 and Mục III) are labelled once, here; a template
// labels its own fields in template.json's "help" ("label", "huong_dan",
// "enum", "editor"), which also overrides this table for that template.
#pragma once

#include <string>
#include <vector>

#include "template/catalog.h"

namespace vanthu::tmpl {

struct FieldLabel {
  std::string title;                 // "Độ mật"
  std::string help;                  // "" when the title says it all
  std::vector<std::string> choices;  // the values the decree fixes ("" = none, for an optional field)
  std::string editor;                // "outline" (mục/khoản/điểm lines), "multiline", or ""
  bool advanced = false;             // a mark most documents do not carry (độ mật, dự thảo…)
};

// The shared table's entry for `path` ("$.nguoi_ky.ho_ten", "$.can_cu[*]"),
// or null. Paths of schema nodes that are not fields themselves ("$.co_quan")
// are in the table too.
const FieldLabel* shared_field_label(const std::string& path);

// The label of `path` in template `t`: its template.json help over the
// shared table. An empty title: nobody labelled it.
FieldLabel field_label(const TemplateInfo& t, const std::string& path);

}  // namespace vanthu::tmpl
