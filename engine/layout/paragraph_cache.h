// The lines of paragraphs already laid out, by what decides them: a batch's
// documents repeat most of their paragraphs (căn cứ, articles, the header,
// nơi nhận), and a list repeats many cells (units, amounts), so a paragraph
// seen before takes its lines from here instead of Pango (issue 17; Typst
// memoises its layout the same way). The key holds every input of
// shape_paragraph (paragraph_key); the lines are immutable and shared with
// the pages they are placed on.
#pragma once

#include <cstddef>
#include <string>
#include <unordered_map>
#include <vector>

#include "layout/boxes.h"
#include "model/document.h"

namespace vanthu::layout {

struct CachedParagraph {
  std::vector<Atom> lines;  // items without a structure node (node = -1)
  bool has_page_field = false;
};

// The key of `paragraph` laid out in `box_width` on page `page_number`: the
// runs (kind, text, style) and the properties shape_paragraph reads (align,
// indents, line spacing, tabs, mark). Spacing, keep flags, tags, outline,
// part and anchor are not in it: make_paragraph_box applies them outside.
// The page number only counts for a paragraph with a PAGE field.
std::string paragraph_key(const model::Paragraph& paragraph, double box_width, int page_number);

class ParagraphCache {
 public:
  // Entries kept before the cache starts again from empty: a long list of
  // unique cells must not grow it without bound.
  static constexpr size_t kMaxEntries = 4096;

  const CachedParagraph* find(const std::string& key) const;
  void insert(std::string key, CachedParagraph value);

  // VANTHU_NO_PARAGRAPH_CACHE=1 turns it off (for benchmarks and the test
  // that compares outputs with and without it).
  static bool enabled();

 private:
  std::unordered_map<std::string, CachedParagraph> entries_;
};

}  // namespace vanthu::layout
