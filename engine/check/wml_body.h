// WordprocessingML blocks (w:p, w:tbl, content controls) -> the check model,
// with every run's and paragraph's formatting resolved through the styles.
#pragma once

#include <libxml/tree.h>

#include <functional>
#include <vector>

#include "check/styles.h"
#include "check/wml.h"

namespace vanthu::check {

class BodyReader {
 public:
  BodyReader(const StyleSheet& styles, Numbering& numbering) : styles_(styles), numbering_(numbering) {}

  // Appends the blocks under `parent` (w:body, w:tc, w:hdr, w:sdtContent …).
  // `on_section_end` is called after a top-level paragraph that ends a
  // section (w:pPr/w:sectPr), with that w:sectPr.
  void read_blocks(const xmlNode* parent, std::vector<Block>& out,
                   const std::function<void(const xmlNode*)>& on_section_end = {});

  // Paragraph numbers given so far (the next paragraph gets count() + 1).
  int count() const { return count_; }
  void reset_count() { count_ = 0; }

 private:
  Paragraph read_paragraph(const xmlNode* p);
  void read_text_boxes(const xmlNode* p, std::vector<Block>& out);
  Table read_table(const xmlNode* tbl);
  struct FieldState;
  void read_inline(const xmlNode* n, Paragraph& p, FieldState& f);
  void read_run(const xmlNode* r, Paragraph& p, FieldState& f);

  const StyleSheet& styles_;
  Numbering& numbering_;
  int count_ = 0;
  int depth_ = 0;
};

// The paragraphs of `blocks` in document order, table cells included.
void flatten(const std::vector<Block>& blocks, std::vector<const Paragraph*>& out);

}  // namespace vanthu::check
