#include "check/zip_package.h"

#include "check/file_kind.h"

#include <zip.h>

#include "check/errors.h"

namespace vanthu::check {

namespace {

std::string mib(uint64_t bytes) {
  return std::to_string((bytes + (1u << 19)) >> 20) + " MiB";
}

}  // namespace

ZipPackage::ZipPackage(std::string_view bytes, const PackageLimits& limits) : limits_(limits) {
  if (bytes.size() > limits.max_input_bytes)
    throw ReadError("the file is " + mib(bytes.size()) + ", more than the limit of " + mib(limits.max_input_bytes));
  if (const std::string why = not_a_docx_reason(bytes); !why.empty()) throw ReadError(why);
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (src == nullptr) {
    zip_error_fini(&error);
    throw ReadError("cannot read the zip archive");
  }
  archive_ = zip_open_from_source(src, ZIP_RDONLY, &error);
  if (archive_ == nullptr) {
    zip_source_free(src);
    const std::string message = zip_error_strerror(&error);
    zip_error_fini(&error);
    throw ReadError("not a DOCX file: the zip archive is damaged (" + message + ")");
  }
  zip_error_fini(&error);

  const zip_int64_t n = zip_get_num_entries(archive_, 0);
  if (n < 0 || static_cast<uint64_t>(n) > limits.max_entries) {
    zip_discard(archive_);
    throw ReadError("the zip archive has " + std::to_string(n) + " entries, more than the limit of " +
                    std::to_string(limits.max_entries) + " (zip bomb?)");
  }
  uint64_t total = 0;
  for (zip_int64_t i = 0; i < n; ++i) {
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(archive_, static_cast<zip_uint64_t>(i), 0, &st) != 0) continue;
    if (!(st.valid & ZIP_STAT_SIZE)) continue;
    const std::string name = (st.valid & ZIP_STAT_NAME) && st.name ? st.name : "#" + std::to_string(i);
    std::string problem;
    if (st.size > limits.max_entry_bytes)
      problem = name + " expands to " + mib(st.size) + ", more than the limit of " + mib(limits.max_entry_bytes);
    else if ((st.valid & ZIP_STAT_COMP_SIZE) && st.size >= limits.ratio_floor &&
             static_cast<double>(st.size) > limits.max_ratio * static_cast<double>(st.comp_size ? st.comp_size : 1))
      problem = name + " expands " + std::to_string(st.size / (st.comp_size ? st.comp_size : 1)) +
                " times, more than the limit of " + std::to_string(static_cast<int>(limits.max_ratio));
    total += st.size;
    if (problem.empty() && total > limits.max_total_bytes)
      problem = "the entries expand to more than " + mib(limits.max_total_bytes);
    if (!problem.empty()) {
      zip_discard(archive_);
      throw ReadError("refusing the file (zip bomb?): " + problem);
    }
  }
}

ZipPackage::~ZipPackage() {
  if (archive_ != nullptr) zip_discard(archive_);
}

std::optional<std::string> ZipPackage::read(std::string_view name) const {
  std::string key(name);
  while (!key.empty() && key.front() == '/') key.erase(key.begin());
  const zip_int64_t index = zip_name_locate(archive_, key.c_str(), ZIP_FL_NOCASE);
  if (index < 0) return std::nullopt;
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_stat_index(archive_, static_cast<zip_uint64_t>(index), 0, &st) != 0)
    throw ReadError(key + ": cannot read the zip entry");
  zip_file_t* f = zip_fopen_index(archive_, static_cast<zip_uint64_t>(index), 0);
  if (f == nullptr)
    throw ReadError(key + ": cannot open the zip entry (" + std::string(zip_strerror(archive_)) + ")");
  const uint64_t cap = std::min<uint64_t>(limits_.max_entry_bytes,
                                          (st.valid & ZIP_STAT_SIZE) ? st.size : limits_.max_entry_bytes);
  std::string out;
  char buf[65536];
  for (;;) {
    const zip_int64_t got = zip_fread(f, buf, sizeof buf);
    if (got < 0) {
      const std::string message = zip_file_strerror(f);
      zip_fclose(f);
      throw ReadError(key + ": the zip entry is damaged (" + message + ")");
    }
    if (got == 0) break;
    if (out.size() + static_cast<uint64_t>(got) > cap) {
      zip_fclose(f);
      throw ReadError("refusing the file (zip bomb?): " + key + " expands beyond its declared size or the limit of " +
                      mib(limits_.max_entry_bytes));
    }
    out.append(buf, static_cast<size_t>(got));
  }
  zip_fclose(f);
  return out;
}

}  // namespace vanthu::check
