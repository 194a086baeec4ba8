// Conversions between the public types (include/vanthu) and the engine's.
#pragma once

#include <vector>

#include "api/environment.h"
#include "core/status.h"
#include "vanthu/vanthu.hpp"

namespace vanthu::pub {

EngineConfig engine_config(const Environment& environment);
std::vector<Message> messages(const Diagnostics& diag);

}  // namespace vanthu::pub
