// The logical structure of a tagged PDF (ISO 32000-1 §14.7-14.8): one
// structure element per layout::StructNode, each holding its child
// elements and the marked-content sequences (page, MCID) drawn for it, and
// the parent tree that leads from a page's MCIDs back to their elements.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "layout/pages.h"
#include "pdf/pdf_file.h"

namespace vanthu::pdf {

class StructureTree {
 public:
  // `nodes` may still be growing while the pages are written (a page sink,
  // layout.h); `count` is how many there will be, so that the elements are
  // numbered before the pages. They must all be there by write().
  StructureTree(PdfFile& file, const std::vector<layout::StructNode>& nodes, size_t count);
  StructureTree(PdfFile& file, const std::vector<layout::StructNode>& nodes)
      : StructureTree(file, nodes, nodes.size()) {}

  bool empty() const { return count_ == 0; }
  int root_id() const { return root_id_; }

  // Starts the page with object number `page_id`; returns its
  // /StructParents key.
  int begin_page(int page_id);
  // A new marked-content sequence of `node` on the current page: its MCID.
  int add_content(int node);
  const std::string& tag(int node) const { return nodes_[static_cast<size_t>(node)].tag; }

  // Writes the elements, the parent tree and the StructTreeRoot.
  void write();

 private:
  // One marked-content sequence, in the order drawn (page by page, MCIDs
  // counting up): a few bytes each, however long the document.
  struct Content {
    int32_t node;
    int32_t page;  // index into page_ids_
  };
  PdfFile& file_;
  const std::vector<layout::StructNode>& nodes_;
  size_t count_ = 0;
  int root_id_ = 0;
  int first_element_id_ = 0;  // element of node i = first_element_id_ + i
  std::vector<Content> content_;
  std::vector<size_t> page_start_;  // by page: its first entry in content_
  std::vector<int> page_ids_;
};

}  // namespace vanthu::pdf
