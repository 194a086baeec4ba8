// Pagination: the boxes of each section flowed into pages, with Word's
// rules as LibreOffice applies them to a DOCX (all measured, see
// docs/layout.md): paragraph spacing collapses to the larger of after/before;
// space before is dropped at the top of a page reached by a natural break but
// kept on a section's first page and after a page break; space after may run
// into the bottom margin; widow/orphan control keeps two lines together;
// keep-with-next chains move to the next page together.
#include <algorithm>
#include <stdexcept>
#include <variant>

#include "core/memory.h"
#include "layout/boxes.h"
#include "layout/layout.h"

namespace vanthu::layout {
namespace {

constexpr double kEpsilon = 1e-6;
// Model rows freed between two returns of free memory to the system (their
// small blocks are not all reused by the boxes that follow).
constexpr size_t kReleaseRows = 8192;

class Paginator {
 public:
  Paginator(const FontSystem& fonts, Pages& out, const PageSink* sink, model::Document* release)
      : fonts_(fonts), out_(out), sink_(sink), release_(release) {}

  void section(const model::Section& sec, int index, int first_number) {
    sec_ = &sec;
    sec_index_ = index;
    const model::PageSetup& ps = sec.page;
    if (ps.text_width().emu <= 0 || ps.text_height().emu <= 0)
      throw std::invalid_argument("section " + std::to_string(index + 1) + ": the margins leave no text area");
    left_ = ps.margin_left.pt();
    body_top_ = ps.margin_top.pt();
    body_bottom_ = ps.height.pt() - ps.margin_bottom.pt();
    next_number_ = first_number;
    first_page_of_section_ = true;

    StructureBuilder structure(out_.structure);
    int sect_node = structure.add("Sect", 0);
    require_word_paragraphs(sec.blocks, "section " + std::to_string(index + 1) + ":");
    FlowQueue blocks(fonts_, sec.blocks, ps.text_width().pt(), out_.structure, sect_node);

    new_page(false);
    for (size_t i = 0; i < blocks.size(); ++i) {
      if (auto* p = std::get_if<ParaBox>(&blocks.at(i))) {
        place_paragraph(*p, blocks, i);
      } else {
        model::Table* rows = release_ ? std::get_if<model::Table>(&release_->sections[static_cast<size_t>(index)]
                                                                          .blocks[blocks.source(i)]
                                                                          .value)
                                      : nullptr;
        place_table(std::get<TableBox>(blocks.at(i)), rows);  // consumes the table's body rows
      }
      blocks.release(i);
    }
  }

  int next_number() const { return next_number_; }

  // Hands the last page to the sink.
  void finish() {
    if (sink_ && !out_.pages.empty()) {
      (*sink_)(std::move(out_.pages.back()), out_);
      out_.pages.pop_back();
    }
  }

 private:
  double body_height() const { return body_bottom_ - body_top_; }

  void new_page(bool natural) {
    const model::PageSetup& ps = sec_->page;
    Page page;
    page.width = ps.width.pt();
    page.height = ps.height.pt();
    page.section = sec_index_;
    page.number = next_number_++;
    const model::PageNumbering& num = sec_->numbering;
    page.shows_number = num.enabled && !(first_page_of_section_ && num.hide_on_first_page);
    body_bottom_ = ps.height.pt() - ps.margin_bottom.pt();
    if (first_page_of_section_ && !sec_->first_page_footer.empty()) add_first_footer(page);
    first_page_of_section_ = false;
    if (page.shows_number) add_page_number(page);
    if (sink_ && !out_.pages.empty()) {  // the page before is finished
      (*sink_)(std::move(out_.pages.back()), out_);
      out_.pages.pop_back();
    }
    out_.pages.push_back(std::move(page));
    ++page_count_;
    y_ = body_top_;
    at_top_ = true;
    natural_ = natural;
    prev_after_ = 0;
  }

  // The first page's footer: its last line ends at the footer distance from
  // the page's bottom edge; where it reaches above the bottom margin the
  // text area of the page ends at its top, as in Word.
  void add_first_footer(Page& page) {
    const model::PageSetup& ps = sec_->page;
    std::vector<StructNode> scratch;  // footers are artifacts: their nodes are dropped
    StructureBuilder structure(scratch);
    std::vector<PlacedAtom> atoms;
    const double h = stack_blocks(fonts_, sec_->first_page_footer, ps.text_width().pt(), structure, -1, atoms);
    const double top = ps.height.pt() - ps.footer_distance.pt() - h;
    for (const PlacedAtom& a : atoms)
      for (const Item& it : a.atom.items) {
        Item copy = it;
        copy.node = -1;
        copy.x += left_;
        copy.y += top + a.top;
        if (copy.kind == Item::Kind::Line) {
          copy.x2 += left_;
          copy.y2 += top + a.top;
        }
        page.items.push_back(std::move(copy));
      }
    body_bottom_ = std::min(body_bottom_, top);
  }

  // The PAGE field of the header: centred over the text column, its first
  // line's top at the header distance (w:hdr with jc=center).
  void add_page_number(Page& page) {
    const model::PageSetup& ps = sec_->page;
    model::Paragraph p;
    p.props.align = model::Align::Center;
    p.props.mark = sec_->numbering.style;
    p.runs.push_back(model::Run{model::RunKind::PageNumber, {}, sec_->numbering.style});
    ParaBox box = make_paragraph_box(fonts_, p, ps.text_width().pt(), -1, page.number);
    double y = ps.header_distance.pt();
    for (const Atom& a : box.lines) {
      for (const Item& it : a.items) {
        Item copy = it;
        copy.x += left_;
        copy.y += y;
        page.items.push_back(std::move(copy));
      }
      y += a.height;
    }
  }

  Page& page() { return out_.pages.back(); }

  // Places `atom` at the current position, `x` from the page's left edge;
  // its items are moved onto the page (an atom is placed once).
  void emit(Atom&& atom, double x) {
    for (Item& it : atom.items) {
      it.x += x;
      it.y += y_;
      if (it.kind == Item::Kind::Line) {
        it.x2 += x;
        it.y2 += y_;
      }
      page().items.push_back(std::move(it));
    }
    atom.items.clear();
    y_ += atom.height;
    at_top_ = false;
  }

  // Space above a paragraph's first line at the current position.
  double gap_before(const ParaBox& box) const {
    if (at_top_) return natural_ ? 0.0 : box.before;
    return std::max(prev_after_, box.before);
  }

  // Lines of `box` that must share a page with whatever precedes them.
  static size_t head_lines(const ParaBox& box) {
    size_t n = box.lines.size();
    if (box.keep_lines) return n;
    if (!box.widow_control) return std::min<size_t>(n, 1);
    return n <= 3 ? n : 2;
  }

  // Height from the current position needed to keep blocks[index] (which
  // has keep_next) with the start of what follows; `fresh` = on a new page.
  double keep_chain_height(FlowQueue& blocks, size_t index, bool fresh) const {
    double need = 0, prev_after = fresh ? 0 : prev_after_;
    for (size_t j = index; j < blocks.size(); ++j) {
      bool first = j == index;
      if (const auto* p = std::get_if<ParaBox>(&blocks.at(j))) {
        // On a fresh page the chain starts after a natural break: no space before.
        double gap = first && fresh ? 0.0 : std::max(prev_after, p->before);
        bool chained = p->keep_next && j + 1 < blocks.size();
        if (chained || first) {
          need += gap + p->height();
          prev_after = p->after;
          if (chained) continue;
          break;
        }
        size_t k = head_lines(*p);
        need += gap;
        for (size_t l = 0; l < k; ++l) need += p->lines[l].height;
        break;
      }
      const TableBox& t = std::get<TableBox>(blocks.at(j));
      need += prev_after;
      if (t.keep_together || t.rows.empty()) need += t.height();
      else need += t.rows.front().height + 2 * t.border();
      break;
    }
    return need;
  }

  void place_paragraph(ParaBox& box, FlowQueue& blocks, size_t index) {
    if (box.page_break_before && !at_top_) new_page(false);
    if (box.keep_next && !at_top_ && index + 1 < blocks.size()) {
      double need = keep_chain_height(blocks, index, false);
      if (y_ + need > body_bottom_ + kEpsilon && keep_chain_height(blocks, index, true) <= body_height() + kEpsilon)
        new_page(true);
    }
    if (box.has_page_field && box.source && page().number != 1) {
      ParaBox fresh = make_paragraph_box(fonts_, *box.source, box.box_width, box.node, page().number);
      fresh.x = box.x;
      box = std::move(fresh);
    }

    size_t n = box.lines.size(), i = 0;
    bool first_part = true;
    while (i < n) {
      double gap = first_part ? gap_before(box) : 0.0;
      double avail = body_bottom_ - y_ - gap;
      size_t k = 0;
      for (double used = 0; i + k < n && used + box.lines[i + k].height <= avail + kEpsilon; ++k)
        used += box.lines[i + k].height;
      size_t remaining = n - i;
      if (k < remaining) {
        if (box.keep_lines && first_part && !at_top_ && box.height() <= body_height() + kEpsilon) k = 0;
        if (box.widow_control) {
          if (k > 0 && remaining - k == 1) --k;                  // no widow: last line alone on the next page
          if (first_part && k == 1 && remaining > 1) k = 0;      // no orphan: first line alone at the bottom
        }
        if (k == 0) {
          if (!at_top_) {
            new_page(true);
            continue;
          }
          k = std::max<size_t>(1, k);  // taller than a page: place at least one line
        }
      } else {
        k = remaining;
      }
      y_ += gap;
      if (first_part && box.outline_level >= 0)
        out_.outline.push_back(
            OutlineEntry{box.outline_level, box.outline_title, page_count_ - 1, y_});
      for (size_t l = 0; l < k; ++l) emit(std::move(box.lines[i + l]), left_ + box.x);
      i += k;
      first_part = false;
      if (i < n) new_page(true);
    }
    prev_after_ = box.after;
  }

  void close_table_part(const TableBox& t) {
    // The row above a page break gets a bottom border.
    if (!t.borders) return;
    Item line;
    line.kind = Item::Kind::Line;
    line.x = left_ + t.x;
    line.x2 = line.x + t.width;
    line.y = line.y2 = y_ + t.border() / 2;
    line.line_width = t.border();
    page().items.push_back(std::move(line));
    y_ += t.border();
  }

  // Boxes the table's next row; with `release`, frees its model row.
  void add_row(TableBox& t, model::Table* release) {
    StructureBuilder structure(out_.structure);
    add_row_box(fonts_, t, structure);
    if (!release) return;
    std::vector<model::TableCell>().swap(release->rows[t.rows_made - 1].cells);
    if (++released_rows_ % kReleaseRows == 0) core::return_free_memory();
  }

  void place_table(TableBox& t, model::Table* release) {
    if (!at_top_) y_ += prev_after_;
    double b = t.border();
    if (t.keep_together && !at_top_ && y_ + t.height() > body_bottom_ + kEpsilon &&
        t.height() <= body_height() + kEpsilon)
      new_page(true);

    // Rows boxed before (the first, or all of a table kept together) are
    // freed in the model now; the others as they are boxed.
    const size_t row_count = t.source->rows.size();
    if (release) {
      for (size_t r = 0; r < t.rows_made; ++r) std::vector<model::TableCell>().swap(release->rows[r].cells);
      // A long list: what the earlier stages freed goes back before the pages grow.
      if (row_count >= kReleaseRows) core::return_free_memory();
    }
    size_t headers = 0;
    while (headers < row_count && t.source->rows[headers].repeat_header) ++headers;
    while (t.rows_made < headers) add_row(t, release);
    double header_height = 0;
    for (size_t h = 0; h < headers; ++h) header_height += t.rows[h].height + b;

    double x = left_ + t.x;
    bool headers_only = false;  // the page holds nothing but this table's repeated headers
    bool rows_on_page = false;  // some row of this table is on the current page
    // Continues the table on a new page; the header rows are repeated when
    // the row that moves over is a body row (a header row moves itself).
    auto next_page = [&](size_t moving_row) {
      if (rows_on_page) close_table_part(t);
      new_page(true);
      rows_on_page = moving_row >= headers && headers > 0;
      headers_only = moving_row >= headers && headers > 0;
      if (moving_row < headers) return;
      for (size_t h = 0; h < headers; ++h) emit(row_atom(t, t.rows[h], t.rows[h].height, true, false, false), x);
    };

    for (size_t r = 0; r < row_count; ++r) {
      if (t.rows_made == r) add_row(t, release);
      // A body row leaves the box once placed: a long list does not hold
      // every row (issue 17). Header rows are repeated.
      RowBox row = r < headers ? t.rows[r] : std::move(t.rows[r]);
      bool last = r + 1 == row_count;
      for (;;) {
        double need = b + row.height + b;  // a bottom border is drawn wherever the table stops
        if (y_ + need <= body_bottom_ + kEpsilon) {
          emit(row_atom(t, std::move(row), row.height, true, last, true), x);
          headers_only = false;
          rows_on_page = true;
          break;
        }
        bool fits_fresh_page = header_height + need <= body_height() + kEpsilon;
        bool fresh = at_top_ || headers_only;
        if (row.cant_split && fits_fresh_page && !fresh) {
          next_page(r);
          continue;
        }
        RowBox first, rest;
        double avail = body_bottom_ - y_ - 2 * b;
        if (avail > 0 && split_row(row, avail, first, rest)) {
          emit(row_atom(t, std::move(first), first.height, true, false, true), x);
          rows_on_page = true;
          next_page(r);
          row = std::move(rest);
          continue;
        }
        if (!fresh) {
          next_page(r);
          continue;
        }
        emit(row_atom(t, std::move(row), row.height, true, last, true), x);  // nothing fits: overflow
        headers_only = false;
        break;
      }
    }
    prev_after_ = 0;
  }

  const FontSystem& fonts_;
  Pages& out_;
  const PageSink* sink_ = nullptr;       // pages handed on as finished, or kept in out_
  model::Document* release_ = nullptr;   // the model's table rows freed as boxed
  int page_count_ = 0;                   // pages begun
  size_t released_rows_ = 0;
  const model::Section* sec_ = nullptr;
  int sec_index_ = 0;
  double left_ = 0, body_top_ = 0, body_bottom_ = 0;
  int next_number_ = 1;
  bool first_page_of_section_ = true;
  double y_ = 0;
  bool at_top_ = true;
  bool natural_ = false;
  double prev_after_ = 0;
};

}  // namespace

namespace {

void run(const model::Document& document, const FontSystem& fonts, Pages& pages, const PageSink* sink,
         model::Document* release) {
  if (document.sections.empty()) throw std::invalid_argument("document without sections");
  pages.structure.push_back(StructNode{"Document", -1, {}});
  Paginator paginator(fonts, pages, sink, release);
  int next = 1;
  for (size_t s = 0; s < document.sections.size(); ++s) {
    const model::Section& sec = document.sections[s];
    paginator.section(sec, static_cast<int>(s), sec.numbering.restart_at.value_or(next));
    next = paginator.next_number();
  }
  paginator.finish();
}

}  // namespace

Pages layout_document(const model::Document& document, const FontSystem& fonts) {
  Pages pages;
  run(document, fonts, pages, nullptr, nullptr);
  return pages;
}

void layout_document(const model::Document& document, const FontSystem& fonts, Pages& out, const PageSink& sink,
                     model::Document* release) {
  out.structure.reserve(count_structure_nodes(document));
  run(document, fonts, out, &sink, release);
}

}  // namespace vanthu::layout
