#include "realise/header.h"

#include <algorithm>

#include "core/unicode.h"
#include "model/anchors.h"
#include "realise/marks.h"
#include "realise/nd30_styles.h"
#include "vn/document_symbol.h"
#include "vn/format.h"

namespace vanthu::realise {

namespace {

model::TableCell cell() {
  model::TableCell c;
  c.valign = model::VAlign::Top;
  return c;
}

model::Paragraph centred(const std::string& text, const model::RunStyle& s) {
  model::Paragraph p = paragraph(model::Align::Center, s.size_half_pt);
  add_run(p, text, s);
  return p;
}

// Rules under the organ name and the trích yếu: 1/3 to 1/2 of the text line
// (PL1 §II.2, §II.5); the engine takes 40 % of the longest line.
Length short_rule(Length text, Length available) { return std::min(text, available) * 2 / 5; }

// Organ names that do not fit the column are broken into balanced lines
// (the longest line as short as possible), as clerks set them by hand:
// "SỞ THÔNG TIN VÀ / TRUYỀN THÔNG" rather than a single orphaned word.
// Returns the lines and the width of the longest.
//
// The first line's width grows and the second's shrinks as the break moves
// right, so the best break is where they cross: a binary search over the
// spaces measures O(log n) candidates instead of every space (issue 16: an
// organ name of 8,000 words took 21 s).
std::pair<std::vector<std::string>, Length> balanced_lines(Context& c, const std::string& text,
                                                           const model::RunStyle& style, Length avail) {
  const Length whole = text_width(c, text, style);
  if (whole <= avail) return {{text}, whole};
  const std::pair<std::vector<std::string>, Length> wrap{{text}, avail};  // three lines or more: the renderer wraps
  // Two lines hold at most twice the column (10 % slack for the space and
  // rounding): longer names need three lines or more, with no measuring.
  if (whole > avail * 2 + avail / 10) return wrap;
  std::vector<size_t> spaces;
  for (size_t i = 0; i < text.size(); ++i)
    if (text[i] == ' ') spaces.push_back(i);
  if (spaces.empty()) return wrap;
  auto first = [&](size_t k) { return text_width(c, text.substr(0, spaces[k]), style); };
  auto second = [&](size_t k) { return text_width(c, text.substr(spaces[k] + 1), style); };
  // The first space whose first line is at least as wide as its second.
  size_t lo = 0, hi = spaces.size();
  while (lo < hi) {
    const size_t mid = lo + (hi - lo) / 2;
    if (first(mid) >= second(mid)) hi = mid;
    else lo = mid + 1;
  }
  std::pair<std::vector<std::string>, Length> best = wrap;
  bool found = false;
  for (size_t k : {lo - 1, lo}) {  // either side of the crossing; the earlier wins a tie, as before
    if (k >= spaces.size()) continue;
    const Length w = std::max(first(k), second(k));
    if (w <= avail && (!found || w < best.second)) {
      best = {{text.substr(0, spaces[k]), text.substr(spaces[k] + 1)}, w};
      found = true;
    }
  }
  return best;
}

model::Paragraph lines_paragraph(const std::vector<std::string>& lines, const model::RunStyle& s) {
  model::Paragraph p = paragraph(model::Align::Center, s.size_half_pt);
  for (size_t i = 0; i < lines.size(); ++i) {
    if (i > 0) {
      model::Run br;
      br.kind = model::RunKind::LineBreak;
      br.style = s;
      p.runs.push_back(br);
    }
    add_run(p, lines[i], s);
  }
  return p;
}

}  // namespace

std::string number_and_symbol(const Context& c) {
  const sem::Document& d = c.doc;
  // The ký hiệu from the one rule (vn/document_symbol.h) the register and
  // vt.so_ky_hieu use; the drafting unit of a công văn is the one on the Lưu
  // line ("- Lưu: VT, KGVX." gives "UBND-KGVX").
  const std::string symbol = !d.symbol_override.empty()
                                 ? d.symbol_override
                                 : vn::document_symbol(c.type, d.organ_abbreviation,
                                                       vn::drafting_unit(d.recipients.archive_units));
  // The number is left blank for the văn thư to fill in when not given (PL3).
  return vn::number_and_symbol(d.number, symbol, 7);
}

model::Table header_table(Context& c, bool with_number) {
  const sem::Document& d = c.doc;
  model::Table t;
  t.layout_table = true;
  t.cell_margin_left = t.cell_margin_right = twips(108);
  const Length margins = t.cell_margin_left + t.cell_margin_right;

  const model::RunStyle nat = part_style(nd30::kNationalName.part);
  const model::RunStyle motto = part_style(nd30::kMotto.part);
  model::RunStyle date_style = part_style(nd30::kPlaceDate.part);

  // The right column is as wide as the Quốc hiệu needs to stay on one line
  // (about 100 mm at 13 pt, PL1 §II.1), plus a little slack for rounding in
  // other renderers.
  const Length nat_w = text_width(c, kNationalName, nat);
  const Length motto_w = text_width(c, kMotto, motto);
  Length right = std::max(nat_w, motto_w) + margins + mm(2);
  const Length left = nd30::kHeaderLeft;
  t.columns = {left, right};
  t.indent = std::min(Length{}, c.text_width - left - right);

  model::TableRow row1;
  row1.cant_split = true;
  model::TableCell l = cell(), r = cell();
  const Length left_avail = left - margins;
  if (!d.parent_organ.empty()) {
    const model::RunStyle ps = part_style(nd30::kParentOrgan.part);
    model::Paragraph parent = lines_paragraph(balanced_lines(c, text::upper(d.parent_organ), ps, left_avail).first, ps);
    parent.props.part = model::Part::ParentOrgan;
    l.blocks.push_back(block(std::move(parent)));
  }
  const model::RunStyle organ_style = part_style(nd30::kOrgan.part);
  auto [organ_lines, organ_w] = balanced_lines(c, text::upper(d.organ), organ_style, left_avail);
  model::Paragraph organ = lines_paragraph(organ_lines, organ_style);
  organ.props.part = model::Part::Organ;
  l.blocks.push_back(block(std::move(organ)));
  l.blocks.push_back(block(rule(short_rule(organ_w, left_avail), pt(2))));

  model::Paragraph national = centred(kNationalName, nat);
  national.props.anchor = model::anchors::kNationalName;
  national.props.part = model::Part::NationalName;
  r.blocks.push_back(block(std::move(national)));
  model::Paragraph motto_line = centred(kMotto, motto);
  motto_line.props.part = model::Part::Motto;
  r.blocks.push_back(block(std::move(motto_line)));
  // The rule under the Tiêu ngữ is as long as its text line (PL1 §II.1).
  r.blocks.push_back(block(rule(motto_w, pt(1))));
  row1.cells = {std::move(l), std::move(r)};
  t.rows.push_back(std::move(row1));

  if (with_number && (d.numbered || d.dated || has_left_marks(d))) {
    model::TableRow row2;
    model::TableCell nl = cell(), nr = cell();
    // Số and the date stand on the same line (PL1 §II.3, §II.4): one row.
    if (d.numbered) {
      model::Paragraph num = centred("Số: " + number_and_symbol(c), part_style(nd30::kNumber.part));
      num.props.space_before = pt(6);
      num.props.part = model::Part::Number;
      nl.blocks.push_back(block(std::move(num)));
    }
    if (c.type && c.type->key == "cong-van" && !d.title.empty()) {
      // Công văn: "V/v …" centred under Số, 6 pt below (PL1 §II.5.b).
      model::Paragraph vv = paragraph(model::Align::Center, nd30::kAbstractCongVan);
      vv.props.space_before = pt(6);
      vv.props.part = model::Part::AbstractLetter;
      add_run(vv, "V/v ", part_style(nd30::kAbstractCongVan.part));
      add_text(vv, d.title, part_style(nd30::kAbstractCongVan.part));
      nl.blocks.push_back(block(std::move(vv)));
    }
    left_marks(c, nl.blocks);
    if (nl.blocks.empty()) nl.blocks.push_back(block(paragraph(model::Align::Center, nd30::kNumber)));
    if (d.dated) {
      std::string date_line;
      if (d.place.empty()) c.diag.error(c.where(d.line_root), "the place (địa danh, <place>) is missing");
      if (d.place.empty()) {
      } else if (d.date) {
        date_line = vn::place_and_date(d.place, *d.date);
      } else {
        // No date yet: the văn thư fills it in on signing (PL3 models).
        date_line = d.place + ", ngày      tháng      năm " ;
      }
      // A long place name may not fit at the chosen size: the range's smallest is allowed.
      if (text_width(c, date_line, date_style) > right - margins)
        date_style.size_half_pt = vn::nd30::rule(nd30::Part::PlaceDate).min;
      model::Paragraph dl = centred(date_line, date_style);
      dl.props.space_before = pt(6);
      dl.props.part = model::Part::PlaceDate;
      nr.blocks.push_back(block(std::move(dl)));
    } else {
      nr.blocks.push_back(block(paragraph(model::Align::Center, nd30::kPlaceDate)));
    }
    row2.cells = {std::move(nl), std::move(nr)};
    t.rows.push_back(std::move(row2));
  }
  return t;
}

void title_block(Context& c, std::vector<model::Block>& out) {
  const sem::Document& d = c.doc;
  const bool cong_van = c.type && c.type->key == "cong-van";
  if (!cong_van && c.type) {
    model::Paragraph name = centred(c.type->name, part_style(nd30::kTypeName.part));
    name.props.space_before = pt(24);
    name.props.keep_next = true;
    name.props.tag = model::StructTag::H1;
    name.props.part = model::Part::TypeName;
    out.push_back(block(std::move(name)));
    if (!d.title.empty()) {
      model::Paragraph abs = paragraph(model::Align::Center, nd30::kAbstract);
      add_text(abs, d.title, part_style(nd30::kAbstract.part));
      abs.props.keep_next = true;
      abs.props.part = model::Part::Abstract;
      out.push_back(block(std::move(abs)));
      const Length w = text_width(c, sem::plain(d.title), part_style(nd30::kAbstract.part));
      model::Rule r = rule(short_rule(w, c.text_width), pt(2), pt(6));
      out.push_back(block(r));
    } else {
      // No trích yếu (giấy giới thiệu, giấy nghỉ phép): the rule goes under the tên loại (PL3 Mẫu 1.8, 1.10).
      const Length w = text_width(c, c.type->name, part_style(nd30::kTypeName.part));
      out.push_back(block(rule(short_rule(w, c.text_width), pt(2), pt(6))));
    }
  }

  // Kính gửi (ô 9a): one recipient on the same line; several as a dash list
  // aligned under the colon, ";" after each and "." after the last (PL1 §II.9.a).
  if (!d.addressees.empty()) {
    const model::RunStyle s = run_style(nd30::kBody);
    const std::string label = "Kính gửi: ";
    const Length indent = mm(35);
    model::Paragraph p = paragraph(model::Align::Left, nd30::kBody);
    p.props.indent_left = indent;
    p.props.space_before = pt(12);
    p.props.part = model::Part::Addressee;
    if (!d.addressee_label) {
      // The recipients of a công điện: a dash list in the right column of a
      // borderless table, no label (PL3 Mẫu 1.6).
      model::Table t;
      t.layout_table = true;
      t.columns = {nd30::kHeaderLeft, c.text_width - nd30::kHeaderLeft};
      model::TableRow row;
      row.cant_split = true;
      model::TableCell l, r;
      l.blocks.push_back(block(paragraph(model::Align::Left, nd30::kBody)));
      for (size_t i = 0; i < d.addressees.size(); ++i) {
        model::Paragraph a = paragraph(model::Align::Left, nd30::kBody);
        const bool last = i + 1 == d.addressees.size();
        add_run(a, "- " + strip_trailing(d.addressees[i], ";.,") + (last ? "." : ";"), s);
        a.props.part = model::Part::Addressee;
        r.blocks.push_back(block(std::move(a)));
      }
      row.cells = {std::move(l), std::move(r)};
      t.rows.push_back(std::move(row));
      if (!d.addressee_lead.empty()) {
        model::Paragraph lead = centred(d.addressee_lead, run_style(nd30::kBody, true));
        lead.props.space_before = pt(12);
        lead.props.keep_next = true;
        out.push_back(block(std::move(lead)));
      }
      model::Paragraph gap = paragraph(model::Align::Left, nd30::kBody);
      gap.props.line.rule = model::LineSpacing::Rule::Exact;
      gap.props.line.value = 120;  // 6 pt above the list
      out.push_back(block(std::move(gap)));
      out.push_back(block(std::move(t)));
    } else if (d.addressees.size() == 1) {
      // One addressee: on the label's line, no punctuation ("Kính gửi: Bộ Nội vụ", PL1 §II.9.a).
      add_run(p, label + strip_trailing(d.addressees[0], ";.,"), s);
      out.push_back(block(std::move(p)));
    } else {
      add_run(p, "Kính gửi:", s);
      out.push_back(block(std::move(p)));
      const Length under_colon = indent + text_width(c, "Kính gửi", s);
      for (size_t i = 0; i < d.addressees.size(); ++i) {
        model::Paragraph a = paragraph(model::Align::Left, nd30::kBody);
        a.props.indent_left = under_colon;
        const bool last = i + 1 == d.addressees.size();
        add_run(a, "- " + strip_trailing(d.addressees[i], ";.,") + (last ? "." : ";"), s);
        a.props.part = model::Part::Addressee;
        out.push_back(block(std::move(a)));
      }
    }
  }

  if (!d.authority.empty()) {
    model::Paragraph a = centred(text::upper(d.authority), run_style(nd30::kBody, true));
    a.props.space_before = pt(12);
    a.props.keep_next = true;
    a.props.part = model::Part::Authority;
    out.push_back(block(std::move(a)));
  }

  // Căn cứ: italic, each ending with ";" and the last with "." (PL1 §II.6.b).
  for (size_t i = 0; i < d.bases.size(); ++i) {
    model::Paragraph p = paragraph(model::Align::Justify, nd30::kBody);
    p.props.first_line = twips(567);
    p.props.space_before = pt(6);
    p.props.part = model::Part::Basis;
    sem::Text t = d.bases[i];
    if (!t.empty()) t.back().text = strip_trailing(t.back().text, ";.,:");
    add_text(p, t, run_style(nd30::kBody, false, true));
    add_run(p, i + 1 == d.bases.size() ? "." : ";", run_style(nd30::kBody, false, true));
    out.push_back(block(std::move(p)));
  }

  // The word that opens the articles after the căn cứ: "QUYẾT ĐỊNH:" (PL3
  // Mẫu 1.2, 1.3), "QUYẾT NGHỊ:" (Mẫu 1.1).
  const bool decision = c.type && (c.type->key == "quyet-dinh" || c.type->key == "nghi-quyet");
  if (decision && !d.bases.empty()) {
    model::Paragraph q = centred(c.type->key == "nghi-quyet" ? "QUYẾT NGHỊ:" : "QUYẾT ĐỊNH:", run_style(nd30::kBody, true));
    q.props.space_before = pt(12);
    q.props.space_after = pt(6);
    q.props.keep_next = true;
    out.push_back(block(std::move(q)));
  }
}

}  // namespace vanthu::realise
