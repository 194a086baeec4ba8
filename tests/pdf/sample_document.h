// A plan-shaped document built in code for the PDF tests: a borderless
// header table with rules, a title, headings in the outline, justified
// body text, a bordered table with a repeated header row, a picture, the
// closing table kept together, and a landscape annex that restarts the
// page numbers.
#pragma once

#include <memory>
#include <string>

#include "layout/model_builder.h"

namespace vanthu::testing {

inline model::Block rule_block(double length_pt) {
  model::Rule r;
  r.length = pt(length_pt);
  return model::Block{r};
}

inline model::Block centred(const std::string& s, model::RunStyle style) {
  return ParaBuilder(s, style).align(model::Align::Center);
}

inline std::shared_ptr<model::Drawing> bar_chart() {
  auto d = std::make_shared<model::Drawing>();
  d->width_pt = 200;
  d->height_pt = 100;
  model::Drawing::Shape axis;
  axis.kind = model::Drawing::Shape::Kind::Line;
  axis.x = 10, axis.y = 90, axis.w = 180, axis.h = 0;
  d->shapes.push_back(axis);
  for (int i = 0; i < 3; ++i) {
    model::Drawing::Shape bar;
    bar.kind = model::Drawing::Shape::Kind::FilledRect;
    bar.x = 30 + 50 * i, bar.y = 90 - 20 * (i + 1), bar.w = 30, bar.h = 20 * (i + 1);
    bar.color = {0.2, 0.3, 0.6};
    d->shapes.push_back(bar);
  }
  model::Drawing::Shape label;
  label.kind = model::Drawing::Shape::Kind::Text;
  label.text = "Năm 2018";
  label.x = 100, label.y = 99, label.font_size = 8;
  label.text_align = model::Align::Center;
  d->shapes.push_back(label);
  return d;
}

inline model::Document sample_plan(int body_paragraphs = 24) {
  model::RunStyle s13 = sized(26), b13 = sized(26, true), b14 = sized(28, true), i14 = sized(28, false, true);
  model::RunStyle tieu_ngu = b14;
  tieu_ngu.underline = false;

  model::Table header;
  header.layout_table = true;
  header.columns = {mm(62), mm(103)};
  header.cell_margin_left = header.cell_margin_right = twips(0);
  model::TableRow r1;
  r1.cells = {cell({centred("UBND TỈNH QUẢNG NAM", s13), centred("SỞ THÔNG TIN VÀ TRUYỀN THÔNG", b13), rule_block(40),
                    centred("Số: 293/KH-STTTT", s13)}),
              cell({centred("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", b13), centred("Độc lập - Tự do - Hạnh phúc", tieu_ngu),
                    rule_block(171.5),
                    centred("Quảng Nam, ngày 27 tháng 3 năm 2018", i14)})};
  header.rows = {r1};

  std::vector<model::Block> body;
  body.push_back(model::Block{header});
  body.push_back(ParaBuilder("KẾ HOẠCH", b14).align(model::Align::Center).before(24).keep_next().heading(model::StructTag::H1, 0));
  body.push_back(ParaBuilder("Ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước năm 2018", b14)
                     .align(model::Align::Center)
                     .after(12));
  const std::string sentence =
      "Thực hiện Quyết định số 1819/QĐ-TTg ngày 26 tháng 10 năm 2015 của Thủ tướng Chính phủ phê duyệt Chương "
      "trình quốc gia về ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước giai đoạn 2016 - 2020, "
      "Sở Thông tin và Truyền thông xây dựng kế hoạch với các nội dung chủ yếu như sau: ";
  for (int i = 0; i < body_paragraphs; ++i) {
    if (i % 8 == 0)
      body.push_back(ParaBuilder("I. MỤC TIÊU " + std::to_string(i / 8 + 1), b14)
                         .before(6)
                         .keep_next()
                         .heading(model::StructTag::H2, 1));
    ParaBuilder p(sentence);
    p.run("đẩy mạnh", sized(28, true)).run(" và ").run("nâng cao", sized(28, false, true)).run(" chất lượng.");
    body.push_back(p.first_line(twips(567)).before(6));
  }

  model::Table data;
  data.columns = {twips(850), twips(5000), twips(3504)};
  data.borders = true;
  model::TableRow h;
  h.repeat_header = true;
  h.cells = {cell({centred("STT", b13)}), cell({centred("Nhiệm vụ", b13)}), cell({centred("Kinh phí (triệu đồng)", b13)})};
  data.rows.push_back(h);
  for (int i = 1; i <= 30; ++i) {
    model::TableRow r;
    r.cells = {cell({centred(std::to_string(i), s13)}),
               cell({ParaBuilder("Triển khai dịch vụ công trực tuyến mức độ 3, 4 số " + std::to_string(i), s13)
                         .align(model::Align::Left)}),
               cell({ParaBuilder(std::to_string(100 * i) + ".000", s13).align(model::Align::Right)})};
    r.cells[0].valign = model::VAlign::Center;
    data.rows.push_back(r);
  }
  body.push_back(model::Block{data});

  model::Image chart;
  chart.width = pt(200);
  chart.height = pt(100);
  chart.drawing = bar_chart();
  chart.description = "Biểu đồ kinh phí theo năm";
  chart.props.align = model::Align::Center;
  chart.props.space_before = pt(6);
  body.push_back(model::Block{chart});

  model::Table closing;
  closing.layout_table = true;
  closing.keep_together = true;
  closing.columns = {mm(80), mm(85)};
  model::TableRow c1;
  model::RunStyle bi12 = sized(24, true, true), s11 = sized(22);
  c1.cells = {cell({ParaBuilder("Nơi nhận:", bi12).align(model::Align::Left), ParaBuilder("- UBND tỉnh;", s11).align(model::Align::Left),
                    ParaBuilder("- Lưu: VT, KHTC.", s11).align(model::Align::Left)}),
              cell({centred("GIÁM ĐỐC", b14), centred("", b14), centred("", b14), centred("Nguyễn Văn A", b14)})};
  closing.rows = {c1};
  body.push_back(model::Block{closing});

  model::Section annex = a4_section({ParaBuilder("PHỤ LỤC", b14).align(model::Align::Center).heading(model::StructTag::H1, 0),
                                     ParaBuilder("Danh mục hệ thống thông tin dùng chung").align(model::Align::Center)});
  annex.page.width = mm(297);
  annex.page.height = mm(210);
  annex.page.landscape = true;
  annex.numbering.restart_at = 1;
  annex.numbering.hide_on_first_page = false;

  model::Document doc = document({a4_section(std::move(body)), std::move(annex)});
  doc.meta.title = "Kế hoạch ứng dụng công nghệ thông tin năm 2018";
  doc.meta.author = "Sở Thông tin và Truyền thông tỉnh Quảng Nam";
  doc.meta.created_epoch = 1522108800;  // 2018-03-27
  return doc;
}

}  // namespace vanthu::testing
