#include "docx/opc_deflate.h"

#include <zlib.h>

#include <unordered_map>

#include "core/status.h"

namespace vanthu::docx::opc {
namespace {

class Deflater {
 public:
  Deflater() {
    // Level 6 is zlib's default; -MAX_WBITS asks for raw deflate, as zip stores it.
    ok_ = deflateInit2(&stream_, 6, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) == Z_OK;
  }
  ~Deflater() {
    if (ok_) deflateEnd(&stream_);
  }
  Deflater(const Deflater&) = delete;
  Deflater& operator=(const Deflater&) = delete;

  Deflated run(std::string_view bytes) {
    if (!ok_) throw Error("zlib: deflateInit2 failed");
    if (deflateReset(&stream_) != Z_OK) throw Error("zlib: deflateReset failed");
    Deflated out;
    out.crc32 = static_cast<uint32_t>(
        crc32_z(crc32_z(0L, Z_NULL, 0), reinterpret_cast<const Bytef*>(bytes.data()), bytes.size()));
    out.data.resize(deflateBound(&stream_, static_cast<uLong>(bytes.size())));
    stream_.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
    stream_.avail_in = static_cast<uInt>(bytes.size());
    stream_.next_out = reinterpret_cast<Bytef*>(out.data.data());
    stream_.avail_out = static_cast<uInt>(out.data.size());
    // deflateBound() leaves room for the whole stream: one call finishes it.
    if (deflate(&stream_, Z_FINISH) != Z_STREAM_END) throw Error("zlib: deflate did not finish");
    out.data.resize(stream_.total_out);
    return out;
  }

 private:
  z_stream stream_{};
  bool ok_ = false;
};

}  // namespace

// Small parts (styles, settings, font table, relationships, content types,
// an empty header) are the same bytes in every document of a batch: their
// deflated form is remembered per thread, keyed by the whole content, so a
// hit gives exactly the bytes deflate would give. Larger parts (the body)
// rarely repeat and are not kept.
constexpr size_t kMaxCachedPart = 4096;
constexpr size_t kMaxCachedParts = 64;

Deflated deflate_raw(std::string_view bytes) {
  if (bytes.size() > 0xFFFFFFFFu) throw Error("zip part too large for one deflate call");
  thread_local Deflater deflater;
  if (bytes.size() > kMaxCachedPart) return deflater.run(bytes);
  thread_local std::unordered_map<std::string, Deflated> cache;
  const std::string key(bytes);
  if (auto it = cache.find(key); it != cache.end()) return it->second;
  if (cache.size() >= kMaxCachedParts) cache.clear();
  Deflated out = deflater.run(bytes);
  cache.emplace(key, out);
  return out;
}

}  // namespace vanthu::docx::opc
