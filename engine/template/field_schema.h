// What a template asks of its data, for a new user: the JSON Schema (draft
// 2020-12) generated from template.json's field list, and a starting data
// file built from the fields' example values.
#pragma once

#include <nlohmann/json.hpp>

#include "template/catalog.h"

namespace vanthu::tmpl {

// Objects and arrays nest as the paths say ("$.nguoi_ky.ho_ten",
// "$.noi_dung[*]"); a kind without "?" is required; "text" is a non-empty
// string, "date" a string in YYYY-MM-DD or D/M/YYYY form. Every node has
// its Vietnamese "title" and, where useful, "description" (field_labels.h),
// "enum" where the decree fixes the values, the example value in
// "examples", and template.json's English meaning in "$comment".
// Properties stand in form order (the page's order: header, the
// template's own fields, closing, then the rarer marks); the web server
// adds its UI hints to this schema (server/template_schema.h).
nlohmann::ordered_json field_schema(const TemplateInfo& t);

// The template's fields in that order.
std::vector<FieldRule> fields_in_form_order(const TemplateInfo& t);

// A data object with every field that has an example value, nested as the
// paths say (an array path "[*]" gets its example as the array's element).
nlohmann::json example_data(const TemplateInfo& t);

}  // namespace vanthu::tmpl
