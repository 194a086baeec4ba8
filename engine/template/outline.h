// Content lines with heading prefixes → nested semantic divisions.
#pragma once

#include <vector>

#include "template/semantic.h"

namespace vanthu::tmpl {

// "# T" opens a division at depth 0 (## depth 1, up to ####); "#. text" an
// untitled division whose first paragraph is `text`; "- text" a dash item;
// "\#" a literal "#"; other lines are paragraphs.
std::vector<sem::Node> outline_to_nodes(const std::vector<sem::Text>& lines);

}  // namespace vanthu::tmpl
