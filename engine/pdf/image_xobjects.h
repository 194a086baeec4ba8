// Pictures given as PNG bytes, embedded as image XObjects (ISO 32000-1
// §8.9): 8-bit DeviceRGB, Flate-compressed, with a soft mask only when the
// picture has transparent pixels (allowed by PDF/A-2, not by PDF/A-1).
#pragma once

#include <map>
#include <string>

#include "pdf/pdf_file.h"

namespace vanthu::pdf {

class ImageXObjects {
 public:
  explicit ImageXObjects(PdfFile& file) : file_(file) {}

  // The resource name ("Im1") of `png`, writing the XObject the first time
  // the same bytes are seen. Throws std::runtime_error when the bytes are
  // not a PNG that can be read.
  std::string add_png(const std::string& png);

  // "/Im1 12 0 R ..." for the shared resource dictionary.
  std::string resource_entries() const;

 private:
  PdfFile& file_;
  std::map<std::string, std::pair<std::string, int>> by_bytes_;  // png -> (name, object)
};

}  // namespace vanthu::pdf
