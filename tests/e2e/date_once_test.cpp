// The document date is parsed once per document (issue 10): the derive stage
// parses it while checking the fields, and the markup parser, the realiser,
// the metadata and both writers receive it typed. A test-only observer in
// vn::Date::parse / vn::parse_date (vn/date_parse_observer.h) counts how often
// each text is parsed while every example is rendered to DOCX and PDF.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <regex>
#include <string>
#include <vector>

#include "api/batch.h"
#include "api/engine.h"
#include "e2e_support.h"
#include "vn/date_parse_observer.h"

namespace vanthu {
namespace {

namespace fs = std::filesystem;
using test::source_dir;

std::map<std::string, int>* g_parses = nullptr;
void count_parse(std::string_view text) {
  if (g_parses) ++(*g_parses)[std::string(text)];
}

// Counts the parses of each text while it lives.
class ParseCounter {
 public:
  ParseCounter() : previous_(vn::testing::set_date_parse_observer(count_parse)) { g_parses = &counts; }
  ~ParseCounter() {
    g_parses = nullptr;
    vn::testing::set_date_parse_observer(previous_);
  }
  std::map<std::string, int> counts;

 private:
  vn::testing::DateParseObserver previous_;
};

using test::Example;
using test::examples;

// The text of the markup's <date>: the document date as the template wrote it.
std::string markup_date(const std::string& markup) {
  std::smatch m;
  static const std::regex date("<date>\\s*([^<]*?)\\s*</date>");
  return std::regex_search(markup, m, date) ? m[1].str() : std::string();
}

TEST(DateOnce, TheObserverSeesEveryParse) {
  ParseCounter counter;
  EXPECT_TRUE(vn::Date::parse("2018-03-27"));
  EXPECT_FALSE(vn::Date::parse("31/02/2019"));
  EXPECT_EQ(counter.counts["2018-03-27"], 1);
  EXPECT_EQ(counter.counts["31/02/2019"], 1);
}

TEST(DateOnce, EveryExampleParsesItsDocumentDateOnce) {
  int dated = 0;
  for (const Example& e : examples()) {
    SCOPED_TRACE(e.data);
    Engine engine;
    Diagnostics diag;
    auto tpl = engine.load_template(e.tpl, diag);
    ASSERT_TRUE(tpl) << diag.format();
    const nlohmann::json data = engine.load_data(e.data, diag);
    const std::string date = markup_date(engine.markup(*tpl, data, diag));
    ASSERT_FALSE(diag.has_errors()) << diag.format();
    if (date.empty()) continue;  // undated: the văn thư writes the date on signing
    ++dated;

    ParseCounter counter;
    auto doc = engine.build(*tpl, data, e.data, diag);
    ASSERT_TRUE(doc) << diag.format();
    const std::string docx = engine.to_docx(*doc), pdf = engine.to_pdf(*doc);
    EXPECT_FALSE(docx.empty());
    EXPECT_FALSE(pdf.empty());
    EXPECT_EQ(counter.counts[date], 1) << "the document date \"" << date << "\" was parsed "
                                       << counter.counts[date] << " times";
  }
  EXPECT_GE(dated, 10) << "too few dated examples to show anything";
}

// A batch whose --name pattern reads the records: the names need each
// record's derived values (vt.*), so the record's date is parsed while naming;
// the build must take that date instead of parsing it again. One parse of the
// shared date per record, however the files are named.
TEST(DateOnce, ABatchParsesEachRecordsDateOnce) {
  const std::string data = source_dir() + "/examples/khen-thuong-atgt-2018/batch-ca-nhan.json";
  for (const std::string pattern : {"{{stt}}-{{ho_ten}}", "{{stt}}"}) {
    SCOPED_TRACE(pattern);
    test::TempDir out;
    batch::Options o;
    o.template_name = "quyet-dinh-khen-thuong-ca-nhan";
    o.data_path = data;
    o.each = "$.danh_sach";
    o.out_dir = out.path.string();
    o.name_pattern = pattern;
    o.start_number = 13;
    o.jobs = 1;  // the counter is not thread-safe
    Diagnostics diag;
    ParseCounter counter;
    const batch::Result r = batch::run(o, diag);
    ASSERT_FALSE(diag.has_errors()) << diag.format();
    ASSERT_EQ(r.total, 12u);
    ASSERT_EQ(r.succeeded, 12u);
    EXPECT_EQ(counter.counts["2019-01-15"], 12) << "the records' date was parsed " << counter.counts["2019-01-15"]
                                                << " times for 12 records";
    // The names did read the records.
    EXPECT_TRUE(fs::exists(out / (pattern == "{{stt}}" ? "01.docx" : "01-Hoàng Văn Đạt.docx")));
  }
}

}  // namespace
}  // namespace vanthu
