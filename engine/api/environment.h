// Where the engine finds what it needs outside the program: the built-in
// templates, the fonts, and the clock used for document metadata. This is the
// one place that reads the process environment (VANTHU_TEMPLATES,
// SOURCE_DATE_EPOCH) and knows the installed layout; everything below the API
// receives the values.
#pragma once

#include <optional>
#include <string>

namespace vanthu {

struct EngineConfig {
  std::string templates_dir;  // "" = the templates of the build tree
  std::string font_dir;       // "" = the Liberation folder configured at build time
  // Seconds since 1970 written as the documents' creation time; unset = the
  // document's own date (so output is reproducible either way).
  std::optional<long long> timestamp;

  // VANTHU_TEMPLATES and SOURCE_DATE_EPOCH when set; otherwise, for a program
  // installed by `cmake --install`, <prefix>/share/vanthu/templates found
  // next to the executable; otherwise the build-time defaults.
  static EngineConfig from_process();
};

// The templates folder of an installation whose binaries live in `bin_dir`
// (an executable's or the shared library's folder), or "" when `bin_dir` is
// not part of one. `relative_data` is the data folder relative to `bin_dir`.
std::string installed_templates_dir(const std::string& bin_dir, const std::string& relative_data);

}  // namespace vanthu
