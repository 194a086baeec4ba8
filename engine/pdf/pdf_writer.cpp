#include "pdf/pdf_writer.h"

#include <pango/pango.h>

#include <bit>
#include <cstdint>
#include <cstring>
#include <map>
#include <stdexcept>

#include "core/compress.h"
#include "core/memory.h"
#include "layout/layout.h"
#include "pdf/drawing_painter.h"
#include "pdf/font_embedder.h"
#include "pdf/image_xobjects.h"
#include "pdf/page_content.h"
#include "pdf/pdf_dates.h"
#include "pdf/pdf_file.h"
#include "pdf/pdf_syntax.h"
#include "pdf/pdfa.h"
#include "pdf/structure_tree.h"

namespace vanthu::pdf {
namespace {

constexpr const char* kProducer = "vanthu";
// Pages written before room for the rest of a long document is reserved,
// and the room for each structure element (its object, its parent tree
// entry and its cross-reference entry; about 110 bytes are written).
constexpr size_t kSamplePages = 16;
constexpr size_t kBytesPerElement = 160;

// A file identifier (§14.4) that depends only on the bytes: two 64-bit
// FNV-1a hashes with different offsets, over 8-byte words (a byte-wise hash
// was 2 % of the time of a document).
std::string content_id(const std::string& bytes) {
  uint64_t a = 1469598103934665603ull, b = 0x84222325cbf29ce4ull;
  auto mix = [&](uint64_t w) {
    a = (a ^ w) * 1099511628211ull;
    b = (b ^ (w >> 3)) * 0x100000001b3ull + 0x9e3779b97f4a7c15ull;
  };
  // Little-endian words whatever the machine, so the ID is the same everywhere.
  auto word = [&](size_t at, size_t n) {
    uint64_t w = 0;
    for (size_t k = 0; k < n; ++k) w |= static_cast<uint64_t>(static_cast<unsigned char>(bytes[at + k])) << (8 * k);
    return w;
  };
  // On a little-endian machine a whole word is one load (assembling it byte
  // by byte was most of the hash's time).
  auto full_word = [&](size_t at) {
    if constexpr (std::endian::native == std::endian::little) {
      uint64_t w;
      std::memcpy(&w, bytes.data() + at, sizeof w);
      return w;
    } else {
      return word(at, 8);
    }
  };
  size_t i = 0;
  for (; i + 8 <= bytes.size(); i += 8) mix(full_word(i));
  mix(word(i, bytes.size() - i) ^ (static_cast<uint64_t>(bytes.size()) << 56));
  std::string raw;
  for (int k = 7; k >= 0; --k) raw += static_cast<char>((a >> (8 * k)) & 0xFF);
  for (int k = 7; k >= 0; --k) raw += static_cast<char>((b >> (8 * k)) & 0xFF);
  const std::string hex = hex_string(raw);
  return "/ID [" + hex + ' ' + hex + ']';
}

void draw_item(PageContent& page, const layout::Item& it, const layout::FontSystem& fonts, ImageXObjects& images) {
  using Kind = layout::Item::Kind;
  switch (it.kind) {
    case Kind::Text:
      page.text_line(*it.glyphs, it.x, it.y);
      break;
    case Kind::Line:
      page.stroke_line(it.x, it.y, it.x2, it.y2, it.line_width);
      break;
    case Kind::Drawing:
      paint_drawing(page, *it.drawing, it.x, it.y, it.width, it.height, fonts);
      break;
    case Kind::Png: {
      const std::string resource = images.add_png(*it.png);
      std::string& ops = page.ops();
      ops += "q ";
      append_operator(ops, {it.width, 0, 0, it.height, it.x, page.page_height() - it.y - it.height}, " cm /");
      ops += resource + " Do Q\n";
      break;
    }
    case Kind::Anchor:  // not drawn: a named destination (named_destinations)
      break;
  }
}

// The outline (bookmarks, §12.3.3): entries nest by level, all open.
// Index n (= the number of entries) stands for the outline's root.
int write_outline(PdfFile& file, const std::vector<layout::OutlineEntry>& entries, const std::vector<double>& heights,
                  const std::vector<int>& page_ids) {
  const size_t n = entries.size();
  if (n == 0) return 0;
  std::vector<int> ids(n + 1);
  ids[n] = file.reserve();
  for (size_t i = 0; i < n; ++i) ids[i] = file.reserve();
  // Parent, place among its siblings, children, and the number of
  // descendants (an open item's /Count).
  std::vector<size_t> parent(n), place(n), stack;
  std::vector<std::vector<size_t>> kids(n + 1);
  for (size_t i = 0; i < n; ++i) {
    while (!stack.empty() && entries[stack.back()].level >= entries[i].level) stack.pop_back();
    parent[i] = stack.empty() ? n : stack.back();
    place[i] = kids[parent[i]].size();
    kids[parent[i]].push_back(i);
    stack.push_back(i);
  }
  std::vector<int> descendants(n + 1, 0);
  for (size_t i = n; i-- > 0;) descendants[parent[i]] += 1 + descendants[i];
  auto first_last = [&](size_t k) {
    if (kids[k].empty()) return std::string();
    return " /First " + PdfFile::ref(ids[kids[k].front()]) + " /Last " + PdfFile::ref(ids[kids[k].back()]) +
           " /Count " + std::to_string(descendants[k]);
  };
  for (size_t i = 0; i < n; ++i) {
    const layout::OutlineEntry& e = entries[i];
    const std::vector<size_t>& siblings = kids[parent[i]];

    std::string body = "<< /Title " + text_string(e.title) + " /Parent " + PdfFile::ref(ids[parent[i]]);
    if (place[i] > 0) body += " /Prev " + PdfFile::ref(ids[siblings[place[i] - 1]]);
    if (place[i] + 1 < siblings.size()) body += " /Next " + PdfFile::ref(ids[siblings[place[i] + 1]]);
    body += first_last(i);
    body += " /Dest [" + PdfFile::ref(page_ids[static_cast<size_t>(e.page)]) + " /XYZ 0 " +
            number(heights[static_cast<size_t>(e.page)] - e.y, 2) + " null] >>";
    file.write(ids[i], body);
  }
  file.write(ids[n], "<< /Type /Outlines" + first_last(n) + " >>");
  return ids[n];
}

// Anchors (model::ParagraphProps::anchor) as named destinations (§12.3.2.3),
// each a /FitR rectangle, so that the digital signature finds the signature
// space in the PDF itself (docs/signing.md). Collected before the pages are
// drawn (their items may be released as they are written), written after.
struct Destination {
  size_t page = 0;
  double rect[4] = {};
};
using Destinations = std::map<std::string, Destination>;  // sorted: names in a fixed order

// Empty when there are none.
std::string named_destinations(const Destinations& dests, const std::vector<int>& page_ids) {
  std::string out;
  for (const auto& [n, dest] : dests) {
    std::string d = "[" + PdfFile::ref(page_ids[dest.page]) + " /FitR";
    for (double v : dest.rect) {
      d += ' ';
      append_number(d, v, 2);
    }
    out += name(n) + ' ' + d + "] ";
  }
  return out.empty() ? out : "<< " + out + ">>";
}

// Page labels (§12.4.2): decimal numbers, a new range wherever the
// numbering restarts (an attached list, an annex).
std::string page_labels(const std::vector<int>& numbers) {
  std::string nums;
  for (size_t i = 0; i < numbers.size(); ++i) {
    const int n = numbers[i];
    if (i == 0 || n != numbers[i - 1] + 1)
      nums += std::to_string(i) + " << /S /D /St " + std::to_string(n < 1 ? 1 : n) + " >> ";
  }
  return "<< /Nums [" + nums + "] >>";
}

// The document, page by page as the pages come (all at once, or from a page
// sink while the layout goes on), then the rest. What the end needs of a
// page is kept (its object, number, height, anchors); its items are not.
class DocumentWriter {
 public:
  // `nodes`: the structure, complete by finish(); `node_count`: its size
  // then. `page_count`: the number of pages when known (0: not known).
  DocumentWriter(const std::vector<layout::StructNode>& nodes, size_t node_count, size_t page_count,
                 layout::FontSystem& fonts, const PdfOptions& options)
      : fonts_(fonts),
        options_(options),
        file_("1.5"),
        catalog_id_(file_.reserve()),
        pages_id_(file_.reserve()),
        resources_id_(file_.reserve()),
        embedder_(file_, options.batch_fonts),
        images_(file_),
        structure_(file_, nodes, node_count),
        nodes_(nodes),
        node_count_(node_count),
        page_count_(page_count) {
    pages_start_ = file_.bytes().size();
    if (page_count_) page_ids_.reserve(page_count_);
  }

  void page(const layout::Page& page) {
    const size_t page_index = page_ids_.size();
    for (const layout::Item& it : page.items)  // anchors as named destinations: the first of a name
      if (it.kind == layout::Item::Kind::Anchor && !destinations_.count(it.text))
        destinations_.emplace(
            it.text, Destination{page_index, {it.x, page.height - it.y - it.height, it.x + it.width, page.height - it.y}});
    const int page_id = file_.reserve();
    page_ids_.push_back(page_id);
    numbers_.push_back(page.number);
    heights_.push_back(page.height);
    const int parents_key = structure_.empty() ? -1 : structure_.begin_page(page_id);
    PageContent content(page.height, embedder_, std::move(ops_buffer_));
    // Consecutive items of the same structure node share one marked-content
    // sequence; items outside the structure (borders, rules, page numbers,
    // repeated header rows) are artifacts.
    constexpr int kNone = -2, kArtifact = -1;
    int open = kNone;
    for (const layout::Item& it : page.items) {
      const int group = it.node < 0 || structure_.empty() ? kArtifact : it.node;
      if (group != open) {
        if (open != kNone) content.end_marked();
        if (group == kArtifact) content.begin_artifact();
        else content.begin_tagged(structure_.tag(group), structure_.add_content(group));
        open = group;
      }
      draw_item(content, it, fonts_, images_);
    }
    if (open != kNone) content.end_marked();
    ops_buffer_ = content.take();
    const int content_id = file_.reserve();
    file_.write_flate_stream(content_id, "", compress::zlib(ops_buffer_, compress::Level::PageContent));
    std::string dict = "<< /Type /Page /Parent " + PdfFile::ref(pages_id_) + " /MediaBox [0 0 " +
                       number(page.width, 2) + ' ' + number(page.height, 2) + "] /Resources " +
                       PdfFile::ref(resources_id_) + " /Contents " + PdfFile::ref(content_id);
    if (parents_key >= 0) dict += " /StructParents " + std::to_string(parents_key) + " /Tabs /S";
    file_.write(page_id, dict + " >>");
    if (page_index + 1 == kSamplePages) reserve_rest();
  }

  std::string finish(const std::vector<layout::OutlineEntry>& outline, const model::Metadata& meta) {
    if (page_ids_.empty()) throw std::invalid_argument("nothing to draw: no pages");
    const long long epoch = options_.timestamp != 0 ? options_.timestamp : meta.created_epoch;
    embedder_.write_all();
    std::string resources = "<< /Font << " + embedder_.resource_entries() + ">>";
    const std::string xobjects = images_.resource_entries();
    if (!xobjects.empty()) resources += " /XObject << " + xobjects + ">>";
    file_.write(resources_id_, resources + " >>");
    std::string kids;
    for (int id : page_ids_) kids += PdfFile::ref(id) + ' ';
    file_.write(pages_id_,
                "<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(page_ids_.size()) + " >>");
    structure_.write();
    const int outline_id = write_outline(file_, outline, heights_, page_ids_);

    const std::string date = pdf_date(epoch);
    std::string info = "<< /Producer " + text_string(kProducer) + " /CreationDate " + literal_string(date) +
                       " /ModDate " + literal_string(date);
    if (!meta.title.empty()) info += " /Title " + text_string(meta.title);
    if (!meta.author.empty()) info += " /Author " + text_string(meta.author);
    if (!meta.subject.empty()) info += " /Subject " + text_string(meta.subject);
    if (!meta.creator_tool.empty()) info += " /Creator " + text_string(meta.creator_tool);
    const int info_id = file_.add(info + " >>");

    std::string catalog =
        "<< /Type /Catalog /Pages " + PdfFile::ref(pages_id_) + " /PageLabels " + page_labels(numbers_);
    if (outline_id) catalog += " /Outlines " + PdfFile::ref(outline_id);
    const std::string dests = named_destinations(destinations_, page_ids_);
    if (!dests.empty()) catalog += " /Dests " + dests;
    if (!structure_.empty())
      catalog += " /StructTreeRoot " + PdfFile::ref(structure_.root_id()) + " /MarkInfo << /Marked true >>";
    if (!meta.language.empty()) catalog += " /Lang " + text_string(meta.language);
    catalog += " /ViewerPreferences << /DisplayDocTitle true >>";
    if (options_.pdfa) {
      XmpFields f;
      f.title = meta.title;
      f.author = meta.author;
      f.subject = meta.subject;
      f.creator_tool = meta.creator_tool;
      f.producer = kProducer;
      f.create_date = f.modify_date = iso_date(epoch);
      // Uncompressed: PDF/A wants the metadata readable as plain XML.
      const int metadata_id = file_.add_stream("/Type /Metadata /Subtype /XML", xmp_packet(f), false);
      const int icc_id = file_.reserve();
      file_.write_flate_stream(icc_id, "/N 3", srgb_icc_profile_flate());
      const int intent_id = file_.add(
          "<< /Type /OutputIntent /S /GTS_PDFA1 /OutputConditionIdentifier (sRGB IEC61966-2.1) /RegistryName "
          "(http://www.color.org) /Info (sRGB IEC61966-2.1) /DestOutputProfile " +
          PdfFile::ref(icc_id) + " >>");
      catalog += " /Metadata " + PdfFile::ref(metadata_id) + " /OutputIntents [" + PdfFile::ref(intent_id) + "]";
    }
    file_.write(catalog_id_, catalog + " >>");
    const std::string id = content_id(file_.bytes());
    return file_.finish("/Root " + PdfFile::ref(catalog_id_) + " /Info " + PdfFile::ref(info_id) + ' ' + id);
  }

 private:
  // A long document (an attached list of 100,000 rows): room for the other
  // pages at the average size of these and half as much again, and for the
  // structure elements and the cross-reference table. Room never written is
  // never touched, so it costs no memory. When the pages come from a sink
  // their number is not known: the structure nodes made so far tell how far
  // the document has come.
  void reserve_rest() {
    const size_t written = file_.bytes().size() - pages_start_;
    if (page_count_) {
      if (page_count_ >= 4 * kSamplePages)
        file_.reserve_more((page_count_ - kSamplePages) * (written / kSamplePages) / 2 * 3 +
                           node_count_ * kBytesPerElement);
      return;
    }
    const size_t made = nodes_.size();
    if (made == 0 || node_count_ < 4 * made) return;
    file_.reserve_more((node_count_ - made) * (written / made) / 2 * 3 + node_count_ * kBytesPerElement);
  }

  layout::FontSystem& fonts_;
  const PdfOptions& options_;
  PdfFile file_;
  const int catalog_id_, pages_id_, resources_id_;
  FontEmbedder embedder_;
  ImageXObjects images_;
  StructureTree structure_;
  const std::vector<layout::StructNode>& nodes_;
  const size_t node_count_, page_count_;
  size_t pages_start_ = 0;
  std::vector<int> page_ids_, numbers_;
  std::vector<double> heights_;
  Destinations destinations_;
  std::string ops_buffer_;  // the last page's operators: its room serves the next page
};

}  // namespace

std::string write_pdf(const layout::Pages& pages, const model::Metadata& meta, layout::FontSystem& fonts,
                      const PdfOptions& options) {
  if (pages.pages.empty()) throw std::invalid_argument("nothing to draw: no pages");
  DocumentWriter writer(pages.structure, pages.structure.size(), pages.pages.size(), fonts, options);
  for (const layout::Page& page : pages.pages) writer.page(page);
  return writer.finish(pages.outline, meta);
}

namespace {

// The layout hands each page to the writer as it is finished; with
// `release` the model's table rows are freed as they are boxed.
std::string write_streamed(const model::Document& document, model::Document* release, layout::FontSystem& fonts,
                           const PdfOptions& options) {
  const model::Metadata meta = document.meta;
  layout::Pages laid;
  DocumentWriter writer(laid.structure, layout::count_structure_nodes(document), 0, fonts, options);
  layout::layout_document(document, fonts, laid, [&](layout::Page&& page, const layout::Pages&) {
    layout::Page done = std::move(page);
    writer.page(done);
  }, release);
  if (release) {
    { model::Document gone = std::move(*release); }
    core::return_free_memory();
  }
  return writer.finish(laid.outline, meta);
}

}  // namespace

std::string write_pdf(const model::Document& document, layout::FontSystem& fonts, const PdfOptions& options) {
  return write_streamed(document, nullptr, fonts, options);
}

std::string write_pdf(model::Document&& document, layout::FontSystem& fonts, const PdfOptions& options) {
  return write_streamed(document, &document, fonts, options);
}

}  // namespace vanthu::pdf
