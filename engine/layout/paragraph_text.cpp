#include "layout/paragraph_text.h"

#include <algorithm>

namespace vanthu::layout {

const model::RunStyle& ParagraphText::style_at(int byte, const model::RunStyle& mark) const {
  for (const StyledRange& r : ranges)
    if (byte >= r.start && byte < r.end) return r.style;
  return mark;
}

int ParagraphText::original_offset(int byte) const {
  int before = static_cast<int>(std::lower_bound(forced.begin(), forced.end(), byte) - forced.begin());
  return byte - before * 3;
}

bool ParagraphText::has_italic() const {
  return std::any_of(ranges.begin(), ranges.end(), [](const StyledRange& r) { return r.style.italic; });
}

bool ParagraphText::is_forced_break(int byte) const {
  return std::binary_search(forced.begin(), forced.end(), byte);
}

ParagraphText build_paragraph_text(const model::Paragraph& paragraph, int page_number,
                                   const std::vector<int>& forced_breaks) {
  ParagraphText out;
  size_t next_forced = 0;
  int original = 0;  // offset in the text without forced breaks
  auto append = [&](const std::string& piece, const model::RunStyle& style) {
    size_t from = 0;
    while (from < piece.size()) {
      int limit = static_cast<int>(piece.size());
      if (next_forced < forced_breaks.size())  // bytes to the next forced break, from `from`
        limit = std::min(limit, static_cast<int>(from) + forced_breaks[next_forced] - original);
      if (limit <= static_cast<int>(from)) {
        // Forced break here: a separator styled like the text that follows.
        out.forced.push_back(static_cast<int>(out.text.size()));
        out.ranges.push_back({static_cast<int>(out.text.size()), static_cast<int>(out.text.size()) + 3, style});
        out.text += kLineSeparator;
        ++next_forced;
        continue;
      }
      int start = static_cast<int>(out.text.size());
      out.text.append(piece, from, static_cast<size_t>(limit) - from);
      out.ranges.push_back({start, static_cast<int>(out.text.size()), style});
      original += limit - static_cast<int>(from);
      from = static_cast<size_t>(limit);
    }
  };
  for (const model::Run& r : paragraph.runs) {
    switch (r.kind) {
      case model::RunKind::Text: append(r.text, r.style); break;
      case model::RunKind::LineBreak: append(kLineSeparator, r.style); break;
      case model::RunKind::Tab: append("\t", r.style); break;
      case model::RunKind::PageNumber:
        append(std::to_string(page_number), r.style);
        out.has_page_field = true;
        break;
    }
  }
  return out;
}

}  // namespace vanthu::layout
