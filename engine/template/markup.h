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
#include "template/data_dates.h"
#include "template/semantic.h"

namespace vanthu::tmpl {

// Parses and validates `xml`. `name` prefixes diagnostics ("ke-hoach/template.xml
// (after Mustache)"). Returns nullopt when there were errors.
// The markup's dates (<date>, <copy date="…">) become typed: a text that a
// declared date field of the data wrote is the date in `dates`, parsed when
// the fields were checked; other text (markup written by hand) is parsed here.
std::optional<sem::Document> parse_markup(std::string_view xml, const std::string& name, Diagnostics& diag,
                                          const DataDates* dates = nullptr);

// Splits text with the *italic* / **bold** shorthand into spans; "\*" is a
// literal star. Styles of `base` are kept and combined.
sem::Text parse_inline_shorthand(std::string_view text, const sem::Span& base);

}  // namespace vanthu::tmpl
