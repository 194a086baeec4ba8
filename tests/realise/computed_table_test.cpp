// Realisation of computed tables and charts: column widths fitted to the
// measured content, right-aligned figures, repeated bold header, the
// "Đơn vị tính" line, landscape sections for wide tables, and the bar chart
// drawing with its caption. Text is measured by a fake measurer (every
// character 0.5 em wide, bold 0.55 em), so widths can be checked by hand.
#include <gtest/gtest.h>

#include <cmath>
#include <set>

#include "realise/chart.h"
#include "realise/computed_table.h"
#include "realise/realise.h"
#include "template/markup.h"
#include "template/report_table.h"
#include "vn/format.h"

namespace vanthu::realise {
namespace {

struct FakeMeasure : model::TextMeasurer {
  Length width(std::string_view s, const model::RunStyle& st) override {
    size_t chars = 0;
    for (unsigned char ch : s) chars += (ch & 0xC0) != 0x80;  // UTF-8 code points
    return pt(static_cast<double>(chars) * st.size_half_pt / 2.0 * (st.bold ? 0.55 : 0.5));
  }
  int line_count(const model::Paragraph&, Length) override { return 1; }
};

const char* kDoc = R"X(<document type="bao-cao">
  <organ abbreviation="S">Sở Thông tin và Truyền thông</organ>
  <place>Lạng Sơn</place><date>2018-12-14</date>
  <title>Tổng kết</title>
  <body>
    <p>Mở đầu.</p>
    <report-table id="t" units="$.don_vi" figures="$.so_lieu" unit="Đơn vị tính: tin, bài" %ATTRS%>
      <index/>
      <label header="Đơn vị"/>
      %COLUMNS%
    </report-table>
    <chart table="t" value="x.th" unit="bài">Số bài năm 2018</chart>
    <p>Kết thúc.</p>
  </body>
  <signer title="Giám đốc" name="Nguyễn Văn A"/>
</document>)X";

nlohmann::json data() {
  return nlohmann::json::parse(R"({
    "don_vi": [
      {"ma": "A", "ten": "Trung tâm Công nghệ thông tin và Truyền thông"},
      {"ma": "B", "ten": "Phòng B"}
    ],
    "so_lieu": {"A": {"x": {"kh": 1000, "th": 1250}}, "B": {"x": {"kh": 30, "th": 236}}}
  })");
}

std::string columns(int count) {
  std::string s;
  for (int i = 0; i < count; ++i)
    s += "<column header=\"Thực hiện chỉ tiêu " + std::to_string(i) + "\" value=\"x.th + " + std::to_string(i) + "\"/>";
  return s;
}

struct Built {
  sem::Document sem;
  model::Document doc;
  Diagnostics diag;
};

Built build(int value_columns, const std::string& attrs = "") {
  std::string xml = kDoc;
  xml.replace(xml.find("%ATTRS%"), 7, attrs);
  xml.replace(xml.find("%COLUMNS%"), 9, columns(value_columns));
  Built b;
  auto s = tmpl::parse_markup(xml, "t.xml", b.diag);
  EXPECT_TRUE(s) << b.diag.format();
  if (!s) std::abort();
  b.sem = std::move(*s);
  tmpl::compute_report_tables(b.sem, data(), "t.xml", b.diag);
  FakeMeasure m;
  b.doc = realise(b.sem, m, Options{}, b.diag);
  return b;
}

const model::Table* find_table(const model::Section& s, size_t* index = nullptr) {
  for (size_t i = 0; i < s.blocks.size(); ++i)
    if (const auto* t = std::get_if<model::Table>(&s.blocks[i].value); t && t->borders) {
      if (index) *index = i;
      return t;
    }
  return nullptr;
}

std::string text_of(const model::TableCell& c) {
  std::string s;
  for (const auto& b : c.blocks)
    if (const auto* p = std::get_if<model::Paragraph>(&b.value))
      for (const auto& r : p->runs) s += r.text;
  return s;
}

const model::Paragraph& para(const model::TableCell& c) { return std::get<model::Paragraph>(c.blocks.at(0).value); }

TEST(ComputedTable, FitsTheTextWidthWithFiguresRightAlignedAndARepeatedBoldHeader) {
  Built b = build(3);
  ASSERT_FALSE(b.diag.has_errors()) << b.diag.format();
  ASSERT_EQ(b.doc.sections.size(), 1u);
  size_t at = 0;
  const model::Table* t = find_table(b.doc.sections[0], &at);
  ASSERT_NE(t, nullptr);
  // The unit line: italic, right-aligned, just above the table.
  const auto& unit = std::get<model::Paragraph>(b.doc.sections[0].blocks.at(at - 1).value);
  EXPECT_EQ(unit.props.align, model::Align::Right);
  EXPECT_EQ(unit.runs.at(0).text, "Đơn vị tính: tin, bài");
  EXPECT_TRUE(unit.runs.at(0).style.italic);
  // Widths: whole twips adding up to the text width (210 - 30 - 15 mm).
  Length sum;
  for (auto w : t->columns) sum += w;
  EXPECT_EQ(sum.twips(), mm(165).twips());
  // Header: repeated, bold, centred.
  EXPECT_TRUE(t->rows[0].repeat_header);
  EXPECT_FALSE(t->rows[1].repeat_header);
  EXPECT_TRUE(para(t->rows[0].cells[2]).runs[0].style.bold);
  EXPECT_EQ(para(t->rows[0].cells[2]).props.align, model::Align::Center);
  // Body: STT centred, names left, figures right; the total row bold.
  EXPECT_EQ(text_of(t->rows[1].cells[2]), "1.250");
  EXPECT_EQ(para(t->rows[1].cells[0]).props.align, model::Align::Center);
  EXPECT_EQ(para(t->rows[1].cells[1]).props.align, model::Align::Left);
  EXPECT_EQ(para(t->rows[1].cells[2]).props.align, model::Align::Right);
  EXPECT_EQ(text_of(t->rows[3].cells[1]), "Tổng cộng");
  EXPECT_TRUE(para(t->rows[3].cells[2]).runs[0].style.bold);
  // Every figure fits its column on one line (fake metrics: 13 pt * 0.5 per
  // character, 0.55 bold; cell margins 2 * 108 twips).
  const double margins = twips(216).pt();
  // The total evaluates "x.th + 2" over the summed figures: 1250 + 236 + 2.
  EXPECT_EQ(text_of(t->rows[3].cells[4]), "1.488");
  for (size_t c = 2; c < t->columns.size(); ++c)
    EXPECT_GE(t->columns[c].pt() - margins, 5 * 13 * 0.55) << "column " << c;
  // The long unit name gets more room than the STT column.
  EXPECT_GT(t->columns[1], t->columns[0]);
}

TEST(ComputedTable, NoHeaderWordIsCutAndTheTableGrowsShorterThanAtMinimum) {
  Built b = build(3);
  const model::Table* t = find_table(b.doc.sections[0]);
  ASSERT_NE(t, nullptr);
  FakeMeasure m;
  sem::Document doc;
  Context c{doc, m, b.diag, nullptr, mm(165), "t", nullptr};
  const auto& computed = std::get<sem::ReportTable>(b.sem.body[1]).computed;
  auto fitted = fit_columns(c, computed, 26, mm(165), twips(216));
  ASSERT_TRUE(fitted);
  EXPECT_EQ(*fitted, t->columns);
  // Deterministic: the same input gives the same widths.
  EXPECT_EQ(*fit_columns(c, computed, 26, mm(165), twips(216)), *fitted);
  // Too narrow for the longest words: no layout.
  EXPECT_FALSE(fit_columns(c, computed, 26, mm(40), twips(216)));
}

TEST(ComputedTable, ATableTooWideForPortraitGetsALandscapeSection) {
  Built b = build(10);  // 12 columns, 10 of them 5-character figures: too wide for 165 mm, not for 252 mm
  ASSERT_FALSE(b.diag.has_errors()) << b.diag.format();
  ASSERT_EQ(b.doc.sections.size(), 3u);
  EXPECT_FALSE(b.doc.sections[0].page.landscape);
  EXPECT_TRUE(b.doc.sections[1].page.landscape);
  EXPECT_EQ(b.doc.sections[1].page.width, mm(297));
  EXPECT_FALSE(b.doc.sections[2].page.landscape);
  // The landscape section holds the unit line and the table, fitted to 297 - 45 mm,
  // then Word's paragraph after a table that ends a section.
  ASSERT_EQ(b.doc.sections[1].blocks.size(), 3u);
  const model::Table* t = find_table(b.doc.sections[1]);
  ASSERT_NE(t, nullptr);
  Length sum;
  for (auto w : t->columns) sum += w;
  EXPECT_EQ(sum.twips(), mm(252).twips());
  // Page numbers run on: only the first page of the document hides its number.
  EXPECT_TRUE(b.doc.sections[0].numbering.hide_on_first_page);
  EXPECT_FALSE(b.doc.sections[1].numbering.hide_on_first_page);
  EXPECT_FALSE(b.doc.sections[1].numbering.restart_at.has_value());
  // The chart, the last paragraph and the closing follow in portrait.
  EXPECT_TRUE(std::holds_alternative<model::Image>(b.doc.sections[2].blocks.at(0).value));
}

TEST(ComputedTable, OrientationLandscapeIsHonouredForANarrowTable) {
  Built b = build(2, R"(orientation="landscape")");
  ASSERT_EQ(b.doc.sections.size(), 3u);
  EXPECT_TRUE(b.doc.sections[1].page.landscape);
  Built p = build(2);
  EXPECT_EQ(p.doc.sections.size(), 1u);
}

TEST(ComputedTable, RealisingWithoutComputingIsAnError) {
  std::string xml = kDoc;
  xml.replace(xml.find("%ATTRS%"), 7, "");
  xml.replace(xml.find("%COLUMNS%"), 9, columns(1));
  Diagnostics diag;
  auto s = tmpl::parse_markup(xml, "t.xml", diag);
  ASSERT_TRUE(s) << diag.format();
  FakeMeasure m;
  realise(*s, m, Options{}, diag);  // no compute_report_tables: nothing to show
  EXPECT_NE(diag.format().find("the report table was not computed"), std::string::npos) << diag.format();
  EXPECT_NE(diag.format().find("the chart was not computed"), std::string::npos) << diag.format();
}

TEST(Chart, NiceSteps) {
  EXPECT_DOUBLE_EQ(nice_step(236, true), 50);
  EXPECT_DOUBLE_EQ(nice_step(9, true), 2);
  EXPECT_DOUBLE_EQ(nice_step(1250, true), 250);
  EXPECT_DOUBLE_EQ(nice_step(3, true), 1);      // whole steps for counts
  EXPECT_DOUBLE_EQ(nice_step(0.6, false), 0.2);
  EXPECT_DOUBLE_EQ(nice_step(0, true), 1);
}

TEST(Chart, BarsAreProportionalAndLabelled) {
  sem::Chart ch;
  ch.unit = "bài";
  ch.bars = {{"Phòng A", 50, "50"}, {"Trung tâm Công nghệ thông tin", 200, "200"}, {"Phòng C", 0, "0"}};
  FakeMeasure m;
  const model::Drawing d = bar_chart_drawing(ch, 400, m);
  EXPECT_DOUBLE_EQ(d.width_pt, 400);
  std::vector<const model::Drawing::Shape*> bars;
  std::vector<std::string> texts;
  for (const auto& s : d.shapes) {
    if (s.kind == model::Drawing::Shape::Kind::FilledRect) bars.push_back(&s);
    if (s.kind == model::Drawing::Shape::Kind::Text) texts.push_back(s.text);
    EXPECT_GE(s.x, 0);
    EXPECT_LE(s.x, 400);
    EXPECT_GE(s.y, 0);
    EXPECT_LE(s.y, d.height_pt);
  }
  ASSERT_EQ(bars.size(), 3u);
  EXPECT_NEAR(bars[1]->h, 4 * bars[0]->h, 1e-9);
  EXPECT_DOUBLE_EQ(bars[2]->h, 0);
  EXPECT_DOUBLE_EQ(bars[0]->y + bars[0]->h, bars[1]->y + bars[1]->h);  // one baseline
  EXPECT_LT(bars[0]->x, bars[1]->x);
  for (const char* t : {"50", "200", "0", "(bài)", "Phòng A", "150"})
    EXPECT_NE(std::find(texts.begin(), texts.end(), t), texts.end()) << t;
  // The long name is wrapped into several lines under its bar.
  int pieces = 0;
  for (const auto& t : texts) pieces += t == "Trung" || t.find("Trung tâm") == 0 || t.find("thông tin") != std::string::npos;
  EXPECT_GE(pieces, 2);
}

// Extents [left, right] of the text shapes on one baseline, left to right.
std::vector<std::pair<double, double>> row_extents(const model::Drawing& d, double y, bool bold,
                                                    model::TextMeasurer& m) {
  std::vector<std::pair<double, double>> out;
  for (const auto& s : d.shapes) {
    if (s.kind != model::Drawing::Shape::Kind::Text || s.bold != bold || std::fabs(s.y - y) > 1e-9) continue;
    model::RunStyle st;
    st.size_half_pt = static_cast<int>(std::lround(s.font_size * 2));
    st.bold = s.bold;
    const double w = m.width(s.text, st).pt();
    EXPECT_EQ(s.text_align, model::Align::Center);
    out.push_back({s.x - w / 2, s.x + w / 2});
  }
  std::sort(out.begin(), out.end());
  return out;
}

TEST(Chart, LabelsOfManyBarsNeverOverlap) {
  // 15 units (issue 10: "HĐND-UBND" ran into "VH-TT"): names break at their
  // hyphens and get smaller until each fits its slot; so do the values.
  sem::Chart ch;
  const char* names[] = {"Văn phòng Sở", "Thanh tra Sở", "Phòng TT-BC-XB", "Phòng BC-VT", "Phòng CNTT",
                         "Trung tâm CNTT và TT", "Báo Lạng Sơn", "Đài PT-TH tỉnh", "HĐND-UBND", "VH-TT",
                         "Sở GD-ĐT", "Sở Y tế", "Công an tỉnh", "Sở GTVT", "Tỉnh đoàn"};
  double v = 15;
  for (const char* n : names) {
    ch.bars.push_back({n, v, vn::format_integer(static_cast<int64_t>(v))});
    v = v * 1.4 + 7;  // up to 4 digits: "1.315"-like values
  }
  FakeMeasure m;
  const model::Drawing d = bar_chart_drawing(ch, 453, m);
  // Every baseline of unit names and every baseline of values.
  std::set<double> name_rows, value_rows;
  for (const auto& s : d.shapes)
    if (s.kind == model::Drawing::Shape::Kind::Text && s.text_align == model::Align::Center)
      (s.bold ? value_rows : name_rows).insert(s.y);
  ASSERT_GE(name_rows.size(), 2u);  // some names take two lines
  int checked = 0;
  for (const bool bold : {false, true})
    for (double y : bold ? value_rows : name_rows) {
      const auto ext = row_extents(d, y, bold, m);
      for (size_t i = 1; i < ext.size(); ++i, ++checked)
        EXPECT_LT(ext[i - 1].second, ext[i].first) << (bold ? "values" : "names") << " at y " << y << ", #" << i;
    }
  EXPECT_GE(checked, 14);
  // "HĐND-UBND" is broken after its hyphen, not cut elsewhere.
  std::vector<std::string> texts;
  for (const auto& s : d.shapes)
    if (s.kind == model::Drawing::Shape::Kind::Text) texts.push_back(s.text);
  EXPECT_NE(std::find(texts.begin(), texts.end(), "HĐND-"), texts.end());
  EXPECT_NE(std::find(texts.begin(), texts.end(), "UBND"), texts.end());
  // The drawing stays inside its box.
  for (const auto& s : d.shapes) EXPECT_LE(s.y, d.height_pt);
}

TEST(Chart, FewBarsKeepTheirFullSize) {
  sem::Chart ch;
  ch.bars = {{"Phòng A", 50, "50"}, {"Phòng B", 20, "20"}};
  FakeMeasure m;
  const model::Drawing d = bar_chart_drawing(ch, 400, m);
  for (const auto& s : d.shapes)
    if (s.kind == model::Drawing::Shape::Kind::Text) EXPECT_DOUBLE_EQ(s.font_size, 11) << s.text;
}

TEST(Chart, PictureAndCaptionFollowInTheBody) {
  Built b = build(1);
  const auto& blocks = b.doc.sections[0].blocks;
  size_t i = 0;
  while (i < blocks.size() && !std::holds_alternative<model::Image>(blocks[i].value)) ++i;
  ASSERT_LT(i + 1, blocks.size());
  const auto& img = std::get<model::Image>(blocks[i].value);
  ASSERT_TRUE(img.drawing);
  EXPECT_EQ(img.props.align, model::Align::Center);
  EXPECT_TRUE(img.props.keep_next);
  EXPECT_NEAR(img.width.pt(), img.drawing->width_pt, 0.01);
  EXPECT_NE(img.description.find("Phòng B: 236"), std::string::npos) << img.description;
  const auto& cap = std::get<model::Paragraph>(blocks[i + 1].value);
  EXPECT_EQ(cap.props.align, model::Align::Center);
  ASSERT_EQ(cap.runs.size(), 2u);
  EXPECT_EQ(cap.runs[0].text, "Biểu đồ 1.");
  EXPECT_TRUE(cap.runs[0].style.bold);
  EXPECT_EQ(cap.runs[1].text, " Số bài năm 2018");
}

}  // namespace
}  // namespace vanthu::realise
