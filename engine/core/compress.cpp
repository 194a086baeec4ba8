#include "core/compress.h"

#include <libdeflate.h>

#include <memory>

#include "core/status.h"

namespace vanthu::compress {
namespace {

constexpr int kStandardLevel = 6;
constexpr int kPageContentLevel = 4;
// Inputs above this use a buffer of their own (Compressor::run).
constexpr size_t kMaxScratch = 1 << 20;

class Compressor {
 public:
  explicit Compressor(int level) : c_(libdeflate_alloc_compressor(level)) {}
  ~Compressor() { libdeflate_free_compressor(c_); }
  Compressor(const Compressor&) = delete;
  Compressor& operator=(const Compressor&) = delete;

  // Compressed into a buffer kept between calls, then copied at its real
  // size: no zero-filled worst-case allocation per call. A large input (the
  // body of a long list) gets a buffer of its own, not zero-filled and freed
  // after: the worst-case room is as large as the input, but only the pages
  // the compressed bytes reach are ever touched (issue 17).
  template <class Bound, class Compress>
  std::string run(std::string_view data, Bound bound, Compress compress) {
    if (c_ == nullptr) throw Error("libdeflate: cannot allocate a compressor");
    const size_t room = bound(c_, data.size());
    std::unique_ptr<char[]> own;
    char* out = nullptr;
    if (room > kMaxScratch) {
      own.reset(new char[room]);
      out = own.get();
    } else {
      if (scratch_.size() < room) scratch_.resize(room);
      out = scratch_.data();
    }
    const size_t n = compress(c_, data.data(), data.size(), out, room);
    // The bound leaves room for the worst case: 0 ("did not fit") cannot happen.
    if (n == 0) throw Error("libdeflate: compressed data did not fit its bound");
    return std::string(out, n);
  }

 private:
  libdeflate_compressor* c_;
  std::string scratch_;
};

Compressor& thread_compressor(Level level = Level::Standard) {
  thread_local Compressor standard(kStandardLevel);
  if (level == Level::Standard) return standard;
  thread_local Compressor page_content(kPageContentLevel);
  return page_content;
}

}  // namespace

std::string deflate_raw(std::string_view data) {
  return thread_compressor().run(data, libdeflate_deflate_compress_bound, libdeflate_deflate_compress);
}

std::string zlib(std::string_view data, Level level) {
  return thread_compressor(level).run(data, libdeflate_zlib_compress_bound, libdeflate_zlib_compress);
}

uint32_t crc32(std::string_view data) { return libdeflate_crc32(0, data.data(), data.size()); }

}  // namespace vanthu::compress
