// PL1 Mục I khoản 7: page numbers in Arabic digits, 13–14 pt, upright,
// centred in the top margin (the header), not shown on page 1 — in Word a
// PAGE field in the default header and w:titlePg with a first-page header
// that has none.
#include "check/estimate.h"
#include "check/rules.h"
#include "check/text_util.h"

namespace vanthu::check {

namespace {

const HeaderFooter* part(const Context& c, const std::string& name) {
  if (name.empty()) return nullptr;
  auto it = c.doc.parts.find(name);
  return it == c.doc.parts.end() ? nullptr : &it->second;
}

const Paragraph* page_paragraph(const HeaderFooter* hf) {
  if (hf == nullptr) return nullptr;
  for (const Paragraph& p : hf->paragraphs)
    if (p.has_page_field) return &p;
  return nullptr;
}

void check_number_style(Context& c, const HeaderFooter& hf, const Paragraph& p) {
  RunFacts f = run_facts(p);
  if (!f.any) {  // a field whose result is not stored: the paragraph mark's format
    f.any = true;
    f.min_size = f.max_size = p.mark.size;
    f.any_bold = p.mark.bold;
    f.any_italic = p.mark.italic;
  }
  const vn::nd30::PartRule& size = vn::nd30::rule(DecreePart::PageNumber);
  if (f.min_size < size.min || f.max_size > size.max)
    c.add(Severity::Error, "PL1.I.7", "page-number.style", &p,
          "the page number is set in " + pt_text(f.min_size < size.min ? f.min_size : f.max_size) +
              "; the decree sets " + pt_text(size.min) + "–" + pt_text(size.max),
          "set the header paragraph and the PAGE field to " + pt_text(size.chosen), hf.part);
  const bool bold = wants_regular(DecreePart::PageNumber) && f.any_bold;
  const bool italic = wants_upright(DecreePart::PageNumber) && f.any_italic;
  if (bold || italic)
    c.add(Severity::Error, "PL1.I.7", "page-number.style", &p,
          std::string("the page number is ") + (bold ? "bold" : "italic") + "; the decree sets upright, regular",
          "remove bold and italic from the page number", hf.part);
  if (p.props.align != Align::Center)
    c.add(Severity::Error, "PL1.I.7", "page-number.position", &p,
          "the page number is not centred; the decree centres it horizontally in the top margin",
          "centre the header paragraph (w:jc w:val=\"center\")", hf.part);
}

}  // namespace

void check_page_numbers(Context& c) {
  bool in_header = false;
  bool in_footer = false;
  for (size_t i = 0; i < c.doc.sections.size(); ++i) {
    const Section& s = c.doc.sections[i];
    const HeaderFooter* def = part(c, s.header_default);
    const HeaderFooter* first = part(c, s.header_first);
    if (const Paragraph* p = page_paragraph(def)) {
      in_header = true;
      check_number_style(c, *def, *p);
      if (i == 0 && !s.title_page)
        c.add(Severity::Error, "PL1.I.7", "page-number.first-page", p,
              "the page number is shown on the first page: the section has no separate first-page header (w:titlePg)",
              "add w:titlePg to the section and give it an empty first-page header", def->part);
    }
    if (i == 0 && s.title_page)
      if (const Paragraph* p = page_paragraph(first)) {
        in_header = true;
        c.add(Severity::Error, "PL1.I.7", "page-number.first-page", p,
              "the first-page header shows the page number; the decree does not show the number on page 1",
              "remove the PAGE field from the first-page header", first->part);
      }
    for (const std::string* f : {&s.footer_default, &s.footer_first})
      if (const Paragraph* p = page_paragraph(part(c, *f))) {
        in_footer = true;
        c.add(Severity::Error, "PL1.I.7", "page-number.position", p,
              "the page number is in the footer; the decree puts it in the top margin (header), centred",
              "move the PAGE field to the header", *f);
      }
  }
  if (in_header || in_footer) return;
  const PageEstimate e = estimate_pages(c);
  const size_t first_finding = c.findings_count();
  if (e.page_break || e.pages > 1.1) {
    c.error("PL1.I.7", "page-number.missing", nullptr,
            "the document runs to more than one page (about " +
                std::to_string(std::max(2, static_cast<int>(std::min(e.pages, 1e6) + 0.99))) +
                ") but has no page numbers",
            "add a header with a centred PAGE field (13–14 pt) and w:titlePg so that numbering shows from page 2");
  } else if (e.pages > 0.9) {
    c.warning("PL1.I.7", "page-number.missing", nullptr,
              "the document may run past page 1 but has no page numbers",
              "add a header with a centred PAGE field (13–14 pt) and w:titlePg so that numbering shows from page 2");
  }
  if (!e.page_break)
    c.mark_inferred(first_finding, "the page count is estimated from measured line counts");
}

}  // namespace vanthu::check
