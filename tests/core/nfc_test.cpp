// text::nfc takes a fast path for text that is NFC already; its result must
// always be what a full normalisation through ICU's UTF-16 API gives.
#include <gtest/gtest.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include "core/unicode.h"

namespace vanthu::text {
namespace {

std::string reference_nfc(const std::string& s) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* norm = icu::Normalizer2::getNFCInstance(status);
  icu::UnicodeString out = norm->normalize(icu::UnicodeString::fromUTF8(s), status);
  std::string utf8;
  out.toUTF8String(utf8);
  return utf8;
}

TEST(Nfc, GivesWhatFullNormalisationGives) {
  const std::string samples[] = {
      "",
      "plain ASCII, with\ttab and\nline",
      "Sở Thông tin và Truyền thông",  // NFC already
      "Vie\xCC\xA3\xCC\x82t Nam",      // NFD: e + dot below + circumflex
      "Nguye\xCC\x82\xCC\x83n",        // NFD: e + circumflex + tilde
      "a\xCC\x81",                     // a + combining acute
      "\xC3",                          // truncated sequence
      "ok \xED\xA0\x80 surrogate",     // an encoded surrogate
      "x\xFF" "y",                     // a byte never valid in UTF-8
      "\xEF\xBF\xBE and \xF0\x9F\x98\x80",  // U+FFFE and an emoji
  };
  for (const auto& s : samples) EXPECT_EQ(nfc(s), reference_nfc(s)) << s;
}

}  // namespace
}  // namespace vanthu::text
