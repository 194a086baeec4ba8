// Small model documents built in code for the DOCX writer's tests: each
// exercises one area of the mapping (paragraph properties, tables, sections,
// pictures) and together they cover every model element.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "model/chart.h"
#include "model/document.h"
#include "model/word_paragraphs.h"

namespace vanthu::docx::samples {

using namespace vanthu::model;

// A valid 1x1 pixel RGB PNG (one red pixel), made with zlib and CRC-32.
inline const std::string& one_pixel_png() {
  static const std::string png(
      "\x89\x50\x4e\x47\x0d\x0a\x1a\x0a\x00\x00\x00\x0d\x49\x48\x44\x52\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02"
      "\x00\x00\x00\x90\x77\x53\xde\x00\x00\x00\x0c\x49\x44\x41\x54\x78\xda\x63\xf8\xcf\xc0\x00\x00\x03\x01\x01"
      "\x00\xf7\x03\x41\x43\x00\x00\x00\x00\x49\x45\x4e\x44\xae\x42\x60\x82",
      69);
  return png;
}

inline Run text(std::string s, RunStyle style = {}) { return {RunKind::Text, std::move(s), style}; }

inline Paragraph para(std::string s, Align align = Align::Justify, RunStyle style = {}) {
  Paragraph p;
  p.props.align = align;
  p.props.mark = style;
  p.runs.push_back(text(std::move(s), style));
  return p;
}

template <class T>
Block block(T value) {
  return Block{std::move(value)};
}

inline TableCell cell(std::vector<Block> blocks, int span = 1, VAlign valign = VAlign::Top) {
  TableCell c;
  c.blocks = std::move(blocks);
  c.span = span;
  c.valign = valign;
  return c;
}

inline TableRow row(std::vector<TableCell> cells) {
  TableRow r;
  r.cells = std::move(cells);
  return r;
}

// Word's paragraphs between and after tables, which every producer of a
// model adds (model/word_paragraphs.h).
inline Document finished(Document doc) {
  make_word_paragraphs_explicit(doc);
  return doc;
}

inline Document single_section(std::vector<Block> blocks) {
  Document doc;
  doc.meta.title = "Kế hoạch phát động phong trào thi đua";
  doc.meta.subject = "Kế hoạch số 293/KH-STTTT";
  doc.meta.author = "Sở Thông tin và Truyền thông tỉnh Lạng Sơn";
  Section s;
  s.blocks = std::move(blocks);
  doc.sections.push_back(std::move(s));
  return finished(std::move(doc));
}

// One paragraph that sets every ParagraphProps field and uses every run kind.
inline Document every_paragraph_property() {
  Paragraph p;
  p.props.align = Align::Justify;
  p.props.indent_left = twips(720);
  p.props.indent_right = twips(360);
  p.props.first_line = twips(567);
  p.props.space_before = pt(6);
  p.props.space_after = pt(12);
  p.props.line = {LineSpacing::Rule::Auto, 360};
  p.props.keep_next = true;
  p.props.keep_lines = true;
  p.props.widow_control = false;
  p.props.page_break_before = true;
  p.props.tabs = {{TabStop::Kind::Right, twips(9070)}, {TabStop::Kind::Center, twips(4535)}};
  p.props.tag = StructTag::H2;
  p.props.outline_level = 1;
  p.props.mark = {true, false, false, false, 26};
  const RunStyle strong{true, false, false, false, 26};
  const RunStyle fancy{false, true, true, true, 20};
  p.runs = {text(" Căn cứ Nghị định số 30/2020/NĐ-CP", strong),
            text("1", fancy),
            {RunKind::LineBreak, "", strong},
            {RunKind::Tab, "", strong},
            text("Trang", strong),
            {RunKind::PageNumber, "", strong}};

  Paragraph hanging = para("- Đối tượng áp dụng: công chức, viên chức.", Align::Left);
  hanging.props.indent_left = twips(567);
  hanging.props.first_line = twips(-283);
  hanging.props.line = {LineSpacing::Rule::Exact, 320};
  Paragraph centred = para("KẾ HOẠCH", Align::Center, {true, false, false, false, 28});
  centred.props.line = {LineSpacing::Rule::AtLeast, 300};
  Paragraph right = para("Lạng Sơn, ngày 27 tháng 3 năm 2018", Align::Right, {false, true, false, false, 28});
  return single_section({block(p), block(hanging), block(centred), block(right)});
}

// A bordered table with a repeated header row, a spanning cell, a nested
// table and rules inside cells, then a borderless layout table kept on one page.
inline Document tables() {
  Table inner;
  inner.columns = {twips(1200), twips(1200)};
  inner.borders = true;
  inner.rows.push_back(row({cell({block(para("a"))}), cell({block(para("b"))})}));

  Rule centred_rule;
  centred_rule.length = twips(1500);
  centred_rule.align = Align::Center;
  centred_rule.space_before = pt(2);
  centred_rule.gap = pt(3);
  Rule right_rule = centred_rule;
  right_rule.align = Align::Right;
  right_rule.thickness = pt(1);

  Table t;
  t.columns = {twips(3000), twips(6000)};
  t.indent = twips(-108);
  t.borders = true;
  t.cell_margin_top = twips(40);
  TableRow head;
  head.repeat_header = true;
  head.min_height = twips(400);
  head.cells = {cell({block(para("TT", Align::Center))}, 1, VAlign::Center),
                cell({block(para("Nội dung", Align::Center))}, 1, VAlign::Center)};
  TableRow spanning;
  spanning.cant_split = false;
  spanning.cells = {cell({block(para("Toàn thể công chức, viên chức, người lao động"))}, 2)};
  TableRow nested;
  nested.cells = {cell({block(para("UBND TỈNH LẠNG SƠN")), block(centred_rule), block(right_rule)}),
                  cell({block(inner)})};
  TableRow empty_cells;
  empty_cells.cells = {cell({}), cell({block(para("cuối"))}, 1, VAlign::Bottom)};
  t.rows = {head, spanning, nested, empty_cells};

  Table closing;
  closing.columns = {twips(4500), twips(4500)};
  closing.keep_together = true;
  closing.layout_table = true;
  for (int r = 0; r < 3; ++r)
    closing.rows.push_back(row({cell({block(para("Nơi nhận " + std::to_string(r)))}),
                             cell({block(para("KT. GIÁM ĐỐC " + std::to_string(r)))})}));
  return single_section({block(para("Bảng tổng hợp")), block(t), block(closing)});
}

// Two sections: A4 portrait with the number hidden on its first page, then an
// A4 landscape annex whose numbering restarts at 1 and ends with a table.
inline Document two_sections() {
  Document doc = single_section({block(para("Phần chính của văn bản")), block(para("Hết phần chính"))});
  doc.sections[0].numbering.style.size_half_pt = 26;
  Section annex;
  annex.page.width = mm(297);
  annex.page.height = mm(210);
  annex.page.landscape = true;
  annex.numbering.hide_on_first_page = false;
  annex.numbering.restart_at = 1;
  Table t;
  t.columns = {mm(120), mm(132)};
  t.borders = true;
  t.rows.push_back(row({cell({block(para("Phụ lục"))}), cell({block(para("Danh sách"))})}));
  annex.blocks = {block(para("PHỤ LỤC", Align::Center)), block(t)};
  doc.sections.push_back(std::move(annex));
  return finished(std::move(doc));
}

// The same PNG twice (one media part), the second in an exactly spaced paragraph.
inline Document picture() {
  Image image;
  image.width = mm(20);
  image.height = mm(10);
  image.png = one_pixel_png();
  image.description = "Biểu đồ kết quả";
  image.props.align = Align::Center;
  Image again = image;
  again.description.clear();
  again.props.line = {LineSpacing::Rule::Exact, 280};
  return single_section({block(para("Hình 1")), block(image), block(again)});
}

// A bar chart of three categories (a native chart part), as the realiser
// makes it: data, scale and plot box; a drawing is only needed by the PDF.
inline Document chart() {
  auto data = std::make_shared<Chart>();
  data->categories = {"Văn phòng Sở", "Phòng TT-BC-XB", "Báo Lạng Sơn & Đài"};
  Chart::Series s;
  s.name = "Số tin, bài năm 2018";
  s.values = {15, 46.5, 1234};
  s.texts = {"15,0", "46,5", "1.234,0"};
  s.color = {0.22, 0.42, 0.69};
  data->series.push_back(std::move(s));
  data->decimals = 1;
  data->value_unit = "tin, bài";
  data->axis_max = 1500;
  data->major_unit = 250;
  data->grid_color = {0.82, 0.82, 0.82};
  data->plot_x = 40, data->plot_y = 26, data->plot_width = 400, data->plot_height = 190;
  data->width_pt = 446, data->height_pt = 250;
  Image image;
  image.width = pt(446);
  image.height = pt(250);
  image.chart = data;
  image.description = "Biểu đồ 1. Số tin, bài; Văn phòng Sở: 15,0";
  image.props.align = Align::Center;
  return single_section({block(para("Biểu đồ")), block(image), block(para("Hết"))});
}

// The shape of a real document: header table, rules, numbered headings, body,
// closing table; no page numbers.
inline Document administrative_letter() {
  const RunStyle organ{false, false, false, false, 26};
  const RunStyle organ_bold{true, false, false, false, 26};
  Rule under_organ;
  under_organ.length = mm(20);
  Rule under_motto;
  under_motto.length = mm(60);
  Table header;
  header.columns = {mm(60), mm(105)};
  header.layout_table = true;
  header.cell_margin_left = header.cell_margin_right = Length{};
  header.rows.push_back(row({cell({block(para("UBND TỈNH LẠNG SƠN", Align::Center, organ)),
                                block(para("SỞ THÔNG TIN VÀ TRUYỀN THÔNG", Align::Center, organ_bold)),
                                block(under_organ), block(para("Số: 293/KH-STTTT", Align::Center, organ))}),
                          cell({block(para("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", Align::Center, organ_bold)),
                                block(para("Độc lập - Tự do - Hạnh phúc", Align::Center,
                                           {true, false, false, false, 28})),
                                block(under_motto),
                                block(para("Lạng Sơn, ngày 27 tháng 3 năm 2018", Align::Center,
                                           {false, true, false, false, 28}))})}));
  std::vector<Block> body = {block(header), block(para("KẾ HOẠCH", Align::Center, {true, false, false, false, 28}))};
  const char* lines[] = {
      "I. Mục đích, yêu cầu",
      "1. Mục đích",
      "- Tạo sự động lực mạnh mẽ trong hoạt động bảo đảm trật tự an toàn giao thông trong lĩnh vực Thông tin "
      "và truyền thông, đẩy mạnh công tác tuyên truyền về thực hiện an toàn giao thông.",
      "- Biểu dương khen thưởng những tập thể, cá nhân có thành tích xuất sắc trong phong trào thi đua.",
      "II. Đối tượng",
      "Toàn thể Công chức, viên chức, người lao động Sở Thông tin và Truyền thông.",
  };
  for (const char* l : lines) {
    Paragraph p = para(l);
    p.props.first_line = mm(10);
    p.props.space_after = pt(6);
    body.push_back(block(p));
  }
  Table closing;
  closing.columns = {mm(80), mm(85)};
  closing.keep_together = true;
  closing.rows.push_back(row({cell({block(para("Nơi nhận:", Align::Left, {true, true, false, false, 24}))}),
                           cell({block(para("GIÁM ĐỐC", Align::Center, {true, false, false, false, 28}))})}));
  closing.rows.push_back(row({cell({block(para("- Lưu: VT.", Align::Left, {false, false, false, false, 22}))}),
                           cell({block(para("Nguyễn Văn A", Align::Center, {true, false, false, false, 28}))})}));
  body.push_back(block(closing));
  Document doc = single_section(std::move(body));
  doc.sections[0].numbering.enabled = false;
  return finished(std::move(doc));
}

inline std::vector<std::pair<std::string, Document>> all() {
  return {{"every_paragraph_property", every_paragraph_property()},
          {"tables", tables()},
          {"two_sections", two_sections()},
          {"picture", picture()},
          {"chart", chart()},
          {"administrative_letter", administrative_letter()}};
}

}  // namespace vanthu::docx::samples
