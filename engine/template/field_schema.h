// What a template asks of its data, for a new user: the JSON Schema (draft
// 2020-12) generated from template.json's field list, and a starting data
// file built from the fields' example values.
#pragma once

#include <nlohmann/json.hpp>

#include "template/catalog.h"

namespace vanthu::tmpl {

// Objects and arrays nest as the paths say ("$.nguoi_ky.ho_ten",
// "$.noi_dung[*]"); a kind without "?" is required; "text" is a non-empty
// string, "date" a string in YYYY-MM-DD or D/M/YYYY form.
nlohmann::json field_schema(const TemplateInfo& t);

// A data object with every field that has an example value, nested as the
// paths say (an array path "[*]" gets its example as the array's element).
nlohmann::json example_data(const TemplateInfo& t);

}  // namespace vanthu::tmpl
