// Recognising the parts of an administrative document (Phụ lục I Mục IV:
// the numbered boxes ô 1–9) in a DOCX made by any tool: the header table
// with the organ names, Số, Quốc hiệu, Tiêu ngữ and the date line; tên loại
// and trích yếu; Kính gửi; căn cứ; the body; the closing table with Nơi
// nhận and the signer. A file may hold several documents (the Phụ lục III
// models are one file): each header table with a Quốc hiệu starts a segment.
#pragma once

#include <deque>
#include <memory>
#include <string>
#include <vector>

#include "check/wml.h"

namespace vanthu::check {

// A paragraph and the width of the box it is laid out in (text column or
// table cell minus the cell's margins), in twips.
struct Located {
  const Paragraph* p = nullptr;
  int box = 0;
  // An item continued after a soft line break: its last line (null = p).
  const Paragraph* end = nullptr;
  const Paragraph& last_line() const { return end ? *end : *p; }
  explicit operator bool() const { return p != nullptr; }
};

// The horizontal line under a text line: a paragraph border, a line shape,
// or a paragraph of underscores.
struct RuleMark {
  enum class Kind { None, Border, Shape, Underscores };
  Kind kind = Kind::None;
  Located where;        // the paragraph holding it
  double length_pt = 0; // Border and Shape; Underscores are measured later
  double offset_pt = 0; // Border: left indent minus right indent (0 = centred)
  bool floating = false; // a floating shape anchored in a later paragraph, placed by its offset (inferred)
  bool found() const { return kind != Kind::None; }
};

// How the header (ô 1–4) was laid out.
enum class HeaderLayout { Table, Paragraphs, Tabs };

struct Segment {
  int first_block = 0, end_block = 0;  // top-level blocks of the segment
  int body_from = 0;                   // first top-level block after the header
  const Table* header = nullptr;       // null when the header is not a table
  HeaderLayout layout = HeaderLayout::Table;
  // The columns of a header laid out with tabs, as paragraphs of their own
  // (same numbers as the lines they come from).
  std::shared_ptr<std::deque<Paragraph>> columns;
  // For each right-column line of a header laid out with tabs, the line it
  // was split from (to place the right column where the tabs put it).
  std::vector<std::pair<const Paragraph*, const Paragraph*>> tab_sources;
  Located quoc_hieu, tieu_ngu, date, so, vv;
  Located quoc_hieu_rest;              // the Quốc hiệu's second line after a soft line break
  RuleMark tieu_ngu_rule, organ_rule, trich_yeu_rule;
  std::vector<Located> superior, issuer;  // organ name lines (cơ quan chủ quản, ban hành)
  Located ten_loai;
  std::vector<Located> trich_yeu;
  bool attached = false;                  // "(Kèm theo …)" under the title: no Số, date or signer
  Located kinh_gui;
  bool kinh_gui_in_table = false;         // label and addressees in cells of a layout table
  std::vector<Located> kinh_gui_items;
  Located authority;                      // "GIÁM ĐỐC SỞ …" above the căn cứ
  std::vector<Located> can_cu;
  Located decision_word;                  // "QUYẾT ĐỊNH:", "QUYẾT NGHỊ:"
  std::vector<Located> body;              // top-level content paragraphs
  const Table* closing = nullptr;
  Located noi_nhan;
  std::vector<Located> noi_nhan_items;
  std::vector<Located> signer;            // the signer cell's lines (empty ones left out)
  std::string kind;                       // document_kind(): "cong-van", "quyet-dinh", …
  bool cong_van() const { return !ten_loai && vv; }
};

std::vector<Segment> recognise(const Document& doc);

// The width of the text column of the section holding top-level block `index`.
int text_width(const Document& doc, int index);

}  // namespace vanthu::check
