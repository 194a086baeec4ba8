#include "register/register_book.h"

#include "core/unicode.h"
#include "model/word_paragraphs.h"
#include "register/clock.h"
#include "vn/format.h"

namespace vanthu::reg {

namespace {

using namespace vanthu::model;

std::string short_date(const std::string& iso) {
  auto d = vn::Date::parse(iso);
  if (!d) return iso;
  char buf[16];
  std::snprintf(buf, sizeof buf, "%02d/%02d/%04d", d->day, d->month, d->year);
  return buf;
}

std::string padded(long long n) { return n < 10 ? "0" + std::to_string(n) : std::to_string(n); }

Paragraph para(const std::string& text, int half_pt, bool bold, Align align, Length before = {}) {
  Paragraph p;
  p.props.align = align;
  p.props.space_before = before;
  p.props.mark.size_half_pt = half_pt;
  RunStyle s;
  s.bold = bold;
  s.size_half_pt = half_pt;
  // Lines of a cell become runs separated by line breaks.
  size_t start = 0;
  for (;;) {
    const size_t nl = text.find('\n', start);
    const std::string part = text.substr(start, nl == std::string::npos ? std::string::npos : nl - start);
    if (!part.empty()) p.runs.push_back({RunKind::Text, part, s});
    if (nl == std::string::npos) break;
    p.runs.push_back({RunKind::LineBreak, "", s});
    start = nl + 1;
  }
  return p;
}

TableCell cell(const std::string& text, bool bold, Align align) {
  TableCell c;
  c.valign = VAlign::Top;
  c.blocks.push_back({para(text, 22, bold, align)});  // 11 pt in the table
  return c;
}

// Column widths in mm, summing to the landscape text width (297 - 30 - 15).
constexpr double kWidths[10] = {34, 24, 48, 24, 30, 22, 15, 22, 16, 17};

}  // namespace

std::vector<std::string> book_cells(const Row& r) {
  std::string note = r.note;
  auto add = [&](const std::string& s) { note = note.empty() ? s : s + ". " + note; };
  switch (r.status) {
    case Status::Voided: add("Đã hủy: " + r.void_reason); break;  // Điều 18.3: kept, never re-used
    case Status::Released: add("Số giữ không sử dụng: " + r.void_reason); break;
    case Status::Reserved: add("Đã giữ số, chưa ban hành"); break;
    case Status::Imported: add("Nhập từ sổ trước"); break;
    default: break;
  }
  return {r.symbol,
          short_date(r.date),
          r.summary.empty() ? r.type_name : r.type_name + "\n" + r.summary,
          r.signer,
          r.recipients,
          r.archive,
          r.copies ? std::to_string(r.copies) : "",
          r.delivered_on.empty() ? "" : short_date(r.delivered_on),
          r.received_by,
          note};
}

model::Document register_book(const BookCover& cover, const std::vector<Row>& rows) {
  Document doc;
  doc.meta.title = "Sổ đăng ký văn bản đi năm " + std::to_string(cover.year);
  doc.meta.subject = "Sổ đăng ký văn bản đi";
  doc.meta.author = cover.organ;
  Section s;
  s.page.landscape = true;
  s.page.width = mm(297);
  s.page.height = mm(210);
  s.numbering.hide_on_first_page = true;  // the cover has no page number
  s.numbering.style.size_half_pt = 28;

  // Cover (Phụ lục IV §I.1).
  if (!cover.parent_organ.empty()) s.blocks.push_back({para(text::upper(cover.parent_organ), 28, false, Align::Center, mm(10))});
  s.blocks.push_back({para(text::upper(cover.organ), 28, true, Align::Center, cover.parent_organ.empty() ? mm(10) : Length{})});
  s.blocks.push_back({para("SỔ ĐĂNG KÝ VĂN BẢN ĐI", 40, true, Align::Center, mm(40))});
  if (!cover.series_name.empty()) s.blocks.push_back({para("(" + cover.series_name + ")", 28, false, Align::Center, mm(4))});
  std::string first_date, last_date;
  long long first_no = 0, last_no = 0;
  for (const auto& r : rows) {
    if (first_date.empty() || r.date < first_date) first_date = r.date;
    if (r.date > last_date) last_date = r.date;
    if (!first_no || r.number < first_no) first_no = r.number;
    last_no = std::max(last_no, r.number);
  }
  s.blocks.push_back({para("Năm: " + std::to_string(cover.year), 28, true, Align::Center, mm(20))});
  s.blocks.push_back({para("Từ ngày " + (first_date.empty() ? "…" : short_date(first_date)) + " đến ngày " +
                               (last_date.empty() ? "…" : short_date(last_date)),
                           28, false, Align::Center, mm(3))});
  s.blocks.push_back({para("Từ số " + (first_no ? padded(first_no) : "…") + " đến số " + (last_no ? padded(last_no) : "…"),
                           28, false, Align::Center, mm(3))});
  s.blocks.push_back({para("Quyển số: " + std::to_string(cover.volume), 28, false, Align::Center, mm(3))});

  // The register (Phụ lục IV §I.2), from a new page.
  Paragraph heading = para("SỔ ĐĂNG KÝ VĂN BẢN ĐI NĂM " + std::to_string(cover.year), 28, true, Align::Center);
  heading.props.page_break_before = true;
  heading.props.space_after = pt(6);
  heading.props.keep_next = true;
  s.blocks.push_back({heading});

  Table t;
  t.borders = true;
  for (double w : kWidths) t.columns.push_back(mm(w));
  static const char* kHeads[10] = {"Số, ký hiệu văn bản", "Ngày tháng văn bản", "Tên loại và trích yếu nội dung văn bản",
                                   "Người ký", "Nơi nhận văn bản", "Đơn vị, người nhận bản lưu", "Số lượng bản",
                                   "Ngày chuyển", "Ký nhận", "Ghi chú"};
  TableRow head, numbers;
  head.repeat_header = numbers.repeat_header = true;
  for (int k = 0; k < 10; ++k) {
    head.cells.push_back(cell(kHeads[k], true, Align::Center));
    numbers.cells.push_back(cell("(" + std::to_string(k + 1) + ")", false, Align::Center));
  }
  t.rows.push_back(std::move(head));
  t.rows.push_back(std::move(numbers));
  for (const auto& r : rows) {
    TableRow tr;
    const auto cells = book_cells(r);
    for (int k = 0; k < 10; ++k)
      tr.cells.push_back(cell(cells[k], false, k == 2 || k == 4 || k == 9 ? Align::Left : Align::Center));
    t.rows.push_back(std::move(tr));
  }
  s.blocks.push_back({std::move(t)});
  doc.sections.push_back(std::move(s));
  model::make_word_paragraphs_explicit(doc);
  return doc;
}

}  // namespace vanthu::reg
