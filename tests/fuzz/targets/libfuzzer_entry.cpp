// libFuzzer's entry point for one target, chosen at compile time
// (VANTHU_FUZZ_TARGET=markup, data, docx, format or render).
#include "fuzz_targets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return vanthu::fuzz::VANTHU_FUZZ_TARGET(data, size);
}
