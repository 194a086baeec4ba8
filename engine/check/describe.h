// What `vanthu check` recognised in a document, as text (`--parts`).
#pragma once

#include <string>
#include <vector>

#include "check/recognise.h"

namespace vanthu::check {

std::string describe(const std::vector<Segment>& segments);

}  // namespace vanthu::check
