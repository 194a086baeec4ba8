// The output folder of a batch (issue 16): a lock so that two batches never
// write into one folder at once, a manifest that records which files the
// batch wrote and from which input, so that `--resume` skips the records
// whose files are there and intact, and the rule that a file the batch did
// not write is replaced only with `--overwrite`. See docs/batch.md.
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace vanthu::batch::detail {

// The hidden files the batch keeps in its folder.
inline constexpr const char* kLockFile = ".vanthu-batch.lock";
inline constexpr const char* kManifestFile = ".vanthu-batch.manifest";

// SHA-256 of `bytes`, 64 hex digits (nettle).
std::string sha256_hex(std::string_view bytes);

class OutputFolder {
 public:
  // Locks `dir` (created if missing) and reads its manifest. On failure adds
  // an error naming the folder and returns null: another batch holds the
  // lock, or the folder cannot be created or written.
  static std::unique_ptr<OutputFolder> open(const std::string& dir, Diagnostics& diag);
  ~OutputFolder();  // releases the lock (so does the end of the process, even by kill -9)

  // Removes the temporary files a killed run left (core/output_set.h names);
  // returns how many.
  size_t remove_stale_temporaries();

  // True when every file in `names` is recorded as written from `input_hash`
  // and still has the recorded content (its SHA-256 is checked).
  bool up_to_date(const std::vector<std::string>& names, const std::string& input_hash) const;
  // True when `name` exists in the folder and no batch recorded writing it.
  bool foreign(const std::string& name) const;

  // Before the files of a record are renamed into place: recorded as being
  // written, so that a run killed between the rename and done() may replace
  // them on --resume.
  void begin(const std::vector<std::string>& names);
  // After the rename: each file with the record's input hash and the file's hash.
  void done(const std::vector<std::pair<std::string, std::string>>& name_and_bytes, const std::string& input_hash);

  const std::string& dir() const { return dir_; }

 private:
  struct Entry {
    bool complete = false;
    std::string input_hash, content_hash;
  };
  OutputFolder() = default;
  void append(const std::string& lines);

  std::string dir_;
  int lock_fd_ = -1;
  int manifest_fd_ = -1;
  std::map<std::string, Entry> entries_;  // by file name; the last line about a file wins
  mutable std::mutex mutex_;
};

}  // namespace vanthu::batch::detail
