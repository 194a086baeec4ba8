// Small builders shared by the realisation steps (internal to engine/realise).
#pragma once

#include <string>
#include <vector>

#include "core/status.h"
#include "model/document.h"
#include "model/measure.h"
#include "template/semantic.h"
#include "vn/doc_types.h"
#include "vn/nd30_table.h"

namespace vanthu::realise {

// Blocks of the main text that go into landscape sections of their own (a
// report table too wide for the portrait page, nd30.md §7.3): realise()
// splits the main section at these [begin, end) block ranges.
struct LandscapeSplit {
  Length text_width;  // the text width of a landscape page
  std::vector<std::pair<size_t, size_t>> ranges;
};

struct Context {
  const sem::Document& doc;
  model::TextMeasurer& measure;
  Diagnostics& diag;
  const vn::DocType* type = nullptr;
  Length text_width;
  std::string source;  // markup name for diagnostics
  LandscapeSplit* landscape = nullptr;  // null where no landscape section can start (attachments)
  // A regulation attached to a decision (PL3 Mẫu 1.3): Chương at depth 0,
  // then Điều numbered on across the chapters, khoản, điểm.
  bool chapters = false;
  int articles = 0;  // Điều issued so far (chapters only)
  // Outline level of depth-0 divisions: 1 after a "Phần I" heading (level 0).
  int outline_base = 0;
  std::string where(int line) const { return line > 0 ? source + ":" + std::to_string(line) : source; }
};

model::RunStyle run_style(int half_pt, bool bold = false, bool italic = false);
// The style of a part the decree styles itself: the chosen size, the weight
// and the slant of the decree's table (vn/nd30_table.h), which the checker
// reads too. A part whose weight or slant the table leaves open (Any) is
// regular / upright here; callers add what their text needs.
model::RunStyle part_style(vn::nd30::Part part);

// A paragraph with the given alignment and size, single spacing, no indent,
// no spacing; its mark has the same size.
model::Paragraph paragraph(model::Align align, int half_pt);

void add_run(model::Paragraph& p, std::string text, const model::RunStyle& style);
// Spans of semantic text, on top of `base` (bold/italic add to it).
void add_text(model::Paragraph& p, const sem::Text& text, const model::RunStyle& base);

model::Block block(model::Paragraph p);
model::Block block(model::Table t);
model::Block block(model::Rule r);

model::Rule rule(Length length, Length space_before = Length{}, Length space_after = Length{});

// Width of a one-line text.
Length text_width(Context& c, const std::string& text, const model::RunStyle& style);

// Trims white space and the given trailing punctuation characters.
std::string strip_trailing(std::string s, const std::string& chars);

}  // namespace vanthu::realise
