// Computed report tables: rows, group subtotals and totals computed from the
// data (the expected figures are worked out by hand below), Vietnamese number
// formats, and the diagnostics for bad data, with their JSON paths.
#include <gtest/gtest.h>

#include <cmath>

#include "template/markup.h"
#include "template/report_table.h"

namespace vanthu::tmpl {
namespace {

const char* kMarkup = R"X(<document type="bao-cao">
  <organ abbreviation="S">Sở</organ>
  <body>
    <report-table id="t" units="$.don_vi" figures="$.so_lieu" key="ma" label="ten" group="khoi" %ATTRS%>
      <index/>
      <label header="Đơn vị"/>
      <column header="KH" value="x.kh"/>
      <column header="TH" value="x.th"/>
      <column header="Tỷ lệ (%)" value="x.th / x.kh * 100" decimals="1"/>
      <column header="Tăng, giảm" value="x.th - x.nt" sign="yes"/>
      <column header="Ghi nhớ" value="x.th * 2" total="no"/>
    </report-table>
    <chart table="t" value="x.th" label="ngan" unit="bài">Số bài</chart>
  </body>
</document>)X";

nlohmann::json data() {
  return nlohmann::json::parse(R"({
    "don_vi": [
      {"ma": "A", "ten": "Phòng A", "ngan": "P.A", "khoi": "Khối 1"},
      {"ma": "B", "ten": "Phòng B", "ngan": "P.B", "khoi": "Khối 2"},
      {"ma": "C", "ten": "Phòng C", "ngan": "P.C", "khoi": "Khối 1"}
    ],
    "so_lieu": {
      "A": {"x": {"kh": 1000, "th": 1250, "nt": 1300}},
      "B": {"x": {"kh": 3, "th": 1, "nt": 1}},
      "C": {"x": {"kh": 200, "th": 191, "nt": 150}}
    }
  })");
}

struct Computed {
  sem::Document doc;
  Diagnostics diag;
  const sem::ReportTable& table() const { return std::get<sem::ReportTable>(doc.body.at(0)); }
  const sem::Chart& chart() const { return std::get<sem::Chart>(doc.body.at(1)); }
  // The cells of row r as plain text.
  std::vector<std::string> row(size_t r) const {
    std::vector<std::string> out;
    for (const auto& c : table().computed.rows.at(r).cells) out.push_back(sem::plain(c.text));
    return out;
  }
};

Computed compute(const nlohmann::json& d, const std::string& attrs = "") {
  std::string xml = kMarkup;
  xml.replace(xml.find("%ATTRS%"), 7, attrs);
  Computed c;
  auto doc = parse_markup(xml, "test.xml", c.diag);
  EXPECT_TRUE(doc) << c.diag.format();
  if (!doc) std::abort();
  c.doc = std::move(*doc);
  compute_report_tables(c.doc, d, "test.xml", c.diag);
  return c;
}

using Row = std::vector<std::string>;

TEST(ReportTable, GroupsCarryTheirSubtotalsAndTheTotalRecomputesRatios) {
  Computed c = compute(data());
  ASSERT_FALSE(c.diag.has_errors()) << c.diag.format();
  EXPECT_TRUE(c.diag.items().empty()) << c.diag.format();
  const auto& rows = c.table().computed.rows;
  ASSERT_EQ(rows.size(), 7u);  // header, group 1, A, C, group 2, B, total
  EXPECT_TRUE(rows[0].header);
  EXPECT_EQ(c.row(0), (Row{"STT", "Đơn vị", "KH", "TH", "Tỷ lệ (%)", "Tăng, giảm", "Ghi nhớ"}));
  // Groups in order of first appearance, units keep their order, numbering restarts.
  // Khối 1 = A + C: kh 1200, th 1441, ratio 1441/1200 = 120.083 %, diff 1441 - 1450 = -9.
  EXPECT_EQ(c.row(1), (Row{"I", "Khối 1", "1.200", "1.441", "120,1", "-9", ""}));
  EXPECT_TRUE(rows[1].total);
  EXPECT_EQ(c.row(2), (Row{"1", "Phòng A", "1.000", "1.250", "125,0", "-50", "2.500"}));
  EXPECT_EQ(c.row(3), (Row{"2", "Phòng C", "200", "191", "95,5", "+41", "382"}));
  EXPECT_EQ(c.row(4), (Row{"II", "Khối 2", "3", "1", "33,3", "0", ""}));
  EXPECT_EQ(c.row(5), (Row{"1", "Phòng B", "3", "1", "33,3", "0", "2"}));
  // Total: kh 1203, th 1442, ratio 119.867 % (not the sum or mean of the unit ratios), diff -9.
  EXPECT_EQ(c.row(6), (Row{"", "Tổng cộng", "1.203", "1.442", "119,9", "-9", ""}));
  EXPECT_TRUE(rows[6].total);
  EXPECT_FALSE(rows[2].total);
  // Alignment: STT centred, names left, figures right.
  EXPECT_EQ(c.table().computed.columns[0].align, sem::Align::Center);
  EXPECT_EQ(c.table().computed.columns[1].align, sem::Align::Left);
  EXPECT_EQ(c.table().computed.columns[4].align, sem::Align::Right);
}

TEST(ReportTable, SubtotalRowsAfterEachGroup) {
  Computed c = compute(data(), R"(subtotals="row" subtotal-label="Cộng khối" total-label="Toàn Sở")");
  ASSERT_FALSE(c.diag.has_errors()) << c.diag.format();
  ASSERT_EQ(c.table().computed.rows.size(), 9u);
  EXPECT_EQ(c.row(1), (Row{"I", "Khối 1", "", "", "", "", ""}));
  EXPECT_EQ(c.row(4), (Row{"", "Cộng khối", "1.200", "1.441", "120,1", "-9", ""}));
  EXPECT_EQ(c.row(7), (Row{"", "Cộng khối", "3", "1", "33,3", "0", ""}));
  EXPECT_EQ(c.row(8), (Row{"", "Toàn Sở", "1.203", "1.442", "119,9", "-9", ""}));
}

TEST(ReportTable, WithoutGroupsUnitsAreNumberedThrough) {
  Computed no_total = compute(data(), R"(total-label="")");
  ASSERT_EQ(no_total.table().computed.rows.size(), 6u);  // header, 2 groups, 3 units
  nlohmann::json d = data();
  // The table without the group attribute.
  Diagnostics diag;
  std::string plain = kMarkup;
  plain.replace(plain.find(R"( group="khoi")"), 13, "");
  plain.replace(plain.find("%ATTRS%"), 7, "");
  auto doc = parse_markup(plain, "test.xml", diag);
  ASSERT_TRUE(doc) << diag.format();
  compute_report_tables(*doc, d, "test.xml", diag);
  const auto& rows = std::get<sem::ReportTable>(doc->body[0]).computed.rows;
  ASSERT_EQ(rows.size(), 5u);  // header, A, B, C, total
  EXPECT_EQ(sem::plain(rows[3].cells[0].text), "3");
  EXPECT_EQ(sem::plain(rows[3].cells[1].text), "Phòng C");
  EXPECT_EQ(sem::plain(rows[4].cells[3].text), "1.442");
}

TEST(ReportTable, ChartBarsComeFromTheTableUnitsAndAreNumbered) {
  Computed c = compute(data());
  const sem::Chart& ch = c.chart();
  EXPECT_EQ(ch.number, 1);
  ASSERT_EQ(ch.bars.size(), 3u);  // units in data order, no totals
  EXPECT_EQ(ch.bars[0].label, "P.A");
  EXPECT_DOUBLE_EQ(ch.bars[0].value, 1250);
  EXPECT_EQ(ch.bars[0].text, "1.250");
  EXPECT_EQ(ch.bars[2].label, "P.C");
}

TEST(ReportTable, DivisionByZeroShowsADashAndWarnsWithThePath) {
  nlohmann::json d = data();
  d["so_lieu"]["B"]["x"]["kh"] = 0;
  Computed c = compute(d);
  EXPECT_FALSE(c.diag.has_errors()) << c.diag.format();
  EXPECT_EQ(c.row(5), (Row{"1", "Phòng B", "0", "1", "-", "0", "2"}));
  EXPECT_EQ(c.row(4)[4], "-");  // the group of B alone: 1 / 0 too
  ASSERT_EQ(c.diag.items().size(), 2u) << c.diag.format();
  EXPECT_EQ(c.diag.items()[0].severity, Diagnostic::Severity::Warning);
  EXPECT_EQ(c.diag.items()[0].where, "$.so_lieu") << c.diag.format();
  EXPECT_NE(c.diag.items()[0].message.find("\"Khối 2\""), std::string::npos);
  EXPECT_NE(c.diag.items()[0].message.find("x.kh adds up to 0"), std::string::npos) << c.diag.format();
  EXPECT_EQ(c.diag.items()[1].where, "$.so_lieu.B.x.kh");
  EXPECT_NE(c.diag.items()[1].message.find("Tỷ lệ (%)"), std::string::npos);
  EXPECT_EQ(c.row(6)[4], "120,2");  // the total still has a divisor: 1442 / 1200
}

TEST(ReportTable, NonNumericFigureIsAnErrorAtItsPath) {
  nlohmann::json d = data();
  d["so_lieu"]["C"]["x"]["th"] = "191a";
  d["so_lieu"]["A"]["x"]["nt"] = "1300";  // numbers written as text are refused too
  Computed c = compute(d);
  EXPECT_TRUE(c.diag.has_errors());
  const std::string all = c.diag.format();
  EXPECT_NE(all.find("$.so_lieu.C.x.th: error: must be a number, not the text \"191a\""), std::string::npos) << all;
  EXPECT_NE(all.find("$.so_lieu.A.x.nt: error: must be a number"), std::string::npos) << all;
  EXPECT_TRUE(c.table().computed.rows.empty());
  EXPECT_TRUE(c.chart().bars.empty());
}

TEST(ReportTable, UnitMissingFromTheFiguresIsAnErrorAtItsPath) {
  nlohmann::json d = data();
  d["so_lieu"].erase("C");
  d["so_lieu"]["Z"] = {{"x", {{"kh", 1}, {"th", 1}, {"nt", 1}}}};
  Computed c = compute(d);
  const std::string all = c.diag.format();
  EXPECT_NE(all.find("$.so_lieu.C: error: is missing: no figures for the unit \"Phòng C\" ($.don_vi[2])"),
            std::string::npos) << all;
  EXPECT_NE(all.find("$.so_lieu.Z: warning: figures for a unit that is not in $.don_vi"), std::string::npos) << all;
}

TEST(ReportTable, MissingFigureAndUnitFieldsAreErrorsAtTheirPaths) {
  nlohmann::json d = data();
  d["so_lieu"]["A"]["x"].erase("nt");
  d["don_vi"][1].erase("ten");
  d["don_vi"][2]["ma"] = "A";
  Computed c = compute(d);
  const std::string all = c.diag.format();
  EXPECT_NE(all.find("$.don_vi[1].ten: error: is missing: the unit's name"), std::string::npos) << all;
  EXPECT_NE(all.find("$.don_vi[2].ma: error: repeats the unit code \"A\""), std::string::npos) << all;
  nlohmann::json d2 = data();
  d2["so_lieu"]["A"]["x"].erase("nt");
  Computed c2 = compute(d2);
  EXPECT_NE(c2.diag.format().find("$.so_lieu.A.x.nt: error: is missing"), std::string::npos) << c2.diag.format();
  nlohmann::json d3 = data();
  d3.erase("don_vi");
  Computed c3 = compute(d3);
  EXPECT_NE(c3.diag.format().find("$.don_vi: error: is missing"), std::string::npos) << c3.diag.format();
}

TEST(ReportTable, BadDeclarationsAreErrorsAtTheMarkupLine) {
  Diagnostics diag;
  auto doc = parse_markup(R"(<document type="bao-cao"><organ>Sở</organ><body>
<report-table units="$.don_vi" figures="$.so_lieu">
<label/>
<column header="Tỷ lệ" value="x.th / "/>
</report-table>
<chart table="khong-co" value="x.th">?</chart>
</body></document>)", "m.xml", diag);
  ASSERT_TRUE(doc) << diag.format();
  compute_report_tables(*doc, data(), "m.xml", diag);
  const std::string all = diag.format();
  EXPECT_NE(all.find("m.xml:4: error: the column \"Tỷ lệ\" has a bad expression \"x.th /\": "), std::string::npos) << all;
  EXPECT_NE(all.find("position 7"), std::string::npos) << all;  // muparser says where
  EXPECT_NE(all.find("m.xml:6: error: the chart draws from the table \"khong-co\""), std::string::npos) << all;
}

TEST(ReportTable, ValuesAreFormattedTheVietnameseWay) {
  EXPECT_EQ(format_report_value(1234567, 0, false), "1.234.567");
  EXPECT_EQ(format_report_value(95.45, 1, false), "95,5");
  EXPECT_EQ(format_report_value(12, 0, true), "+12");
  EXPECT_EQ(format_report_value(-1234, 0, true), "-1.234");
  EXPECT_EQ(format_report_value(0.04, 1, true), "0,0");  // no sign on a zero
  EXPECT_EQ(format_report_value(std::nan(""), 1, false), "-");
  EXPECT_EQ(format_report_value(HUGE_VAL, 0, true), "-");
}

}  // namespace
}  // namespace vanthu::tmpl
