#include "server/zip_writer.h"

#include <zip.h>

#include <algorithm>
#include <filesystem>

#include "core/status.h"

namespace vanthu::server {

namespace {

void add_entry(zip_t* z, const std::string& name, zip_source_t* src, long long mtime) {
  const zip_int64_t idx = zip_file_add(z, name.c_str(), src, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE);
  if (idx < 0) {
    zip_source_free(src);
    throw Error("zip: cannot add " + name + ": " + zip_strerror(z));
  }
  zip_file_set_mtime(z, static_cast<zip_uint64_t>(idx), static_cast<time_t>(mtime), 0);
  // DOCX and PDF are compressed already (deflate inside): store them.
  zip_set_file_compression(z, static_cast<zip_uint64_t>(idx), ZIP_CM_STORE, 0);
}

}  // namespace

std::string zip_in_memory(const std::vector<std::pair<std::string, std::string>>& entries, long long mtime) {
  zip_error_t err;
  zip_error_init(&err);
  zip_source_t* buf = zip_source_buffer_create(nullptr, 0, 0, &err);
  if (!buf) throw Error("zip: cannot create a buffer");
  zip_t* z = zip_open_from_source(buf, ZIP_TRUNCATE, &err);
  if (!z) {
    zip_source_free(buf);
    throw Error("zip: cannot open a buffer");
  }
  zip_source_keep(buf);
  try {
    for (const auto& [name, bytes] : entries) {
      zip_source_t* src = zip_source_buffer(z, bytes.data(), bytes.size(), 0);
      if (!src) throw Error("zip: out of memory");
      add_entry(z, name, src, mtime);
    }
  } catch (...) {
    zip_discard(z);
    zip_source_free(buf);
    throw;
  }
  if (zip_close(z) != 0) {
    zip_discard(z);
    zip_source_free(buf);
    throw Error("zip: cannot write the archive");
  }
  std::string out;
  zip_stat_t st;
  if (zip_source_stat(buf, &st) == 0 && zip_source_open(buf) == 0) {
    out.resize(st.size);
    const zip_int64_t n = zip_source_read(buf, out.data(), st.size);
    zip_source_close(buf);
    out.resize(n < 0 ? 0 : static_cast<size_t>(n));
  }
  zip_source_free(buf);
  if (out.empty()) throw Error("zip: cannot read the archive back");
  return out;
}

void zip_folder(const std::string& folder, const std::string& out, long long mtime) {
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(folder))
    // Hidden files are the batch's own bookkeeping (.vanthu-batch.lock and
    // .manifest, docs/batch.md), not documents.
    if (e.is_regular_file() && e.path().filename().string()[0] != '.') files.push_back(e.path());
  std::sort(files.begin(), files.end());
  int errcode = 0;
  zip_t* z = zip_open(out.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &errcode);
  if (!z) throw Error(out + ": cannot create the archive");
  try {
    for (const auto& f : files) {
      zip_source_t* src = zip_source_file(z, f.c_str(), 0, -1);
      if (!src) throw Error("zip: cannot read " + f.string());
      add_entry(z, f.filename().string(), src, mtime);
    }
  } catch (...) {
    zip_discard(z);
    throw;
  }
  if (zip_close(z) != 0) {
    zip_discard(z);
    throw Error(out + ": cannot write the archive");
  }
}

}  // namespace vanthu::server
