#include <gtest/gtest.h>

#include <set>

#include "register/register_fixture.h"
#include "support/zip_read.h"

namespace vanthu::test {

namespace {

long long next_of(reg::Register& r, int year) {
  for (const auto& c : r.counters(year))
    if (c.series == "chung" && c.organ == "STTTT") return c.next;
  return 1;
}

}  // namespace

TEST_P(RegisterTest, IssuesConsecutiveNumbersWithTheTenColumns) {
  auto r = open();
  EXPECT_EQ(r->schema_version(), 1);
  Diagnostics diag;
  auto a = r->issue(plan_request("2026-03-02"), diag);
  ASSERT_TRUE(a) << diag.format();
  auto b = r->issue(plan_request("2026-03-05", "Kế hoạch thứ hai"), diag);
  ASSERT_TRUE(b) << diag.format();
  EXPECT_EQ(a->row.number, 1);
  EXPECT_EQ(b->row.number, 2);
  EXPECT_EQ(a->row.symbol, "01/KH-STTTT");  // PL1 II.3: a leading 0 below 10
  EXPECT_EQ(a->row.date, "2026-03-02");
  EXPECT_EQ(a->row.type_name, "Kế hoạch");
  EXPECT_EQ(b->row.summary, "Kế hoạch thứ hai");
  EXPECT_EQ(a->row.signer, "Nguyễn Văn An");
  EXPECT_EQ(a->row.recipients, "UBND tỉnh (b/c)\nCác phòng");
  EXPECT_EQ(a->row.archive, "VT, VP");
  ASSERT_EQ(a->outputs.size(), 1u);
  EXPECT_EQ(a->outputs[0].bytes.substr(0, 2), "PK");
  EXPECT_EQ(a->outputs[0].sha256.size(), 64u);
  // The row read back holds the hash and the data as rendered.
  auto back = r->row(a->row.id);
  ASSERT_TRUE(back);
  EXPECT_EQ(back->outputs.at(0).sha256, a->outputs[0].sha256);
  auto data = nlohmann::json::parse(back->data_json);
  EXPECT_EQ(data["so"], 1);
  EXPECT_EQ(data["ngay"], "2026-03-02");
  EXPECT_EQ(back->issued_by, "test");
  EXPECT_EQ(next_of(*r, 2026), 3);
  EXPECT_EQ(r->history(a->row.id).at(0).action, "issue");
}

TEST_P(RegisterTest, RefusesANumberInTheData) {
  auto r = open();
  auto rq = plan_request("2026-03-02");
  auto d = plan_data();
  d["so"] = 293;
  rq.data_json = d.dump();
  Diagnostics diag;
  EXPECT_FALSE(r->issue(rq, diag));
  EXPECT_NE(diag.format().find("$.so: error: the number is allocated by the register"), std::string::npos) << diag.format();
  EXPECT_TRUE(r->list({}).empty());
}

TEST_P(RegisterTest, AFailedRenderConsumesNoNumber) {
  auto r = open();
  Diagnostics diag;
  ASSERT_TRUE(r->issue(plan_request("2026-05-01"), diag)) << diag.format();
  // A data error found only while building the document.
  auto bad = plan_request("2026-05-02");
  auto d = plan_data();
  d.erase("nguoi_ky");
  bad.data_json = d.dump();
  Diagnostics bad_diag;
  EXPECT_FALSE(r->issue(bad, bad_diag));
  EXPECT_NE(bad_diag.format().find("$.nguoi_ky"), std::string::npos) << bad_diag.format();
  // Delivery (writing the files) fails: everything rolls back.
  EXPECT_THROW(r->issue(plan_request("2026-05-03"), diag, [](const reg::Issued&) { throw Error("disk full"); }), Error);
  EXPECT_EQ(next_of(*r, 2026), 2);
  auto c = r->issue(plan_request("2026-05-04"), diag);
  ASSERT_TRUE(c) << diag.format();
  EXPECT_EQ(c->row.number, 2);
  EXPECT_EQ(r->list({}).size(), 2u);
}

TEST_P(RegisterTest, NumbersRestartOnTheFirstOfJanuaryInVietnam) {
  auto r = open();
  Diagnostics diag;
  ASSERT_TRUE(r->issue(plan_request("2025-12-30"), diag)) << diag.format();
  // 31/12 23:30 in Vietnam is still 2025; 01/01 00:10 in Vietnam is 2026,
  // though it is 31/12 17:10 in UTC.
  auto last = r->issue(plan_request("2025-12-31T23:30:00+07:00"), diag);
  auto first = r->issue(plan_request("2025-12-31T17:10:00Z"), diag);
  ASSERT_TRUE(last && first) << diag.format();
  EXPECT_EQ(last->row.year, 2025);
  EXPECT_EQ(last->row.number, 2);
  EXPECT_EQ(last->row.date, "2025-12-31");
  EXPECT_EQ(first->row.year, 2026);
  EXPECT_EQ(first->row.number, 1);
  EXPECT_EQ(first->row.date, "2026-01-01");
  auto second = r->issue(plan_request("2026-01-01T00:10:00+07:00"), diag);
  ASSERT_TRUE(second);
  EXPECT_EQ(second->row.number, 2);
}

TEST_P(RegisterTest, BatchNumbersConsecutivelyAllOrNothing) {
  auto r = open();
  std::vector<reg::IssueRequest> rqs;
  for (int i = 0; i < 5; ++i) rqs.push_back(plan_request("2026-06-01", "Bản " + std::to_string(i)));
  Diagnostics diag;
  auto out = r->issue_batch(rqs, diag, {}, 2);
  ASSERT_TRUE(out) << diag.format();
  for (int i = 0; i < 5; ++i) {
    EXPECT_EQ((*out)[i].row.number, i + 1);
    EXPECT_EQ((*out)[i].row.summary, "Bản " + std::to_string(i));
  }
  // One bad record: nothing of the batch is recorded.
  auto d = plan_data();
  d["noi_dung"] = "not a list";
  rqs[3].data_json = d.dump();
  Diagnostics bad;
  EXPECT_FALSE(r->issue_batch(rqs, bad, {}, 2));
  EXPECT_NE(bad.format().find("record 4"), std::string::npos) << bad.format();
  EXPECT_EQ(next_of(*r, 2026), 6);
  EXPECT_EQ(r->list({}).size(), 5u);
}

TEST_P(RegisterTest, ReserveConfirmReleaseAndVoid) {
  auto r = open();
  Diagnostics diag;
  const auto rs = reserve_request("QĐ", "2026-04-01", "Quyết định giấy");
  auto held = r->reserve(rs, diag);
  ASSERT_TRUE(held) << diag.format();
  EXPECT_EQ(held->symbol, "01/QĐ-STTTT");
  EXPECT_EQ(held->status, reg::Status::Reserved);
  auto held2 = r->reserve(rs, diag);
  ASSERT_TRUE(held2);
  auto issued = r->issue(plan_request("2026-04-02"), diag);
  ASSERT_TRUE(issued);
  EXPECT_EQ(issued->row.number, 3);

  reg::OutputFile scan;
  scan.name = "qd-ky.pdf";
  scan.bytes = "%PDF-1.7 signed paper";
  auto ok = r->confirm(held->id, scan, "", "Trần Thị Bình", "vt", diag);
  ASSERT_TRUE(ok) << diag.format();
  EXPECT_EQ(ok->status, reg::Status::Confirmed);
  EXPECT_EQ(ok->outputs.at(0).sha256.size(), 64u);
  EXPECT_FALSE(r->confirm(held->id, scan, "", "", "vt", diag));  // only once

  auto gone = r->release(held2->id, "Không ký", "vt", diag);
  ASSERT_TRUE(gone);
  EXPECT_EQ(gone->status, reg::Status::Released);

  Diagnostics no_reason;
  EXPECT_FALSE(r->void_row(issued->row.id, " ", "vt", no_reason));
  auto voided = r->void_row(issued->row.id, "Sai thể thức", "vt", diag);
  ASSERT_TRUE(voided);
  EXPECT_EQ(voided->void_reason, "Sai thể thức");
  // Neither the released nor the voided number is handed out again.
  auto next = r->issue(plan_request("2026-04-03"), diag);
  ASSERT_TRUE(next);
  EXPECT_EQ(next->row.number, 4);
  // A correction refers to the row it replaces.
  auto fix = plan_request("2026-04-04");
  fix.corrects = issued->row.id;
  auto fixed = r->issue(fix, diag);
  ASSERT_TRUE(fixed) << diag.format();
  EXPECT_EQ(fixed->row.corrects, issued->row.id);
  EXPECT_NE(fixed->row.note.find("03/KH-STTTT"), std::string::npos);
  EXPECT_EQ(r->list({.year = 2026}).size(), 5u);
}

TEST_P(RegisterTest, IssueFromAReservation) {
  auto r = open();
  Diagnostics diag;
  auto held = r->reserve(reserve_request("KH", "2026-04-01"), diag);
  ASSERT_TRUE(held) << diag.format();
  auto rq = plan_request("2026-04-01");
  rq.reservation = held->id;
  auto is = r->issue(rq, diag);
  ASSERT_TRUE(is) << diag.format();
  EXPECT_EQ(is->row.id, held->id);
  EXPECT_EQ(is->row.number, 1);
  EXPECT_EQ(is->row.status, reg::Status::Confirmed);
  EXPECT_EQ(r->list({}).size(), 1u);
}

// The register records the ký hiệu the document prints: for a công văn the
// drafting unit of its Lưu line ("UBND-KGVX"), by the one rule of
// vn/document_symbol.h (the register once wrote "01/UBND" beside a
// document that read "Số: 01/UBND-KGVX").
TEST_P(RegisterTest, RecordsTheSymbolTheDocumentPrints) {
  auto r = open();
  nlohmann::json data = {
      {"co_quan", {{"ten", "Ủy ban nhân dân tỉnh Lạng Sơn"}, {"viet_tat", "UBND"}}},
      {"dia_danh", "Lạng Sơn"},
      {"trich_yeu", "Triển khai phong trào thi đua"},
      {"kinh_gui", {"Các sở, ban, ngành tỉnh"}},
      {"noi_dung", {"Đề nghị các cơ quan thực hiện."}},
      {"noi_nhan", {"Như trên"}},
      {"luu", "KGVX"},
      {"nguoi_ky", {{"ho_ten", "Nguyễn Văn An"}, {"chuc_vu", "CHỦ TỊCH"}}},
  };
  reg::IssueRequest rq;
  rq.template_name = "cong-van";
  rq.data_json = data.dump();
  rq.date = "2026-03-02";
  rq.formats = {reg::OutputFormat::Docx};
  rq.issued_by = "test";
  Diagnostics diag;
  auto a = r->issue(rq, diag);
  ASSERT_TRUE(a) << diag.format();
  EXPECT_EQ(a->row.symbol, "01/UBND-KGVX");
  std::string xml;
  for (const auto& e : read_zip(a->outputs.at(0).bytes))
    if (e.name == "word/document.xml") xml = e.data;
  EXPECT_NE(xml.find("Số: " + a->row.symbol + "<"), std::string::npos) << "the document prints another ký hiệu";
}

TEST_P(RegisterTest, SeriesByTypeSecretAndMidYearStart) {
  auto r = open();
  Diagnostics diag;
  reg::Series qd{"qd", "Quyết định", {"quyet-dinh"}, "", false, true};
  reg::Series mat{"mat", "Văn bản mật", {}, "", true, true};
  ASSERT_TRUE(r->put_series(qd, "admin", diag)) << diag.format();
  ASSERT_TRUE(r->put_series(mat, "admin", diag)) << diag.format();
  // An organ that starts using vanthu in June: its plans continue at 120.
  ASSERT_TRUE(r->set_next_number("chung", "STTTT", 2026, 120, "admin", diag)) << diag.format();
  Diagnostics back;
  EXPECT_FALSE(r->set_next_number("chung", "STTTT", 2026, 100, "admin", back));  // never backwards
  auto plan = r->issue(plan_request("2026-06-10"), diag);
  ASSERT_TRUE(plan);
  EXPECT_EQ(plan->row.series, "chung");
  EXPECT_EQ(plan->row.number, 120);
  auto secret_rq = plan_request("2026-06-10");
  secret_rq.series = "mat";
  auto secret = r->issue(secret_rq, diag);
  ASSERT_TRUE(secret);
  EXPECT_EQ(secret->row.series, "mat");
  EXPECT_EQ(secret->row.number, 1);
  reg::ReserveRequest rs{"STTTT", "quyet-dinh", "", "2026-06-11", "", "", "", "vt"};
  auto q = r->reserve(rs, diag);
  ASSERT_TRUE(q) << diag.format();
  EXPECT_EQ(q->series, "qd");
  EXPECT_EQ(q->number, 1);
  Diagnostics bad;
  auto unknown = plan_request("2026-06-10");
  unknown.series = "khong-co";
  EXPECT_FALSE(r->issue(unknown, bad));
  EXPECT_NE(bad.format().find("no series \"khong-co\""), std::string::npos);
}

TEST_P(RegisterTest, SearchesByYearTypeAndText) {
  auto r = open();
  Diagnostics diag;
  ASSERT_TRUE(r->issue(plan_request("2025-02-01", "Phòng chống lụt bão"), diag));
  ASSERT_TRUE(r->issue(plan_request("2026-02-01", "An toàn giao thông"), diag));
  ASSERT_TRUE(r->issue(plan_request("2026-02-02", "PHÒNG CHỐNG dịch bệnh"), diag));
  EXPECT_EQ(r->list({.year = 2026}).size(), 2u);
  EXPECT_EQ(r->list({.type = "KH"}).size(), 3u);
  EXPECT_EQ(r->list({.type = "QĐ"}).size(), 0u);
  EXPECT_EQ(r->list({.text = "phòng chống"}).size(), 2u);  // Vietnamese case folding
  EXPECT_EQ(r->list({.year = 2026, .text = "phòng chống"}).size(), 1u);
}

TEST(RegisterDates, VietnamTime) {
  // 2025-12-31T16:59:59Z is 23:59:59 in Vietnam; a second later it is 2026.
  EXPECT_EQ(reg::vietnam_date(1767200399), "2025-12-31");
  EXPECT_EQ(reg::vietnam_date(1767200400), "2026-01-01");
  EXPECT_EQ(reg::parse_issue_date("31/12/2025", 0), "2025-12-31");
  EXPECT_EQ(reg::parse_issue_date("2025-12-31T23:30", 0), "2025-12-31");
  EXPECT_EQ(reg::parse_issue_date("2026-01-01T00:10:00+07:00", 0), "2026-01-01");
  EXPECT_EQ(reg::parse_issue_date("2025-12-31T20:00:00-05:00", 0), "2026-01-01");
  EXPECT_FALSE(reg::parse_issue_date("2026-02-30", 0));
  EXPECT_FALSE(reg::parse_issue_date("2026-01-01T25:00", 0));
  EXPECT_FALSE(reg::parse_issue_date("hôm nay", 0));
}

INSTANTIATE_TEST_SUITE_P(Backends, RegisterTest, testing::Values(Backend::Sqlite, Backend::Postgresql), backend_name);

}  // namespace vanthu::test
