// Issue 5: the year-end report (Báo cáo tổng kết) of the 2018 traffic-safety
// movement, examples/bao-cao-tong-ket-atgt-2018. The test recomputes every
// figure of the three tables (units, group subtotals, totals, ratios,
// differences) from data.json with its own integer arithmetic and its own
// Vietnamese formatting, then finds each row in the DOCX tables, in our PDF
// and in LibreOffice's rendering of the DOCX. It checks that the chart is
// drawn in both PDFs (bar-coloured pixels on the page of "Biểu đồ 1.") and
// that bad figures are reported with their JSON paths.
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <map>
#include <sstream>

#include <nlohmann/json.hpp>

#include "api/engine.h"
#include "e2e/e2e_support.h"
#include "model/chart.h"
#include "support/ooxml_validate.h"
#include "support/xml_query.h"

namespace vanthu::test {
namespace {

using Row = std::vector<std::string>;
using Table = std::vector<Row>;

// --- The test's own arithmetic and formatting --------------------------------

// "1.234": thousands grouped with dots.
std::string vn_int(long long v) {
  std::string digits = std::to_string(v < 0 ? -v : v), out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += '.';
    out += digits[i];
  }
  return (v < 0 ? "-" : "") + out;
}

// a * 100 / b with one decimal, rounded half up, with a decimal comma
// ("115,9"); "-" when b is 0. Exact: integers only.
std::string percent(long long a, long long b) {
  if (b == 0) return "-";
  const long long tenths = (2 * a * 1000 + b) / (2 * b);  // a, b >= 0 here
  return vn_int(tenths / 10) + "," + std::to_string(tenths % 10);
}

std::string signed_int(long long v) { return v > 0 ? "+" + vn_int(v) : vn_int(v); }

std::string roman(int n) {
  static const char* r[] = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};
  return r[n];
}

struct Unit {
  std::string code, name, group;
};

// The rows the example's three tables must have: group heading rows with
// their subtotals, unit rows numbered within the group, the total row.
struct Expected {
  nlohmann::json data;
  std::vector<Unit> units;
  std::vector<std::string> groups;

  explicit Expected(const nlohmann::json& d) : data(d) {
    for (const auto& u : d["don_vi"]) {
      units.push_back({u["ma"], u["ten"], u["khoi"]});
      if (std::find(groups.begin(), groups.end(), units.back().group) == groups.end()) groups.push_back(units.back().group);
    }
  }
  long long figure(const std::string& code, const std::string& indicator, const std::string& field) const {
    return data["so_lieu"][code][indicator][field].get<long long>();
  }
  long long sum(const std::vector<std::string>& codes, const std::string& indicator, const std::string& field) const {
    long long s = 0;
    for (const auto& c : codes) s += figure(c, indicator, field);
    return s;
  }
  // `cells(codes)` gives the figures of a set of units (one unit, a group, all).
  template <class F>
  Table rows(F cells) const {
    Table out;
    std::vector<std::string> all;
    for (const auto& u : units) all.push_back(u.code);
    for (size_t g = 0; g < groups.size(); ++g) {
      std::vector<std::string> members;
      for (const auto& u : units)
        if (u.group == groups[g]) members.push_back(u.code);
      Row head{roman(static_cast<int>(g) + 1), groups[g]};
      for (auto& c : cells(members)) head.push_back(c);
      out.push_back(head);
      int k = 0;
      for (const auto& u : units) {
        if (u.group != groups[g]) continue;
        Row r{std::to_string(++k), u.name};
        for (auto& c : cells(std::vector<std::string>{u.code})) r.push_back(c);
        out.push_back(r);
      }
    }
    Row total{"", "Tổng cộng"};
    for (auto& c : cells(all)) total.push_back(c);
    out.push_back(total);
    return out;
  }
  // Table 1: the actual figure of every indicator.
  Table results() const {
    return rows([&](const std::vector<std::string>& codes) {
      Row r;
      for (const auto& ind : data["chi_tieu"]) r.push_back(vn_int(sum(codes, ind["ma"], "thuc_hien")));
      return r;
    });
  }
  // Table 2: the main indicator against the plan and the previous year.
  Table comparison() const {
    const std::string m = data["chi_tieu_chinh"]["ma"];
    return rows([&](const std::vector<std::string>& codes) {
      const long long kh = sum(codes, m, "ke_hoach"), th = sum(codes, m, "thuc_hien"), nt = sum(codes, m, "nam_truoc");
      return Row{vn_int(kh), vn_int(th), percent(th, kh), vn_int(nt), signed_int(th - nt), percent(th, nt)};
    });
  }
  // The appendix: plan, actual and ratio of every indicator that has a plan.
  Table appendix() const {
    return rows([&](const std::vector<std::string>& codes) {
      Row r;
      for (const auto& ind : data["chi_tieu"]) {
        if (!ind.value("ke_hoach", false)) continue;
        const long long kh = sum(codes, ind["ma"], "ke_hoach"), th = sum(codes, ind["ma"], "thuc_hien");
        r.push_back(vn_int(kh));
        r.push_back(vn_int(th));
        r.push_back(percent(th, kh));
      }
      return r;
    });
  }
};

// --- Reading the outputs -----------------------------------------------------

std::string entry(const std::string& docx, const std::string& name) {
  for (auto& [n, bytes] : zip_entries(docx))
    if (n == name) return bytes;
  return {};
}

// Every bordered table of document.xml as rows of cell texts.
std::vector<Table> docx_tables(const std::string& document_xml) {
  XmlQuery q(document_xml);
  std::vector<Table> out;
  const int n = q.count("/w:document/w:body/w:tbl");
  for (int t = 1; t <= n; ++t) {
    const std::string tbl = "(/w:document/w:body/w:tbl)[" + std::to_string(t) + "]";
    Table table;
    const int rows = q.count(tbl + "/w:tr");
    for (int r = 1; r <= rows; ++r) table.push_back(q.strings(tbl + "/w:tr[" + std::to_string(r) + "]/w:tc"));
    out.push_back(std::move(table));
  }
  return out;
}

// The body rows of `actual` (after its header rows) equal `expected`.
bool has_body(const Table& actual, const Table& expected) {
  if (actual.size() < expected.size()) return false;
  return std::equal(expected.begin(), expected.end(), actual.end() - static_cast<long>(expected.size()));
}

std::string show(const Table& t) {
  std::string s;
  for (const auto& r : t) {
    for (const auto& c : r) s += c + " | ";
    s += "\n";
  }
  return s;
}

std::vector<std::string> tokens(const std::string& line) {
  std::vector<std::string> out;
  std::istringstream in(line);
  std::string w;
  while (in >> w) out.push_back(w);
  return out;
}

// The row's figures appear, in order and side by side, at the end of one line
// of `layout_text` (pdftotext -layout), after its STT and the start of its name.
bool row_in_pdf_text(const std::string& layout_text, const Row& row) {
  std::vector<std::string> figures(row.begin() + 2, row.end());
  const std::vector<std::string> name = tokens(row[1]);
  std::istringstream in(layout_text);
  std::string line;
  while (std::getline(in, line)) {
    const std::vector<std::string> t = tokens(line);
    if (t.size() < figures.size() + 1) continue;
    if (!std::equal(figures.rbegin(), figures.rend(), t.rbegin())) continue;
    size_t i = 0;
    if (!row[0].empty()) {
      if (t[0] != row[0]) continue;
      i = 1;
    }
    if (i < t.size() && t[i] == name[0]) return true;
  }
  return false;
}

// Pixels of the chart's bar colour (0.22, 0.42, 0.69) on one page, rendered at 60 dpi.
long bar_pixels(const std::string& pdf, int page, const std::string& dir) {
  const std::string stem = dir + "/page" + std::to_string(page);
  run("pdftoppm -r 60 -f " + std::to_string(page) + " -l " + std::to_string(page) + " -singlefile " + quote(pdf) + " " +
      quote(stem));
  std::ifstream in(stem + ".ppm", std::ios::binary);
  std::string magic;
  int w = 0, h = 0, max = 0;
  in >> magic >> w >> h >> max;
  in.get();
  if (magic != "P6" || w <= 0 || h <= 0) return -1;
  std::string px(static_cast<size_t>(w) * static_cast<size_t>(h) * 3, '\0');
  in.read(px.data(), static_cast<long>(px.size()));
  long n = 0;
  for (size_t i = 0; i + 2 < px.size(); i += 3) {
    const int r = static_cast<unsigned char>(px[i]), g = static_cast<unsigned char>(px[i + 1]),
              b = static_cast<unsigned char>(px[i + 2]);
    n += std::abs(r - 56) < 25 && std::abs(g - 107) < 25 && std::abs(b - 176) < 25;
  }
  return n;
}

int page_count(const std::string& pdf) {
  std::istringstream in(run("pdfinfo " + quote(pdf)).out);
  std::string line;
  while (std::getline(in, line))
    if (line.rfind("Pages:", 0) == 0) return std::atoi(line.substr(6).c_str());
  return 0;
}

// The first page whose text contains `needle`, or 0.
int page_with(const std::string& pdf, const std::string& needle) {
  const int n = page_count(pdf);
  for (int p = 1; p <= n; ++p)
    if (pdftotext(pdf, "-f " + std::to_string(p) + " -l " + std::to_string(p)).find(needle) != std::string::npos) return p;
  return 0;
}

// --- The tests ---------------------------------------------------------------

class BaoCaoTongKet : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir();
    data_path_ = source_dir() + "/examples/bao-cao-tong-ket-atgt-2018/data.json";
    render_ = run(quote(vanthu_binary()) + " render bao-cao-tong-ket " + quote(data_path_) + " -o " +
                  quote(*dir_ / "bc.docx") + " -o " + quote(*dir_ / "bc.pdf"));
  }
  static void TearDownTestSuite() { delete dir_; }
  static TempDir* dir_;
  static std::string data_path_;
  static RunResult render_;

  std::string docx() const { return *dir_ / "bc.docx"; }
  std::string pdf() const { return *dir_ / "bc.pdf"; }
  Expected expected() const { return Expected(nlohmann::json::parse(slurp(data_path_))); }
  void SetUp() override { ASSERT_EQ(render_.status, 0) << render_.out; }
};
TempDir* BaoCaoTongKet::dir_ = nullptr;
std::string BaoCaoTongKet::data_path_;
RunResult BaoCaoTongKet::render_;

TEST_F(BaoCaoTongKet, RendersWithoutDiagnostics) { EXPECT_EQ(render_.out, ""); }

TEST_F(BaoCaoTongKet, DocxTablesHoldTheRecomputedFigures) {
  const Expected e = expected();
  const auto tables = docx_tables(entry(docx(), "word/document.xml"));
  const Table want[] = {e.results(), e.comparison(), e.appendix()};
  const char* names[] = {"results", "comparison", "appendix"};
  for (int i = 0; i < 3; ++i) {
    bool found = false;
    for (const auto& t : tables) found = found || has_body(t, want[i]);
    EXPECT_TRUE(found) << names[i] << " table not found; expected body:\n" << show(want[i]);
  }
  // Spot checks of the arithmetic itself, against figures worked out by hand.
  EXPECT_EQ(e.comparison().back(), (Row{"", "Tổng cộng", "482", "557", "115,6", "449", "+108", "124,1"}));
  EXPECT_EQ(e.results().back()[4], "10.280");
}

TEST_F(BaoCaoTongKet, OurPdfShowsEveryRow) {
  if (!have_tool("pdftotext")) GTEST_SKIP() << "poppler-utils not installed";
  const Expected e = expected();
  const std::string text = pdftotext(pdf(), "-layout");
  for (const Table& t : {e.results(), e.comparison(), e.appendix()})
    for (const Row& r : t) EXPECT_TRUE(row_in_pdf_text(text, r)) << "row not found: " << show({r});
}

TEST_F(BaoCaoTongKet, LibreOfficeShowsEveryRowAndTheChart) {
  if (!have_tool("soffice") || !have_tool("pdftotext") || !have_tool("pdftoppm"))
    GTEST_SKIP() << "LibreOffice or poppler-utils not installed";
  TempDir lo;
  fs::copy_file(docx(), lo / "bc.docx");
  const std::string lo_pdf = soffice_to_pdf(lo / "bc.docx", lo.path.string());
  ASSERT_FALSE(lo_pdf.empty()) << "LibreOffice did not convert the DOCX";
  const Expected e = expected();
  const std::string text = pdftotext(lo_pdf, "-layout");
  for (const Table& t : {e.results(), e.comparison(), e.appendix()})
    for (const Row& r : t) EXPECT_TRUE(row_in_pdf_text(text, r)) << "row not found: " << show({r});
  // The chart is a native chart: LibreOffice paints its bars in the series' colour.
  const int page = page_with(lo_pdf, "Biểu đồ 1.");
  ASSERT_GT(page, 0);
  long px = bar_pixels(lo_pdf, page, lo.path.string());
  if (px < 500 && page > 1) px = bar_pixels(lo_pdf, page - 1, lo.path.string());  // caption at a page top
  EXPECT_GT(px, 500) << "no chart bars on LibreOffice's page " << page;
}

TEST_F(BaoCaoTongKet, OurPdfDrawsTheChartAsVectorsWithItsLabels) {
  if (!have_tool("pdftotext") || !have_tool("pdftoppm")) GTEST_SKIP() << "poppler-utils not installed";
  const int page = page_with(pdf(), "Biểu đồ 1.");
  ASSERT_GT(page, 0);
  EXPECT_GT(bar_pixels(pdf(), page, dir_->path.string()), 500);
  // Vectors, not a picture: no image on the chart page.
  const RunResult images = run("pdfimages -list -f " + std::to_string(page) + " -l " + std::to_string(page) + " " + quote(pdf()));
  EXPECT_EQ(std::count(images.out.begin(), images.out.end(), '\n'), 2) << images.out;  // the two header lines only
  // The labels are filled outlines: the values over the bars are not
  // extractable text (the chart's alternative text carries them), the caption is.
  const std::string text = pdftotext(pdf(), "-f " + std::to_string(page) + " -l " + std::to_string(page));
  EXPECT_EQ(text.find("TT-BC-XB"), std::string::npos) << text;
  EXPECT_NE(text.find("Số tin, bài tuyên truyền về an toàn giao thông của các đơn vị năm 2018"), std::string::npos);
}

// XmlQuery knows no c: prefix: chart elements by local name and namespace.
std::string chart_el(const std::string& local) {
  return "*[local-name()='" + local + "' and namespace-uri()='http://schemas.openxmlformats.org/drawingml/2006/chart']";
}

TEST_F(BaoCaoTongKet, DocxHoldsANativeChartOfTheComputedFigures) {
  const Expected e = expected();
  const std::string m = e.data["chi_tieu_chinh"]["ma"];
  std::vector<std::string> labels, values;
  for (const auto& u : e.data["don_vi"]) {
    labels.push_back(u["ten_ngan"]);
    values.push_back(std::to_string(e.figure(u["ma"], m, "thuc_hien")));
  }
  // The frame: a chart, no picture, with the alternative text.
  XmlQuery q(entry(docx(), "word/document.xml"));
  EXPECT_EQ(q.count("//w:drawing"), 1);
  EXPECT_EQ(q.count("//pic:pic"), 0);
  EXPECT_EQ(q.str("string(//a:graphicData/@uri)"), "http://schemas.openxmlformats.org/drawingml/2006/chart");
  EXPECT_EQ(q.str("string(//wp:docPr/@descr)").rfind("Biểu đồ 1. Số tin, bài", 0), 0u) << q.str("string(//wp:docPr/@descr)");
  // The chart part read back: one category per unit, in table order, and
  // the cached values equal to the figures in the data.
  XmlQuery chart(entry(docx(), "word/charts/chart1.xml"));
  const std::string ser = "//" + chart_el("barChart") + "/" + chart_el("ser");
  EXPECT_EQ(chart.strings(ser + "/" + chart_el("cat") + "//" + chart_el("pt") + "/" + chart_el("v")), labels);
  EXPECT_EQ(chart.strings(ser + "/" + chart_el("val") + "//" + chart_el("pt") + "/" + chart_el("v")), values);
  EXPECT_EQ(chart.str("normalize-space(//" + chart_el("valAx") + "/" + chart_el("title") + ")"),
            "(" + e.data["chi_tieu_chinh"]["don_vi_tinh"].get<std::string>() + ")");
  for (const auto& [name, bytes] : zip_entries(docx())) EXPECT_EQ(name.rfind("word/media/", 0), std::string::npos) << name;
  // Every XML part still validates with the chart in it (the chart part too).
  int validated = 0;
  for (const auto& [name, bytes] : zip_entries(docx())) {
    if (name.size() < 5 || (name.compare(name.size() - 4, 4, ".xml") != 0 && name.compare(name.size() - 5, 5, ".rels") != 0))
      continue;
    validated += name == "word/charts/chart1.xml";
    const auto errors = validate_ooxml_part(name, bytes);
    EXPECT_TRUE(errors.empty()) << name << ": " << join_errors(errors);
  }
  EXPECT_EQ(validated, 1);
}

// The frame keeps the size the picture had: the chart's drawing in the model.
TEST_F(BaoCaoTongKet, TheChartFrameIsAsLargeAsThePdfDrawing) {
  Engine engine;
  Diagnostics diag;
  auto tpl = engine.load_template("bao-cao-tong-ket", diag);
  ASSERT_TRUE(tpl) << diag.format();
  auto doc = engine.build(*tpl, engine.load_data(data_path_, diag), data_path_, diag);
  ASSERT_TRUE(doc) << diag.format();
  const model::Image* image = nullptr;
  for (const auto& section : doc->sections)
    for (const auto& b : section.blocks)
      if (const auto* i = std::get_if<model::Image>(&b.value)) image = i;
  ASSERT_NE(image, nullptr);
  ASSERT_TRUE(image->drawing && image->chart);
  EXPECT_TRUE(image->png.empty());
  XmlQuery q(entry(docx(), "word/document.xml"));
  EXPECT_EQ(q.str("string(//wp:inline/wp:extent/@cx)"), std::to_string(pt(image->drawing->width_pt).emu));
  EXPECT_EQ(q.str("string(//wp:inline/wp:extent/@cy)"), std::to_string(pt(image->drawing->height_pt).emu));
}

// LibreOffice reads the chart part as a chart object with the data (the
// draw:image it also writes is the object's replacement picture).
TEST_F(BaoCaoTongKet, LibreOfficeOpensTheChartAsAChartObject) {
  if (!have_tool("soffice")) GTEST_SKIP() << "LibreOffice not installed";
  TempDir lo;
  fs::copy_file(docx(), lo / "bc.docx");
  run("soffice -env:UserInstallation=file://" + lo.path.string() + "/lo-profile --headless --convert-to fodt --outdir " +
      quote(lo.path.string()) + " " + quote(lo / "bc.docx"));
  const std::string fodt = slurp(lo / "bc.fodt");
  ASSERT_FALSE(fodt.empty()) << "LibreOffice did not convert the DOCX";
  EXPECT_NE(fodt.find("<draw:object"), std::string::npos);
  EXPECT_NE(fodt.find("<chart:chart"), std::string::npos);
  EXPECT_NE(fodt.find("chart:class=\"chart:bar\""), std::string::npos);
  // The short unit names are only in the chart: they come from its data table.
  const Expected e = expected();
  const size_t object = fodt.find("<draw:object");
  for (const auto& u : e.data["don_vi"])
    EXPECT_NE(fodt.find(u["ten_ngan"].get<std::string>(), object), std::string::npos) << u["ten_ngan"];
}

TEST_F(BaoCaoTongKet, ReportLayoutOfTheDecree) {
  XmlQuery q(entry(docx(), "word/document.xml"));
  auto paragraph = [&](const std::string& text) { return "//w:p[normalize-space(.)='" + text + "']"; };
  // Kính gửi: one addressee on the same line (PL1 §II.9.a).
  EXPECT_EQ(q.count(paragraph("Kính gửi: Ban An toàn giao thông tỉnh Lạng Sơn")), 1);
  // Phần I centred bold, its title upper case bold on the next line (PL1 §V.6b):
  // one heading paragraph (Heading 1, outline level 0) with a line break, so
  // that the outline and the PDF bookmark carry the title.
  const std::string part1 = "//w:p[w:r[1]/w:t='Phần I'][w:r[2]/w:br][w:r[3]/w:t='KẾT QUẢ THỰC HIỆN PHONG TRÀO THI ĐUA NĂM 2018']";
  EXPECT_EQ(q.count(part1 + "[w:pPr/w:jc/@w:val='center'][w:r/w:rPr/w:b][w:pPr/w:pStyle/@w:val='Heading1']"), 1);
  EXPECT_EQ(q.count("//w:p[w:r[1]/w:t='Phần II'][w:r[2]/w:br]"), 1);
  EXPECT_EQ(q.count(paragraph("I. TÌNH HÌNH CHUNG") + "[w:r/w:rPr/w:b]"), 1);
  EXPECT_EQ(q.count(paragraph("1. Công tác chỉ đạo, điều hành") + "[w:r/w:rPr/w:b]"), 1);
  // "Đơn vị tính" italic, right-aligned above the comparison table.
  EXPECT_EQ(q.count(paragraph("Đơn vị tính: tin, bài") + "[w:pPr/w:jc/@w:val='right'][w:r/w:rPr/w:i]"), 1);
  // Header rows repeat on every page; figures are right-aligned.
  EXPECT_GE(q.count("//w:tr[w:trPr/w:tblHeader]"), 4);  // 1 + 1 + 2 (the appendix has a group row)
  EXPECT_EQ(q.str("string((//w:tc[normalize-space(.)='10.280'])[1]/w:p/w:pPr/w:jc/@w:val)"), "right");
  // The ending "./." and the appendix: landscape, own page numbers, "Phụ lục", reference line.
  EXPECT_EQ(q.count("//w:p[contains(., 'năm 2019./.')]"), 1);
  EXPECT_EQ(q.count("//w:sectPr/w:pgSz[@w:orient='landscape']"), 1);
  EXPECT_EQ(q.count("//w:sectPr/w:pgNumType[@w:start='1']"), 1);
  EXPECT_EQ(q.count(paragraph("Phụ lục") + "[w:pPr/w:jc/@w:val='center'][w:r/w:rPr/w:b]"), 1);
  EXPECT_EQ(q.count(paragraph("(Kèm theo Báo cáo số 412/BC-STTTT ngày 14 tháng 12 năm 2018 của Sở Thông tin và "
                              "Truyền thông)") + "[w:r/w:rPr/w:i]"), 1);
}

TEST_F(BaoCaoTongKet, TheAppendixPagesAreLandscapeInOurPdf) {
  if (!have_tool("pdfinfo")) GTEST_SKIP() << "poppler-utils not installed";
  // "Page    6 size:  841.89 x 595.276 pts (A4)" -> {841.89, 595.276}
  auto size = [&](int page) {
    std::istringstream in(run("pdfinfo -f " + std::to_string(page) + " -l " + std::to_string(page) + " " + quote(pdf())).out);
    std::string line;
    while (std::getline(in, line)) {
      const size_t at = line.find(" size:");
      if (line.rfind("Page", 0) != 0 || at == std::string::npos) continue;
      std::istringstream v(line.substr(at + 6));
      double w = 0, h = 0;
      std::string x;
      v >> w >> x >> h;
      return std::pair<double, double>{w, h};
    }
    return std::pair<double, double>{0, 0};
  };
  const int page = page_with(pdf(), "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU TUYÊN TRUYỀN");
  ASSERT_GT(page, 1);
  EXPECT_NEAR(size(page).first, 841.89, 0.1);  // A4 landscape
  EXPECT_NEAR(size(page).second, 595.28, 0.1);
  EXPECT_NEAR(size(1).first, 595.28, 0.1);  // the report itself is portrait
  EXPECT_NEAR(size(page - 1).first, 595.28, 0.1);
}

TEST_F(BaoCaoTongKet, TwoRendersAreByteIdentical) {
  const std::string again = *dir_ / "again.docx", again_pdf = *dir_ / "again.pdf";
  ASSERT_EQ(run(quote(vanthu_binary()) + " render bao-cao-tong-ket " + quote(data_path_) + " -o " + quote(again) +
                " -o " + quote(again_pdf)).status, 0);
  EXPECT_EQ(slurp(again), slurp(docx()));
  EXPECT_EQ(slurp(again_pdf), slurp(pdf()));
}

// Kính gửi with two addressees (PL1 §II.9.a): "Kính gửi:" alone, then one "-"
// line each, ";" after the first and "." after the last, the dashes under the
// colon, as LibreOffice lays the DOCX out.
TEST(BaoCaoKinhGui, SeveralAddresseesStandUnderTheColonInLibreOffice) {
  if (!have_tool("soffice") || !have_tool("pdftotext")) GTEST_SKIP() << "LibreOffice or poppler-utils not installed";
  TempDir tmp;
  nlohmann::json d = nlohmann::json::parse(slurp(source_dir() + "/examples/bao-cao-tong-ket-atgt-2018/data.json"));
  d["kinh_gui"] = {"Ban An toàn giao thông tỉnh Lạng Sơn", "Ban Thi đua - Khen thưởng tỉnh Lạng Sơn"};
  write(tmp / "data.json", d.dump());
  ASSERT_EQ(run(quote(vanthu_binary()) + " render bao-cao-tong-ket " + quote(tmp / "data.json") + " -o " +
                quote(tmp / "bc.docx")).status, 0);
  XmlQuery q(entry(tmp / "bc.docx", "word/document.xml"));
  EXPECT_EQ(q.count("//w:p[normalize-space(.)='Kính gửi:']"), 1);
  EXPECT_EQ(q.count("//w:p[normalize-space(.)='- Ban An toàn giao thông tỉnh Lạng Sơn;']"), 1);
  EXPECT_EQ(q.count("//w:p[normalize-space(.)='- Ban Thi đua - Khen thưởng tỉnh Lạng Sơn.']"), 1);
  const std::string pdf = soffice_to_pdf(tmp / "bc.docx", tmp.path.string());
  ASSERT_FALSE(pdf.empty());
  // Word boxes of page 1: the colon ends "gửi:", the dashes start the next two lines.
  std::istringstream in(pdftotext(pdf, "-bbox -f 1 -l 1"));
  std::string line;
  double colon_end = -1;
  std::vector<double> dashes;
  auto attr = [](const std::string& l, const std::string& name) {
    const size_t at = l.find(name + "=\"");
    return at == std::string::npos ? -1.0 : std::atof(l.c_str() + at + name.size() + 2);
  };
  while (std::getline(in, line)) {
    if (line.find(">gửi:</word>") != std::string::npos) colon_end = attr(line, "xMax");
    else if (colon_end > 0 && dashes.size() < 2 && line.find(">-</word>") != std::string::npos) dashes.push_back(attr(line, "xMin"));
  }
  ASSERT_GT(colon_end, 0);
  ASSERT_EQ(dashes.size(), 2u);
  for (double x : dashes) {
    // The colon is about 3.9 pt wide at 14 pt: the dash starts where it does.
    EXPECT_GT(x, colon_end - 5.5);
    EXPECT_LT(x, colon_end);
  }
}

// --- Bad data ----------------------------------------------------------------

class BaoCaoBadData : public ::testing::Test {
 protected:
  TempDir tmp;
  nlohmann::json good =
      nlohmann::json::parse(slurp(source_dir() + "/examples/bao-cao-tong-ket-atgt-2018/data.json"));
  RunResult render(const nlohmann::json& d) {
    const std::string p = tmp / "data.json";
    write(p, d.dump(2));
    return run(quote(vanthu_binary()) + " render bao-cao-tong-ket " + quote(p) + " -o " + quote(tmp / "out.docx"));
  }
  bool output_exists() const { return fs::exists(tmp.path / "out.docx"); }
};

TEST_F(BaoCaoBadData, NonNumericFigureIsAnErrorWithItsPath) {
  nlohmann::json d = good;
  d["so_lieu"]["BCVT"]["tin_bai"]["thuc_hien"] = "11 bài";
  RunResult r = render(d);
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.out.find("$.so_lieu.BCVT.tin_bai.thuc_hien: error: must be a number, not the text \"11 bài\""),
            std::string::npos) << r.out;
  EXPECT_FALSE(output_exists());
}

TEST_F(BaoCaoBadData, UnitMissingFromTheDataIsAnErrorWithItsPath) {
  nlohmann::json d = good;
  d["so_lieu"].erase("TTCNTT");
  RunResult r = render(d);
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.out.find("$.so_lieu.TTCNTT: error: is missing: no figures for the unit \"Trung tâm Công nghệ thông tin "
                       "và Truyền thông\" ($.don_vi[4])"), std::string::npos) << r.out;
  EXPECT_FALSE(output_exists());
}

TEST_F(BaoCaoBadData, DivisionByZeroShowsADashAndWarnsWithThePath) {
  nlohmann::json d = good;
  d["so_lieu"]["CNTT"]["tin_bai"]["ke_hoach"] = 0;
  RunResult r = render(d);
  ASSERT_EQ(r.status, 0) << r.out;
  // Once in the comparison table, once in the appendix.
  const std::string w = "$.so_lieu.CNTT.tin_bai.ke_hoach: warning: \"Tỷ lệ";
  const size_t first = r.out.find(w);
  ASSERT_NE(first, std::string::npos) << r.out;
  EXPECT_NE(r.out.find(w, first + 1), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("of \"Phòng Công nghệ thông tin\" cannot be computed (division by zero): shown as \"-\""),
            std::string::npos) << r.out;
  // The cell shows "-"; the totals are still computed.
  const auto tables = docx_tables(entry(tmp / "out.docx", "word/document.xml"));
  bool dash = false;
  for (const auto& t : tables)
    for (const auto& row : t)
      dash = dash || (row.size() == 8 && row[1] == "Phòng Công nghệ thông tin" && row[2] == "0" && row[4] == "-");
  EXPECT_TRUE(dash);
}

}  // namespace
}  // namespace vanthu::test
