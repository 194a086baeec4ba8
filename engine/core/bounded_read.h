// Reading inputs with a size limit checked while reading: `/dev/zero`, an
// endless pipe on standard input or a 10 GB file stops at the limit instead
// of growing in memory first (issue 16).
#pragma once

#include <cstddef>
#include <string>

#include "core/status.h"

namespace vanthu {

// Why an input could not be read: `where` is the path (or "<stdin>"),
// `why` the reason; what() is "where: why".
struct ReadError : Error {
  ReadError(std::string where, std::string why) : Error(where + ": " + why), where(std::move(where)), why(std::move(why)) {}
  std::string where, why;
};

// Reads the whole of `path` ("-" = standard input). Throws ReadError with
// a message that names the path (or "<stdin>") and says why: missing, a
// folder, unreadable, or larger than `max_bytes` (the limit is stated, e.g.
// "is larger than the limit of 256 MiB"). `what` names the input in
// messages ("data file", "DOCX file").
std::string read_bounded(const std::string& path, size_t max_bytes, const std::string& what = "file");

// "256 MiB", "64 KiB", "100 bytes": a limit for messages.
std::string describe_size(size_t bytes);

}  // namespace vanthu
