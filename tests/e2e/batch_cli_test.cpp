// Issue 4: `vanthu batch`. One file per record with names from a pattern
// and consecutive numbers; a failing record reported by its index and field;
// --keep-going; no partial or temporary files; --combine with one page group
// per record, each restarting its page numbers, and no trailing blank page.
#include <gtest/gtest.h>

#include <set>

#include <nlohmann/json.hpp>

#include "e2e/e2e_support.h"
#include "support/xml_query.h"
#include "support/zip_read.h"

namespace vanthu::test {
namespace {

std::string batch_data_path() { return source_dir() + "/examples/khen-thuong-atgt-2018/batch-ca-nhan.json"; }
nlohmann::json batch_data() { return nlohmann::json::parse(slurp(batch_data_path())); }

std::set<std::string> files_in(const std::string& dir) {
  std::set<std::string> out;
  std::error_code ec;
  // The batch's own lock and manifest (docs/batch.md) are not outputs.
  for (const auto& e : fs::directory_iterator(dir, ec))
    if (e.path().filename().string().rfind(".vanthu-batch.", 0) != 0) out.insert(e.path().filename().string());
  return out;
}

int pdf_pages(const std::string& pdf) {
  const std::string info = run("pdfinfo " + quote(pdf)).out;
  const size_t at = info.find("Pages:");
  return at == std::string::npos ? -1 : std::stoi(info.substr(at + 6));
}

// The non-empty lines of one page of a PDF, in layout order.
std::vector<std::string> page_lines(const std::string& pdf, int page) {
  const std::string text =
      run("pdftotext -layout -f " + std::to_string(page) + " -l " + std::to_string(page) + " " + quote(pdf) + " -").out;
  std::vector<std::string> lines;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    line = text::collapse_spaces(line);
    if (!line.empty()) lines.push_back(line);
  }
  return lines;
}

class Batch : public ::testing::Test {
 protected:
  TempDir tmp;
  std::string bin = quote(vanthu_binary());
  std::string write_data(const nlohmann::json& j, const std::string& name = "batch.json") {
    const std::string p = tmp / name;
    write(p, j.dump(1));
    return p;
  }
  RunResult batch(const std::string& data, const std::string& args,
                  const std::string& tpl = "quyet-dinh-khen-thuong-ca-nhan") {
    return run(bin + " batch " + tpl + " " + quote(data) + " " + args);
  }
};

TEST_F(Batch, OneFilePerRecordWithNamesFromThePatternAndConsecutiveNumbers) {
  const nlohmann::json data = batch_data();
  const size_t n = data["danh_sach"].size();
  ASSERT_EQ(n, 12u);
  const std::string out = tmp / "out";
  RunResult r = batch(batch_data_path(), "--each '$.danh_sach' -o " + quote(out) +
                                             " --format both --name '{{so}}-{{ho_ten}}' --start-number 13");
  ASSERT_EQ(r.status, 0) << r.out;
  std::set<std::string> expected;
  for (size_t i = 0; i < n; ++i) {
    const std::string stem = std::to_string(13 + i) + "-" + data["danh_sach"][i]["ho_ten"].get<std::string>();
    expected.insert(stem + ".docx");
    expected.insert(stem + ".pdf");
  }
  EXPECT_EQ(files_in(out), expected);
  // Each file carries its own number and person.
  for (size_t i = 0; i < n; i += 5) {
    const std::string stem = std::to_string(13 + i) + "-" + data["danh_sach"][i]["ho_ten"].get<std::string>();
    std::string xml;
    for (auto& e : read_zip(slurp(out + "/" + stem + ".docx")))
      if (e.name == "word/document.xml") xml = e.data;
    XmlQuery q(xml);
    EXPECT_EQ(q.count("//w:t[.='Số: " + std::to_string(13 + i) + "/QĐ-STTTT']"), 1) << stem;
    EXPECT_NE(xml.find(data["danh_sach"][i]["ho_ten"].get<std::string>()), std::string::npos);
  }
  // Quiet when stderr is not a terminal: no progress bar, one summary line.
  EXPECT_EQ(r.out.find('\r'), std::string::npos);
  EXPECT_NE(r.out.find("12 of 12 records done, 0 failed, 24 files written"), std::string::npos) << r.out;
}

TEST_F(Batch, DefaultNamesAreZeroPaddedRecordNumbers) {
  const std::string out = tmp / "out";
  RunResult r = batch(batch_data_path(), "--each '$.danh_sach' -o " + quote(out) + " --jobs 2");
  ASSERT_EQ(r.status, 0) << r.out;
  std::set<std::string> expected;
  for (int i = 1; i <= 12; ++i) expected.insert((i < 10 ? "0" : "") + std::to_string(i) + ".docx");
  EXPECT_EQ(files_in(out), expected);
}

TEST_F(Batch, TransliteratedNamesAreAscii) {
  const std::string out = tmp / "out";
  RunResult r = batch(batch_data_path(), "--each '$.danh_sach' -o " + quote(out) +
                                             " --name '{{so}}-{{ho_ten}}' --start-number 13 --transliterate");
  ASSERT_EQ(r.status, 0) << r.out;
  const auto files = files_in(out);
  EXPECT_EQ(files.size(), 12u);
  for (const auto& f : files)
    for (char c : f) EXPECT_LT(static_cast<unsigned char>(c), 0x80) << f;
  EXPECT_TRUE(files.count("13-Hoang Van Dat.docx")) << *files.begin();
  EXPECT_TRUE(files.count("21-Dinh Cong Son.docx"));   // Đ -> D
  EXPECT_TRUE(files.count("24-Ha Van Uoc.docx"));      // Ư -> U
}

TEST_F(Batch, FailingRecordIsReportedByIndexAndFieldAndStops) {
  nlohmann::json data = batch_data();
  data["danh_sach"][3]["hinh_thuc"] = "giay-khenn";
  const std::string out = tmp / "out";
  // One worker, so "stops" is deterministic: records 0-2 done, 3 fails, none after.
  RunResult r = batch(write_data(data), "--each '$.danh_sach' -o " + quote(out) + " --jobs 1");
  EXPECT_EQ(r.status, 1) << r.out;
  EXPECT_NE(r.out.find("record 3: $.danh_sach[3].hinh_thuc: error: unknown award type \"giay-khenn\""),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("stopped at the first failing record"), std::string::npos);
  EXPECT_EQ(files_in(out), (std::set<std::string>{"01.docx", "02.docx", "03.docx"}));
}

TEST_F(Batch, KeepGoingWritesEveryOtherRecordAndNoPartialFiles) {
  nlohmann::json data = batch_data();
  data["danh_sach"][3]["hinh_thuc"] = "giay-khenn";
  data["danh_sach"][8]["ho_ten"] = "";
  const std::string out = tmp / "out";
  RunResult r = batch(write_data(data), "--each '$.danh_sach' -o " + quote(out) + " --keep-going --format both");
  EXPECT_EQ(r.status, 1) << r.out;
  EXPECT_NE(r.out.find("record 3: $.danh_sach[3].hinh_thuc"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("record 8: $.danh_sach[8].ho_ten: error: must not be empty"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("10 of 12 records done, 2 failed, 20 files written"), std::string::npos) << r.out;
  const auto files = files_in(out);
  EXPECT_EQ(files.size(), 20u);
  EXPECT_FALSE(files.count("04.docx") || files.count("04.pdf") || files.count("09.docx") || files.count("09.pdf"));
  for (const auto& f : files) EXPECT_EQ(f.find("tmp-"), std::string::npos) << "temporary file left: " << f;
}

TEST_F(Batch, InterruptFinishesTheFilesBeingWrittenAndLeavesNoTemporaryFile) {
  nlohmann::json data = batch_data();
  nlohmann::json many = nlohmann::json::array();
  for (int k = 0; k < 200; ++k)
    for (const auto& r : data["danh_sach"]) many.push_back(r);  // 2400 records: seconds of PDF work
  // SIGINT once the first file exists, i.e. while the workers are writing.
  data["danh_sach"] = many;
  const std::string out = tmp / "out";
  RunResult r = run("( " + bin + " batch quyet-dinh-khen-thuong-ca-nhan " + quote(write_data(data)) +
                    " --each '$.danh_sach' --format pdf -o " + quote(out) +
                    " & pid=$!; for i in $(seq 1 400); do [ -n \"$(ls " + quote(out) +
                    " 2>/dev/null)\" ] && break; sleep 0.05; done; kill -INT $pid; wait $pid; echo \"exit=$?\" )");
  EXPECT_NE(r.out.find("exit=130"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("interrupted"), std::string::npos) << r.out;
  const auto files = files_in(out);
  EXPECT_LT(files.size(), 2400u);
  for (const auto& f : files) {
    EXPECT_EQ(f.find("tmp-"), std::string::npos) << "temporary file left: " << f;
    EXPECT_GT(fs::file_size(out + "/" + f), 1000u) << f;
  }
  // The summary counts exactly the files that exist.
  EXPECT_NE(r.out.find(std::to_string(files.size()) + " files written"), std::string::npos) << r.out;
}

TEST_F(Batch, SharedFieldErrorsKeepTheirPath) {
  nlohmann::json data = batch_data();
  data["ngay"] = "2010-01-01";  // before the base-salary table: every record fails
  RunResult r = batch(write_data(data), "--each '$.danh_sach' -o " + quote(tmp / "out") + " --jobs 1");
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.out.find("record 0: $.ngay: error: no base salary"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("$.danh_sach[0].ngay"), std::string::npos) << r.out;
}

TEST_F(Batch, RecordsOverrideSharedFieldsOneByOne) {
  nlohmann::json data = batch_data();
  data["danh_sach"][1]["nguoi_ky"] = {{"ho_ten", "Trần Văn Bình"}};  // merged into the shared signer
  const std::string out = tmp / "out";
  ASSERT_EQ(batch(write_data(data), "--each '$.danh_sach' -o " + quote(out)).status, 0);
  std::string xml;
  for (auto& e : read_zip(slurp(out + "/02.docx")))
    if (e.name == "word/document.xml") xml = e.data;
  EXPECT_NE(xml.find("Trần Văn Bình"), std::string::npos);
  EXPECT_NE(xml.find("GIÁM ĐỐC"), std::string::npos) << "the shared chuc_vu is kept";
}

TEST_F(Batch, UsageErrorsExitTwo) {
  const std::string d = quote(batch_data_path());
  for (const std::string args : {"--each '$.danh_sach'",                                    // no -o / --combine
                                 "--each 'danh_sach' -o x",                                  // not a JSON path
                                 "--each '$.danh_sach' -o x --format odt",                   //
                                 "--each '$.danh_sach' -o x --jobs 0",                       //
                                 "--each '$.danh_sach' -o x --start-number abc",             //
                                 "--each '$.danh_sach' -o x --name '{{#so}}'",               // unclosed section
                                 "--each '$.danh_sach' --combine x.odt",                     // not .docx/.pdf
                                 "--each '$.danh_sach' -o x --bogus"}) {
    RunResult r = run(bin + " batch quyet-dinh-khen-thuong-ca-nhan " + d + " " + args);
    EXPECT_EQ(r.status, 2) << args << "\n" << r.out;
  }
  EXPECT_FALSE(fs::exists("x"));
  EXPECT_FALSE(fs::exists("x.odt"));
}

TEST_F(Batch, ListMissingFromTheDataIsAnInputError) {
  RunResult r = batch(batch_data_path(), "--each '$.ds' -o " + quote(tmp / "out"));
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.out.find("$.ds: error: is missing"), std::string::npos) << r.out;
}

TEST_F(Batch, DuplicateNamesGetASuffix) {
  nlohmann::json data = batch_data();
  data["danh_sach"][5]["ho_ten"] = data["danh_sach"][0]["ho_ten"];
  const std::string out = tmp / "out";
  RunResult r = batch(write_data(data), "--each '$.danh_sach' -o " + quote(out) + " --name '{{ho_ten}}'");
  ASSERT_EQ(r.status, 0) << r.out;
  const std::string name = data["danh_sach"][0]["ho_ten"].get<std::string>();
  EXPECT_TRUE(files_in(out).count(name + ".docx"));
  EXPECT_TRUE(files_in(out).count(name + "-2.docx"));
  EXPECT_NE(r.out.find("already taken"), std::string::npos);
}

TEST_F(Batch, CombinedPdfHasOnePageGroupPerRecordAndNoTrailingBlankPage) {
  if (!have_tool("pdfinfo") || !have_tool("pdftotext")) GTEST_SKIP() << "poppler-utils not installed";
  const std::string sep = tmp / "sep";
  ASSERT_EQ(batch(batch_data_path(), "--each '$.danh_sach' -o " + quote(sep) + " --format pdf --start-number 13").status, 0);
  int expected_pages = 0;
  std::vector<int> per_record;
  for (const auto& f : files_in(sep)) {
    per_record.push_back(pdf_pages(sep + "/" + f));
    expected_pages += per_record.back();
  }
  ASSERT_EQ(per_record.size(), 12u);

  const std::string all = tmp / "all.pdf";
  RunResult r = batch(batch_data_path(), "--each '$.danh_sach' --combine " + quote(all) + " --start-number 13");
  ASSERT_EQ(r.status, 0) << r.out;
  ASSERT_EQ(pdf_pages(all), expected_pages);
  // Walk the pages: a record starts where its header is; its first page shows
  // no number, its later pages 2, 3, … (the numbering restarts per record).
  int page = 1;
  for (size_t rec = 0; rec < per_record.size(); ++rec) {
    for (int k = 1; k <= per_record[rec]; ++k, ++page) {
      const auto lines = page_lines(all, page);
      ASSERT_FALSE(lines.empty()) << "page " << page << " is blank";
      if (k == 1) {
        EXPECT_EQ(lines[0].find("UBND TỈNH LẠNG SƠN"), 0u) << "page " << page << " starts with: " << lines[0];
        bool numbered = false;
        for (const auto& l : lines) numbered |= l == "Số: " + std::to_string(13 + rec) + "/QĐ-STTTT" ||
                                               l.find("Số: " + std::to_string(13 + rec) + "/QĐ-STTTT ") == 0;
        EXPECT_TRUE(numbered) << "page " << page << " is not record " << rec;
      } else {
        EXPECT_EQ(lines[0], std::to_string(k)) << "page " << page;
      }
    }
  }
}

TEST_F(Batch, CombinedListDecisionsRestartNumberingPerRecordAndPerList) {
  if (!have_tool("pdfinfo") || !have_tool("pdftotext")) GTEST_SKIP() << "poppler-utils not installed";
  // Two whole decisions with attached lists, as records of one batch.
  nlohmann::json one = nlohmann::json::parse(slurp(source_dir() + "/examples/khen-thuong-atgt-2018/data.json"));
  nlohmann::json data = {{"ds", nlohmann::json::array({one, one})}};
  data["ds"][1]["so"] = 13;
  const std::string single = tmp / "one.pdf";
  ASSERT_EQ(run(bin + " render quyet-dinh-khen-thuong " + quote(write_data(one, "one.json")) + " -o " + quote(single)).status, 0);
  const int pages_one = pdf_pages(single);
  const std::string all = tmp / "all.pdf";
  RunResult r = batch(write_data(data), "--each '$.ds' --combine " + quote(all), "quyet-dinh-khen-thuong");
  ASSERT_EQ(r.status, 0) << r.out;
  ASSERT_EQ(pdf_pages(all), 2 * pages_one);
  for (int p = 1; p <= pdf_pages(all); ++p) {
    const auto a = page_lines(all, p), b = page_lines(single, (p - 1) % pages_one + 1);
    ASSERT_FALSE(a.empty());
    EXPECT_EQ(a[0], b[0]) << "page " << p << " is numbered like page " << (p - 1) % pages_one + 1 << " of one decision";
  }
}

TEST_F(Batch, CombinedDocxHasOneSectionPerRecordRestartingAtOne) {
  const std::string all = tmp / "all.docx";
  RunResult r = batch(batch_data_path(), "--each '$.danh_sach' --combine " + quote(all));
  ASSERT_EQ(r.status, 0) << r.out;
  std::string xml;
  for (auto& e : read_zip(slurp(all)))
    if (e.name == "word/document.xml") xml = e.data;
  XmlQuery q(xml);
  EXPECT_EQ(q.count("//w:sectPr"), 12);
  EXPECT_EQ(q.count("//w:sectPr[w:pgNumType/@w:start='1'][w:titlePg]"), 12);
  if (!have_tool("soffice") || !have_tool("pdfinfo")) GTEST_SKIP() << "LibreOffice not installed";
  const std::string pdf = soffice_to_pdf(all, tmp.path.string());
  ASSERT_FALSE(pdf.empty());
  EXPECT_EQ(pdf_pages(pdf), 12) << "LibreOffice: one page per one-page decision, no blank page";
}

}  // namespace
}  // namespace vanthu::test
