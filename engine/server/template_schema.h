// The JSON Schema the web page builds its form from: the engine's schema of
// the template (tmpl::field_schema: Vietnamese titles, help texts, enums,
// required fields, properties in form order) with the form's UI hints:
//   "x-vanthu-editor": "outline"  the content editor (mục/khoản/điểm lines)
//   "x-vanthu-multiline": true    a text area instead of one line
//   "x-vanthu-date": true         a date (ISO or D/M/YYYY), with a placeholder
//   "x-vanthu-advanced": true     a mark most documents do not carry, folded away
#pragma once

#include <nlohmann/json.hpp>

#include "template/catalog.h"

namespace vanthu::server {

// Properties in form order (nlohmann::ordered_json keeps it).
nlohmann::ordered_json template_schema(const tmpl::TemplateInfo& tpl);

}  // namespace vanthu::server
