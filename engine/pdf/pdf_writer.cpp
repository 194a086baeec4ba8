#include "pdf/pdf_writer.h"

#include <pango/pango.h>

#include <cstdint>
#include <map>
#include <stdexcept>

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
  size_t i = 0;
  for (; i + 8 <= bytes.size(); i += 8) mix(word(i, 8));
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
int write_outline(PdfFile& file, const layout::Pages& pages, const std::vector<int>& page_ids) {
  const auto& entries = pages.outline;
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
    const layout::Page& page = pages.pages[static_cast<size_t>(e.page)];
    std::string body = "<< /Title " + text_string(e.title) + " /Parent " + PdfFile::ref(ids[parent[i]]);
    if (place[i] > 0) body += " /Prev " + PdfFile::ref(ids[siblings[place[i] - 1]]);
    if (place[i] + 1 < siblings.size()) body += " /Next " + PdfFile::ref(ids[siblings[place[i] + 1]]);
    body += first_last(i);
    body += " /Dest [" + PdfFile::ref(page_ids[static_cast<size_t>(e.page)]) + " /XYZ 0 " +
            number(page.height - e.y, 2) + " null] >>";
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

Destinations collect_destinations(const layout::Pages& pages) {
  Destinations dests;
  for (size_t i = 0; i < pages.pages.size(); ++i) {
    const layout::Page& page = pages.pages[i];
    for (const layout::Item& it : page.items) {
      if (it.kind != layout::Item::Kind::Anchor || dests.count(it.text)) continue;
      dests.emplace(it.text, Destination{i, {it.x, page.height - it.y - it.height, it.x + it.width, page.height - it.y}});
    }
  }
  return dests;
}

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
std::string page_labels(const layout::Pages& pages) {
  std::string nums;
  for (size_t i = 0; i < pages.pages.size(); ++i) {
    const int n = pages.pages[i].number;
    if (i == 0 || n != pages.pages[i - 1].number + 1)
      nums += std::to_string(i) + " << /S /D /St " + std::to_string(n < 1 ? 1 : n) + " >> ";
  }
  return "<< /Nums [" + nums + "] >>";
}

// The document. With `release` (the same pages, owned by the caller), each
// page's items are freed once its content stream is written, so that a long
// list does not hold every line until the end (issue 17).
std::string write_document(const layout::Pages& pages, layout::Pages* release, const model::Metadata& meta,
                           layout::FontSystem& fonts, const PdfOptions& options) {
  if (pages.pages.empty()) throw std::invalid_argument("nothing to draw: no pages");
  const long long epoch = options.timestamp != 0 ? options.timestamp : meta.created_epoch;
  PdfFile file("1.5");
  const int catalog_id = file.reserve();
  const int pages_id = file.reserve();
  const int resources_id = file.reserve();
  FontEmbedder embedder(file, options.batch_fonts);
  ImageXObjects images(file);
  StructureTree structure(file, pages.structure);

  const Destinations destinations = collect_destinations(pages);
  const size_t pages_start = file.bytes().size();
  std::vector<int> page_ids;
  page_ids.reserve(pages.pages.size());
  for (size_t page_index = 0; page_index < pages.pages.size(); ++page_index) {
    const layout::Page& page = pages.pages[page_index];
    const int page_id = file.reserve();
    page_ids.push_back(page_id);
    const int parents_key = structure.empty() ? -1 : structure.begin_page(page_id);
    PageContent content(page.height, embedder);
    // Consecutive items of the same structure node share one marked-content
    // sequence; items outside the structure (borders, rules, page numbers,
    // repeated header rows) are artifacts.
    constexpr int kNone = -2, kArtifact = -1;
    int open = kNone;
    for (const layout::Item& it : page.items) {
      const int group = it.node < 0 || structure.empty() ? kArtifact : it.node;
      if (group != open) {
        if (open != kNone) content.end_marked();
        if (group == kArtifact) content.begin_artifact();
        else content.begin_tagged(structure.tag(group), structure.add_content(group));
        open = group;
      }
      draw_item(content, it, fonts, images);
    }
    if (open != kNone) content.end_marked();
    const int content_id = file.add_stream("", content.take(), true);
    std::string dict = "<< /Type /Page /Parent " + PdfFile::ref(pages_id) + " /MediaBox [0 0 " +
                       number(page.width, 2) + ' ' + number(page.height, 2) + "] /Resources " +
                       PdfFile::ref(resources_id) + " /Contents " + PdfFile::ref(content_id);
    if (parents_key >= 0) dict += " /StructParents " + std::to_string(parents_key) + " /Tabs /S";
    file.write(page_id, dict + " >>");
    if (release) std::vector<layout::Item>().swap(release->pages[page_index].items);
    if (page_index + 1 == kSamplePages && pages.pages.size() >= 4 * kSamplePages) {
      // A long document (an attached list of 100,000 rows): room for the
      // other pages at the average size of these and half as much again,
      // and for the structure elements and the cross-reference table. Room
      // never written is never touched, so it costs no memory.
      const size_t per_page = (file.bytes().size() - pages_start) / kSamplePages;
      file.reserve_more((pages.pages.size() - kSamplePages) * per_page / 2 * 3 +
                        pages.structure.size() * kBytesPerElement);
    }
  }

  embedder.write_all();
  std::string resources = "<< /Font << " + embedder.resource_entries() + ">>";
  const std::string xobjects = images.resource_entries();
  if (!xobjects.empty()) resources += " /XObject << " + xobjects + ">>";
  file.write(resources_id, resources + " >>");
  std::string kids;
  for (int id : page_ids) kids += PdfFile::ref(id) + ' ';
  file.write(pages_id, "<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(page_ids.size()) + " >>");
  structure.write();
  const int outline_id = write_outline(file, pages, page_ids);

  const std::string date = pdf_date(epoch);
  std::string info = "<< /Producer " + text_string(kProducer) + " /CreationDate " + literal_string(date) +
                     " /ModDate " + literal_string(date);
  if (!meta.title.empty()) info += " /Title " + text_string(meta.title);
  if (!meta.author.empty()) info += " /Author " + text_string(meta.author);
  if (!meta.subject.empty()) info += " /Subject " + text_string(meta.subject);
  if (!meta.creator_tool.empty()) info += " /Creator " + text_string(meta.creator_tool);
  const int info_id = file.add(info + " >>");

  std::string catalog = "<< /Type /Catalog /Pages " + PdfFile::ref(pages_id) + " /PageLabels " + page_labels(pages);
  if (outline_id) catalog += " /Outlines " + PdfFile::ref(outline_id);
  const std::string dests = named_destinations(destinations, page_ids);
  if (!dests.empty()) catalog += " /Dests " + dests;
  if (!structure.empty())
    catalog += " /StructTreeRoot " + PdfFile::ref(structure.root_id()) + " /MarkInfo << /Marked true >>";
  if (!meta.language.empty()) catalog += " /Lang " + text_string(meta.language);
  catalog += " /ViewerPreferences << /DisplayDocTitle true >>";
  if (options.pdfa) {
    XmpFields f;
    f.title = meta.title;
    f.author = meta.author;
    f.subject = meta.subject;
    f.creator_tool = meta.creator_tool;
    f.producer = kProducer;
    f.create_date = f.modify_date = iso_date(epoch);
    // Uncompressed: PDF/A wants the metadata readable as plain XML.
    const int metadata_id = file.add_stream("/Type /Metadata /Subtype /XML", xmp_packet(f), false);
    const int icc_id = file.reserve();
    file.write_flate_stream(icc_id, "/N 3", srgb_icc_profile_flate());
    const int intent_id = file.add(
        "<< /Type /OutputIntent /S /GTS_PDFA1 /OutputConditionIdentifier (sRGB IEC61966-2.1) /RegistryName "
        "(http://www.color.org) /Info (sRGB IEC61966-2.1) /DestOutputProfile " +
        PdfFile::ref(icc_id) + " >>");
    catalog += " /Metadata " + PdfFile::ref(metadata_id) + " /OutputIntents [" + PdfFile::ref(intent_id) + "]";
  }
  file.write(catalog_id, catalog + " >>");
  const std::string id = content_id(file.bytes());
  return file.finish("/Root " + PdfFile::ref(catalog_id) + " /Info " + PdfFile::ref(info_id) + ' ' + id);
}

}  // namespace

std::string write_pdf(const layout::Pages& pages, const model::Metadata& meta, layout::FontSystem& fonts,
                      const PdfOptions& options) {
  return write_document(pages, nullptr, meta, fonts, options);
}

std::string write_pdf(const model::Document& document, layout::FontSystem& fonts, const PdfOptions& options) {
  layout::Pages pages = layout::layout_document(document, fonts);
  return write_document(pages, &pages, document.meta, fonts, options);
}

std::string write_pdf(model::Document&& document, layout::FontSystem& fonts, const PdfOptions& options) {
  layout::Pages pages = layout::layout_document(document, fonts);
  const model::Metadata meta = document.meta;
  { model::Document gone = std::move(document); }  // the pages hold all the writer needs
  return write_document(pages, &pages, meta, fonts, options);
}

}  // namespace vanthu::pdf
