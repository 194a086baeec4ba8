// The parts of PDF/A-2b (ISO 19005-2) beyond plain PDF: the XMP metadata
// packet and the sRGB output intent's ICC profile.
#pragma once

#include <string>

namespace vanthu::pdf {

// An ICC v2 sRGB profile made by lcms2, with its creation date pinned so
// that it is the same bytes on every run.
std::string srgb_icc_profile();
// The same profile Flate-compressed, made once per process.
std::string srgb_icc_profile_flate();

// The XMP packet (UTF-8) for the given Info values, with pdfaid part 2,
// conformance B.
struct XmpFields {
  std::string title, author, subject, creator_tool, producer;
  std::string create_date, modify_date;  // ISO 8601
};
std::string xmp_packet(const XmpFields& fields);

}  // namespace vanthu::pdf
