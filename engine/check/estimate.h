// A rough page count, to tell whether a document runs past page 1 (page
// numbers are required from page 2): the height of the content measured
// with the layout engine's measurer (line counts at the real widths), without
// the finer points of pagination (keep-with-next, widows).
#pragma once

#include "check/rules.h"

namespace vanthu::check {

struct PageEstimate {
  double pages = 0;        // content height / text height, summed over sections
  bool page_break = false; // an explicit page or section break: more than one page for sure
};

PageEstimate estimate_pages(const Context& c);

}  // namespace vanthu::check
