// The markup parser (after Mustache): libxml2 + RelaxNG + the semantic tree.
#include <string_view>

#include "core/status.h"
#include "fuzz_targets.h"
#include "template/markup.h"

namespace vanthu::fuzz {

int markup(const uint8_t* data, size_t size) {
  Diagnostics diag;
  auto doc = tmpl::parse_markup(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.xml", diag);
  // The contract: a document, or errors that say why.
  if (!doc && !diag.has_errors()) __builtin_trap();
  return 0;
}

}  // namespace vanthu::fuzz
