// Reading the parts of a DOCX (an OPC zip package) held in memory, with
// limits against zip bombs: the number of entries, the expanded size of each
// entry and of all of them, and the expansion ratio. The declared sizes are
// checked when the package is opened and the actual bytes while an entry is
// read, so an entry that lies about its size is cut off too.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

typedef struct zip zip_t;

namespace vanthu::check {

struct PackageLimits {
  uint64_t max_input_bytes = 256ull << 20;  // the .docx file itself
  uint64_t max_entries = 4096;
  uint64_t max_entry_bytes = 64ull << 20;   // one expanded entry
  uint64_t max_total_bytes = 512ull << 20;  // all expanded entries together
  double max_ratio = 200.0;                 // expanded / compressed, for entries of
  uint64_t ratio_floor = 1ull << 20;        // at least this many expanded bytes
};

class ZipPackage {
 public:
  // Throws ReadError when `bytes` is not a zip archive or breaks a limit.
  // `bytes` must outlive the package (it is not copied).
  ZipPackage(std::string_view bytes, const PackageLimits& limits = {});
  ~ZipPackage();
  ZipPackage(const ZipPackage&) = delete;
  ZipPackage& operator=(const ZipPackage&) = delete;

  // The entry's bytes (part names compare case-insensitively, as OPC says),
  // nullopt when there is no such entry. Throws ReadError when the entry is
  // corrupt or expands beyond its limit.
  std::optional<std::string> read(std::string_view name) const;

 private:
  zip_t* archive_ = nullptr;
  PackageLimits limits_;
};

}  // namespace vanthu::check
