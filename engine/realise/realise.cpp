#include "realise/realise.h"

#include "core/unicode.h"
#include "model/word_paragraphs.h"
#include "realise/body.h"
#include "realise/build.h"
#include "realise/closing.h"
#include "realise/copy_block.h"
#include "realise/header.h"
#include "realise/marks.h"
#include "realise/nd30_styles.h"
#include "vn/format.h"

namespace vanthu::realise {

namespace {

double margin(const std::optional<double>& v, const nd30::MarginRange& r, const char* edge, Context& c) {
  if (!v) return r.chosen_mm;
  if (*v < r.min_mm || *v > r.max_mm) {
    c.diag.error(c.source, std::string("the ") + edge + " margin " + vn::format_decimal_trim(*v, 1) +
                               " mm is outside the decree's range " + vn::format_decimal_trim(r.min_mm, 0) + "–" +
                               vn::format_decimal_trim(r.max_mm, 0) + " mm (PL1 §I.1)");
    return r.chosen_mm;
  }
  return *v;
}

model::Section new_section(const model::PageSetup& page) {
  model::Section s;
  s.page = page;
  s.numbering.enabled = true;
  s.numbering.hide_on_first_page = true;  // PL1 §I.7: no number on page 1
  s.numbering.style = part_style(nd30::kPageNumber.part);
  return s;
}

// Space between the content and the closing table; the last paragraph
// stays on the page of the signature, so that the signer's page is never a
// page with no content on it.
void space_before_closing(std::vector<model::Block>& blocks) {
  if (!blocks.empty())
    if (auto* p = std::get_if<model::Paragraph>(&blocks.back().value)) {
      p->props.space_after = p->props.space_after + pt(12);
      p->props.keep_next = true;
      return;
    }
  model::Paragraph empty = paragraph(model::Align::Left, nd30::kBody);
  blocks.push_back(block(std::move(empty)));
}

std::string sentence_case(const std::string& upper_name) { return text::capitalize_first(text::lower(upper_name)); }

// "(Kèm theo Quyết định số 12/QĐ-STTTT ngày 05 tháng 02 năm 2019 của Sở …)".
std::string default_reference(Context& c) {
  const sem::Document& d = c.doc;
  std::string s = "(Kèm theo ";
  // A phụ lục in a file of its own says "Văn bản" (PL3 Mẫu 2.1).
  const bool named = c.type && !c.type->name.empty() && c.type->key != "phu-luc";
  s += named ? sentence_case(c.type->name) : std::string("Văn bản");
  s += " số " + number_and_symbol(c);
  if (d.date) s += " " + vn::date_long(*d.date);
  if (!d.organ.empty()) s += " của " + d.organ;
  return s + ")";
}

void attachment(Context& c, const sem::Attachment& a, int appendix_index, int appendix_count,
                const model::PageSetup& base, bool standalone, model::Document& out) {
  model::PageSetup page = base;
  if (a.landscape) {
    std::swap(page.width, page.height);
    page.landscape = true;
  }
  model::Section s = new_section(page);
  s.numbering.restart_at = 1;  // each attachment and appendix numbers its own pages (PL1 §III.1.đ)
  Context ac{c.doc, c.measure, c.diag, c.type, page.text_width(), c.source, nullptr};
  const model::RunStyle bold = run_style(nd30::kBody, true);
  if (a.kind == sem::Attachment::Kind::Appendix && a.electronic) {
    // Mẫu 2.2: the văn thư's signing block at the top right (PL1 §II.8.b, §III.1.d).
    s.blocks.push_back(block(signing_stamp(ac, "Số: " + number_and_symbol(c))));
  }
  if (a.kind != sem::Attachment::Kind::Appendix) {
    s.blocks.push_back(block(header_table(ac, false)));
    model::Paragraph name = paragraph(model::Align::Center, nd30::kTypeName);
    name.props.space_before = pt(24);
    name.props.keep_next = true;
    name.props.tag = model::StructTag::H1;
    add_run(name, text::upper(a.type_name.empty() ? std::string("Danh sách") : a.type_name), bold);
    s.blocks.push_back(block(std::move(name)));
    model::Paragraph t = paragraph(model::Align::Center, nd30::kAbstract);
    t.props.keep_next = true;
    add_text(t, a.title, bold);
    s.blocks.push_back(block(std::move(t)));
  } else {
    // "Phụ lục I" in lower case with a Roman numeral when there are several (PL1 §III.1).
    model::Paragraph label = paragraph(model::Align::Center, nd30::kAppendixLabel);
    label.props.keep_next = true;
    label.props.tag = model::StructTag::H1;
    label.props.outline_level = 0;
    label.props.part = model::Part::Heading;
    const std::string text = !a.label.empty() ? a.label
                             : appendix_count > 1 ? "Phụ lục " + vn::roman(appendix_index + 1)
                                                  : std::string("Phụ lục");
    add_run(label, text, part_style(nd30::kAppendixLabel.part));
    s.blocks.push_back(block(std::move(label)));
    model::Paragraph t = paragraph(model::Align::Center, nd30::kBody);
    t.props.keep_next = true;
    sem::Text up = a.title;
    for (auto& span : up) span.text = text::upper(span.text);
    add_text(t, up, bold);
    s.blocks.push_back(block(std::move(t)));
  }
  model::Paragraph ref = paragraph(model::Align::Center, nd30::kBody);
  ref.props.keep_next = true;
  // Electronic appendices leave the reference unfilled (PL1 §III.1.d; PL3 Mẫu 2.2).
  const std::string reference = a.electronic ? std::string("(Kèm theo Văn bản số …… ngày …… tháng …… năm …… của ……)")
                                : a.reference.empty() ? default_reference(c) : a.reference;
  add_run(ref, reference, run_style(nd30::kBody, false, true));
  s.blocks.push_back(block(std::move(ref)));
  s.blocks.push_back(block(rule(mm(30), pt(2), pt(6))));
  ac.chapters = a.kind == sem::Attachment::Kind::Regulation;
  body_blocks(ac, a.body, s.blocks);
  // A regulation and an appendix issued as a file of its own end with "./." (PL3 Mẫu 1.3, 2.1).
  if (a.kind == sem::Attachment::Kind::Regulation || standalone) add_closing_mark(s.blocks);
  out.sections.push_back(std::move(s));
}

// Splits the main section at the landscape ranges: the blocks of each range
// get a landscape section of their own (a wide report table, nd30.md §7.3),
// the rest stays portrait; page numbers run on across the sections.
void split_landscape(model::Section main, const LandscapeSplit& split, model::Document& out) {
  if (split.ranges.empty()) {
    out.sections.push_back(std::move(main));
    return;
  }
  model::PageSetup land = main.page;
  std::swap(land.width, land.height);
  land.landscape = true;
  size_t at = 0;
  auto piece = [&](size_t from, size_t to, bool landscape) {
    if (from >= to) return;
    model::Section s;
    s.page = main.page;
    s.numbering = main.numbering;
    s.blocks.assign(std::make_move_iterator(main.blocks.begin() + static_cast<long>(from)),
                    std::make_move_iterator(main.blocks.begin() + static_cast<long>(to)));
    if (landscape) s.page = land;
    // Only the document's first page goes without a number (PL1 §I.7).
    s.numbering.hide_on_first_page = out.sections.empty();
    out.sections.push_back(std::move(s));
  };
  for (const auto& [begin, end] : split.ranges) {
    piece(at, begin, false);
    piece(begin, end, true);
    at = end;
  }
  piece(at, main.blocks.size(), false);
}

}  // namespace

namespace {

// The document's content, without Word's paragraphs between and after tables.
model::Document realise_content(const sem::Document& doc, model::TextMeasurer& measure, const Options& options,
                                Diagnostics& diag) {
  model::Document out;
  Context c{doc, measure, diag, vn::find_doc_type(doc.type), Length{}, options.source_name};
  if (!c.type) {
    std::string known;
    for (const auto& t : vn::doc_types()) known += (known.empty() ? "" : ", ") + t.key;
    diag.error(c.where(doc.line_root), "unknown document type \"" + doc.type + "\" (known: " + known + ")");
    return out;
  }

  model::PageSetup page;
  page.margin_top = mm(margin(options.margin_top, nd30::kTop, "top", c));
  page.margin_bottom = mm(margin(options.margin_bottom, nd30::kBottom, "bottom", c));
  page.margin_left = mm(margin(options.margin_left, nd30::kLeft, "left", c));
  page.margin_right = mm(margin(options.margin_right, nd30::kRight, "right", c));
  c.text_width = page.text_width();
  LandscapeSplit landscape;
  landscape.text_width = page.height - page.margin_left - page.margin_right;
  c.landscape = &landscape;

  // The document property is one line: a line break in the trích yếu (a
  // vertical tab in the data, found by fuzz_render) becomes a space there.
  out.meta.title = sem::plain(doc.title);
  for (char& ch : out.meta.title)
    if (ch == '\n') ch = ' ';
  out.meta.author = doc.organ;
  out.meta.subject = (c.type->name.empty() ? std::string("CÔNG VĂN") : c.type->name) + " " + number_and_symbol(c);
  out.meta.created_epoch = options.timestamp;

  int appendix_count = 0;
  for (const auto& a : doc.attachments) appendix_count += a.kind == sem::Attachment::Kind::Appendix;
  // Phụ lục issued as a file of its own (PL3 Mẫu 2.1, 2.2): only the
  // appendix, with its own page numbers; no header, no signature.
  const bool standalone = c.type->key == "phu-luc";
  if (standalone) {
    if (doc.attachments.empty())
      diag.error(c.where(doc.line_root), "a phụ lục document needs its <attachment kind=\"appendix\">");
    int appendix_index = 0;
    for (const auto& a : doc.attachments)
      attachment(c, a, appendix_index++, appendix_count, page, true, out);
    if (!out.sections.empty()) out.sections.front().numbering.restart_at.reset();
    return out;
  }

  model::Section main = new_section(page);
  if (doc.copy && doc.copy->electronic) main.blocks.push_back(block(electronic_copy_stamp(c, *doc.copy)));
  top_marks(c, main.blocks);
  main.blocks.push_back(block(header_table(c, true)));
  title_block(c, main.blocks);
  if (!doc.parts.empty()) {
    for (size_t i = 0; i < doc.parts.size(); ++i) {
      part_heading(c, static_cast<int>(i), doc.parts[i].title, main.blocks);
      body_blocks(c, doc.parts[i].children, main.blocks);
    }
  } else {
    body_blocks(c, doc.body, main.blocks);
  }
  if (doc.closing_mark) add_closing_mark(main.blocks);
  space_before_closing(main.blocks);
  main.blocks.push_back(block(closing_table(c)));
  if (doc.copy && !doc.copy->electronic) copy_block(c, *doc.copy, main.blocks);
  split_landscape(std::move(main), landscape, out);
  out.sections.front().first_page_footer = address_footer(c);  // ô 13, page 1 only

  int appendix_index = 0;
  for (const auto& a : doc.attachments)
    attachment(c, a, a.kind == sem::Attachment::Kind::Appendix ? appendix_index++ : 0, appendix_count, page, false,
               out);
  return out;
}

}  // namespace

model::Document realise(const sem::Document& doc, model::TextMeasurer& measure, const Options& options,
                        Diagnostics& diag) {
  model::Document out = realise_content(doc, measure, options, diag);
  model::make_word_paragraphs_explicit(out);
  return out;
}

}  // namespace vanthu::realise
