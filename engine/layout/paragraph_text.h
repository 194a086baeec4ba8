// Internal to the layout engine: a paragraph's runs as one UTF-8 string
// with the style of each byte range, the form Pango lays out.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "model/document.h"

namespace vanthu::layout {

inline constexpr const char kLineSeparator[] = "\xE2\x80\xA8";  // U+2028: a break inside the paragraph
// The italic re-break (shape_paragraph, break_paragraph): enough passes for
// any paragraph, each moving one line break earlier.
inline constexpr int kMaxBreakPasses = 200;

// No break after a "/" inside a word: LibreOffice keeps a ký hiệu such as
// "20/TTr-HĐND" or "18-CT/TW" whole where UAX #14 would break after the
// slash. `c` is the character (or UTF-8 byte) at a position, `prev` and
// `next` its neighbours.
inline bool keeps_slash(uint32_t prev, uint32_t c, uint32_t next) { return c == '/' && prev != ' ' && next != ' '; }

struct StyledRange {
  int start = 0;
  int end = 0;
  model::RunStyle style;
};

struct ParagraphText {
  std::string text;
  std::vector<StyledRange> ranges;
  std::vector<int> forced;  // byte offsets (in `text`) of separators inserted by the layout
  bool has_page_field = false;

  // The style of the byte at `byte` (the paragraph mark's after the end).
  const model::RunStyle& style_at(int byte, const model::RunStyle& mark) const;
  // `byte` as an offset into the text without the inserted separators.
  int original_offset(int byte) const;
  // True when a separator at `byte` was inserted by the layout (not a w:br).
  bool is_forced_break(int byte) const;
  // Whether any of the text is italic (only then can Writer's italic
  // correction move a line break).
  bool has_italic() const;
};

// Line breaks become U+2028, tabs '\t', PAGE fields `page_number`. A line
// break is forced before each byte offset of `forced_breaks` (offsets into
// the text without forced breaks, ascending).
ParagraphText build_paragraph_text(const model::Paragraph& paragraph, int page_number,
                                   const std::vector<int>& forced_breaks);

}  // namespace vanthu::layout
