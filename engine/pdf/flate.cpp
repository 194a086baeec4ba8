#include "pdf/flate.h"

#include <libdeflate.h>

#include <memory>
#include <stdexcept>

namespace vanthu::pdf {
namespace {

struct CompressorDeleter {
  void operator()(libdeflate_compressor* c) const { libdeflate_free_compressor(c); }
};

libdeflate_compressor* thread_compressor() {
  thread_local std::unique_ptr<libdeflate_compressor, CompressorDeleter> compressor(libdeflate_alloc_compressor(6));
  if (!compressor) throw std::runtime_error("libdeflate: cannot allocate a compressor");
  return compressor.get();
}

}  // namespace

std::string flate(std::string_view data) {
  libdeflate_compressor* c = thread_compressor();
  std::string out(libdeflate_zlib_compress_bound(c, data.size()), '\0');
  size_t n = libdeflate_zlib_compress(c, data.data(), data.size(), out.data(), out.size());
  if (n == 0) throw std::runtime_error("libdeflate: compression failed");
  out.resize(n);
  return out;
}

}  // namespace vanthu::pdf
