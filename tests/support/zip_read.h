// Header-only reading of a zip package held in memory, with libzip, for
// tests of the .docx container.
#pragma once

#include <zip.h>

#include <cstdint>
#include <ctime>
#include <stdexcept>
#include <string>
#include <vector>

namespace vanthu::test {

struct ZipEntry {
  std::string name;
  std::string data;
  int32_t compression = 0;  // ZIP_CM_DEFLATE, ZIP_CM_STORE, ...
  time_t mtime = 0;         // as libzip reads it (local time)
};

// Every entry in archive order; throws when libzip cannot open the bytes or
// the archive fails its consistency check.
inline std::vector<ZipEntry> read_zip(const std::string& bytes) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (src == nullptr) throw std::runtime_error(zip_error_strerror(&error));
  zip_t* archive = zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, &error);
  if (archive == nullptr) {
    zip_source_free(src);
    const std::string message = zip_error_strerror(&error);
    zip_error_fini(&error);
    throw std::runtime_error("not a zip archive: " + message);
  }
  std::vector<ZipEntry> entries;
  const zip_int64_t n = zip_get_num_entries(archive, 0);
  for (zip_int64_t i = 0; i < n; ++i) {
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(archive, static_cast<zip_uint64_t>(i), 0, &st) < 0) throw std::runtime_error("zip_stat");
    ZipEntry e;
    e.name = st.name;
    e.compression = st.comp_method;
    e.mtime = st.mtime;
    e.data.resize(st.size);
    zip_file_t* f = zip_fopen_index(archive, static_cast<zip_uint64_t>(i), 0);
    if (f == nullptr) throw std::runtime_error("zip_fopen " + e.name);
    const zip_int64_t got = zip_fread(f, e.data.data(), st.size);
    zip_fclose(f);
    if (got < 0 || static_cast<zip_uint64_t>(got) != st.size) throw std::runtime_error("zip_fread " + e.name);
    entries.push_back(std::move(e));
  }
  zip_discard(archive);
  return entries;
}

}  // namespace vanthu::test
