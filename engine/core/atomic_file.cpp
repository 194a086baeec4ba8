#include "core/atomic_file.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include "core/output_set.h"
#include "core/status.h"

namespace vanthu {

void write_file_atomic(const std::string& path, std::string_view bytes) {
  OutputSet out;
  out.stage(path, bytes);
  out.commit();
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(path + ": cannot open: " + std::strerror(errno));
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) throw Error(path + ": read failed");
  return ss.str();
}

}  // namespace vanthu
