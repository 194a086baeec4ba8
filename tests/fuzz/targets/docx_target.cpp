// The DOCX reader of `vanthu check` and every rule after it. Unreadable
// input must end in check::ReadError, nothing else.
#include <string_view>

#include "check/check.h"
#include "fuzz_targets.h"

namespace vanthu::fuzz {

int docx(const uint8_t* data, size_t size) {
  check::CheckOptions options;
  options.limits.max_input_bytes = 4u << 20;
  options.limits.max_entry_bytes = 8u << 20;
  options.limits.max_total_bytes = 16u << 20;
  try {
    const check::Report r = check::check_docx(std::string_view(reinterpret_cast<const char*>(data), size), options);
    (void)check::format_json(r, "fuzz.docx");
    (void)check::format_text(r, "fuzz.docx");
  } catch (const check::ReadError&) {
  }
  return 0;
}

}  // namespace vanthu::fuzz
