#include "realise/copy_block.h"

#include "core/unicode.h"
#include "realise/closing.h"
#include "realise/nd30_styles.h"
#include "vn/format.h"
#include "vn/vietnam_time.h"

namespace vanthu::realise {

namespace {

// The copy's ký hiệu: the abbreviation of the hình thức sao (PL3 §I: SY,
// SL, TrS) and of the copying organ; the number runs in the copies' own
// yearly series (PL1 Phần II.3.c).
std::string copy_number(const sem::Copy& k) {
  const std::string kind = k.form == "SAO LỤC" ? "SL" : k.form == "TRÍCH SAO" ? "TrS" : "SY";
  const std::string number = k.number ? vn::document_number(*k.number) : std::string("       ");
  return number + "/" + kind + (k.organ_abbreviation.empty() ? "" : "-" + k.organ_abbreviation);
}

model::Paragraph centred(const std::string& text, const model::RunStyle& s) {
  model::Paragraph p = paragraph(model::Align::Center, s.size_half_pt);
  add_run(p, text, s);
  return p;
}

std::string place_date(Context& c, const std::string& place, const std::optional<vn::Date>& date, int line) {
  if (place.empty()) c.diag.error(c.where(line), "the copy's place (<copy place>) is missing");
  if (date) return vn::place_and_date(place, *date);
  return place + ", ngày      tháng      năm ";
}

}  // namespace

void copy_block(Context& c, const sem::Copy& k, std::vector<model::Block>& out) {
  // The full-width rule that separates the copy from the original (PL1 Phần II.3; Mẫu 3.1).
  model::Rule line = rule(c.text_width, pt(12), pt(6));
  line.align = model::Align::Left;
  out.push_back(block(line));

  model::Table t;
  t.layout_table = true;
  t.keep_together = true;
  const Length left = nd30::kHeaderLeft;
  t.columns = {left, c.text_width - left};
  model::TableRow row;
  row.cant_split = true;
  model::TableCell l, r;
  if (!k.parent_organ.empty()) l.blocks.push_back(block(centred(text::upper(k.parent_organ), part_style(nd30::kParentOrgan.part))));
  const model::RunStyle organ = part_style(nd30::kOrgan.part);
  l.blocks.push_back(block(centred(text::upper(k.organ), organ)));
  l.blocks.push_back(block(rule(text_width(c, text::upper(k.organ), organ) * 2 / 5, pt(2))));
  model::Paragraph num = centred("Số: " + copy_number(k), part_style(nd30::kNumber.part));
  num.props.space_before = pt(6);
  l.blocks.push_back(block(std::move(num)));
  // The hình thức sao in capitals, bold, where the Quốc hiệu stands in an original (Mẫu 3.1).
  r.blocks.push_back(block(centred(k.form, part_style(nd30::kNationalName.part))));
  model::Paragraph date = centred(place_date(c, k.place, k.date, k.line), part_style(nd30::kPlaceDate.part));
  date.props.space_before = pt(6);
  r.blocks.push_back(block(std::move(date)));
  row.cells = {std::move(l), std::move(r)};
  t.rows.push_back(std::move(row));
  out.push_back(block(std::move(t)));

  model::Paragraph gap = paragraph(model::Align::Left, nd30::kBody);
  out.push_back(block(std::move(gap)));
  out.push_back(block(closing_table(c, k.recipients, k.signer)));
}

model::Paragraph signing_stamp(Context& c, const std::string& text) {
  // The model's text box, about 81 mm wide, at the right edge of the text column (Mẫu 2.2, 3.2).
  model::Paragraph p = paragraph(model::Align::Left, nd30::kSigningStamp);
  p.props.indent_left = c.text_width - mm(81);
  p.props.space_after = pt(6);
  add_run(p, text, part_style(nd30::kSigningStamp.part));
  return p;
}

model::Paragraph electronic_copy_stamp(Context& c, const sem::Copy& k) {
  std::string when;
  if (k.date) when = vn::date_short(*k.date);
  else c.diag.error(c.where(k.line), "the electronic copy needs the date of the copying organ's signature (<copy date>)");
  if (!k.time.empty()) when += " " + k.time + " " + vn::vietnam_offset_iso();  // Vietnam time (PL1 Phần II.I)
  return signing_stamp(c, k.form + "; " + k.organ + "; " + when);
}

}  // namespace vanthu::realise
