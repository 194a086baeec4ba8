// Raw deflate (RFC 1951) for zip entries, compressed here rather than by
// libzip: libzip sets up a new zlib stream for every entry (about 380 KB of
// state, allocated, cleared and freed each time), which cost more than
// writing the XML. One stream per thread, reset between parts, does the
// same compression for a fraction of the time.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace vanthu::docx::opc {

struct Deflated {
  std::string data;    // raw deflate stream, no zlib header
  uint32_t crc32 = 0;  // CRC-32 of the uncompressed bytes, as the zip header wants
};

Deflated deflate_raw(std::string_view bytes);

}  // namespace vanthu::docx::opc
