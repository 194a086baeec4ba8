// vanthu-fidelity-fixtures OUTDIR: writes NAME.docx and NAME.pdf for a set of
// model documents that exercise the layout features one by one, so that
// `vanthu-fidelity --batch OUTDIR` can compare our PDF with LibreOffice's
// rendering of the DOCX for each of them.
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <string>
#include <vector>

#include "docx/docx_writer.h"
#include "layout/fonts.h"
#include "layout/measure.h"
#include "model/chart.h"
#include "model/word_paragraphs.h"
#include "pdf/pdf_writer.h"
#include "realise/chart.h"

namespace {

using namespace vanthu;
using model::Align;
using Rule = model::LineSpacing::Rule;

model::RunStyle style(int half_pt, bool bold = false, bool italic = false, bool underline = false,
                      bool superscript = false) {
  model::RunStyle s;
  s.size_half_pt = half_pt;
  s.bold = bold;
  s.italic = italic;
  s.underline = underline;
  s.superscript = superscript;
  return s;
}

model::Run text(std::string s, model::RunStyle st = {}) { return {model::RunKind::Text, std::move(s), st}; }
model::Run special(model::RunKind k, model::RunStyle st = {}) { return {k, {}, st}; }

model::Paragraph para(std::vector<model::Run> runs, Align align = Align::Justify) {
  model::Paragraph p;
  p.props.align = align;
  if (!runs.empty()) p.props.mark = runs.front().style;
  p.runs = std::move(runs);
  return p;
}

model::Paragraph body(const std::string& s, int half_pt = 28) {
  model::Paragraph p = para({text(s, style(half_pt))});
  p.props.first_line = twips(567);
  p.props.space_before = pt(6);
  return p;
}

model::Block block(model::Paragraph p) { return model::Block{std::move(p)}; }
model::Block block(model::Table t) { return model::Block{std::move(t)}; }

model::TableCell cell(std::vector<model::Block> blocks, int span = 1, model::VAlign v = model::VAlign::Top) {
  model::TableCell c;
  c.blocks = std::move(blocks);
  c.span = span;
  c.valign = v;
  return c;
}

model::Section section(std::vector<model::Block> blocks) {
  model::Section s;
  s.numbering.style = style(28);
  s.blocks = std::move(blocks);
  return s;
}

const std::string kSentence =
    "Tăng cường ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước, bảo đảm an toàn thông tin "
    "mạng, nâng cao hiệu quả cải cách hành chính và chất lượng phục vụ người dân, doanh nghiệp. ";

std::string repeat(const std::string& s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

model::Document text_features() {
  std::vector<model::Block> b;
  b.push_back(block(para({text("VĂN BẢN KIỂM TRA ĐỊNH DẠNG", style(28, true))}, Align::Center)));
  b.push_back(block(para({text("Chữ ", style(28)), text("đậm", style(28, true)), text(", ", style(28)),
                          text("nghiêng", style(28, false, true)), text(", ", style(28)),
                          text("gạch chân", style(28, false, false, true)), text(", diện tích 25 m", style(28)),
                          text("2", style(28, false, false, false, true)),
                          text(" và " + repeat(kSentence, 2), style(28))})));
  model::Paragraph breaks = para({text("Dòng thứ nhất kết thúc bằng ngắt dòng", style(28)),
                                  special(model::RunKind::LineBreak, style(28)),
                                  text("dòng thứ hai " + kSentence, style(28))});
  b.push_back(block(breaks));
  for (int i = 1; i <= 3; ++i) {
    model::Paragraph item = para({text(std::to_string(i) + ".", style(28)), special(model::RunKind::Tab, style(28)),
                                  text(repeat(kSentence, i % 2 + 1), style(28))});
    item.props.indent_left = twips(567);
    item.props.first_line = twips(-567);
    item.props.space_before = pt(3);
    b.push_back(block(item));
  }
  model::Paragraph tabs = para({text("Trái", style(26)), special(model::RunKind::Tab), text("Giữa", style(26)),
                                special(model::RunKind::Tab), text("Phải", style(26))},
                               Align::Left);
  tabs.props.tabs = {{model::TabStop::Kind::Center, mm(80)}, {model::TabStop::Kind::Right, mm(160)}};
  b.push_back(block(tabs));
  model::Paragraph one_half = body(repeat(kSentence, 3), 26);
  one_half.props.line = {Rule::Auto, 360};
  b.push_back(block(one_half));
  model::Paragraph exact = body(repeat(kSentence, 2));
  exact.props.line = {Rule::Exact, 360};
  b.push_back(block(exact));
  model::Paragraph at_least = body(repeat(kSentence, 2), 26);
  at_least.props.line = {Rule::AtLeast, 340};
  b.push_back(block(at_least));
  model::Paragraph indented = body(repeat(kSentence, 2));
  indented.props.indent_left = mm(15);
  indented.props.indent_right = mm(10);
  b.push_back(block(indented));
  model::Paragraph right = para({text("Người ký: Nguyễn Văn A", style(28, false, true))}, Align::Right);
  right.props.space_before = pt(12);
  right.props.space_after = pt(18);
  b.push_back(block(right));
  model::Paragraph empty;
  empty.props.mark = style(20);
  b.push_back(block(empty));
  // Italic text: Writer keeps an "italic correction" free at the line end.
  const char* bases[] = {"Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; ",
                         "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư; ",
                         "Xét đề nghị của Chánh Văn phòng Sở, "};
  for (int i = 0; i < 6; ++i) {
    model::Paragraph it = body(std::string(bases[i % 3]) + repeat(kSentence, 1 + i % 2), i % 2 ? 26 : 28);
    for (model::Run& r : it.runs) r.style.italic = true;
    it.props.align = i == 4 ? Align::Center : i == 5 ? Align::Right : Align::Justify;
    b.push_back(block(it));
  }
  b.push_back(block(body(repeat(kSentence, 3), 26)));
  model::Document d;
  d.meta.title = "Định dạng văn bản";
  d.sections.push_back(section(std::move(b)));
  return d;
}

model::Document pagination() {
  std::vector<model::Block> b;
  for (int i = 0; i < 40; ++i) {
    if (i % 7 == 0) {
      model::Paragraph h = para({text("Mục " + std::to_string(i / 7 + 1) + ". TIÊU ĐỀ MỤC", style(28, true))}, Align::Left);
      h.props.space_before = pt(12);
      h.props.space_after = pt(6);
      h.props.keep_next = true;
      h.props.outline_level = 0;
      b.push_back(block(h));
    }
    b.push_back(block(body(repeat(kSentence, 1 + i % 4))));
  }
  model::Paragraph kept = body(repeat(kSentence, 4));
  kept.props.keep_lines = true;
  b.push_back(block(kept));
  model::Paragraph forced = body("Đoạn này bắt đầu trang mới.");
  forced.props.page_break_before = true;
  b.push_back(block(forced));
  model::Document d;
  d.meta.title = "Phân trang";
  d.sections.push_back(section(std::move(b)));
  return d;
}

model::Table data_table(int rows) {
  model::Table t;
  t.columns = {twips(800), twips(4200), twips(2200), twips(2154)};
  t.borders = true;
  model::TableRow h;
  h.repeat_header = true;
  auto centred = [](const std::string& s, model::RunStyle st) { return block(para({text(s, st)}, Align::Center)); };
  h.cells = {cell({centred("STT", style(26, true))}), cell({centred("Nội dung công việc", style(26, true))}),
             cell({centred("Đơn vị chủ trì", style(26, true))}), cell({centred("Thời gian", style(26, true))})};
  t.rows.push_back(h);
  model::TableRow group;
  group.cells = {cell({centred("I", style(26, true))}),
                 cell({block(para({text("NHIỆM VỤ TRỌNG TÂM", style(26, true))}, Align::Left))}, 3)};
  t.rows.push_back(group);
  for (int i = 1; i <= rows; ++i) {
    model::TableRow r;
    r.cant_split = i % 5 != 0;
    std::string task = i % 3 == 0 ? repeat(kSentence, 1) : "Triển khai nhiệm vụ số " + std::to_string(i);
    r.cells = {cell({centred(std::to_string(i), style(26))}, 1, model::VAlign::Center),
               cell({block(para({text(task, style(26))}, Align::Justify))}),
               cell({centred("Sở Thông tin và Truyền thông", style(26))}, 1, model::VAlign::Bottom),
               cell({centred("Quý " + std::to_string(1 + i % 4) + "/2018", style(26))}, 1, model::VAlign::Center)};
    if (i % 7 == 0) r.min_height = mm(15);
    t.rows.push_back(r);
  }
  return t;
}

model::Document tables() {
  std::vector<model::Block> b;
  b.push_back(block(body(repeat(kSentence, 2))));
  b.push_back(block(data_table(45)));
  b.push_back(block(body(repeat(kSentence, 1))));
  model::Table margins;
  margins.columns = {mm(60), mm(105)};
  margins.borders = true;
  margins.cell_margin_top = pt(3);
  margins.cell_margin_bottom = pt(3);
  margins.cell_margin_left = mm(2);
  margins.cell_margin_right = mm(2);
  model::Table inner;
  inner.columns = {mm(40), mm(55)};
  inner.borders = true;
  model::TableRow ir;
  ir.cells = {cell({block(para({text("Bảng lồng", style(24))}, Align::Left))}),
              cell({block(para({text(kSentence, style(24))}, Align::Left))})};
  inner.rows = {ir};
  model::TableRow mr;
  mr.cells = {cell({block(para({text("Ô có lề trên và dưới", style(26))}, Align::Left))}),
              cell({block(para({text(kSentence, style(26))})), block(inner)})};
  margins.rows = {mr};
  b.push_back(block(margins));
  b.push_back(block(body(repeat(kSentence, 1))));
  model::Document d;
  d.meta.title = "Bảng";
  d.sections.push_back(section(std::move(b)));
  return d;
}

// Two tables in a row (the DOCX keeps them apart with a 1 pt paragraph, or
// Word would merge them) and a section that ends with a table (followed by
// the same 1 pt paragraph): text after them must stay on the same baselines.
model::Document adjacent_tables() {
  std::vector<model::Block> b;
  b.push_back(block(body(repeat(kSentence, 1))));
  for (int k = 0; k < 6; ++k) b.push_back(block(data_table(3)));
  b.push_back(block(body(repeat(kSentence, 2))));
  // Inside a cell: two nested tables in a row, then text.
  model::Table outer;
  outer.columns = {mm(50), mm(115)};
  outer.borders = true;
  model::Table nested;
  nested.columns = {mm(50), mm(55)};
  nested.borders = true;
  model::TableRow nr;
  nr.cells = {cell({block(para({text("Bảng lồng", style(24))}, Align::Left))}),
              cell({block(para({text(kSentence, style(24))}, Align::Left))})};
  nested.rows = {nr, nr};
  model::TableRow orow;
  orow.cells = {cell({block(para({text("Hai bảng lồng liền nhau", style(26))}, Align::Left))}),
                cell({block(nested), block(nested), block(para({text(kSentence, style(26))}))})};
  outer.rows = {orow};
  b.push_back(block(outer));
  b.push_back(block(body(repeat(kSentence, 1))));
  b.push_back(block(data_table(4)));
  b.push_back(block(data_table(2)));
  model::Document d;
  d.meta.title = "Bảng liền nhau";
  d.sections.push_back(section(std::move(b)));
  std::vector<model::Block> second;
  second.push_back(block(body(repeat(kSentence, 1))));
  d.sections.push_back(section(std::move(second)));
  return d;
}

model::Document sections_and_pictures() {
  // A chart: a native chart part in the DOCX, the engine's drawing in the PDF.
  auto chart = std::make_shared<model::Chart>();
  model::Chart::Series series;
  series.name = "Số bài";
  series.color = {0.22, 0.42, 0.69};
  for (int i = 0; i < 4; ++i) {
    chart->categories.push_back("Đơn vị " + std::to_string(i + 1));
    series.values.push_back(30.0 * (i + 1));
    series.texts.push_back(std::to_string(30 * (i + 1)));
  }
  chart->series.push_back(std::move(series));
  chart->grid_color = {0.82, 0.82, 0.82};
  auto measurer = layout::make_measurer(layout::FontSystem::create());
  auto drawing = std::make_shared<model::Drawing>(realise::bar_chart_drawing(*chart, 300, *measurer));
  model::Image img;
  img.width = pt(drawing->width_pt);
  img.height = pt(drawing->height_pt);
  img.drawing = drawing;
  img.chart = chart;
  img.description = "Biểu đồ";
  img.props.align = Align::Center;
  img.props.space_before = pt(6);
  img.props.space_after = pt(6);

  model::Rule rule;
  rule.length = mm(40);
  rule.space_before = pt(2);
  rule.space_after = pt(6);

  std::vector<model::Block> first;
  first.push_back(block(para({text("BÁO CÁO", style(28, true))}, Align::Center)));
  first.push_back(model::Block{rule});
  for (int i = 0; i < 12; ++i) first.push_back(block(body(repeat(kSentence, 2))));
  first.push_back(model::Block{img});
  first.push_back(block(body(repeat(kSentence, 2))));
  model::Section s1 = section(std::move(first));

  std::vector<model::Block> annex;
  annex.push_back(block(para({text("PHỤ LỤC", style(28, true))}, Align::Center)));
  for (int i = 0; i < 12; ++i) annex.push_back(block(body(repeat(kSentence, 3))));
  model::Section s2 = section(std::move(annex));
  s2.page.width = mm(297);
  s2.page.height = mm(210);
  s2.page.landscape = true;
  s2.page.margin_top = mm(25);
  s2.page.margin_left = mm(35);
  s2.page.margin_right = mm(20);
  s2.numbering.restart_at = 1;
  s2.numbering.hide_on_first_page = false;
  s2.numbering.style = style(26);

  model::Document d;
  d.meta.title = "Phụ lục và hình";
  d.sections = {std::move(s1), std::move(s2)};
  return d;
}

// Keep rules that meet tables near the bottom of a page: a heading kept with
// the table under it, and the closing (Nơi nhận | signer) table kept whole.
model::Document keep_with_tables(int before_heading, int before_closing) {
  std::vector<model::Block> b;
  for (int i = 0; i < before_heading; ++i) b.push_back(block(body(repeat(kSentence, 2))));
  model::Paragraph heading = para({text("Bảng 1. Danh mục nhiệm vụ", style(28, true))}, Align::Center);
  heading.props.space_before = pt(6);
  heading.props.keep_next = true;
  b.push_back(block(heading));
  b.push_back(block(data_table(6)));
  for (int i = 0; i < before_closing; ++i) b.push_back(block(body(repeat(kSentence, 2))));
  model::Table closing;
  closing.layout_table = true;
  closing.keep_together = true;
  closing.columns = {mm(80), mm(85)};
  closing.cell_margin_left = closing.cell_margin_right = twips(0);
  model::TableRow r1, r2;
  r1.cells = {cell({block(para({text("Nơi nhận:", style(24, true, true))}, Align::Left)),
                    block(para({text("- Như trên;", style(22))}, Align::Left)),
                    block(para({text("- Lưu: VT, VP.", style(22))}, Align::Left))}),
              cell({block(para({text("KT. GIÁM ĐỐC", style(28, true))}, Align::Center)),
                    block(para({text("PHÓ GIÁM ĐỐC", style(28, true))}, Align::Center))})};
  model::Paragraph space;
  space.props.mark = style(28);
  r2.cells = {cell({block(space)}),
              cell({block(space), block(space), block(space), block(para({text("Nguyễn Văn A", style(28, true))}, Align::Center))})};
  closing.rows = {r1, r2};
  b.push_back(block(closing));
  model::Document d;
  d.meta.title = "Giữ bảng";
  d.sections.push_back(section(std::move(b)));
  return d;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc == 3 && std::string(argv[1]) == "--sweep") {  // boundary cases of the keep rules
    std::filesystem::create_directories(argv[2]);
    auto fonts = layout::FontSystem::create();
    for (int a = 14; a <= 19; ++a)
      for (int c = 6; c <= 12; c += 2) {
        model::Document doc = keep_with_tables(a, c);
        model::make_word_paragraphs_explicit(doc);
        std::string base = std::string(argv[2]) + "/keep-" + std::to_string(a) + "-" + std::to_string(c);
        std::ofstream(base + ".docx", std::ios::binary) << docx::write_docx(doc, {});
        std::ofstream(base + ".pdf", std::ios::binary) << pdf::write_pdf(doc, *fonts);
      }
    return 0;
  }
  if (argc != 2) {
    std::cerr << "usage: vanthu-fidelity-fixtures OUTDIR\n";
    return 2;
  }
  std::filesystem::create_directories(argv[1]);
  auto fonts = layout::FontSystem::create();
  const std::vector<std::pair<std::string, std::function<model::Document()>>> fixtures = {
      {"text-features", text_features},
      {"pagination", pagination},
      {"tables", tables},
      {"adjacent-tables", adjacent_tables},
      {"sections-pictures", sections_and_pictures},
      {"keep-with-tables", [] { return keep_with_tables(13, 9); }},
  };
  for (const auto& [name, make] : fixtures) {
    model::Document doc = make();
    model::make_word_paragraphs_explicit(doc);  // as the engine's realiser does
    doc.meta.created_epoch = 1522108800;
    std::string base = std::string(argv[1]) + "/" + name;
    std::ofstream(base + ".docx", std::ios::binary) << docx::write_docx(doc, {doc.meta.created_epoch});
    std::ofstream(base + ".pdf", std::ios::binary) << pdf::write_pdf(doc, *fonts);
    std::cout << base << ".docx " << base << ".pdf\n";
  }
  return 0;
}
