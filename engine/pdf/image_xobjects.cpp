#include "pdf/image_xobjects.h"

#include <cairo.h>

#include <cstdint>
#include <cstring>
#include <memory>
#include <stdexcept>

namespace vanthu::pdf {
namespace {

struct PngReader {
  const std::string* data;
  size_t offset = 0;
};

cairo_status_t read_png(void* closure, unsigned char* out, unsigned int length) {
  auto* r = static_cast<PngReader*>(closure);
  if (r->offset + length > r->data->size()) return CAIRO_STATUS_READ_ERROR;
  std::memcpy(out, r->data->data() + r->offset, length);
  r->offset += length;
  return CAIRO_STATUS_SUCCESS;
}

}  // namespace

std::string ImageXObjects::add_png(const std::string& png) {
  auto known = by_bytes_.find(png);
  if (known != by_bytes_.end()) return known->second.first;

  // cairo's PNG reader (libpng underneath) gives premultiplied ARGB32.
  PngReader reader{&png};
  std::unique_ptr<cairo_surface_t, decltype(&cairo_surface_destroy)> image(
      cairo_image_surface_create_from_png_stream(read_png, &reader), &cairo_surface_destroy);
  if (cairo_surface_status(image.get()) != CAIRO_STATUS_SUCCESS)
    throw std::runtime_error(std::string("cannot read the PNG picture: ") +
                             cairo_status_to_string(cairo_surface_status(image.get())));
  cairo_surface_flush(image.get());
  const int w = cairo_image_surface_get_width(image.get()), h = cairo_image_surface_get_height(image.get());
  const int stride = cairo_image_surface_get_stride(image.get());
  const unsigned char* data = cairo_image_surface_get_data(image.get());
  const bool has_alpha = cairo_image_surface_get_format(image.get()) == CAIRO_FORMAT_ARGB32;
  std::string rgb, alpha;
  rgb.reserve(static_cast<size_t>(w) * static_cast<size_t>(h) * 3);
  bool transparent = false;
  for (int y = 0; y < h; ++y) {
    const auto* row = reinterpret_cast<const uint32_t*>(data + static_cast<size_t>(y) * static_cast<size_t>(stride));
    for (int x = 0; x < w; ++x) {
      const uint32_t p = row[x];
      unsigned a = has_alpha ? p >> 24 : 255;
      unsigned c[3] = {(p >> 16) & 255, (p >> 8) & 255, p & 255};
      for (unsigned& v : c) {
        if (a != 255) v = a == 0 ? 0 : (v * 255 + a / 2) / a;  // undo premultiplication
        rgb += static_cast<char>(v);
      }
      alpha += static_cast<char>(a);
      if (a != 255) transparent = true;
    }
  }
  const std::string size = "/Width " + std::to_string(w) + " /Height " + std::to_string(h) + " /BitsPerComponent 8";
  std::string mask;
  if (transparent) {
    const int mask_id = file_.add_stream("/Type /XObject /Subtype /Image " + size + " /ColorSpace /DeviceGray", alpha, true);
    mask = " /SMask " + PdfFile::ref(mask_id);
  }
  const int id = file_.add_stream("/Type /XObject /Subtype /Image " + size + " /ColorSpace /DeviceRGB" + mask, rgb, true);
  std::string resource = "Im" + std::to_string(by_bytes_.size() + 1);
  by_bytes_.emplace(png, std::make_pair(resource, id));
  return resource;
}

std::string ImageXObjects::resource_entries() const {
  std::string out;
  for (const auto& [png, entry] : by_bytes_) out += '/' + entry.first + ' ' + PdfFile::ref(entry.second) + ' ';
  return out;
}

}  // namespace vanthu::pdf
