#include "check/rules_marks.h"

#include <cmath>

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

void marks_in(Context& c, const std::vector<Block>& blocks);

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
        if (!f.all_bold || txt::content(*p) != txt::upper(text))
          c.error("PL1.III.2", "khan.style", p, "the độ khẩn is not in bold capitals", "set it bold, upper case");
        expect_size(c, "PL1.III.2", "khan.size", *p, f, DecreePart::Mark, "the độ khẩn");
      }
    }
  }
  for (const Row& r : t.rows)
    for (const Cell& cell : r.cells) marks_in(c, cell.blocks);
}

void marks_in(Context& c, const std::vector<Block>& blocks) {
  for (const Block& b : blocks) {
    if (const Table* t = b.table()) {
      one_table(c, *t);
    } else if (const Paragraph* p = b.paragraph()) {
      // Độ mật (ô 10a): upper case, bold.
      const std::string text = txt::content(*p);
      for (const char* level : {"MẬT", "TỐI MẬT", "TUYỆT MẬT"})
        if (text == level && !run_facts(*p).all_bold)
          c.error("PL1.III.2", "mat.style", p, "the độ mật mark is not bold", "set it bold");
    }
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
  if (!lf.all_bold) c.error("PL1.III.1.b", "phu-luc.label", label, "the \"Phụ lục\" line is not bold", "set it bold");
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

void check_marks(Context& c) { marks_in(c, c.doc.body); }

}  // namespace vanthu::check
