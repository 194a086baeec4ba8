#include "register/impl.h"

namespace vanthu::reg {

std::optional<std::string> Register::export_register(const ExportRequest& rq, Diagnostics& diag) {
  diag.error("export", "not implemented yet");
  return std::nullopt;
}

std::optional<size_t> Register::import_csv(const std::string& csv_text, const std::string& file_name,
                                           const ImportOptions& options, Diagnostics& diag) {
  diag.error(file_name, "not implemented yet");
  return std::nullopt;
}

}  // namespace vanthu::reg
