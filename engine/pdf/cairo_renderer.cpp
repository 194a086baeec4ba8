#include <memory>
#include "pdf/cairo_renderer.h"

#include <cairo-pdf.h>
#include <cairo.h>
#include <pango/pangocairo.h>

#include <charconv>
#include <set>
#include <stdexcept>

#include "pdf/pdf_dates.h"
#include "pdf/picture_painter.h"

namespace vanthu::pdf {
namespace {

// cairo 1.16 aborts the whole document on a tag name it does not know
// (pdf-stack.md §3.3), so only these ever reach cairo_tag_begin.
const std::set<std::string> kAllowedTags = {"Document", "Sect", "P",     "H1", "H2", "H3", "H4",
                                            "Table",    "TR",   "TH",    "TD", "Figure", "Caption"};

cairo_status_t append(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

std::string fixed2(double v) {
  char buf[32];
  auto res = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed, 2);
  return std::string(buf, res.ptr);
}

// Opens and closes structure tags so that the open ones always form the
// chain from the Document to the node being drawn.
class TagStack {
 public:
  TagStack(cairo_t* cr, const std::vector<layout::StructNode>& nodes) : cr_(cr), nodes_(nodes) {
    for (const layout::StructNode& n : nodes)
      if (!kAllowedTags.count(n.tag)) throw std::logic_error("structure tag not accepted by cairo: " + n.tag);
    coarsen_long_tables();
  }

  // Returns true when `node` was opened now (a new element begins).
  bool enter(int node) {
    node = tagged_[static_cast<size_t>(node)];
    std::vector<int> chain;
    for (int n = node; n >= 0; n = nodes_[static_cast<size_t>(n)].parent) chain.insert(chain.begin(), n);
    size_t common = 0;
    while (common < open_.size() && common < chain.size() && open_[common] == chain[common]) ++common;
    close_to(common);
    bool opened = false;
    for (size_t i = common; i < chain.size(); ++i) {
      cairo_tag_begin(cr_, nodes_[static_cast<size_t>(chain[i])].tag.c_str(), nullptr);
      open_.push_back(chain[i]);
      opened = i + 1 == chain.size();
    }
    return opened;
  }

  // Keeps the Document and its Sect open across a page break (cairo lets
  // tags span pages); deeper elements are closed and reopened.
  void page_end() { close_to(std::min<size_t>(open_.size(), 2)); }
  void close_all() { close_to(0); }

 private:
  // cairo 1.16 spends about 30 µs and 4 KB per structure element, so a
  // 10,000-row list tagged down to its cells (60,000 elements) took 2.7 s
  // and 440 MB. Tables longer than kCellTaggedRows are tagged down to their
  // rows (TR) only: the text of a row belongs to its TR. Shorter tables,
  // which is every table of an ordinary document, keep TH/TD elements.
  static constexpr int kCellTaggedRows = 500;
  void coarsen_long_tables() {
    const size_t n = nodes_.size();
    tagged_.resize(n);
    std::vector<int> rows(n, 0);
    for (size_t i = 0; i < n; ++i) {
      tagged_[i] = static_cast<int>(i);
      if (nodes_[i].tag == "TR" && nodes_[i].parent >= 0) ++rows[static_cast<size_t>(nodes_[i].parent)];
    }
    for (size_t i = 0; i < n; ++i) {
      // The nearest TR above a node inside a long table stands for it.
      int tr = -1;
      for (int a = static_cast<int>(i); a >= 0; a = nodes_[static_cast<size_t>(a)].parent) {
        const layout::StructNode& s = nodes_[static_cast<size_t>(a)];
        if (s.tag == "TR") tr = a;
        if (s.tag == "Table") {
          if (tr >= 0 && rows[static_cast<size_t>(a)] > kCellTaggedRows) tagged_[i] = tr;
          break;
        }
      }
    }
  }

  void close_to(size_t depth) {
    while (open_.size() > depth) {
      cairo_tag_end(cr_, nodes_[static_cast<size_t>(open_.back())].tag.c_str());
      open_.pop_back();
    }
  }
  cairo_t* cr_;
  const std::vector<layout::StructNode>& nodes_;
  std::vector<int> open_;
  std::vector<int> tagged_;  // node -> the node whose tag its content is drawn in
};

void draw_item(cairo_t* cr, const layout::Item& it, const layout::FontSystem& fonts) {
  using Kind = layout::Item::Kind;
  switch (it.kind) {
    case Kind::Text:
      cairo_set_source_rgb(cr, 0, 0, 0);
      cairo_move_to(cr, it.x, it.y);
      pango_cairo_show_layout_line(cr, pango_layout_get_line_readonly(it.layout.get(), it.line_index));
      break;
    case Kind::Line:
      cairo_set_source_rgb(cr, 0, 0, 0);
      cairo_set_line_width(cr, it.line_width);
      cairo_move_to(cr, it.x, it.y);
      cairo_line_to(cr, it.x2, it.y2);
      cairo_stroke(cr);
      break;
    case Kind::Drawing:
      paint_drawing(cr, *it.drawing, it.x, it.y, it.width, it.height, fonts);
      break;
    case Kind::Png:
      paint_png(cr, *it.png, it.x, it.y, it.width, it.height);
      break;
  }
}

void set_metadata(cairo_surface_t* surface, cairo_pdf_metadata_t key, const std::string& value) {
  if (!value.empty()) cairo_pdf_surface_set_metadata(surface, key, value.c_str());
}

void add_outline(cairo_surface_t* surface, const layout::Pages& pages) {
  std::vector<std::pair<int, int>> parents;  // (level, outline id)
  for (const layout::OutlineEntry& e : pages.outline) {
    while (!parents.empty() && parents.back().first >= e.level) parents.pop_back();
    int parent = parents.empty() ? CAIRO_PDF_OUTLINE_ROOT : parents.back().second;
    std::string link = "page=" + std::to_string(e.page + 1) + " pos=[0 " + fixed2(e.y) + "]";
    int id = cairo_pdf_surface_add_outline(surface, parent, e.title.c_str(), link.c_str(),
                                           CAIRO_PDF_OUTLINE_FLAG_OPEN);
    parents.emplace_back(e.level, id);
  }
}

}  // namespace

CairoPdf render_with_cairo(const layout::Pages& pages, const model::Metadata& meta, const layout::FontSystem& fonts,
                           long long epoch) {
  if (pages.pages.empty()) throw std::invalid_argument("nothing to draw: no pages");
  CairoPdf out;
  const layout::Page& first = pages.pages.front();
  // Owned by unique_ptrs so that an error while drawing (a bad picture)
  // releases them too.
  std::unique_ptr<cairo_surface_t, decltype(&cairo_surface_destroy)> surface_owner(
      cairo_pdf_surface_create_for_stream(append, &out.bytes, first.width, first.height), &cairo_surface_destroy);
  cairo_surface_t* surface = surface_owner.get();
  cairo_pdf_surface_restrict_to_version(surface, CAIRO_PDF_VERSION_1_5);
  set_metadata(surface, CAIRO_PDF_METADATA_TITLE, meta.title);
  set_metadata(surface, CAIRO_PDF_METADATA_AUTHOR, meta.author);
  set_metadata(surface, CAIRO_PDF_METADATA_SUBJECT, meta.subject);
  set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, meta.creator_tool);
  // Without explicit dates cairo stamps the current time.
  std::string date = iso_date(epoch);
  set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, date);
  set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, date);

  std::unique_ptr<cairo_t, decltype(&cairo_destroy)> cr_owner(cairo_create(surface), &cairo_destroy);
  cairo_t* cr = cr_owner.get();
  {
    TagStack tags(cr, pages.structure);
    std::set<int> figures_seen;
    for (const layout::Page& page : pages.pages) {
      cairo_pdf_surface_set_size(surface, page.width, page.height);
      cairo_pdf_surface_set_page_label(surface, std::to_string(page.number).c_str());
      // Content outside the structure first: page number, borders, rules,
      // repeated header rows (cairo 1.16 cannot mark them as artifacts).
      for (const layout::Item& it : page.items)
        if (it.node < 0) draw_item(cr, it, fonts);
      for (const layout::Item& it : page.items) {
        if (it.node < 0) continue;
        tags.enter(it.node);
        const layout::StructNode& n = pages.structure[static_cast<size_t>(it.node)];  // Figure: never coarsened
        if (n.tag == "Figure" && figures_seen.insert(it.node).second) out.figure_alts.push_back(n.alt);
        draw_item(cr, it, fonts);
      }
      tags.page_end();
      cairo_show_page(cr);
    }
    tags.close_all();
  }
  add_outline(surface, pages);
  cairo_status_t status = cairo_status(cr);
  cr_owner.reset();
  cairo_surface_finish(surface);
  if (status == CAIRO_STATUS_SUCCESS) status = cairo_surface_status(surface);
  surface_owner.reset();
  if (status != CAIRO_STATUS_SUCCESS)
    throw std::runtime_error(std::string("cairo could not write the PDF: ") + cairo_status_to_string(status));
  return out;
}

}  // namespace vanthu::pdf
