#include "pdf/structure_tree.h"

#include <stdexcept>

#include "pdf/pdf_syntax.h"

namespace vanthu::pdf {
namespace {

// Lists by node, flat (compressed rows): the entries of node i are
// items[start[i] .. start[i + 1]), in the order given.
struct ByNode {
  std::vector<uint32_t> start;
  std::vector<uint32_t> items;
};

template <typename NodeOf>
ByNode group_by_node(size_t nodes, size_t n, NodeOf node_of) {
  ByNode g;
  g.start.assign(nodes + 1, 0);
  for (size_t k = 0; k < n; ++k) ++g.start[node_of(k) + 1];
  for (size_t i = 0; i < nodes; ++i) g.start[i + 1] += g.start[i];
  g.items.resize(n);
  std::vector<uint32_t> next(g.start.begin(), g.start.end() - 1);
  for (size_t k = 0; k < n; ++k) g.items[next[node_of(k)]++] = static_cast<uint32_t>(k);
  return g;
}

}  // namespace

StructureTree::StructureTree(PdfFile& file, const std::vector<layout::StructNode>& nodes, size_t count)
    : file_(file), nodes_(nodes), count_(count) {
  if (count_ == 0) return;
  root_id_ = file_.reserve();
  // Consecutive numbers: element i is first_element_id_ + i.
  for (size_t i = 0; i < count_; ++i) {
    int id = file_.reserve();
    if (i == 0) first_element_id_ = id;
  }
}

int StructureTree::begin_page(int page_id) {
  page_ids_.push_back(page_id);
  page_start_.push_back(content_.size());
  return static_cast<int>(page_ids_.size()) - 1;
}

int StructureTree::add_content(int node) {
  if (node < 0 || static_cast<size_t>(node) >= nodes_.size()) throw std::invalid_argument("no such structure node");
  const int mcid = static_cast<int>(content_.size() - page_start_.back());
  content_.push_back({node, static_cast<int32_t>(page_ids_.size()) - 1});
  return mcid;
}

void StructureTree::write() {
  if (count_ == 0) return;
  if (nodes_.size() != count_) throw std::logic_error("structure nodes counted wrong");
  for (size_t i = 1; i < count_; ++i) {
    const int parent = nodes_[i].parent;
    if (parent < 0 || static_cast<size_t>(parent) >= i)
      throw std::invalid_argument("structure node " + std::to_string(i) + " has no earlier parent");
  }
  // Children in node order, contents in drawing order.
  const ByNode children = group_by_node(count_ - 1, count_ - 1, [&](size_t k) {
    return static_cast<size_t>(nodes_[k + 1].parent);
  });
  const ByNode contents = group_by_node(count_, content_.size(), [&](size_t k) {
    return static_cast<size_t>(content_[k].node);
  });
  auto mcid = [&](uint32_t k) { return k - page_start_[static_cast<size_t>(content_[k].page)]; };
  // Written with appends into one buffer: the elements are most of the
  // objects of a long list (11,000 for 1,000 rows), and temporary strings
  // per reference were most of their cost.
  std::string body;
  for (size_t i = 0; i < count_; ++i) {
    const layout::StructNode& n = nodes_[i];
    body.clear();
    body += "<< /Type /StructElem /S ";
    append_name(body, n.tag);
    body += " /P ";
    PdfFile::append_ref(body, i == 0 ? root_id_ : first_element_id_ + n.parent);
    // /Pg: the page of the element's first content; MCIDs on other pages
    // are written as marked-content references naming their page.
    const uint32_t c0 = contents.start[i], c1 = contents.start[i + 1];
    const int page = c0 == c1 ? 0 : page_ids_[static_cast<size_t>(content_[contents.items[c0]].page)];
    if (page) {
      body += " /Pg ";
      PdfFile::append_ref(body, page);
    }
    if (!n.alt.empty()) {
      body += " /Alt ";
      body += text_string(n.alt);
    }
    body += " /K [";
    if (i + 1 < count_)
      for (uint32_t k = children.start[i]; k < children.start[i + 1]; ++k) {
        PdfFile::append_ref(body, first_element_id_ + static_cast<int>(children.items[k]) + 1);
        body += ' ';
      }
    for (uint32_t c = c0; c < c1; ++c) {
      const uint32_t k = contents.items[c];
      const int page_id = page_ids_[static_cast<size_t>(content_[k].page)];
      if (page_id == page) {
        append_integer(body, static_cast<long long>(mcid(k)));
        body += ' ';
      } else {
        body += "<< /Type /MCR /Pg ";
        PdfFile::append_ref(body, page_id);
        body += " /MCID ";
        append_integer(body, static_cast<long long>(mcid(k)));
        body += " >> ";
      }
    }
    body += "] >>";
    file_.write(first_element_id_ + static_cast<int>(i), body);
  }
  std::string nums = "<< /Nums [";
  for (size_t p = 0; p < page_ids_.size(); ++p) {
    append_integer(nums, static_cast<long long>(p));
    nums += " [";
    const size_t end = p + 1 < page_ids_.size() ? page_start_[p + 1] : content_.size();
    for (size_t k = page_start_[p]; k < end; ++k) {
      PdfFile::append_ref(nums, first_element_id_ + content_[k].node);
      nums += ' ';
    }
    nums += "] ";
  }
  nums += "] >>";
  const int parent_tree = file_.add(nums);
  file_.write(root_id_, "<< /Type /StructTreeRoot /K " + PdfFile::ref(first_element_id_) + " /ParentTree " +
                            PdfFile::ref(parent_tree) + " /ParentTreeNextKey " +
                            std::to_string(page_ids_.size()) + " >>");
}

}  // namespace vanthu::pdf
