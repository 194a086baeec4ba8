// Output files are written to a temporary file beside the target and renamed
// into place only when complete, so an error never leaves a partial file and
// never destroys an existing one.
#pragma once

#include <string>
#include <string_view>

namespace vanthu {

// Writes `bytes` to `path` atomically (an OutputSet of one file; several
// outputs of one command go through one OutputSet, core/output_set.h). Throws vanthu::Error on failure, and
// then neither the target nor the temporary file exist afterwards (an
// existing target is left untouched).
void write_file_atomic(const std::string& path, std::string_view bytes);

// Reads a whole file. Throws vanthu::Error naming the path on failure.
std::string read_file(const std::string& path);

}  // namespace vanthu
