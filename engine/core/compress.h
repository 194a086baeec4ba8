// Whole-buffer compression with libdeflate (level 6, within 0.5 % of zlib's
// default size and about 1.5-3x faster; level 4 for page contents), for the DOCX writer's zip entries
// and the PDF writer's Flate streams. One compressor per thread, made on
// first use. Deterministic: the same bytes give the same output.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace vanthu::compress {

// Raw deflate (RFC 1951), as zip entries store it.
std::string deflate_raw(std::string_view data);

// How hard to compress. A page's content stream is compressed on its own,
// a few kilobytes at a time, where libdeflate's level 6 costs 1.6 times its
// level 4 for 4.8 % fewer bytes (measured on the 103 pages of the 1000-row
// list, 2026-12-02: 13.1 vs 8.4 ms, 252 vs 264 KB); fonts, pictures and zip
// entries keep level 6.
enum class Level { Standard, PageContent };

// zlib format (RFC 1950), as a PDF /FlateDecode stream stores it.
std::string zlib(std::string_view data, Level level = Level::Standard);

// CRC-32 (the zip header's checksum).
uint32_t crc32(std::string_view data);

}  // namespace vanthu::compress
