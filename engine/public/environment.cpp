// vanthu::Environment and version(): the public face of api/environment.h.
#include <dlfcn.h>

#include <cstdlib>
#include <filesystem>

#include "api/environment.h"
#include "public/convert.h"
#include "vanthu/vanthu.hpp"

// The data folder relative to the installed shared library (GNUInstallDirs,
// engine/CMakeLists.txt).
#ifndef VANTHU_LIB_TO_DATA
#define VANTHU_LIB_TO_DATA "../share/vanthu"
#endif
#ifndef VANTHU_VERSION
#define VANTHU_VERSION "0.0.0"
#endif

namespace vanthu {

const char* version() { return VANTHU_VERSION; }

Environment Environment::from_process() {
  EngineConfig c = EngineConfig::from_process();
  Environment e;
  e.timestamp = c.timestamp;
  e.fonts_dir = c.font_dir;
  e.templates_dir = c.templates_dir;
  // Linked as libvanthu.so from an installation: its templates sit beside the
  // library, wherever the executable is. VANTHU_TEMPLATES still wins.
  const char* env = std::getenv("VANTHU_TEMPLATES");
  Dl_info info{};
  if (!(env && *env) && dladdr(reinterpret_cast<void*>(&version), &info) && info.dli_fname) {
    const std::string lib_dir = std::filesystem::path(info.dli_fname).parent_path().string();
    if (std::string dir = installed_templates_dir(lib_dir, VANTHU_LIB_TO_DATA); !dir.empty()) e.templates_dir = dir;
  }
  return e;
}

std::string Message::text() const {
  std::string s = where.empty() ? std::string() : where + ": ";
  return s + (error ? "error: " : "warning: ") + message;
}

namespace pub {

EngineConfig engine_config(const Environment& e) {
  EngineConfig c;
  c.templates_dir = e.templates_dir;
  c.font_dir = e.fonts_dir;
  c.timestamp = e.timestamp;
  return c;
}

std::vector<Message> messages(const Diagnostics& diag) {
  std::vector<Message> out;
  for (const auto& d : diag.items()) out.push_back({d.severity == Diagnostic::Severity::Error, d.where, d.message});
  return out;
}

}  // namespace pub
}  // namespace vanthu
