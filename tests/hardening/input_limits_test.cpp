// Issue 16: limits checked while reading, field limits, and the messages of
// item 9 and the vertical tab of item 10. Each runs the vanthu command and
// checks the message, the exit status and that no output file appears.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "hardening_support.h"

namespace vanthu::test {
namespace {

std::string plan_data() { return source_dir() + "/examples/ke-hoach-atgt-2018/data.json"; }

// The seed plan's data with `edit` applied, written to `dir`/data.json.
template <class Edit>
std::string plan_with(const TempDir& dir, Edit edit) {
  nlohmann::json d = nlohmann::json::parse(slurp(plan_data()));
  edit(d);
  const std::string path = dir / "data.json";
  write(path, d.dump());
  return path;
}

// Runs `vanthu render ke-hoach <data> -o out.docx` and expects exit 1, the
// message, and no output.
void expect_refused(const TempDir& tmp, const std::string& data, const std::string& message) {
  const RunResult r = render("ke-hoach", data, tmp / "out.docx");
  EXPECT_EQ(r.status, 1) << r.out;
  EXPECT_NE(r.out.find(message), std::string::npos) << r.out;
  EXPECT_FALSE(fs::exists(tmp / "out.docx"));
}

TEST(InputLimits, DevZeroStopsAtTheLimitWithThePath) {
  TempDir tmp;
  expect_refused(tmp, "/dev/zero", "/dev/zero: error: the data file is larger than the limit of 256 MiB (stopped reading there)");
}

TEST(InputLimits, EndlessStandardInputStopsAtTheLimit) {
  TempDir tmp;
  const RunResult r = run("yes '{}' | " + quote(vanthu_binary()) + " render ke-hoach - -o " + quote(tmp / "out.docx"));
  EXPECT_EQ(r.status, 1) << r.out;
  EXPECT_NE(r.out.find("<stdin>: error: the data file is larger than the limit of 256 MiB"), std::string::npos) << r.out;
  EXPECT_FALSE(fs::exists(tmp / "out.docx"));
}

TEST(InputLimits, CheckOfDevZeroStopsAtTheLimit) {
  const RunResult r = vanthu("check /dev/zero");
  EXPECT_EQ(r.status, 2) << r.out;
  EXPECT_NE(r.out.find("/dev/zero: the DOCX file is larger than the limit of 256 MiB"), std::string::npos) << r.out;
}

TEST(InputLimits, AFolderAsTheDataFileSaysSo) {
  TempDir tmp;
  expect_refused(tmp, tmp.path.string(), tmp.path.string() + ": error: is a folder, not a data file");
}

TEST(InputLimits, DeepNestingNamesItsPosition) {
  TempDir tmp;
  const std::string data = tmp / "deep.json";
  write(data, "{\"a\":\n" + std::string(100, '[') + std::string(100, ']') + "}");
  // Level 65 opens at line 2, column 64 (the object is level 1).
  expect_refused(tmp, data, "deep.json:2:64: error: the data nests deeper than 64 levels");
}

TEST(InputLimits, LongOrganNameIsAnErrorAtItsPath) {
  TempDir tmp;
  std::string name;
  for (int i = 0; i < 2000; ++i) name += "Sở ";
  expect_refused(tmp, plan_with(tmp, [&](nlohmann::json& d) { d["co_quan"]["ten"] = name; }),
                 "$.co_quan.ten: error: is 6.000 characters long; an organ name may have at most 400");
}

TEST(InputLimits, HugeTextIsRefusedWhenTheFileIsRead) {
  TempDir tmp;
  // 16 MiB in one field: refused by the text limit at its path in the file,
  // before any other stage sees it.
  const std::string data = plan_with(tmp, [](nlohmann::json& d) { d["co_quan"]["ten"] = std::string(16u << 20, 'x'); });
  expect_refused(tmp, data, "$.co_quan.ten: error: is 16.777.216 bytes long; a text may have at most 65.536");
}

TEST(InputLimits, LongWordIsAnErrorAtItsPath) {
  TempDir tmp;
  expect_refused(tmp, plan_with(tmp, [](nlohmann::json& d) { d["noi_nhan"][0] = std::string(64000, 'x'); }),
                 "$.noi_nhan[0]: error: holds a word of 64.000 characters without a space; a word may have at most 1.000");
}

TEST(InputLimits, LongTextIsAnErrorAtItsPath) {
  TempDir tmp;
  std::string line;
  while (line.size() < 70000) line += "ab c";
  expect_refused(tmp, plan_with(tmp, [&](nlohmann::json& d) { d["noi_dung"].push_back(line); }),
                 "error: is 70.000 bytes long; a text may have at most 65.536");
}

// Item 9, one test each.
TEST(Messages, NumberOutOfRangeIsAtItsPathWithTheLimit) {
  TempDir tmp;
  expect_refused(tmp, plan_with(tmp, [](nlohmann::json& d) { d["so"] = 0; }),
                 "$.so: error: must be a whole number from 1 to 999999999");
  expect_refused(tmp, plan_with(tmp, [](nlohmann::json& d) { d["so"] = 99999999999LL; }),
                 "$.so: error: must be a whole number from 1 to 999999999 (or left out, to leave the number for the văn thư), not 99999999999");
}

TEST(Messages, ExponentInAWholeNumberSaysHowToWriteIt) {
  TempDir tmp;
  const std::string data = plan_with(tmp, [](nlohmann::json& d) { d["so"] = 1; });
  std::string text = slurp(data);
  const size_t at = text.find("\"so\":1");
  ASSERT_NE(at, std::string::npos);
  write(data, text.replace(at, 6, "\"so\":1e2"));
  expect_refused(tmp, data, "$.so: error: must be a whole number written with digits only (100)");
}

TEST(Messages, MoneyBeyondWordsNamesNoInternalFunction) {
  TempDir tmp;
  const std::string src = source_dir() + "/examples/khen-thuong-atgt-2018/data.json";
  nlohmann::json d = nlohmann::json::parse(slurp(src));
  d["khen_thuong"]["luong_co_so"] = 900000000000000LL;
  write(tmp / "data.json", d.dump());
  const RunResult r = run(quote(vanthu_binary()) + " render quyet-dinh-khen-thuong " + quote(tmp / "data.json") + " -o " +
                          quote(tmp / "out.docx"));
  EXPECT_EQ(r.status, 1) << r.out;
  EXPECT_NE(r.out.find("$.khen_thuong: error: the award amounts exceed 1.000.000.000.000.000 đồng"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("number_in_words"), std::string::npos) << r.out;
  EXPECT_FALSE(fs::exists(tmp / "out.docx"));
}

TEST(Messages, Utf16SaysToSaveAsUtf8) {
  TempDir tmp;
  const std::string data = tmp / "u16.json";
  write(data, std::string("{\0\"\0s\0o\0\"\0:\0 \0001\0}\0", 18));  // UTF-16LE without a BOM
  expect_refused(tmp, data, "u16.json: error: the data file holds zero bytes: it is UTF-16 or UTF-32, not UTF-8; save it as UTF-8");
}

TEST(Messages, RawBytesAreNotEchoed) {
  TempDir tmp;
  const std::string data = tmp / "raw.json";
  write(data, "{\"a\": \xFF\x01}");
  const RunResult r = render("ke-hoach", data, tmp / "out.docx");
  EXPECT_EQ(r.status, 1) << r.out;
  EXPECT_NE(r.out.find("\\xFF"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find('\xFF'), std::string::npos) << "a raw byte reached the terminal";
}

TEST(Messages, MissingOutputFolderIsNamed) {
  TempDir tmp;
  const RunResult r = render("ke-hoach", plan_data(), tmp / "missing/out.docx");
  EXPECT_EQ(r.status, 1) << r.out;
  EXPECT_NE(r.out.find("the folder " + (tmp / "missing") + " does not exist"), std::string::npos) << r.out;
}

TEST(Messages, XmlDepthStatesTheLimitNotALibraryOption) {
  TempDir tmp;
  fs::create_directories(tmp.path / "tpl");
  fs::copy_file(source_dir() + "/templates/ke-hoach/template.json", tmp.path / "tpl/template.json");
  std::string xml = "<document>";
  for (int i = 0; i < 300; ++i) xml += "<b>";
  xml += "x";
  for (int i = 0; i < 300; ++i) xml += "</b>";
  write(tmp / "tpl/template.xml", xml + "</document>");
  const RunResult r = render(tmp / "tpl", plan_data(), tmp / "out.docx");
  EXPECT_EQ(r.status, 1) << r.out;
  EXPECT_NE(r.out.find("the markup nests elements deeper than 256 levels, the limit"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("XML_PARSE_HUGE"), std::string::npos) << r.out;
}

TEST(Messages, InvalidDateSaysWhy) {
  TempDir tmp;
  expect_refused(tmp, plan_with(tmp, [](nlohmann::json& d) { d["ngay"] = "31/02/2019"; }),
                 "$.ngay: error: is not a valid date (YYYY-MM-DD or DD/MM/YYYY): \"31/02/2019\": February 2019 has 28 days");
}

// Item 10: Word's manual line break.
TEST(VerticalTab, IsALineBreakNotAGlue) {
  TempDir tmp;
  const std::string data =
      plan_with(tmp, [](nlohmann::json& d) {
        d["noi_dung"].push_back("Dòng thứ nhất\u000BDòng thứ hai");
        // In the trích yếu too, whose text is also the document's title
        // property (one line: fuzz_render found it reaching the DOCX writer).
        d["trich_yeu"] = d["trich_yeu"].get<std::string>() + "\u000Bnăm 2018";
      });
  const RunResult r = render("ke-hoach", data, tmp / "out.docx");
  ASSERT_EQ(r.status, 0) << r.out;
  std::string document;
  for (const auto& [name, bytes] : zip_entries(tmp / "out.docx"))
    if (name == "word/document.xml") document = bytes;
  const size_t first = document.find("Dòng thứ nhất"), second = document.find("Dòng thứ hai");
  ASSERT_NE(first, std::string::npos);
  ASSERT_NE(second, std::string::npos);
  const size_t br = document.find("<w:br/>", first);
  EXPECT_LT(br, second) << "no line break between the two lines";
  EXPECT_EQ(document.find("nhấtDòng"), std::string::npos) << "the two words were glued";
}

}  // namespace
}  // namespace vanthu::test
