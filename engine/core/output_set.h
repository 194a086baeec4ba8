// All the files of one command written together or not at all (issue 16).
//
// stage() writes each file to a temporary file beside its target (data
// synced to disk); commit() then renames them all into place and syncs their
// folders. If staging or renaming fails, every temporary file is removed and
// every target that existed is left as it was (a replaced target is restored
// from a hard-linked backup taken before the first rename). A replaced file
// keeps its permission bits. Temporary names are short and hidden
// (".<name cut to 100 bytes>.vanthu-tmp-<pid>-<n>-<clock>"), so a target
// name of up to 255 bytes works, and the batch can find and remove the
// temporaries of a killed run (is_temporary_name).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace vanthu {

class OutputSet {
 public:
  // `sync`: fsync each file before its rename and each folder after
  // (default: the process-wide setting, see set_sync_outputs).
  OutputSet();
  explicit OutputSet(bool sync);
  ~OutputSet();  // removes whatever was staged and not committed
  OutputSet(const OutputSet&) = delete;
  OutputSet& operator=(const OutputSet&) = delete;

  // Writes `bytes` to a temporary file for `path`. Throws vanthu::Error
  // naming `path` (and saying when its folder does not exist); the files
  // staged before stay staged until the destructor or abort().
  void stage(const std::string& path, std::string_view bytes);
  // Renames every staged file into place. Throws vanthu::Error after
  // restoring every target when a rename fails.
  void commit();
  // Removes the staged temporary files.
  void abort();

 private:
  struct Staged {
    std::string path, temp;
  };
  std::vector<Staged> staged_;
  bool sync_;
};

// The process-wide default for `sync` (true; `--no-sync` turns it off).
void set_sync_outputs(bool sync);
bool sync_outputs();

// True for a file name made by OutputSet for a temporary file.
bool is_temporary_name(std::string_view file_name);

}  // namespace vanthu
