#include <zip.h>

#include <mutex>

#include <algorithm>
#include <cstring>
#include <ctime>
#include <memory>

#include "core/status.h"
#include "docx/opc_deflate.h"
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

// The archive is discarded by its owner (ArchiveDiscard) while unwinding.
[[noreturn]] void fail_archive(const std::string& what, zip_t* archive) {
  throw Error("libzip: " + what + ": " + zip_strerror(archive));
}

struct ArchiveDiscard {
  void operator()(zip_t* archive) const { zip_discard(archive); }
};

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

// A libzip source serving a part we deflated ourselves (opc_deflate.h). Its
// stat gives the method, both sizes and the CRC, so zip_close() copies the
// bytes as they are instead of compressing again.
struct Precompressed {
  Deflated deflated;
  zip_uint64_t size = 0;  // uncompressed
  zip_uint64_t offset = 0;
  zip_error_t error{};
};

zip_int64_t serve_precompressed(void* userdata, void* data, zip_uint64_t len, zip_source_cmd_t cmd) {
  auto* p = static_cast<Precompressed*>(userdata);
  switch (cmd) {
    case ZIP_SOURCE_OPEN:
      p->offset = 0;
      return 0;
    case ZIP_SOURCE_READ: {
      const zip_uint64_t n = std::min<zip_uint64_t>(len, p->deflated.data.size() - p->offset);
      std::memcpy(data, p->deflated.data.data() + p->offset, n);
      p->offset += n;
      return static_cast<zip_int64_t>(n);
    }
    case ZIP_SOURCE_CLOSE:
      return 0;
    case ZIP_SOURCE_STAT: {
      if (len < sizeof(zip_stat_t)) {
        zip_error_set(&p->error, ZIP_ER_INVAL, 0);
        return -1;
      }
      auto* st = static_cast<zip_stat_t*>(data);
      zip_stat_init(st);
      st->valid = ZIP_STAT_SIZE | ZIP_STAT_COMP_SIZE | ZIP_STAT_COMP_METHOD | ZIP_STAT_CRC | ZIP_STAT_ENCRYPTION_METHOD;
      st->size = p->size;
      st->comp_size = p->deflated.data.size();
      st->comp_method = ZIP_CM_DEFLATE;
      st->crc = p->deflated.crc32;
      st->encryption_method = ZIP_EM_NONE;
      return sizeof(zip_stat_t);
    }
    case ZIP_SOURCE_ERROR:
      return zip_error_to_data(&p->error, data, len);
    case ZIP_SOURCE_FREE:
      zip_error_fini(&p->error);
      delete p;
      return 0;
    case ZIP_SOURCE_SUPPORTS:
      return zip_source_make_command_bitmap(ZIP_SOURCE_OPEN, ZIP_SOURCE_READ, ZIP_SOURCE_CLOSE, ZIP_SOURCE_STAT,
                                            ZIP_SOURCE_ERROR, ZIP_SOURCE_FREE, ZIP_SOURCE_SUPPORTS, -1);
    default:
      zip_error_set(&p->error, ZIP_ER_OPNOTSUPP, 0);
      return -1;
  }
}

zip_source_t* precompressed_source(const std::string& bytes, zip_error_t* error) {
  auto* p = new Precompressed{deflate_raw(bytes), bytes.size()};
  zip_error_init(&p->error);
  zip_source_t* source = zip_source_function_create(serve_precompressed, p, error);
  if (source == nullptr) {
    zip_error_fini(&p->error);
    delete p;
  }
  return source;
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

// libzip 1.7.3 (zip_open.c) initialises two static bitmaps of required
// source capabilities on first use, without synchronisation: two batch
// workers opening their first archive at once could see one set and the
// other not, and fail with "Read-only archive". One archive opened under
// std::call_once before any real work initialises them for the process.
static void initialise_libzip_statics() {
  static std::once_flag once;
  std::call_once(once, [] {
    zip_error_t e;
    zip_error_init(&e);
    if (zip_source_t* src = zip_source_buffer_create(nullptr, 0, 0, &e)) {
      if (zip_t* z = zip_open_from_source(src, ZIP_TRUNCATE, &e))
        zip_discard(z);  // frees the source too
      else
        zip_source_free(src);
    }
    zip_error_fini(&e);
  });
}

std::string zip_package(const std::vector<Part>& parts, long long timestamp) {
  initialise_libzip_statics();
  zip_error_t error;
  zip_error_init(&error);
  SourcePtr output(zip_source_buffer_create(nullptr, 0, 0, &error));
  if (!output) fail("create buffer", &error);
  std::unique_ptr<zip_t, ArchiveDiscard> archive(zip_open_from_source(output.get(), ZIP_TRUNCATE, &error));
  if (!archive) fail("open archive in memory", &error);
  zip_source_keep(output.get());  // the archive took one reference; we read the result afterwards

  const time_t mtime = dos_time_for(timestamp);
  for (const auto& part : parts) {
    zip_source_t* data = precompressed_source(part.data(), &error);
    if (data == nullptr) fail("source for " + part.name, &error);
    const zip_int64_t index = zip_file_add(archive.get(), part.name.c_str(), data, ZIP_FL_ENC_UTF_8);
    if (index < 0) {
      zip_source_free(data);
      fail_archive("add " + part.name, archive.get());
    }
    if (zip_file_set_mtime(archive.get(), static_cast<zip_uint64_t>(index), mtime, 0) < 0)
      fail_archive("date " + part.name, archive.get());
  }
  if (zip_close(archive.get()) < 0) fail_archive("write archive", archive.get());
  archive.release();  // zip_close() freed it
  zip_error_fini(&error);
  return read_all(output.get());
}

}  // namespace vanthu::docx::opc
