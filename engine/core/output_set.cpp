#include "core/output_set.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <set>

#include "core/status.h"

namespace vanthu {
namespace {

namespace fs = std::filesystem;

std::atomic<bool> g_sync{true};
constexpr std::string_view kTempMark = ".vanthu-tmp-";
// Room for the mark, pid, counter and clock within NAME_MAX (255).
constexpr size_t kMaxTempStem = 100;

std::string folder_of(const std::string& path) {
  const std::string parent = fs::path(path).parent_path().string();
  return parent.empty() ? "." : parent;
}

// The first `max` bytes of `s`, cut before a UTF-8 continuation byte.
std::string cut_utf8(const std::string& s, size_t max) {
  if (s.size() <= max) return s;
  size_t n = max;
  while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
  return s.substr(0, n);
}

std::string temp_name(const std::string& path) {
  static std::atomic<unsigned long long> counter{0};
  const unsigned long long n = counter.fetch_add(1, std::memory_order_relaxed);
  const auto t = static_cast<unsigned long long>(std::chrono::steady_clock::now().time_since_epoch().count());
  char suffix[64];
  std::snprintf(suffix, sizeof suffix, "%ld-%llu-%llx", static_cast<long>(::getpid()), n, t & 0xFFFFFFull);
  const fs::path p(path);
  const std::string stem = cut_utf8(p.filename().string(), kMaxTempStem);
  return (p.parent_path() / ("." + stem + std::string(kTempMark) + suffix)).string();
}

std::string why_cannot_create(const std::string& path, int err) {
  const std::string folder = folder_of(path);
  std::error_code ec;
  if (err == ENOENT && !fs::exists(folder, ec)) return "the folder " + folder + " does not exist";
  if (err == ENOTDIR) return "the folder " + folder + " is not a folder";
  if (err == EACCES) return "no permission to write in the folder " + folder;
  return std::string("cannot write there: ") + std::strerror(err);
}

void sync_folder(const std::string& folder) {
  int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;
  ::fsync(fd);  // best effort: some file systems refuse to sync a folder
  ::close(fd);
}

}  // namespace

void set_sync_outputs(bool sync) { g_sync.store(sync); }
bool sync_outputs() { return g_sync.load(); }

bool is_temporary_name(std::string_view name) {
  return !name.empty() && name[0] == '.' && name.find(kTempMark) != std::string_view::npos;
}

OutputSet::OutputSet() : sync_(sync_outputs()) {}
OutputSet::OutputSet(bool sync) : sync_(sync) {}
OutputSet::~OutputSet() { abort(); }

void OutputSet::abort() {
  for (const Staged& s : staged_) ::unlink(s.temp.c_str());
  staged_.clear();
}

void OutputSet::stage(const std::string& path, std::string_view bytes) {
  std::string tmp;
  int fd = -1;
  for (int attempt = 0; attempt < 100 && fd < 0; ++attempt) {
    tmp = temp_name(path);
    // Mode 0666: the kernel applies the umask (never read here: umask() is
    // process-wide and would race between batch workers).
    fd = ::open(tmp.c_str(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0666);
    if (fd < 0 && errno != EEXIST) break;
  }
  if (fd < 0) throw Error(path + ": cannot create the file: " + why_cannot_create(path, errno));
  auto fail = [&](const std::string& why) {
    ::close(fd);
    ::unlink(tmp.c_str());
    throw Error(path + ": " + why);
  };
  // A replaced file keeps its permissions (a shared folder's group bits).
  struct stat old{};
  if (::stat(path.c_str(), &old) == 0) {
    if (S_ISDIR(old.st_mode)) fail("is a folder");
    ::fchmod(fd, old.st_mode & 07777);
  }
  for (const char* p = bytes.data(); p < bytes.data() + bytes.size();) {
    const ssize_t w = ::write(fd, p, static_cast<size_t>(bytes.data() + bytes.size() - p));
    if (w < 0) {
      if (errno == EINTR) continue;
      fail(std::string("write failed: ") + std::strerror(errno));
    }
    p += w;
  }
  if (sync_ && ::fsync(fd) != 0) fail(std::string("cannot sync the file to disk: ") + std::strerror(errno));
  if (::close(fd) != 0) {
    ::unlink(tmp.c_str());
    throw Error(path + ": write failed: " + std::strerror(errno));
  }
  staged_.push_back({path, tmp});
}

void OutputSet::commit() {
  // Backups of the targets that exist, so that a failed rename can put
  // every target back: hard links cost no copy.
  std::vector<std::string> backups(staged_.size());
  std::vector<bool> existed(staged_.size(), false);
  auto drop_backups = [&] {
    for (const std::string& b : backups)
      if (!b.empty()) ::unlink(b.c_str());
  };
  for (size_t i = 0; i < staged_.size(); ++i) {
    const std::string& target = staged_[i].path;
    if (::access(target.c_str(), F_OK) != 0) continue;
    existed[i] = true;
    std::string b = temp_name(target);
    if (::link(target.c_str(), b.c_str()) != 0) b.clear();  // no hard links here: the rename is still atomic per file
    backups[i] = b;
  }
  for (size_t i = 0; i < staged_.size(); ++i) {
    if (std::rename(staged_[i].temp.c_str(), staged_[i].path.c_str()) == 0) continue;
    const std::string why = std::strerror(errno);
    // Undo the renames done: restore or remove each target.
    for (size_t k = 0; k < i; ++k) {
      if (!backups[k].empty()) std::rename(backups[k].c_str(), staged_[k].path.c_str());
      else if (!existed[k]) ::unlink(staged_[k].path.c_str());
    }
    const std::string path = staged_[i].path;
    for (size_t k = i; k < staged_.size(); ++k) ::unlink(staged_[k].temp.c_str());
    staged_.clear();
    drop_backups();
    throw Error(path + ": cannot write: " + why);
  }
  drop_backups();
  if (sync_) {
    std::set<std::string> folders;
    for (const Staged& s : staged_) folders.insert(folder_of(s.path));
    for (const std::string& f : folders) sync_folder(f);
  }
  staged_.clear();
}

}  // namespace vanthu
