// The register of a year exported as the Phụ lục IV book (DOCX, PDF) and as
// CSV, read back and compared with the rows; and CSV import.
#include <libxml/parser.h>
#include <libxml/tree.h>

#include <cstdio>
#include <fstream>

#include "register/csv.h"
#include "register/register_fixture.h"
#include "support/zip_read.h"

namespace vanthu::test {

namespace {

std::string run(const std::string& cmd) {
  std::string out;
  FILE* p = popen(cmd.c_str(), "r");
  if (!p) return out;
  char buf[4096];
  for (size_t n; (n = fread(buf, 1, sizeof buf, p)) > 0;) out.append(buf, n);
  pclose(p);
  return out;
}

void cell_text(xmlNode* n, std::string& out) {
  for (xmlNode* c = n->children; c; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    const std::string name = reinterpret_cast<const char*>(c->name);
    if (name == "t") {
      xmlChar* t = xmlNodeGetContent(c);
      out += reinterpret_cast<const char*>(t);
      xmlFree(t);
    } else if (name == "br") {
      out += "\n";
    } else if (name == "p" && !out.empty()) {
      out += "\n";
      cell_text(c, out);
    } else {
      cell_text(c, out);
    }
  }
}

void collect_rows(xmlNode* n, std::vector<std::vector<std::string>>& rows) {
  for (xmlNode* c = n; c; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    const std::string name = reinterpret_cast<const char*>(c->name);
    if (name == "tr") {
      std::vector<std::string> cells;
      for (xmlNode* tc = c->children; tc; tc = tc->next)
        if (tc->type == XML_ELEMENT_NODE && std::string(reinterpret_cast<const char*>(tc->name)) == "tc") {
          std::string text;
          cell_text(tc, text);
          cells.push_back(text);
        }
      rows.push_back(cells);
    } else {
      collect_rows(c->children, rows);
    }
  }
}

// The cell texts of every table row in word/document.xml.
std::vector<std::vector<std::string>> docx_table_rows(const std::string& docx) {
  std::string xml;
  for (const auto& e : read_zip(docx))
    if (e.name == "word/document.xml") xml = e.data;
  xmlDoc* doc = xmlReadMemory(xml.data(), static_cast<int>(xml.size()), "document.xml", nullptr, XML_PARSE_NONET);
  std::vector<std::vector<std::string>> rows;
  if (doc) collect_rows(xmlDocGetRootElement(doc), rows);
  xmlFreeDoc(doc);
  return rows;
}

std::string dmy(const std::string& iso) { return iso.substr(8, 2) + "/" + iso.substr(5, 2) + "/" + iso.substr(0, 4); }

}  // namespace

TEST_P(RegisterTest, ExportedYearOf1000DocumentsMatchesTheRows) {
  auto r = open();
  std::vector<reg::IssueRequest> rqs;
  for (int i = 0; i < 1000; ++i) {
    auto rq = plan_request("2026-" + std::string(i < 500 ? "03" : "09") + "-1" + std::to_string(i % 10),
                           "Kế hoạch số " + std::to_string(i) + ", có dấu \"ngoặc\" và phẩy");
    rqs.push_back(std::move(rq));
  }
  Diagnostics diag;
  ASSERT_TRUE(r->issue_batch(rqs, diag, {}, 2)) << diag.format();
  ASSERT_TRUE(r->void_row(7, "Sai thể thức", "vt", diag));
  const auto rows = r->list({.year = 2026});
  ASSERT_EQ(rows.size(), 1000u);

  reg::ExportRequest ex;
  ex.year = 2026;
  ex.format = reg::ExportFormat::Docx;
  auto docx = r->export_register(ex, diag);
  ASSERT_TRUE(docx) << diag.format();
  auto table = docx_table_rows(*docx);
  ASSERT_EQ(table.size(), rows.size() + 2);  // the column names and the (1)…(10) row
  EXPECT_EQ(table[0][0], "Số, ký hiệu văn bản");
  EXPECT_EQ(table[1][9], "(10)");
  for (size_t i = 0; i < rows.size(); ++i) {
    const auto& cells = table[i + 2];
    const auto& row = rows[i];
    ASSERT_EQ(cells.size(), 10u);
    EXPECT_EQ(cells[0], row.symbol);
    EXPECT_EQ(cells[1], dmy(row.date));
    EXPECT_EQ(cells[2], "Kế hoạch\n" + row.summary);
    EXPECT_EQ(cells[3], "Nguyễn Văn An");
    EXPECT_EQ(cells[4], "UBND tỉnh (b/c)\nCác phòng");
    EXPECT_EQ(cells[5], "VT, VP");
    if (row.id == 7) EXPECT_EQ(cells[9], "Đã hủy: Sai thể thức");
  }
  EXPECT_EQ(table[2][0], "01/KH-STTTT");
  EXPECT_EQ(table.back()[0], "1000/KH-STTTT");

  // vanthu check: the page, font and page-number rules apply and pass; the
  // header rules (Quốc hiệu …) do not apply to a register book.
  const std::string file = (std::filesystem::temp_directory_path() / ("so-" + std::to_string(getpid()) + ".docx")).string();
  std::ofstream(file, std::ios::binary) << *docx;
  const auto findings = nlohmann::json::parse(run(std::string(VANTHU_TEST_BINARY) + " check --format json " + file + " 2>/dev/null"));
  std::filesystem::remove(file);
  ASSERT_EQ(findings.size(), 1u) << findings.dump(1);
  EXPECT_EQ(findings[0]["check"], "quoc-hieu.missing");

  // PDF: the cover and every page of the table.
  ex.format = reg::ExportFormat::Pdf;
  auto pdf = r->export_register(ex, diag);
  ASSERT_TRUE(pdf) << diag.format();
  const std::string pdf_file = file + ".pdf";
  std::ofstream(pdf_file, std::ios::binary) << *pdf;
  const std::string text = run("pdftotext -layout " + pdf_file + " - 2>/dev/null");
  std::filesystem::remove(pdf_file);
  EXPECT_NE(text.find("SỔ ĐĂNG KÝ VĂN BẢN ĐI"), std::string::npos);
  EXPECT_NE(text.find("Từ số 01 đến số 1000"), std::string::npos);
  EXPECT_NE(text.find("Từ ngày 10/03/2026 đến ngày 19/09/2026"), std::string::npos);
  EXPECT_NE(text.find("Quyển số: 1"), std::string::npos);
  EXPECT_NE(text.find("1000/KH-STTTT"), std::string::npos);

  // CSV: one line per row, the same values.
  ex.format = reg::ExportFormat::Csv;
  auto csv_text = r->export_register(ex, diag);
  ASSERT_TRUE(csv_text);
  auto records = reg::csv::parse(*csv_text, "export.csv", diag);
  ASSERT_EQ(records.size(), rows.size() + 1);
  EXPECT_EQ(records[0].fields[0], "so_ky_hieu");
  for (size_t i = 0; i < rows.size(); ++i) {
    EXPECT_EQ(records[i + 1].fields[0], rows[i].symbol);
    EXPECT_EQ(records[i + 1].fields[1], rows[i].date);
    EXPECT_EQ(records[i + 1].fields[3], rows[i].summary);
    EXPECT_EQ(records[i + 1].fields[5], rows[i].recipients);
    EXPECT_EQ(records[i + 1].fields[16], reg::status_name(rows[i].status));
  }
}

TEST_P(RegisterTest, ImportsUsedNumbersAndWarnsAboutDuplicates) {
  auto r = open();
  Diagnostics diag;
  const std::string csv =
      "so_ky_hieu,ngay,trich_yeu,nguoi_ky\r\n"
      "01/KH-STTTT,2026-01-05,Kế hoạch tháng 1,Nguyễn Văn An\r\n"
      "02/QĐ-STTTT,06/01/2026,\"Quyết định, có phẩy\",Nguyễn Văn An\r\n"
      "02/QĐ-STTTT,2026-01-07,Trùng số từ sổ giấy,Trần Bình\r\n"
      "57/KH-STTTT,2026-05-30,Kế hoạch tháng 5,Nguyễn Văn An\r\n";
  auto n = r->import_csv(csv, "so-cu.csv", {}, diag);
  ASSERT_TRUE(n) << diag.format();
  EXPECT_EQ(*n, 4u);
  auto next = r->issue(plan_request("2026-06-01"), diag);
  ASSERT_TRUE(next) << diag.format();
  EXPECT_EQ(next->row.number, 58);  // after the highest number imported
  const auto dups = r->duplicates(2026);
  ASSERT_EQ(dups.size(), 1u);
  EXPECT_EQ(dups[0].symbol, "02/QĐ-STTTT");
  reg::ExportRequest ex;
  ex.year = 2026;
  ex.format = reg::ExportFormat::Csv;
  Diagnostics export_diag;
  ASSERT_TRUE(r->export_register(ex, export_diag));
  EXPECT_NE(export_diag.format().find("warning: số, ký hiệu 02/QĐ-STTTT is recorded 2 times"), std::string::npos)
      << export_diag.format();

  // A bad line: an error at its line and column, nothing imported.
  Diagnostics bad;
  const std::string broken =
      "so_ky_hieu,ngay\n"
      "70/KH-STTTT,2026-06-02\n"
      "71/KH-STTTT,2026-02-30\n";
  EXPECT_FALSE(r->import_csv(broken, "loi.csv", {}, bad));
  EXPECT_NE(bad.format().find("loi.csv:3:13: error: \"2026-02-30\" is not a date"), std::string::npos) << bad.format();
  EXPECT_EQ(r->list({.year = 2026}).size(), 5u);
  Diagnostics quote;
  EXPECT_FALSE(r->import_csv("so_ky_hieu,ngay\n\"01/KH,2026-01-01\n", "q.csv", {}, quote));
  EXPECT_NE(quote.format().find("q.csv:2:1: error: quoted field is not closed"), std::string::npos) << quote.format();
}

}  // namespace vanthu::test
