#include "docx/opc_deflate.h"

#include <string>
#include <unordered_map>

#include "core/compress.h"

namespace vanthu::docx::opc {

// Small parts (styles, settings, font table, relationships, content types,
// an empty header) are the same bytes in every document of a batch: their
// deflated form is remembered per thread, keyed by the whole content, so a
// hit gives exactly the bytes deflate would give. Larger parts (the body)
// rarely repeat and are not kept.
constexpr size_t kMaxCachedPart = 4096;
constexpr size_t kMaxCachedParts = 64;

namespace {

Deflated compress_part(std::string_view bytes) {
  return Deflated{compress::deflate_raw(bytes), compress::crc32(bytes)};
}

}  // namespace

Deflated deflate_raw(std::string_view bytes) {
  if (bytes.size() > kMaxCachedPart) return compress_part(bytes);
  thread_local std::unordered_map<std::string, Deflated> cache;
  const std::string key(bytes);
  if (auto it = cache.find(key); it != cache.end()) return it->second;
  if (cache.size() >= kMaxCachedParts) cache.clear();
  Deflated out = compress_part(bytes);
  cache.emplace(key, out);
  return out;
}

}  // namespace vanthu::docx::opc
