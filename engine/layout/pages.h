// The result of layout: pages of positioned items, ready to draw. Positions
// are in points from the page's top-left corner. Text lines keep the glyphs
// Pango placed (layout/glyph_line.h), so the PDF writer draws exactly what
// was measured.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "layout/glyph_line.h"
#include "layout/paragraph_shaper.h"
#include "model/document.h"

namespace vanthu::layout {

// A node of the logical structure (tagged PDF). Tag names are standard
// structure types: Document, Sect, P, H1-H4, Caption, Table, TR, TH, TD,
// Figure. Node 0 is the Document; every other node's parent comes before it.
struct StructNode {
  std::string tag;
  int parent = -1;
  std::string alt;  // Figure: alternative text
};

struct Item {
  enum class Kind {
    Text,     // one line of a paragraph (`glyphs`), x = line start, y = baseline
    Line,     // a stroked segment from (x, y) to (x2, y2) (borders, rules)
    Drawing,  // model::Drawing scaled into the box (x, y, width, height)
    Png,      // PNG bytes scaled into the box (x, y, width, height)
    Anchor,   // not drawn: the box (x, y, width, height) of a paragraph's
              // space before, named `text` (model::ParagraphProps::anchor)
  };
  Kind kind = Kind::Text;
  double x = 0, y = 0;
  // Text
  std::shared_ptr<const GlyphLine> glyphs;
  std::string text;
  // Line
  double x2 = 0, y2 = 0;
  double line_width = 0;
  // Drawing / Png
  double width = 0, height = 0;
  std::shared_ptr<const model::Drawing> drawing;
  std::shared_ptr<const std::string> png;
  // Structure node this item belongs to; -1 = not part of the content
  // (borders, rules, page numbers).
  int node = -1;
};

struct Page {
  double width = 0, height = 0;
  int section = 0;       // index into Document::sections
  int number = 0;        // the page's number in its numbering sequence
  bool shows_number = false;
  std::vector<Item> items;
};

// One entry of the PDF outline (bookmarks), from paragraphs whose
// outline_level >= 0.
struct OutlineEntry {
  int level = 0;
  std::string title;
  int page = 0;  // 0-based page index
  double y = 0;  // top of the paragraph's first line
};

struct Pages {
  std::vector<Page> pages;
  std::vector<StructNode> structure;
  std::vector<OutlineEntry> outline;
};

// A reviewable text form for golden tests: one line per item with its kind,
// position (2 decimals) and text.
std::string dump(const Pages& pages);

}  // namespace vanthu::layout
