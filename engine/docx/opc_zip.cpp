#include <zip.h>

#include <ctime>
#include <memory>

#include "core/status.h"
#include "docx/opc_package.h"

namespace vanthu::docx::opc {
namespace {

struct SourceRelease {
  void operator()(zip_source_t* s) const { zip_source_free(s); }
};
using SourcePtr = std::unique_ptr<zip_source_t, SourceRelease>;

// `error` belongs to the caller or to a libzip source; it is not released here.
[[noreturn]] void fail(const std::string& what, zip_error_t* error) {
  throw Error("libzip: " + what + ": " + zip_error_strerror(error));
}

[[noreturn]] void fail_archive(const std::string& what, zip_t* archive) {
  std::string message = "libzip: " + what + ": " + zip_strerror(archive);
  zip_discard(archive);
  throw Error(message);
}

// Zip entries store MS-DOS local wall-clock time and libzip converts with
// localtime(). Handing it the instant whose local time reads like the UTC
// time of `timestamp` makes the bytes independent of the machine's TZ.
time_t dos_time_for(long long timestamp) {
  const time_t t = static_cast<time_t>(timestamp);
  std::tm utc{};
  gmtime_r(&t, &utc);
  utc.tm_isdst = -1;
  const time_t local = mktime(&utc);
  return local == static_cast<time_t>(-1) ? t : local;
}

std::string read_all(zip_source_t* source) {
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_source_open(source) < 0) fail("open result", zip_source_error(source));
  if (zip_source_stat(source, &st) < 0 || (st.valid & ZIP_STAT_SIZE) == 0) {
    zip_source_close(source);
    fail("size of result", zip_source_error(source));
  }
  std::string bytes(st.size, '\0');
  const zip_int64_t got = zip_source_read(source, bytes.data(), st.size);
  zip_source_close(source);
  if (got < 0 || static_cast<zip_uint64_t>(got) != st.size) fail("read result", zip_source_error(source));
  return bytes;
}

}  // namespace

std::string zip_package(const std::vector<Part>& parts, long long timestamp) {
  zip_error_t error;
  zip_error_init(&error);
  SourcePtr output(zip_source_buffer_create(nullptr, 0, 0, &error));
  if (!output) fail("create buffer", &error);
  zip_t* archive = zip_open_from_source(output.get(), ZIP_TRUNCATE, &error);
  if (archive == nullptr) fail("open archive in memory", &error);
  zip_source_keep(output.get());  // the archive took one reference; we read the result afterwards

  const time_t mtime = dos_time_for(timestamp);
  for (const auto& part : parts) {
    // The part's bytes outlive zip_close(), so libzip reads them in place.
    const std::string& bytes = part.data();
    zip_source_t* data = zip_source_buffer(archive, bytes.data(), bytes.size(), 0);
    if (data == nullptr) fail_archive("buffer for " + part.name, archive);
    const zip_int64_t index = zip_file_add(archive, part.name.c_str(), data, ZIP_FL_ENC_UTF_8);
    if (index < 0) {
      zip_source_free(data);
      fail_archive("add " + part.name, archive);
    }
    const auto i = static_cast<zip_uint64_t>(index);
    if (zip_set_file_compression(archive, i, ZIP_CM_DEFLATE, 6) < 0) fail_archive("compress " + part.name, archive);
    if (zip_file_set_mtime(archive, i, mtime, 0) < 0) fail_archive("date " + part.name, archive);
  }
  if (zip_close(archive) < 0) fail_archive("write archive", archive);
  zip_error_fini(&error);
  return read_all(output.get());
}

}  // namespace vanthu::docx::opc
