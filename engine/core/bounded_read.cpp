#include "core/bounded_read.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "core/status.h"

namespace vanthu {

std::string describe_size(size_t bytes) {
  if (bytes >= (1u << 20) && bytes % (1u << 20) == 0) return std::to_string(bytes >> 20) + " MiB";
  if (bytes >= (1u << 10) && bytes % (1u << 10) == 0) return std::to_string(bytes >> 10) + " KiB";
  return std::to_string(bytes) + " bytes";
}

std::string read_bounded(const std::string& path, size_t max_bytes, const std::string& what) {
  const bool in = path == "-";
  const std::string name = in ? "<stdin>" : path;
  int fd = in ? STDIN_FILENO : ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) throw ReadError(name, "cannot open the " + what + ": " + std::strerror(errno));
  struct Closer {
    int fd;
    bool own;
    ~Closer() {
      if (own) ::close(fd);
    }
  } closer{fd, !in};
  struct stat st{};
  if (::fstat(fd, &st) == 0) {
    if (S_ISDIR(st.st_mode)) throw ReadError(name, "is a folder, not a " + what);
    // A regular file announces its size: refuse before reading a byte.
    if (S_ISREG(st.st_mode) && static_cast<unsigned long long>(st.st_size) > max_bytes)
      throw ReadError(name, "the " + what + " is larger than the limit of " + describe_size(max_bytes));
  }
  std::string out;
  if (S_ISREG(st.st_mode)) out.reserve(static_cast<size_t>(st.st_size));
  char buf[1 << 16];
  for (;;) {
    const ssize_t n = ::read(fd, buf, sizeof buf);
    if (n < 0) {
      if (errno == EINTR) continue;
      if (errno == EISDIR) throw ReadError(name, "is a folder, not a " + what);
      throw ReadError(name, "cannot read the " + what + ": " + std::strerror(errno));
    }
    if (n == 0) break;
    // Devices, pipes and files that grow while read: checked as they come.
    if (out.size() + static_cast<size_t>(n) > max_bytes)
      throw ReadError(name, "the " + what + " is larger than the limit of " + describe_size(max_bytes) +
                  " (stopped reading there)");
    out.append(buf, static_cast<size_t>(n));
  }
  return out;
}

}  // namespace vanthu
