// Mustache over the XML markup, with kainjow/mustache.
//
// Data comes as JSON (nlohmann) and is converted to kainjow's data model:
// strings, numbers (as JSON writes them; a whole number has no ".0"),
// booleans (false and null are falsy), objects, lists. Interpolated values are
// escaped for XML text and attributes, and the characters XML 1.0 forbids are
// dropped, so data text always stays text.
//
// kainjow deviates from the spec on dotted names: inside a section, `{{a.b}}`
// falls back to an outer `a.b` when the current context has `a` but no `b`.
// The wrapper resolves names itself (mustache_context.cpp): the first part of a
// dotted name is looked up through the context stack, the other parts only
// inside the object found, so a missing field of an object never resolves from
// another object.
//
// Template authors' guide: docs/templates-mustache.md.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/status.h"

namespace vanthu::tmpl {

struct MustacheOptions {
  // Partials by name ({{> name}}).
  std::map<std::string, std::string> partials;
  // Lambdas by name: {{#name}}text{{/name}} renders the section, decodes it to
  // plain text, calls fn(text) and inserts the result escaped. Using a lambda as
  // {{name}} or {{^name}} is a template error. A lambda hides data of the same
  // (undotted) name.
  std::map<std::string, std::function<std::string(const std::string&)>> lambdas;
  // Lambdas with the Mustache spec's semantics (the spec tests need them):
  // {{#name}}…{{/name}} calls fn(unrendered section text) and {{name}} calls
  // fn(""); the result is then rendered as a template in the current context.
  std::map<std::string, std::function<std::string(const std::string&)>> expanding_lambdas;
  // Escape interpolated values for XML (true) or with the spec's HTML escaping
  // (false: the spec tests).
  bool xml_escape = true;
};

// A template parsed once, with the partials it uses, to be rendered many times.
// render() is not safe to call concurrently on one object: give each thread its
// own copy (copies share no mutable state, apart from what the lambdas capture).
class CompiledMustache {
 public:
  // Parses `text` (named `name` in diagnostics) and, transitively, the partials
  // it refers to. Syntax errors go to `diag` as "name:line:col" (the partial's
  // name for an error inside a partial) and leave ok() false.
  CompiledMustache(std::string_view text, std::string_view name, MustacheOptions options, Diagnostics& diag);
  CompiledMustache(const CompiledMustache& other);
  CompiledMustache& operator=(const CompiledMustache& other);
  CompiledMustache(CompiledMustache&&) noexcept;
  CompiledMustache& operator=(CompiledMustache&&) noexcept;
  ~CompiledMustache();

  bool ok() const;
  const std::string& name() const;

  // Renders with `data`. Returns "" when the template did not compile (the
  // errors were reported by the constructor), and "" plus a diagnostic when
  // rendering fails (a lambda throws, an expanding lambda returns an invalid
  // template, data nested too deeply).
  std::string render(const nlohmann::json& data, Diagnostics& diag);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Renders `text` (the template, named `name` in diagnostics) with `data`.
// On a syntax error adds "name:line:col: …" to `diag` and returns "".
// Compiles on every call: use CompiledMustache to render a template many times.
std::string render_mustache(std::string_view text, std::string_view name, const nlohmann::json& data,
                            const MustacheOptions& options, Diagnostics& diag);

// The escape function: XML-escapes & < > " ' and drops XML-forbidden characters
// (malformed UTF-8 becomes U+FFFD).
std::string xml_escape(std::string_view s);

// The inverse of the escaping for character data: decodes &amp; &lt; &gt;
// &quot; &apos; and numeric character references; anything else is kept as is.
std::string xml_unescape(std::string_view s);

}  // namespace vanthu::tmpl
