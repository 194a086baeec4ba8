#include "api/environment.h"

#include <cstdlib>
#include <filesystem>

// The data folder relative to the folder of the installed executable, from
// GNUInstallDirs (engine/CMakeLists.txt).
#ifndef VANTHU_BIN_TO_DATA
#define VANTHU_BIN_TO_DATA "../share/vanthu"
#endif

namespace vanthu {

namespace fs = std::filesystem;

std::string installed_templates_dir(const std::string& bin_dir, const std::string& relative_data) {
  if (bin_dir.empty()) return {};
  std::error_code ec;
  const fs::path dir = fs::weakly_canonical(fs::path(bin_dir) / relative_data / "templates", ec);
  if (ec || !fs::is_directory(dir, ec)) return {};
  return dir.string();
}

EngineConfig EngineConfig::from_process() {
  EngineConfig c;
  if (const char* env = std::getenv("VANTHU_TEMPLATES"); env && *env) {
    c.templates_dir = env;
  } else {
    std::error_code ec;
    const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (!ec) c.templates_dir = installed_templates_dir(exe.parent_path().string(), VANTHU_BIN_TO_DATA);
  }
  if (const char* env = std::getenv("SOURCE_DATE_EPOCH"); env && *env) {
    char* end = nullptr;
    const long long v = std::strtoll(env, &end, 10);
    if (end && *end == '\0' && v >= 0) c.timestamp = v;
  }
  return c;
}

}  // namespace vanthu
