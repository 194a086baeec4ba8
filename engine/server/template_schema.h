// A JSON Schema (2020-12) for a template's data, generated from the field
// rules of its template.json, with Vietnamese titles and help texts for the
// fields the built-in templates share. The web page builds its form from it.
//
// Stop-gap until templates carry their own JSON Schemas (issue 11): when a
// template folder holds schema.json, that file is served instead.
#pragma once

#include <nlohmann/json.hpp>

#include "template/catalog.h"

namespace vanthu::server {

// Properties in form order (nlohmann::ordered_json keeps it).
nlohmann::ordered_json template_schema(const tmpl::TemplateInfo& tpl);

}  // namespace vanthu::server
