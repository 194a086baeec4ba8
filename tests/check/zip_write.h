// Header-only writing of a zip archive in memory with libzip, for tests that
// build DOCX files part by part.
#pragma once

#include <zip.h>

#include <cstdio>
#include <map>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace vanthu::test {

// Entries in the given order; `compress` false stores them.
// The smallest [Content_Types].xml a reader accepts (Word refuses a package without one).
inline constexpr const char* kMinimalContentTypes =
    "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
    "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>";

inline std::string write_zip(const std::vector<std::pair<std::string, std::string>>& entries, bool compress = true) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* src = zip_source_buffer_create(nullptr, 0, 0, &error);
  if (src == nullptr) throw std::runtime_error("zip_source_buffer_create");
  zip_source_keep(src);
  zip_t* za = zip_open_from_source(src, ZIP_TRUNCATE, &error);
  if (za == nullptr) throw std::runtime_error("zip_open_from_source");
  for (const auto& [name, data] : entries) {
    zip_source_t* s = zip_source_buffer(za, data.data(), data.size(), 0);
    const zip_int64_t idx = zip_file_add(za, name.c_str(), s, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE);
    if (idx < 0) throw std::runtime_error("zip_file_add " + name);
    zip_set_file_compression(za, static_cast<zip_uint64_t>(idx), compress ? ZIP_CM_DEFLATE : ZIP_CM_STORE, 9);
  }
  if (zip_close(za) != 0) throw std::runtime_error("zip_close");
  std::string out;
  if (zip_source_open(src) != 0) throw std::runtime_error("zip_source_open");
  zip_source_seek(src, 0, SEEK_END);
  const zip_int64_t size = zip_source_tell(src);
  zip_source_seek(src, 0, SEEK_SET);
  out.resize(static_cast<size_t>(size));
  if (size > 0 && zip_source_read(src, out.data(), static_cast<zip_uint64_t>(size)) != size)
    throw std::runtime_error("zip_source_read");
  zip_source_close(src);
  zip_source_free(src);
  return out;
}

}  // namespace vanthu::test
