// Whether a template could read a top-level data field itself, or only what
// the derive stage made of it (kt.*): then the derive stage may move that
// field's rows instead of copying them (a 100,000-row list held twice was
// the peak of a long list's rendering, issue 17).
#pragma once

#include <string_view>

#include "template/catalog.h"

namespace vanthu::derive {

// False only when no occurrence of `name` in the markup and its partials
// can name the top-level field: each is "kt.<name>" or the tail of a longer
// name ("co_<name>"), and no tag changes the delimiters. Conservative: a
// name in text or in an attribute counts as a read.
bool template_may_read(const tmpl::TemplateInfo& tpl, std::string_view name);

}  // namespace vanthu::derive
