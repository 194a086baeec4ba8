#include "check/rules_marks.h"

#include <cmath>
#include <regex>

#include "check/estimate.h"
#include "check/text_util.h"

namespace vanthu::check {


namespace {

// The first paragraph with visible text among the top-level blocks, or null.
const Paragraph* first_text(const Document& doc, size_t* index = nullptr) {
  for (size_t i = 0; i < doc.body.size(); ++i) {
    const Paragraph* p = doc.body[i].paragraph();
    if (p && !txt::content(*p).empty()) {
      if (index) *index = i;
      return p;
    }
    if (doc.body[i].table()) return nullptr;
  }
  return nullptr;
}

// Skips the văn thư's 10 pt text block of an electronic appendix (PL1 §II.8.b).
const Paragraph* appendix_label(const Document& doc, size_t* index) {
  const Paragraph* p = first_text(doc, index);
  if (p && !txt::starts_with(txt::content(*p), "Phụ lục")) {
    for (size_t i = *index + 1; i < doc.body.size(); ++i) {
      const Paragraph* q = doc.body[i].paragraph();
      if (!q) return nullptr;
      if (txt::content(*q).empty()) continue;
      *index = i;
      return q;
    }
  }
  return p;
}

// Urgency stamps: the text and its frame width in mm (PL1 §III.2).
struct Stamp {
  const char* text;
  double width_mm;
};
constexpr Stamp kUrgency[] = {{"KHẨN", 20}, {"THƯỢNG KHẨN", 40}, {"HỎA TỐC", 30}};

void marks_in(Context& c, const std::vector<Block>& blocks, bool in_frame = false);

void one_table(Context& c, const Table& t) {
  // A framed stamp is a one-cell bordered table holding one line of text.
  if (t.borders && t.grid.size() == 1 && t.rows.size() == 1 && t.rows[0].cells.size() == 1) {
    const Cell& cell = t.rows[0].cells[0];
    const Paragraph* p = nullptr;
    for (const Block& b : cell.blocks)
      if (b.paragraph() && !txt::content(*b.paragraph()).empty()) p = b.paragraph();
    if (p) {
      const std::string text = txt::content(*p);
      const RunFacts f = run_facts(*p);
      for (const Stamp& s : kUrgency) {
        if (txt::fold(text) != txt::fold(s.text)) continue;
        const double mm = t.grid[0] / 1440.0 * 25.4;
        if (std::fabs(mm - s.width_mm) > 1.0)
          c.error("PL1.III.2", "khan.frame", p,
                  std::string("the ") + s.text + " stamp is " + mm_of_pt(t.grid[0] / 20.0) + " wide; the decree's is " +
                      std::to_string(static_cast<int>(s.width_mm)) + " × 8 mm",
                  "make the frame " + std::to_string(static_cast<int>(s.width_mm)) + " mm wide");
        if ((wants_bold(DecreePart::Mark) && !f.all_bold) || txt::content(*p) != txt::upper(text))
          c.error("PL1.III.2", "khan.style", p, "the độ khẩn is not in bold capitals", "set it bold, upper case");
        expect_size(c, "PL1.III.2", "khan.size", *p, f, DecreePart::Mark, "the độ khẩn");
      }
    }
  }
  // A one-cell table with borders frames what it holds.
  const bool frame = t.borders && t.grid.size() == 1 && t.rows.size() == 1 && t.rows[0].cells.size() == 1;
  for (const Row& r : t.rows)
    for (const Cell& cell : r.cells) marks_in(c, cell.blocks, frame);
}

// Phạm vi lưu hành (ô 11): the decree's two examples, matched on the whole line.
bool is_circulation(const std::string& text) {
  const std::string f = txt::fold(text);
  for (const char* m : {"XEM XONG TRẢ LẠI", "LƯU HÀNH NỘI BỘ"})
    if (f == txt::fold(m)) return true;
  return false;
}

// Ô 11: upper case, bold, 13–14 pt, in a single-line rectangle (PL1 §III.3).
void circulation(Context& c, const Paragraph& p, bool framed) {
  const std::string text = txt::content(p);
  const RunFacts f = run_facts(p);
  if (!framed)
    c.error("PL1.III.3", "luu-hanh.frame", &p,
            "the phạm vi lưu hành \"" + text + "\" is not framed; the decree sets it in a single-line rectangle",
            "put it in a one-cell table (or a box) with single-line borders, above the Quốc hiệu");
  if ((wants_bold(DecreePart::Mark) && !f.all_bold) || text != txt::upper(text))
    c.error("PL1.III.3", "luu-hanh.style", &p, "the phạm vi lưu hành is not in bold capitals",
            "set it bold, upper case");
  expect_size(c, "PL1.III.3", "luu-hanh.size", p, f, DecreePart::Mark, "the phạm vi lưu hành");
}

bool boxed(const Paragraph& p) {
  const ParaProps& q = p.props;
  return q.top.present() && q.bottom.present() && q.left.present() && q.right.present();
}

void marks_in(Context& c, const std::vector<Block>& blocks, bool in_frame) {
  for (const Block& b : blocks) {
    if (const Table* t = b.table()) {
      one_table(c, *t);
    } else if (const Paragraph* p = b.paragraph()) {
      // Độ mật (ô 10a): upper case, bold.
      const std::string text = txt::content(*p);
      for (const char* level : {"MẬT", "TỐI MẬT", "TUYỆT MẬT"})
        if (text == level && wants_bold(DecreePart::Mark) && !run_facts(*p).all_bold)
          c.error("PL1.III.2", "mat.style", p, "the độ mật mark is not bold", "set it bold");
      // A text box is drawn with an outline unless told otherwise: taken as framed.
      if (is_circulation(text)) circulation(c, *p, in_frame || boxed(*p) || p->in_text_box);
    }
  }
}

// Ô 12: "- Lưu: VT, VP. PL.(300)." The drafter's symbol in capitals and the
// number of copies in Arabic digits (PL1 §III.4, Mục V: "PL.(300)"). Only a
// mark after the Lưu list's full stop is read ("VT, VP(2)" is the unit's copies).
void drafter(Context& c, const Segment& s) {
  if (s.noi_nhan_items.empty()) return;
  const Paragraph& p = s.noi_nhan_items.back().last_line();
  const std::string text = txt::content(p);
  if (!txt::starts_with(txt::ascii_dashes(text), "- Lưu") && !txt::starts_with(text, "Lưu")) return;
  static const std::regex mark(R"(\.\s+([^\s.,;()]+)(\.?)\s*\(([^()]*)\)\s*\.?\s*$)");
  std::smatch m;
  if (!std::regex_search(text, m, mark)) return;
  const std::string symbol = m[1].str(), copies = m[3].str();
  const bool digits = !copies.empty() && copies.find_first_not_of("0123456789") == std::string::npos;
  if (!txt::is_upper(symbol) || !digits)
    c.error("PL1.III.4", "drafter.form", &p,
            "the drafter's mark \"" + symbol + m[2].str() + "(" + copies + ")\" is not the drafter's symbol in capitals and the number "
            "of copies in Arabic digits",
            "write it as in the decree's example: \"" + txt::upper(symbol) + ".(" + (digits ? copies : "25") + ")\"");
}

// Ô 13: the organ's address, phone, e-mail and website at the foot of page 1,
// under a solid line across the whole text width, 11–12 pt, upright, not in
// capitals (PL1 §III.5). Read from the footers: the first page's, and the
// other pages', where it must not be.
bool is_address(const std::string& text) {
  const std::string t = txt::lower(text);
  for (const char* key : {"địa chỉ", "đt:", "điện thoại", "fax", "e-mail", "email:", "website"})
    if (t.find(key) != std::string::npos) return true;
  return false;
}

void address(Context& c) {
  if (c.doc.sections.empty()) return;
  const Section& sec = c.doc.sections.front();
  const int width = sec.width - sec.left - sec.right;
  auto lines_of = [&](const std::string& name) {
    std::vector<const Paragraph*> out;
    auto it = c.doc.parts.find(name);
    if (it == c.doc.parts.end()) return out;
    for (const Paragraph& p : it->second.paragraphs) out.push_back(&p);
    return out;
  };
  auto first_address = [&](const std::vector<const Paragraph*>& ps) -> int {
    for (size_t i = 0; i < ps.size(); ++i)
      if (is_address(txt::content(*ps[i]))) return static_cast<int>(i);
    return -1;
  };
  const std::string first_part = sec.title_page ? sec.footer_first : sec.footer_default;
  const auto first = lines_of(first_part);
  int at = first_address(first);
  // The block starts with the lines just above the one that names itself
  // ("Số 8, đường …" over "ĐT: …").
  while (at > 0 && !txt::content(*first[at - 1]).empty() && !first[at - 1]->has_page_field &&
         !first[at - 1]->props.bottom.present() && !first[at]->props.top.present())
    --at;
  if (at >= 0) {
    // The rule: a border above the first address line or under / over an
    // empty paragraph before it, or a drawn line there.
    double rule = -1;  // its length in twips
    for (int i = 0; i <= at && width > 0; ++i) {
      const Paragraph& q = *first[i];
      const bool empty = txt::content(q).empty();
      const int box = width - q.props.ind_left - q.props.ind_right;
      if ((i == at && q.props.top.present()) || (i < at && empty && (q.props.top.present() || q.props.bottom.present())))
        rule = std::max(rule, static_cast<double>(box));
      for (const LineShape& l : q.shapes)
        if (l.horizontal && (i < at || l.line == 0)) rule = std::max(rule, l.length_pt * 20);
    }
    if (rule < 0)
      c.add(Severity::Error, "PL1.III.5", "address.rule", first[at],
            "there is no solid line above the organ's address at the foot of page 1",
            "draw a solid line across the whole text width above the address (a top border on its first line)",
            first_part);
    else if (rule < 0.95 * width)
      c.add(Severity::Error, "PL1.III.5", "address.rule", first[at],
            "the line above the organ's address is " + mm_of_pt(rule / 20) + " long; the decree draws it across the "
            "whole text width (" + mm_of_pt(width / 20.0) + ")",
            "make the line run from margin to margin (a top border on the address's first line, no indents)",
            first_part);
    for (size_t i = at; i < first.size(); ++i) {
      const Paragraph& q = *first[i];
      const std::string text = txt::content(q);
      if (text.empty() || q.has_page_field) continue;
      const RunFacts f = run_facts(q);
      if (!f.any) continue;
      const auto& size = vn::nd30::rule(DecreePart::Address);  // half-points
      if (f.min_size < size.min || f.max_size > size.max)
        c.add(Severity::Error, "PL1.III.5", "address.style", &q,
              "the organ's address is set in " + pt_text(f.min_size < size.min ? f.min_size : f.max_size) +
                  "; the decree sets " + std::to_string(size.min / 2) + "–" + pt_text(size.max),
              "set the size to " + pt_text(size.chosen), first_part);
      const bool italic = wants_upright(DecreePart::Address) && f.any_italic;
      if (italic || (txt::is_upper(text) && text.size() > 20))
        c.add(Severity::Error, "PL1.III.5", "address.style", &q,
              "the organ's address is set in " + std::string(italic ? "italic" : "capitals") +
                  "; the decree sets it upright, in lower case",
              "set it upright, in lower case", first_part);
    }
  }
  // Page 1 only: an address in the footer of the other pages, when there are any.
  const std::string other = sec.footer_default;
  if (!other.empty() && (sec.title_page || at < 0)) {
    const auto rest = lines_of(other);
    const int k = first_address(rest);
    if (k >= 0 && (sec.title_page || estimate_pages(c).page_break || estimate_pages(c).pages > 1.1))
      c.add(Severity::Error, "PL1.III.5", "address.page", rest[k],
            "the organ's address is printed at the foot of every page; the decree puts it on page 1 only",
            "move it to a first-page footer (Different First Page) and leave the other pages' footer without it",
            other);
  } else if (!sec.title_page && at >= 0) {
    const PageEstimate e = estimate_pages(c);
    if (e.page_break || e.pages > 1.1)
      c.add(Severity::Error, "PL1.III.5", "address.page", first[at],
            "the organ's address is printed at the foot of every page; the decree puts it on page 1 only",
            "move it to a first-page footer (Different First Page) and leave the other pages' footer without it",
            first_part);
  }
}

}  // namespace

bool is_appendix_file(const Document& doc) {
  size_t i = 0;
  const Paragraph* p = appendix_label(doc, &i);
  return p && txt::starts_with(txt::content(*p), "Phụ lục") && p->props.align == Align::Center;
}

void check_appendix_file(Context& c) {
  size_t i = 0;
  const Paragraph* label = appendix_label(c.doc, &i);
  if (!label) return;
  const RunFacts lf = run_facts(*label);
  if (wants_bold(DecreePart::AppendixLabel) && !lf.all_bold)
    c.error("PL1.III.1.b", "phu-luc.label", label, "the \"Phụ lục\" line is not bold", "set it bold");
  expect_size(c, "PL1.III.1.b", "phu-luc.label-size", *label, lf, DecreePart::AppendixLabel, "the \"Phụ lục\" line");
  const Paragraph* title = nullptr;
  const Paragraph* ref = nullptr;
  for (size_t k = i + 1; k < c.doc.body.size() && !ref; ++k) {
    const Paragraph* p = c.doc.body[k].paragraph();
    if (!p || txt::content(*p).empty()) continue;
    if (txt::starts_with(txt::content(*p), "(Kèm theo")) ref = p;
    else if (!title) title = p;
  }
  if (!title || !txt::is_upper(txt::content(*title)) || !run_facts(*title).all_bold)
    c.error("PL1.III.1.b", "phu-luc.title", title ? title : label, "the title of the phụ lục is not in bold capitals",
            "write the title under \"Phụ lục\" in bold capitals");
  if (!ref)
    c.error("PL1.III.1.c", "phu-luc.reference", label, "no \"(Kèm theo Văn bản số … ngày … của …)\" line",
            "add the reference to the document the phụ lục belongs to, centred, italic");
  else if (!run_facts(*ref).all_italic)
    c.error("PL1.III.1.c", "phu-luc.reference", ref, "the \"(Kèm theo …)\" line is not italic", "set it italic");
}

void check_marks(Context& c) {
  marks_in(c, c.doc.body);
  for (const Segment& s : c.segments) drafter(c, s);
  address(c);
}

}  // namespace vanthu::check
