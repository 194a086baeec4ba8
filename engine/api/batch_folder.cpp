#include "api/batch_folder.h"

#include <fcntl.h>
#include <nettle/sha2.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <sstream>

#include "core/bounded_read.h"
#include "core/output_set.h"

namespace vanthu::batch::detail {

namespace fs = std::filesystem;

std::string sha256_hex(std::string_view bytes) {
  sha256_ctx ctx;
  sha256_init(&ctx);
  sha256_update(&ctx, bytes.size(), reinterpret_cast<const uint8_t*>(bytes.data()));
  uint8_t digest[SHA256_DIGEST_SIZE];
  sha256_digest(&ctx, sizeof digest, digest);
  static const char* hex = "0123456789abcdef";
  std::string out;
  for (uint8_t b : digest) {
    out += hex[b >> 4];
    out += hex[b & 15];
  }
  return out;
}

std::unique_ptr<OutputFolder> OutputFolder::open(const std::string& dir, Diagnostics& diag) {
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (!fs::is_directory(dir, ec)) {
    diag.error(dir, "cannot create the output folder" + (ec ? ": " + ec.message() : std::string()));
    return nullptr;
  }
  std::unique_ptr<OutputFolder> f(new OutputFolder());
  f->dir_ = dir;
  const std::string lock = (fs::path(dir) / kLockFile).string();
  f->lock_fd_ = ::open(lock.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0666);
  if (f->lock_fd_ < 0) {
    diag.error(dir, std::string("cannot write in the output folder: ") + std::strerror(errno));
    return nullptr;
  }
  // flock: released by the kernel when the process ends, however it ends,
  // so a killed batch never leaves the folder locked.
  if (::flock(f->lock_fd_, LOCK_EX | LOCK_NB) != 0) {
    char pid[32] = {0};
    const ssize_t n = ::pread(f->lock_fd_, pid, sizeof pid - 1, 0);
    std::string who = n > 0 ? std::string(pid, static_cast<size_t>(n)) : std::string();
    while (!who.empty() && (who.back() == '\n' || who.back() == ' ')) who.pop_back();
    diag.error(dir, "another vanthu batch is writing into this folder" +
                        (who.empty() ? std::string() : " (process " + who + ")") +
                        "; wait until it ends or choose another folder");
    return nullptr;
  }
  const std::string me = std::to_string(::getpid()) + "\n";
  if (::ftruncate(f->lock_fd_, 0) == 0 && ::pwrite(f->lock_fd_, me.data(), me.size(), 0) < 0) {
    // The pid is only for the message above.
  }
  const std::string manifest = (fs::path(dir) / kManifestFile).string();
  std::string text;
  try {
    text = read_bounded(manifest, 256u << 20, "batch manifest");
  } catch (const ReadError&) {
    // No manifest yet.
  }
  // Lines: "pending\t<name>" or "done\t<name>\t<input hash>\t<content hash>".
  // A line cut short by a kill (no newline) is ignored.
  size_t start = 0;
  for (size_t nl; (nl = text.find('\n', start)) != std::string::npos; start = nl + 1) {
    std::vector<std::string> fields;
    std::stringstream ss(text.substr(start, nl - start));
    for (std::string field; std::getline(ss, field, '\t');) fields.push_back(field);
    if (fields.size() == 2 && fields[0] == "pending") f->entries_[fields[1]] = Entry{};
    else if (fields.size() == 4 && fields[0] == "done") f->entries_[fields[1]] = Entry{true, fields[2], fields[3]};
  }
  const bool created = !fs::exists(manifest, ec);
  f->manifest_fd_ = ::open(manifest.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0666);
  if (f->manifest_fd_ < 0) {
    diag.error(manifest, std::string("cannot write the batch manifest: ") + std::strerror(errno));
    return nullptr;
  }
  if (created && sync_outputs()) {
    // The new manifest's name, durable before any output is renamed next to
    // it (begin() syncs its lines).
    const int dfd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    const bool synced = dfd >= 0 && ::fsync(dfd) == 0;
    if (dfd >= 0) ::close(dfd);
    if (!synced) {
      diag.error(dir, std::string("cannot sync the folder of the batch manifest: ") + std::strerror(errno));
      return nullptr;
    }
  }
  return f;
}

OutputFolder::~OutputFolder() {
  if (manifest_fd_ >= 0) ::close(manifest_fd_);
  if (lock_fd_ >= 0) ::close(lock_fd_);  // releases the flock
}

size_t OutputFolder::remove_stale_temporaries() {
  size_t n = 0;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(dir_, ec)) {
    // Only this folder's own temporaries: the lock guarantees no other
    // vanthu process is writing here now.
    if (e.is_regular_file(ec) && is_temporary_name(e.path().filename().string()) && fs::remove(e.path(), ec)) ++n;
  }
  return n;
}

bool OutputFolder::up_to_date(const std::vector<std::string>& names, const std::string& input_hash) const {
  for (const std::string& name : names) {
    Entry e;
    {
      std::lock_guard<std::mutex> lock(mutex_);
      auto it = entries_.find(name);
      if (it == entries_.end()) return false;
      e = it->second;
    }
    if (!e.complete || e.input_hash != input_hash) return false;
    std::string bytes;
    try {
      bytes = read_bounded((fs::path(dir_) / name).string(), 1u << 30, "file");
    } catch (const ReadError&) {
      return false;
    }
    if (sha256_hex(bytes) != e.content_hash) return false;
  }
  return true;
}

bool OutputFolder::foreign(const std::string& name) const {
  std::error_code ec;
  if (!fs::exists(fs::path(dir_) / name, ec)) return false;
  std::lock_guard<std::mutex> lock(mutex_);
  return entries_.find(name) == entries_.end();
}

void OutputFolder::append(const std::string& lines) {
  // One write per call: lines of other workers never interleave (O_APPEND).
  for (size_t off = 0; off < lines.size();) {
    const ssize_t w = ::write(manifest_fd_, lines.data() + off, lines.size() - off);
    if (w < 0) {
      if (errno == EINTR) continue;
      throw Error(dir_ + "/" + kManifestFile + ": cannot write the batch manifest: " + std::strerror(errno));
    }
    off += static_cast<size_t>(w);
  }
}

void OutputFolder::begin(const std::vector<std::string>& names) {
  std::string lines;
  for (const std::string& n : names) lines += "pending\t" + n + "\n";
  std::lock_guard<std::mutex> lock(mutex_);
  append(lines);
  // On disk before the record's files are renamed (unless --no-sync): after
  // a power cut, a file that was renamed is then known as the batch's, and
  // --resume replaces it instead of refusing it as a foreign file. A "done"
  // line needs no sync: when it is lost, --resume redoes the record.
  if (sync_outputs() && ::fdatasync(manifest_fd_) != 0)
    throw Error(dir_ + "/" + kManifestFile + ": cannot sync the batch manifest: " + std::strerror(errno));
  for (const std::string& n : names) entries_[n] = Entry{};
}

void OutputFolder::done(const std::vector<std::pair<std::string, std::string>>& files, const std::string& input_hash) {
  std::string lines;
  std::vector<std::pair<std::string, std::string>> hashes;
  for (const auto& [name, bytes] : files) {
    hashes.emplace_back(name, sha256_hex(bytes));
    lines += "done\t" + name + "\t" + input_hash + "\t" + hashes.back().second + "\n";
  }
  std::lock_guard<std::mutex> lock(mutex_);
  append(lines);
  for (const auto& [name, hash] : hashes) entries_[name] = Entry{true, input_hash, hash};
}

}  // namespace vanthu::batch::detail
