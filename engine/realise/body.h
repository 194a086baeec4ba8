// The content (ô 6): numbered divisions, paragraphs, dash items, tables,
// and the "./." ending.
#pragma once

#include <vector>

#include "realise/build.h"

namespace vanthu::realise {

// Appends the blocks of `nodes` (numbering restarts with each call).
void body_blocks(Context& c, const std::vector<sem::Node>& nodes, std::vector<model::Block>& out);

// "Phần I" / its title in upper case, both bold and centred (PL1 §V.6b).
void part_heading(Context& c, int index, const sem::Text& title, std::vector<model::Block>& out);

// A table of the content: bordered, header rows bold, centred and repeated.
model::Table data_table(Context& c, const sem::Table& t, Length width);

// Ends the content with "./." (every Phụ lục III model does).
void add_closing_mark(std::vector<model::Block>& blocks);

// A body paragraph: justified, first-line indent 1 cm, 6 pt before (PL1 §II.6.e).
model::Paragraph body_paragraph();

}  // namespace vanthu::realise
