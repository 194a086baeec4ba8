// Internal to the layout engine: a paragraph's runs as one UTF-8 string
// with the style of each byte range, the form Pango lays out.
#pragma once

#include <string>
#include <vector>

#include "model/document.h"

namespace vanthu::layout {

inline constexpr const char kLineSeparator[] = "\xE2\x80\xA8";  // U+2028: a break inside the paragraph

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
};

// Line breaks become U+2028, tabs '\t', PAGE fields `page_number`. A line
// break is forced before each byte offset of `forced_breaks` (offsets into
// the text without forced breaks, ascending).
ParagraphText build_paragraph_text(const model::Paragraph& paragraph, int page_number,
                                   const std::vector<int>& forced_breaks);

}  // namespace vanthu::layout
