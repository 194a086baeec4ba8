// The logical structure of a tagged PDF (ISO 32000-1 §14.7-14.8): one
// structure element per layout::StructNode, each holding its child
// elements and the marked-content sequences (page, MCID) drawn for it, and
// the parent tree that leads from a page's MCIDs back to their elements.
#pragma once

#include <string>
#include <vector>

#include "layout/pages.h"
#include "pdf/pdf_file.h"

namespace vanthu::pdf {

class StructureTree {
 public:
  StructureTree(PdfFile& file, const std::vector<layout::StructNode>& nodes);

  bool empty() const { return nodes_.empty(); }
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
  struct Content {
    int page_id;
    int mcid;
  };
  PdfFile& file_;
  const std::vector<layout::StructNode>& nodes_;
  int root_id_ = 0;
  int first_element_id_ = 0;  // element of node i = first_element_id_ + i
  std::vector<std::vector<int>> children_;
  std::vector<std::vector<Content>> content_;
  std::vector<std::vector<int>> page_mcids_;  // by page: node of each MCID
  std::vector<int> page_ids_;
};

}  // namespace vanthu::pdf
