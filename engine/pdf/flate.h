// Flate (zlib format, RFC 1950) for PDF streams, with libdeflate: a whole
// buffer in one call, about three times faster than zlib at the same
// level, which matters because compression was a quarter of the time of a
// PDF (docs/benchmarks.md).
#pragma once

#include <string>
#include <string_view>

namespace vanthu::pdf {

// zlib-format bytes of `data` at libdeflate level 6. Deterministic. One
// compressor per thread, made on first use.
std::string flate(std::string_view data);

}  // namespace vanthu::pdf
