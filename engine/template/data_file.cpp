#include "core/bounded_read.h"
#include "template/data.h"

namespace vanthu::tmpl {

nlohmann::json load_data_file(const std::string& path, Diagnostics& diag, const DataLimits& limits) {
  std::string text;
  try {
    text = read_bounded(path, limits.max_bytes, "data file");
  } catch (const ReadError& e) {
    diag.error(e.where, e.why);
    return nullptr;
  }
  return parse_data(text, path == "-" ? "<stdin>" : path, diag, limits);
}

}  // namespace vanthu::tmpl
