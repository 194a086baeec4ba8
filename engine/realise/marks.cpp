#include "realise/marks.h"

#include "core/unicode.h"
#include "realise/nd30_styles.h"

namespace vanthu::realise {

namespace {

// A stamp: its text centred, bold, upper case, in a single-line rectangle
// (PL1 §III.2–3). A one-cell bordered table, so that it is a plain frame in
// Word and LibreOffice and the same box in the PDF.
model::Table frame(Context& c, const std::string& text, Length width, Length indent) {
  const model::RunStyle s = part_style(nd30::kMark.part);
  model::Table t;
  t.borders = true;
  t.layout_table = true;
  t.cell_margin_left = t.cell_margin_right = pt(2);
  t.columns = {width};
  t.indent = indent;
  model::TableRow row;
  row.cant_split = true;
  row.min_height = nd30::kUrgencyHeight;
  model::TableCell cell;
  cell.valign = model::VAlign::Center;
  model::Paragraph p = paragraph(model::Align::Center, nd30::kMark);
  add_run(p, text::upper(text), s);
  cell.blocks.push_back(block(std::move(p)));
  row.cells.push_back(std::move(cell));
  t.rows.push_back(std::move(row));
  (void)c;
  return t;
}

// The width of a frame around a text: the text and 3 mm each side, at least kFrameMinWidth.
Length fitted(Context& c, const std::string& text) {
  const Length w = text_width(c, text::upper(text), part_style(nd30::kMark.part)) + mm(6);
  return w < nd30::kFrameMinWidth ? nd30::kFrameMinWidth : twips(w.twips() + 1);
}

}  // namespace

bool has_left_marks(const sem::Document& d) { return !d.marks.secrecy.empty() || !d.marks.urgency.empty(); }

void left_marks(Context& c, std::vector<model::Block>& cell) {
  const sem::Marks& m = c.doc.marks;
  if (!m.secrecy.empty()) {
    // Ô 10a: the độ mật stamp under the Số (and the V/v of a công văn).
    model::Paragraph p = paragraph(model::Align::Left, nd30::kMark);
    p.props.space_before = pt(6);
    add_run(p, text::upper(m.secrecy), part_style(nd30::kMark.part));
    cell.push_back(block(std::move(p)));
    if (m.recall) {
      model::Paragraph r = paragraph(model::Align::Left, nd30::kMark);
      add_run(r, "TÀI LIỆU THU HỒI", part_style(nd30::kMark.part));
      cell.push_back(block(std::move(r)));
    }
  }
  if (!m.urgency.empty()) {
    // Ô 10b: 20 × 8 mm for KHẨN, 40 × 8 for THƯỢNG KHẨN, 30 × 8 for HỎA TỐC (PL1 §III.2).
    const std::string u = text::upper(m.urgency);
    const Length w = u == "KHẨN" ? nd30::kUrgencyKhan : u == "THƯỢNG KHẨN" ? nd30::kUrgencyThuongKhan : nd30::kUrgencyHoaToc;
    model::Paragraph gap = paragraph(model::Align::Left, nd30::kMark);
    gap.props.line.rule = model::LineSpacing::Rule::Exact;
    gap.props.line.value = 120;  // 6 pt above the stamp
    cell.push_back(block(std::move(gap)));
    cell.push_back(block(frame(c, u, w, Length{})));
  }
}

void top_marks(Context& c, std::vector<model::Block>& out) {
  const sem::Marks& m = c.doc.marks;
  if (m.draft >= 0) {
    // "DỰ THẢO" (or "DỰ THẢO LẦN 2") at the top left, framed, as drafts carry it.
    const std::string t = m.draft > 0 ? "DỰ THẢO LẦN " + std::to_string(m.draft) : std::string("DỰ THẢO");
    out.push_back(block(frame(c, t, fitted(c, t), Length{})));
  }
  if (!m.circulation.empty()) {
    // Ô 11: above the Quốc hiệu, centred on the right column.
    const Length w = fitted(c, m.circulation);
    const Length right_col_centre = nd30::kHeaderLeft + (c.text_width - nd30::kHeaderLeft) / 2;
    out.push_back(block(frame(c, m.circulation, w, twips((right_col_centre - w / 2).twips()))));
  }
}

std::vector<model::Block> address_footer(Context& c) {
  std::vector<model::Block> out;
  const std::string& a = c.doc.marks.address;
  if (a.empty()) return out;
  // "dưới một đường kẻ nét liền kéo dài hết chiều ngang của vùng trình bày" (PL1 §III.4).
  model::Rule line = rule(c.text_width, Length{}, pt(1));
  line.align = model::Align::Left;
  out.push_back(block(line));
  size_t from = 0;
  while (from <= a.size()) {
    const size_t nl = a.find('\n', from);
    model::Paragraph p = paragraph(model::Align::Left, nd30::kAddress);
    add_run(p, a.substr(from, nl == std::string::npos ? std::string::npos : nl - from), part_style(nd30::kAddress.part));
    out.push_back(block(std::move(p)));
    if (nl == std::string::npos) break;
    from = nl + 1;
  }
  return out;
}

std::string drafter_mark(const sem::Marks& m) {
  if (m.drafter.empty() && m.copies <= 0) return {};
  std::string s = text::upper(m.drafter);
  if (m.copies > 0) s += (s.empty() ? "(" : ".(") + std::to_string(m.copies) + ")";
  return s;
}

}  // namespace vanthu::realise
