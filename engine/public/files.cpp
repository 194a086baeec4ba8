// vanthu::write_files and set_file_sync over core/output_set.h.
#include "core/output_set.h"
#include "vanthu/vanthu.hpp"

namespace vanthu {

void write_files(const std::vector<std::pair<std::string, std::string>>& path_and_bytes) {
  OutputSet files;
  for (const auto& [path, bytes] : path_and_bytes) files.stage(path, bytes);
  files.commit();
}

void set_file_sync(bool sync) { set_sync_outputs(sync); }

}  // namespace vanthu
