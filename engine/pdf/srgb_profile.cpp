#include <lcms2.h>

#include <memory>

#include <stdexcept>
#include <string>

#include "core/compress.h"
#include "pdf/pdfa.h"

namespace vanthu::pdf {
namespace {

std::string make_profile() {
  cmsHPROFILE profile = cmsCreate_sRGBProfile();
  if (!profile) throw std::runtime_error("lcms2 could not create the sRGB profile");
  // PDF/A-2 output intents are safest with a version 2 profile.
  cmsSetProfileVersion(profile, 2.1);
  cmsUInt32Number size = 0;
  std::string bytes;
  if (cmsSaveProfileToMem(profile, nullptr, &size) && size > 0) {
    bytes.resize(size);
    if (!cmsSaveProfileToMem(profile, bytes.data(), &size)) bytes.clear();
  }
  cmsCloseProfile(profile);
  if (bytes.size() < 128) throw std::runtime_error("lcms2 could not serialise the sRGB profile");
  // lcms2 stamps the current time into the header (bytes 24-35: year, month,
  // day, hour, minute, second as big-endian 16-bit numbers). Pin it to
  // 2000-01-01 00:00:00. Version 2 profiles carry no checksum over it.
  const unsigned short pinned[6] = {2000, 1, 1, 0, 0, 0};
  for (int i = 0; i < 6; ++i) {
    bytes[static_cast<size_t>(24 + 2 * i)] = static_cast<char>(pinned[i] >> 8);
    bytes[static_cast<size_t>(25 + 2 * i)] = static_cast<char>(pinned[i] & 0xFF);
  }
  return bytes;
}

}  // namespace

std::string srgb_icc_profile() {
  // Made once per process (thread-safe static initialisation): the bytes
  // never change.
  static const std::string profile = make_profile();
  return profile;
}

std::string srgb_icc_profile_flate() {
  static const std::string compressed = compress::zlib(srgb_icc_profile());
  return compressed;
}

}  // namespace vanthu::pdf
