#include "pdf/structure_tree.h"

#include <stdexcept>

#include "pdf/pdf_syntax.h"

namespace vanthu::pdf {

StructureTree::StructureTree(PdfFile& file, const std::vector<layout::StructNode>& nodes)
    : file_(file), nodes_(nodes), children_(nodes.size()), content_(nodes.size()) {
  if (nodes_.empty()) return;
  root_id_ = file_.reserve();
  // Consecutive numbers: element i is first_element_id_ + i.
  for (size_t i = 0; i < nodes_.size(); ++i) {
    int id = file_.reserve();
    if (i == 0) first_element_id_ = id;
  }
  for (size_t i = 1; i < nodes_.size(); ++i) {
    const int parent = nodes_[i].parent;
    if (parent < 0 || static_cast<size_t>(parent) >= i)
      throw std::invalid_argument("structure node " + std::to_string(i) + " has no earlier parent");
    children_[static_cast<size_t>(parent)].push_back(static_cast<int>(i));
  }
}

int StructureTree::begin_page(int page_id) {
  page_ids_.push_back(page_id);
  page_mcids_.emplace_back();
  return static_cast<int>(page_ids_.size()) - 1;
}

int StructureTree::add_content(int node) {
  if (node < 0 || static_cast<size_t>(node) >= nodes_.size()) throw std::invalid_argument("no such structure node");
  std::vector<int>& mcids = page_mcids_.back();
  const int mcid = static_cast<int>(mcids.size());
  mcids.push_back(node);
  content_[static_cast<size_t>(node)].push_back({page_ids_.back(), mcid});
  return mcid;
}

void StructureTree::write() {
  if (nodes_.empty()) return;
  std::string body;
  for (size_t i = 0; i < nodes_.size(); ++i) {
    const layout::StructNode& n = nodes_[i];
    body = "<< /Type /StructElem /S " + name(n.tag) + " /P " +
           PdfFile::ref(i == 0 ? root_id_ : first_element_id_ + n.parent);
    const std::vector<Content>& content = content_[i];
    // /Pg: the page of the element's first content; MCIDs on other pages
    // are written as marked-content references naming their page.
    const int page = content.empty() ? 0 : content.front().page_id;
    if (page) body += " /Pg " + PdfFile::ref(page);
    if (!n.alt.empty()) body += " /Alt " + text_string(n.alt);
    body += " /K [";
    for (int child : children_[i]) body += PdfFile::ref(first_element_id_ + child) + ' ';
    for (const Content& c : content) {
      if (c.page_id == page) body += std::to_string(c.mcid) + ' ';
      else body += "<< /Type /MCR /Pg " + PdfFile::ref(c.page_id) + " /MCID " + std::to_string(c.mcid) + " >> ";
    }
    body += "] >>";
    file_.write(first_element_id_ + static_cast<int>(i), body);
  }
  std::string nums = "<< /Nums [";
  for (size_t p = 0; p < page_mcids_.size(); ++p) {
    nums += std::to_string(p) + " [";
    for (int node : page_mcids_[p]) nums += PdfFile::ref(first_element_id_ + node) + ' ';
    nums += "] ";
  }
  nums += "] >>";
  const int parent_tree = file_.add(nums);
  file_.write(root_id_, "<< /Type /StructTreeRoot /K " + PdfFile::ref(first_element_id_) + " /ParentTree " +
                            PdfFile::ref(parent_tree) + " /ParentTreeNextKey " +
                            std::to_string(page_mcids_.size()) + " >>");
}

}  // namespace vanthu::pdf
