// Issue 4: the commendation decision (quyet-dinh-khen-thuong) of
// examples/khen-thuong-atgt-2018. The amounts and totals are recomputed here
// from the data with the coefficients and the base salary typed in this file
// (not taken from the engine), and must be what the DOCX and the PDF print.
#include <gtest/gtest.h>

#include <functional>
#include <map>

#include <nlohmann/json.hpp>

#include "e2e/e2e_support.h"
#include "support/xml_query.h"
#include "support/zip_read.h"
#include "api/engine.h"

namespace vanthu::test {
namespace {

// Mức lương cơ sở from 01/7/2018 to 30/6/2019 (Nghị định 72/2018/NĐ-CP).
constexpr int64_t kBaseSalary2019 = 1'390'000;
// Coefficients in hundredths (NĐ 91/2017 Điều 71: Giấy khen 0,3; a collective twice that).
const std::map<std::string, int64_t> kCoefficients = {{"giay-khen", 30}, {"giay-khen-tap-the", 60}};

// coefficient × base, rounded UP to a multiple of 10.000 đồng (the default).
int64_t amount_up(int64_t hundredths, int64_t base) {
  const int64_t exact = hundredths * base;  // in hundredths of a đồng
  return (exact + 1'000'000 - 1) / 1'000'000 * 10'000;
}
int64_t amount_nearest(int64_t hundredths, int64_t base) { return (hundredths * base + 500'000) / 1'000'000 * 10'000; }

std::string dots(int64_t n) {
  std::string s = std::to_string(n), out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (i > 0 && (s.size() - i) % 3 == 0) out += '.';
    out += s[i];
  }
  return out;
}

std::string example_dir() { return source_dir() + "/examples/khen-thuong-atgt-2018"; }
nlohmann::json example_data() { return nlohmann::json::parse(slurp(example_dir() + "/data.json")); }

struct Expected {
  std::vector<int64_t> collectives, people;  // amounts in data order
  int64_t sum_collectives = 0, sum_people = 0;
};

Expected expected(const nlohmann::json& data, bool nearest = false) {
  Expected e;
  const auto& opts = data["khen_thuong"];
  auto amount = [&](const nlohmann::json& entry, const char* fallback) {
    const std::string key = entry.value("hinh_thuc", opts.value(fallback, ""));
    const int64_t c = kCoefficients.at(key);
    return nearest ? amount_nearest(c, kBaseSalary2019) : amount_up(c, kBaseSalary2019);
  };
  for (const auto& t : data["tap_the"]) e.collectives.push_back(amount(t, "hinh_thuc_tap_the"));
  for (const auto& p : data["ca_nhan"]) e.people.push_back(amount(p, "hinh_thuc_ca_nhan"));
  for (auto a : e.collectives) e.sum_collectives += a;
  for (auto a : e.people) e.sum_people += a;
  return e;
}

// The rows of the last table in word/document.xml (the attached list), as cell texts.
std::vector<std::vector<std::string>> list_rows(const std::string& document_xml) {
  XmlQuery q(document_xml);
  const int tables = q.count("//w:tbl");
  std::vector<std::vector<std::string>> rows;
  const std::string tbl = "(//w:tbl)[" + std::to_string(tables) + "]";
  const int n = q.count(tbl + "/w:tr");
  for (int i = 1; i <= n; ++i) rows.push_back(q.strings(tbl + "/w:tr[" + std::to_string(i) + "]/w:tc"));
  return rows;
}

std::string document_xml(const std::string& docx_path) {
  for (auto& e : read_zip(slurp(docx_path)))
    if (e.name == "word/document.xml") return e.data;
  return {};
}

std::vector<std::string> paragraphs(const std::string& xml) {
  XmlQuery q(xml);
  return q.strings("//w:body/w:p");
}

class KhenThuong : public ::testing::Test {
 protected:
  TempDir tmp;
  RunResult render(const std::string& data_path, const std::string& out,
                   const std::string& tpl = "quyet-dinh-khen-thuong") {
    return run(quote(vanthu_binary()) + " render " + tpl + " " + quote(data_path) + " -o " + quote(out));
  }
  std::string write_data(const nlohmann::json& j, const std::string& name = "data.json") {
    const std::string p = tmp / name;
    write(p, j.dump(1));
    return p;
  }
};

TEST_F(KhenThuong, ExampleNamesItsTemplate) {
  EXPECT_EQ(text::collapse_spaces(slurp(example_dir() + "/template")), "quyet-dinh-khen-thuong");
}

TEST_F(KhenThuong, DocxListHasTheIndependentlyComputedAmountsAndTotals) {
  const nlohmann::json data = example_data();
  const Expected e = expected(data);
  ASSERT_EQ(e.collectives.size(), 2u);
  ASSERT_EQ(e.people.size(), 12u);
  // 0,6 × 1.390.000 = 834.000 -> 840.000; 0,3 × 1.390.000 = 417.000 -> 420.000.
  EXPECT_EQ(e.sum_collectives + e.sum_people, 6'720'000);

  const std::string docx = tmp / "qd.docx";
  RunResult r = render(example_dir() + "/data.json", docx);
  ASSERT_EQ(r.status, 0) << r.out;
  const auto rows = list_rows(document_xml(docx));
  // header, "I Tập thể", 2 rows, "II Cá nhân", 12 rows, total
  ASSERT_EQ(rows.size(), 1u + 1 + 2 + 1 + 12 + 1);
  EXPECT_EQ(rows[0], (std::vector<std::string>{"STT", "Họ và tên", "Chức vụ, đơn vị", "Danh hiệu, hình thức", "Số tiền (đồng)"}));
  EXPECT_EQ(rows[1].front(), "I");
  EXPECT_EQ(rows[1][1], "Tập thể (02)");
  EXPECT_EQ(rows[1].back(), dots(e.sum_collectives));
  EXPECT_EQ(rows[4].front(), "II");
  EXPECT_EQ(rows[4][1], "Cá nhân (12)");
  EXPECT_EQ(rows[4].back(), dots(e.sum_people));
  for (size_t i = 0; i < 2; ++i) {
    EXPECT_EQ(rows[2 + i][0], std::to_string(i + 1));
    EXPECT_EQ(rows[2 + i][1], data["tap_the"][i]["ten"].get<std::string>());  // collectives keep their order
    EXPECT_EQ(rows[2 + i].back(), dots(e.collectives[i]));
  }
  for (size_t i = 0; i < 12; ++i) {
    EXPECT_EQ(rows[5 + i][0], std::to_string(i + 1)) << "STT numbers run 1..12";
    EXPECT_EQ(rows[5 + i].back(), dots(e.people[0])) << "every person has a Giấy khen";
  }
  EXPECT_EQ(rows.back().front(), "Tổng cộng");
  EXPECT_EQ(rows.back().back(), dots(e.sum_collectives + e.sum_people));

  // The total in words under the list, and in Điều 2.
  std::string all;
  for (const auto& p : paragraphs(document_xml(docx))) all += p + "\n";
  // The attached list ends its content with "./." like every Phụ lục III model.
  EXPECT_NE(all.find("Tổng số tiền bằng chữ: Sáu triệu bảy trăm hai mươi nghìn đồng./.\n"), std::string::npos) << all;
  EXPECT_NE(all.find("Tổng số tiền thưởng là " + dots(e.sum_collectives + e.sum_people) +
                     " đồng (Sáu triệu bảy trăm hai mươi nghìn đồng)"),
            std::string::npos)
      << all;
  EXPECT_NE(all.find("cho 02 tập thể và 12 cá nhân (có danh sách kèm theo)"), std::string::npos);
  EXPECT_NE(all.find(dots(e.people[0]) + " đồng/cá nhân"), std::string::npos);
  EXPECT_NE(all.find(dots(e.collectives[0]) + " đồng/tập thể"), std::string::npos);
}

TEST_F(KhenThuong, PeopleAreOrderedByGivenNameInVietnameseOrder) {
  const std::string docx = tmp / "qd.docx";
  ASSERT_EQ(render(example_dir() + "/data.json", docx).status, 0);
  const auto rows = list_rows(document_xml(docx));
  std::vector<std::string> names;
  for (size_t i = 5; i + 1 < rows.size(); ++i) names.push_back(rows[i][1]);
  // By tên (the last word) in the Vietnamese alphabet: a < ă < â, d < đ, tones
  // ngang < huyền < hỏi < ngã < sắc < nặng.
  const std::vector<std::string> expected = {
      "Mạc Văn Anh", "Lục Thị Ánh", "Lê Thị Dung", "Triệu Quang Dũng", "Hoàng Văn Đạt", "Nông Thị Hà",
      "Vi Thị Thu Hằng", "Nguyễn Thị Thanh Huyền", "Đinh Công Sơn", "Phạm Đức Thắng", "Lương Minh Tuấn", "Hà Văn Ước"};
  EXPECT_EQ(names, expected);
}

TEST_F(KhenThuong, AsGivenOrderKeepsTheDataOrder) {
  nlohmann::json data = example_data();
  data["khen_thuong"]["sap_xep"] = "nhu-nhap";
  const std::string docx = tmp / "qd.docx";
  ASSERT_EQ(render(write_data(data), docx).status, 0);
  const auto rows = list_rows(document_xml(docx));
  for (size_t i = 0; i < data["ca_nhan"].size(); ++i)
    EXPECT_EQ(rows[5 + i][1], data["ca_nhan"][i]["ho_ten"].get<std::string>());
}

TEST_F(KhenThuong, NearestRoundingAndCoefficientOverride) {
  nlohmann::json data = example_data();
  data["khen_thuong"]["lam_tron"] = "gan-nhat";
  const Expected e = expected(data, true);
  EXPECT_EQ(e.collectives[0], 830'000);  // 834.000 to the nearest 10.000
  const std::string docx = tmp / "qd.docx";
  ASSERT_EQ(render(write_data(data), docx).status, 0);
  auto rows = list_rows(document_xml(docx));
  EXPECT_EQ(rows[2].back(), dots(e.collectives[0]));
  EXPECT_EQ(rows.back().back(), dots(e.sum_collectives + e.sum_people));

  // A local rule: Giấy khen at 0,5 × 1.390.000 = 695.000 -> 700.000 (rounded up).
  data = example_data();
  data["khen_thuong"]["he_so"] = {{"giay-khen", "0,5"}};
  ASSERT_EQ(render(write_data(data), docx).status, 0);
  rows = list_rows(document_xml(docx));
  EXPECT_EQ(rows[5].back(), dots(amount_up(50, kBaseSalary2019)));
  EXPECT_EQ(rows[5].back(), "700.000");

  // Another base-salary table (one amount).
  data = example_data();
  data["khen_thuong"]["luong_co_so"] = 2'340'000;
  ASSERT_EQ(render(write_data(data), docx).status, 0);
  rows = list_rows(document_xml(docx));
  EXPECT_EQ(rows[5].back(), dots(amount_up(30, 2'340'000)));  // 702.000 -> 710.000
}

TEST_F(KhenThuong, PdfShowsTheSameTotals) {
  if (!have_tool("pdftotext") || !have_tool("pdfinfo")) GTEST_SKIP() << "poppler-utils not installed";
  const nlohmann::json data = example_data();
  const Expected e = expected(data);
  const std::string pdf = tmp / "qd.pdf";
  RunResult r = render(example_dir() + "/data.json", pdf);
  ASSERT_EQ(r.status, 0) << r.out;
  const std::string text = fold(pdftotext(pdf, "-raw"));
  EXPECT_NE(text.find(fold("Tổng cộng " + dots(e.sum_collectives + e.sum_people))), std::string::npos) << text;
  EXPECT_NE(text.find(fold("Tập thể (02) " + dots(e.sum_collectives))), std::string::npos);
  EXPECT_NE(text.find(fold("Cá nhân (12) " + dots(e.sum_people))), std::string::npos);
  EXPECT_NE(text.find(fold("Tổng số tiền bằng chữ: Sáu triệu bảy trăm hai mươi nghìn đồng./.")), std::string::npos);
  EXPECT_NE(text.find(fold("Tổng số tiền thưởng là " + dots(e.sum_collectives + e.sum_people) + " đồng")),
            std::string::npos);
}

TEST_F(KhenThuong, DecisionFollowsTheModel) {
  const std::string docx = tmp / "qd.docx";
  ASSERT_EQ(render(example_dir() + "/data.json", docx).status, 0);
  const std::string xml = document_xml(docx);
  std::string all;
  for (const auto& p : paragraphs(xml)) all += p + "\n";
  auto at = [&](const std::string& s) { return all.find(s); };
  ASSERT_NE(at("GIÁM ĐỐC SỞ THÔNG TIN VÀ TRUYỀN THÔNG\n"), std::string::npos) << all;
  EXPECT_LT(at("QUYẾT ĐỊNH\nVề việc khen thưởng"), at("GIÁM ĐỐC SỞ THÔNG TIN VÀ TRUYỀN THÔNG\n"));
  EXPECT_LT(at("GIÁM ĐỐC SỞ THÔNG TIN VÀ TRUYỀN THÔNG\n"), at("Căn cứ Luật Thi đua"));
  EXPECT_LT(at("Theo đề nghị của Chánh Văn phòng Sở (Thường trực Hội đồng Thi đua - Khen thưởng Sở).\n"),
            at("QUYẾT ĐỊNH:\n"));
  EXPECT_LT(at("QUYẾT ĐỊNH:\n"), at("Điều 1. Tặng Giấy khen"));
  EXPECT_LT(at("Điều 1."), at("Điều 2."));
  EXPECT_LT(at("Điều 2."), at("Điều 3. Quyết định này có hiệu lực kể từ ngày ký."));
  EXPECT_NE(at("chịu trách nhiệm thi hành Quyết định này./.\n"), std::string::npos);
  // The attached list: its own heading and reference line.
  EXPECT_NE(at("DANH SÁCH\n"), std::string::npos);
  EXPECT_NE(at("(Kèm theo Quyết định số 12/QĐ-STTTT ngày 15 tháng 01 năm 2019 của Giám đốc Sở Thông tin và Truyền thông)"),
            std::string::npos);
  XmlQuery q(xml);
  // Nơi nhận starts with "- Như Điều 3;" and ends with the Lưu line.
  const auto cells = q.strings("//w:tc/w:p[w:r/w:t='Nơi nhận:']/following-sibling::w:p");
  ASSERT_FALSE(cells.empty());
  EXPECT_EQ(cells.front(), "- Như Điều 3;");
  EXPECT_EQ(cells.back(), "- Lưu: VT, VP.");
  // Two sections: the decision and the list; the list numbers its own pages.
  EXPECT_EQ(q.count("//w:sectPr"), 2);
  EXPECT_EQ(q.str("string((//w:sectPr)[2]/w:pgNumType/@w:start)"), "1");
  // The list's header row repeats on every page.
  EXPECT_EQ(q.count("(//w:tbl)[last()]/w:tr[1]/w:trPr/w:tblHeader"), 1);
  // Số and date are absent from the list's header (only the decision has them).
  EXPECT_EQ(q.count("//w:t[starts-with(., 'Số: ')]"), 1);
}

TEST_F(KhenThuong, BadDataIsReportedWithItsJsonPathAndNoFile) {
  struct Case {
    std::function<void(nlohmann::json&)> change;
    std::string expect;
  };
  const std::vector<Case> cases = {
      {[](nlohmann::json& d) { d["ca_nhan"][3]["hinh_thuc"] = "giay-khenn"; },
       "$.ca_nhan[3].hinh_thuc: error: unknown award type \"giay-khenn\""},
      {[](nlohmann::json& d) { d["ca_nhan"][2]["hinh_thuc"] = "giay-khen-tap-the"; },
       "$.ca_nhan[2].hinh_thuc: error: \"giay-khen-tap-the\" is an award for a collective"},
      {[](nlohmann::json& d) { d["ngay"] = "2015-03-01"; }, "$.ngay: error: no base salary (mức lương cơ sở) is known for 2015-03-01"},
      {[](nlohmann::json& d) { d["khen_thuong"]["he_so"] = {{"giay-khen", "ba phần mười"}}; },
       "$.khen_thuong.he_so.giay-khen: error: invalid coefficient"},
      {[](nlohmann::json& d) { d["khen_thuong"]["luong_co_so"] = nlohmann::json::array({{{"tu_ngay", "2018-07-01"}, {"muc", "nhiều"}}}); },
       "$.khen_thuong.luong_co_so[0].muc: error: must be a positive whole number of đồng"},
      {[](nlohmann::json& d) { d["khen_thuong"]["lam_tron"] = "xuong"; }, "$.khen_thuong.lam_tron: error:"},
      {[](nlohmann::json& d) { d["tap_the"][1].erase("ten"); }, "$.tap_the[1].ten: error: is missing"},
      {[](nlohmann::json& d) { d["khen_thuong"].erase("hinh_thuc_ca_nhan"); },
       "$.ca_nhan[0].hinh_thuc: error: is missing (or give a default in $.khen_thuong.hinh_thuc_ca_nhan)"},
      {[](nlohmann::json& d) { d["ca_nhan"] = nlohmann::json::array(); d["tap_the"] = nlohmann::json::array(); },
       "$.ca_nhan: error: there is nobody to commend"},
  };
  for (const auto& c : cases) {
    nlohmann::json data = example_data();
    c.change(data);
    const std::string out = tmp / "bad.docx";
    RunResult r = render(write_data(data), out);
    EXPECT_EQ(r.status, 1) << c.expect << "\n" << r.out;
    EXPECT_NE(r.out.find(c.expect), std::string::npos) << "expected: " << c.expect << "\ngot: " << r.out;
    EXPECT_FALSE(fs::exists(out)) << c.expect;
  }
}

TEST_F(KhenThuong, OptionErrorsDoNotHideAwardeeErrors) {
  nlohmann::json data = example_data();
  data["khen_thuong"]["he_so"] = {{"giay-khen", "x"}};
  data["ca_nhan"][5]["hinh_thuc"] = "bang-khen-tap-the";
  RunResult r = render(write_data(data), tmp / "bad.docx");
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.out.find("$.khen_thuong.he_so.giay-khen"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("$.ca_nhan[5].hinh_thuc"), std::string::npos) << r.out;
}

TEST_F(KhenThuong, PersonDecisionNamesThePersonAndTheAmountInFiguresAndWords) {
  nlohmann::json data = nlohmann::json::parse(slurp(example_dir() + "/batch-ca-nhan.json"));
  nlohmann::json person = data["danh_sach"][4];  // Triệu Quang Dũng
  data.erase("danh_sach");
  data.update(person);
  data["so"] = 17;
  const std::string docx = tmp / "one.docx";
  RunResult r = render(write_data(data), docx, "quyet-dinh-khen-thuong-ca-nhan");
  ASSERT_EQ(r.status, 0) << r.out;
  std::string all;
  for (const auto& p : paragraphs(document_xml(docx))) all += p + "\n";
  const std::string amount = dots(amount_up(kCoefficients.at("giay-khen"), kBaseSalary2019));
  EXPECT_NE(all.find("Về việc tặng Giấy khen cho ông Triệu Quang Dũng\n"), std::string::npos) << all;
  // Điều 1 names the person and the amount in figures and words.
  const size_t d1 = all.find("Điều 1. Tặng Giấy khen của Giám đốc Sở Thông tin và Truyền thông cho ông Triệu Quang Dũng, "
                             "Trưởng phòng Phòng Thông tin - Báo chí - Xuất bản, đã có thành tích");
  ASSERT_NE(d1, std::string::npos) << all;
  const size_t money = all.find("kèm theo tiền thưởng " + amount + " đồng (Bốn trăm hai mươi nghìn đồng).\n");
  EXPECT_NE(money, std::string::npos) << all;
  EXPECT_LT(money, all.find("Điều 2. Tiền thưởng của ông Triệu Quang Dũng được trích từ Quỹ thi đua, khen thưởng của Sở."));
  XmlQuery q(document_xml(docx));
  EXPECT_EQ(q.count("//w:tc//w:t[.='Số: 17/QĐ-STTTT']"), 1);
}

}  // namespace
}  // namespace vanthu::test
