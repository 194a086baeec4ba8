// Raw deflate (RFC 1951) for zip entries (opc_zip.cpp), compressed here
// (core/compress.h) rather than by libzip: a new zlib stream per entry
// (what libzip does) cost more than writing the XML.
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
