#include "cli/register_support.h"

#include <cstdio>
#include <filesystem>

#include "core/atomic_file.h"

namespace vanthu::cli {

std::string take_register_option(std::vector<std::string>& args) {
  std::string location;
  for (size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--register" && i + 1 < args.size()) {
      location = args[i + 1];
      args.erase(args.begin() + static_cast<long>(i), args.begin() + static_cast<long>(i) + 2);
      break;
    }
    if (args[i].rfind("--register=", 0) == 0) {
      location = args[i].substr(11);
      args.erase(args.begin() + static_cast<long>(i));
      break;
    }
  }
  return location.empty() ? reg::default_location() : location;
}

std::unique_ptr<reg::Register> open_register(const std::string& location, const char* command) {
  try {
    return reg::Register::open(location);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "vanthu %s: error: %s\n", command, e.what());
    return nullptr;
  }
}

void write_new_files(const std::vector<std::pair<std::string, const std::string*>>& files) {
  size_t written = 0;
  try {
    for (const auto& [path, bytes] : files) {
      write_file_atomic(path, *bytes);
      ++written;
    }
  } catch (...) {
    std::error_code ec;
    for (size_t i = 0; i < written; ++i) std::filesystem::remove(files[i].first, ec);
    throw;
  }
}

void remove_files(const std::vector<std::string>& paths) {
  std::error_code ec;
  for (const auto& p : paths) std::filesystem::remove(p, ec);
}

std::string first_existing(const std::vector<std::string>& paths) {
  std::error_code ec;
  for (const auto& p : paths)
    if (std::filesystem::exists(p, ec)) return p;
  return {};
}

}  // namespace vanthu::cli
