#include "core/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>

#include "core/status.h"

namespace vanthu {
namespace {

// A temporary name beside `path` that no other thread or process is likely
// to pick: pid, a process-wide counter and a clock value. O_EXCL settles any
// collision that remains; the caller then tries the next name.
std::string temp_name(const std::string& path) {
  static std::atomic<unsigned long long> counter{0};
  const unsigned long long n = counter.fetch_add(1, std::memory_order_relaxed);
  const auto t = static_cast<unsigned long long>(std::chrono::steady_clock::now().time_since_epoch().count());
  char suffix[80];
  std::snprintf(suffix, sizeof suffix, ".tmp-%ld-%llu-%llx", static_cast<long>(::getpid()), n, t & 0xFFFFFFull);
  return path + suffix;
}

// Creates the temporary file with mode 0666: the kernel applies the process
// umask, so output documents get the user's usual permissions without
// reading the umask (umask() sets it process-wide, a race between threads).
int create_temp(const std::string& path, std::string& tmp) {
  for (int attempt = 0; attempt < 100; ++attempt) {
    tmp = temp_name(path);
    int fd = ::open(tmp.c_str(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0666);
    if (fd >= 0 || errno != EEXIST) return fd;
  }
  errno = EEXIST;
  return -1;
}

}  // namespace

void write_file_atomic(const std::string& path, std::string_view bytes) {
  std::string tmp;
  int fd = create_temp(path, tmp);
  if (fd < 0) throw Error(path + ": cannot create a temporary file: " + std::strerror(errno));
  const char* p = bytes.data();
  size_t left = bytes.size();
  while (left > 0) {
    ssize_t w = ::write(fd, p, left);
    if (w < 0) {
      if (errno == EINTR) continue;
      const std::string why = std::strerror(errno);
      ::close(fd);
      ::unlink(tmp.c_str());
      throw Error(path + ": write failed: " + why);
    }
    p += w;
    left -= static_cast<size_t>(w);
  }
  if (::close(fd) != 0 || std::rename(tmp.c_str(), path.c_str()) != 0) {
    const std::string why = std::strerror(errno);
    ::unlink(tmp.c_str());
    throw Error(path + ": cannot write: " + why);
  }
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
