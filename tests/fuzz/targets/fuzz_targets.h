// The fuzz targets: each takes arbitrary bytes and must neither crash, nor
// trip a sanitizer, nor let an undocumented exception escape. Built as
// libFuzzer programs with VANTHU_FUZZ=ON (tests/fuzz/CMakeLists.txt), and
// run over the saved corpus by the test_fuzz regression test.
#pragma once

#include <cstddef>
#include <cstdint>

namespace vanthu::fuzz {

int markup(const uint8_t* data, size_t size);   // tmpl::parse_markup
int data(const uint8_t* data, size_t size);     // tmpl::parse_data (+ derived values, field rules)
int docx(const uint8_t* data, size_t size);     // check::check_docx
int format(const uint8_t* data, size_t size);   // vn number, date and label formatters
int render(const uint8_t* data, size_t size);   // markup -> realise -> DOCX and PDF

}  // namespace vanthu::fuzz
