// Issue 2: bad input gets a clear message naming the file:line:column or the
// JSON path, exit status 1, and no output file; data text always stays text.
#include <gtest/gtest.h>

#include <algorithm>

#include <nlohmann/json.hpp>

#include "e2e/e2e_support.h"

namespace vanthu::test {
namespace {

class BadInput : public ::testing::Test {
 protected:
  TempDir tmp;
  nlohmann::json good = nlohmann::json::parse(slurp(source_dir() + "/examples/ke-hoach-atgt-2018/data.json"));

  RunResult render(const std::string& tpl, const std::string& data_path, const std::string& out) {
    return run(quote(vanthu_binary()) + " render " + quote(tpl) + " " + quote(data_path) + " -o " + quote(out));
  }
  RunResult render_data(const nlohmann::json& data, const std::string& out) {
    const std::string p = tmp / "data.json";
    write(p, data.dump(2));
    return render("ke-hoach", p, out);
  }
  // A copy of the ke-hoach template whose markup is `markup`.
  std::string template_with(const std::string& markup) {
    const fs::path dir = tmp.path / "tpl";
    fs::create_directories(dir);
    fs::copy_file(source_dir() + "/templates/ke-hoach/template.json", dir / "template.json",
                  fs::copy_options::overwrite_existing);
    write((dir / "template.xml").string(), markup);
    return dir.string();
  }
  std::vector<std::string> leftovers() {
    std::vector<std::string> out;
    for (const auto& e : fs::directory_iterator(tmp.path))
      if (e.path().filename().string().find("out") == 0) out.push_back(e.path().filename().string());
    return out;
  }
};

TEST_F(BadInput, MalformedJsonNamesLineAndColumn) {
  const std::string p = tmp / "data.json";
  write(p, "{\n  \"so\": 293,\n  \"dia_danh\": \"Lạng Sơn\"\n  \"ngay\": \"2018-03-27\"\n}\n");
  RunResult r = render("ke-hoach", p, tmp / "out.docx");
  EXPECT_EQ(r.status, 1);
  // Line 4 holds the token the parser did not expect (the comma is missing at the end of line 3).
  EXPECT_NE(r.out.find(p + ":4:8: error: invalid JSON: syntax error while parsing object"), std::string::npos) << r.out;
  EXPECT_TRUE(leftovers().empty());
}

TEST_F(BadInput, MissingFieldsAreAllReportedWithTheirPaths) {
  nlohmann::json d = good;
  d["nguoi_ky"].erase("ho_ten");
  d.erase("trich_yeu");
  d["so"] = "hai trăm";
  RunResult r = render_data(d, tmp / "out.docx");
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.out.find("$.nguoi_ky.ho_ten: error: is missing"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("$.trich_yeu: error: is missing"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("$.so: error: must be a whole number, not a string"), std::string::npos) << r.out;
  EXPECT_TRUE(leftovers().empty());
}

TEST_F(BadInput, InvalidDateIsReportedWithItsPath) {
  nlohmann::json d = good;
  d["ngay"] = "2018-02-30";
  RunResult r = render_data(d, tmp / "out.pdf");
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.out.find("$.ngay: error: is not a valid date"), std::string::npos) << r.out;
  EXPECT_TRUE(leftovers().empty());
}

TEST_F(BadInput, UnclosedMustacheSectionNamesTheTemplateLine) {
  const std::string tpl = template_with(
      "<document type=\"ke-hoach\">\n  {{> header}}\n  <title>{{trich_yeu}}</title>\n  <body>\n"
      "    {{#noi_dung}}<p>{{.}}</p>\n  </body>\n</document>\n");
  const std::string p = tmp / "data.json";
  write(p, good.dump());
  RunResult r = render(tpl, p, tmp / "out.docx");
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.out.find("template.xml:5:"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("noi_dung"), std::string::npos) << r.out;
  EXPECT_TRUE(leftovers().empty());
}

TEST_F(BadInput, MarkupThatBreaksTheSchemaNamesLineAndElement) {
  const std::string tpl = template_with(
      "<document type=\"ke-hoach\">\n{{> header}}\n  <title>{{trich_yeu}}</title>\n  <body>\n"
      "    <paragraph>x</paragraph>\n  </body>\n{{> closing}}\n</document>\n");
  const std::string p = tmp / "data.json";
  write(p, good.dump());
  const std::string markup = tmp / "markup.xml";
  // --markup alone writes the markup even when it does not parse (with -o
  // too, nothing is written on failure: OutputsTogether tests).
  RunResult r = run(quote(vanthu_binary()) + " render " + quote(tpl) + " " + quote(p) + " --markup " + quote(markup));
  EXPECT_EQ(r.status, 1);
  // The line of <paragraph> in the markup the template produced.
  const std::string xml = slurp(markup);
  ASSERT_NE(xml.find("<paragraph>"), std::string::npos) << r.out;
  const int line = 1 + static_cast<int>(std::count(xml.begin(), xml.begin() + static_cast<long>(xml.find("<paragraph>")), '\n'));
  EXPECT_NE(r.out.find("(after Mustache):" + std::to_string(line) + ": error: Did not expect element paragraph"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("paragraph"), std::string::npos) << r.out;
  EXPECT_TRUE(leftovers().empty());
}

TEST_F(BadInput, MalformedMarkupNamesLineAndColumn) {
  const std::string tpl = template_with("<document type=\"ke-hoach\">\n  <body><p>x</b></body>\n</document>\n");
  const std::string p = tmp / "data.json";
  write(p, good.dump());
  RunResult r = render(tpl, p, tmp / "out.docx");
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.out.find("(after Mustache):2:"), std::string::npos) << r.out;
  EXPECT_TRUE(leftovers().empty());
}

TEST_F(BadInput, UnknownTemplateListsTheBuiltInOnes) {
  const std::string p = tmp / "data.json";
  write(p, good.dump());
  RunResult r = render("ke-hoach-x", p, tmp / "out.docx");
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.out.find("no such template"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("ke-hoach"), std::string::npos) << r.out;
}

TEST_F(BadInput, BadUsageExitsWithTwo) {
  EXPECT_EQ(run(quote(vanthu_binary()) + " render ke-hoach").status, 2);
  EXPECT_EQ(run(quote(vanthu_binary()) + " render ke-hoach x.json -o out.odt").status, 2);
  EXPECT_EQ(run(quote(vanthu_binary()) + " frobnicate").status, 2);
  EXPECT_EQ(run(quote(vanthu_binary()) + " --help").status, 0);
}

TEST_F(BadInput, AnExistingOutputSurvivesAFailedRender) {
  const std::string out = tmp / "out.docx";
  write(out, "previous document");
  nlohmann::json d = good;
  d.erase("noi_nhan");
  EXPECT_EQ(render_data(d, out).status, 1);
  EXPECT_EQ(slurp(out), "previous document");
  EXPECT_EQ(leftovers().size(), 1u);  // no temporary file left beside it
}

TEST_F(BadInput, DataTextStaysText) {
  nlohmann::json d = good;
  const std::string nasty = "A & B < C > D </p> {{trich_yeu}} \"q\" 'a' <w:p/> ]]>";
  d["noi_dung"].push_back(nasty);
  d["noi_dung"].push_back(std::string("bell\x07 and nul-free control\x01 chars"));
  // "Quyết" in NFD: u + combining horn + combining dot below …
  d["noi_nhan"].push_back("Quye\xCC\x82\xCC\x81t định NFD");
  const std::string out = tmp / "out.docx";
  RunResult r = render_data(d, out);
  ASSERT_EQ(r.status, 0) << r.out;
  std::string doc;
  for (const auto& [name, bytes] : zip_entries(out))
    if (name == "word/document.xml") doc = bytes;
  EXPECT_NE(doc.find("A &amp; B &lt; C &gt; D &lt;/p&gt; {{trich_yeu}} &quot;q&quot; 'a' &lt;w:p/&gt; ]]&gt;"), std::string::npos);
  EXPECT_NE(doc.find("bell and nul-free control chars"), std::string::npos);  // XML-forbidden characters dropped
  EXPECT_NE(doc.find("Quyết định NFD"), std::string::npos);                 // normalised to NFC
  EXPECT_EQ(doc.find("Quye\xCC\x82"), std::string::npos);
}

}  // namespace
}  // namespace vanthu::test
