// Whole-buffer compression with libdeflate (level 6, within 0.5 % of zlib's
// default size and about 1.5-3x faster), for the DOCX writer's zip entries
// and the PDF writer's Flate streams. One compressor per thread, made on
// first use. Deterministic: the same bytes give the same output.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace vanthu::compress {

// Raw deflate (RFC 1951), as zip entries store it.
std::string deflate_raw(std::string_view data);

// zlib format (RFC 1950), as a PDF /FlateDecode stream stores it.
std::string zlib(std::string_view data);

// CRC-32 (the zip header's checksum).
uint32_t crc32(std::string_view data);

}  // namespace vanthu::compress
