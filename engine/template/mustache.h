// Mustache over the XML markup, with kainjow/mustache.
//
// Data comes as JSON (nlohmann) and is converted to kainjow's data model:
// strings, numbers (formatted the Vietnamese way? no: as JSON writes them),
// booleans (false and null are falsy), objects, lists. Interpolated values are
// escaped for XML text and attributes, and the characters XML 1.0 forbids are
// dropped, so data text always stays text.
//
// kainjow deviates from the spec on dotted names: inside a section, `{{a.b}}`
// falls back to an outer `a.b` when the current context has `a` but no `b`...
// the wrapper guards that (see mustache.cpp): a missing field of an object
// never resolves from another object.
#pragma once

#include <functional>
#include <map>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/status.h"

namespace vanthu::tmpl {

struct MustacheOptions {
  // Partials by name ({{> name}}).
  std::map<std::string, std::string> partials;
  // Lambdas by name: {{#name}}text{{/name}} calls fn(rendered text) and
  // inserts the result (escaped).
  std::map<std::string, std::function<std::string(const std::string&)>> lambdas;
  // Escape interpolated values for XML (true) or leave them (false: the spec tests).
  bool xml_escape = true;
};

// Renders `text` (the template, named `name` in diagnostics) with `data`.
// On a syntax error adds "name:line:col: …" to `diag` and returns "".
std::string render_mustache(std::string_view text, std::string_view name, const nlohmann::json& data,
                            const MustacheOptions& options, Diagnostics& diag);

// The escape function: XML-escapes & < > " ' and drops XML-forbidden characters.
std::string xml_escape(std::string_view s);

}  // namespace vanthu::tmpl
