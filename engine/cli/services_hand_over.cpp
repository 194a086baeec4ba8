// `vanthu` → vanthu-services (cli/services.h): exec, so the service program
// gets the same process, standard streams, signals and exit status.
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <string>
#include <system_error>
#include <vector>

#include "cli/services.h"

namespace vanthu::cli {

bool is_service_command(const std::string& command) {
  for (const char* c : {"issue", "register", "serve", "sign", "verify"})
    if (command == c) return true;
  return false;
}

int hand_over_to_services(const std::vector<std::string>& args) {
  namespace fs = std::filesystem;
  std::error_code ec;
  const fs::path self = fs::read_symlink("/proc/self/exe", ec);
  if (ec) {
    std::fprintf(stderr, "vanthu: cannot find this program's folder (/proc/self/exe): %s\n", ec.message().c_str());
    return 2;
  }
  const fs::path candidates[] = {self.parent_path() / "vanthu-services",
                                 self.parent_path() / ".." / "libexec" / "vanthu" / "vanthu-services"};
  std::vector<char*> argv;
  std::string name = "vanthu";
  argv.push_back(name.data());
  std::vector<std::string> copy = args;
  for (std::string& a : copy) argv.push_back(a.data());
  argv.push_back(nullptr);
  int error = ENOENT;
  for (const fs::path& p : candidates) {
    ::execv(p.c_str(), argv.data());  // returns only on failure
    if (errno != ENOENT) error = errno;
  }
  std::fprintf(stderr, "vanthu: the %s command runs in vanthu-services, which could not be started from %s or %s: %s\n",
               args.empty() ? "service" : args[0].c_str(), candidates[0].c_str(),
               candidates[1].lexically_normal().c_str(), std::strerror(error));
  return 2;
}

}  // namespace vanthu::cli
