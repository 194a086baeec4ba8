// The markup parser: XML text (the template after Mustache) → semantic tree.
//
// libxml2 parses with network access, DTD loading and entity substitution
// off (XML_PARSE_NONET, no XML_PARSE_DTDLOAD / XML_PARSE_NOENT), then the
// document is validated against engine/schema/markup.rng. Errors carry
// line:column and the element.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/status.h"
#include "template/semantic.h"

namespace vanthu::tmpl {

// Parses and validates `xml`. `name` prefixes diagnostics ("ke-hoach/template.xml
// (after Mustache)"). Returns nullopt when there were errors.
std::optional<sem::Document> parse_markup(std::string_view xml, const std::string& name, Diagnostics& diag);

// Splits text with the *italic* / **bold** shorthand into spans; "\*" is a
// literal star. Styles of `base` are kept and combined.
sem::Text parse_inline_shorthand(std::string_view text, const sem::Span& base);

}  // namespace vanthu::tmpl
