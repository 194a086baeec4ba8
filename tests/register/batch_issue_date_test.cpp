// `vanthu batch --issue` parses each record's date no more than the register
// must: once reading the date of issue (parse_issue_date, which also takes a
// time and a zone) and once in the derive stage; the build, the row's ký hiệu
// and the file names (reg::batch_file_stems) take the derive stage's date.
#include <gtest/gtest.h>

#include <map>
#include <string>

#include "register/batch_issue.h"
#include "register/register_fixture.h"
#include "vn/date_parse_observer.h"

namespace vanthu::test {

namespace {

std::map<std::string, int>* g_parses = nullptr;
void count_parse(std::string_view text) {
  if (g_parses) ++(*g_parses)[std::string(text)];
}

}  // namespace

TEST_P(RegisterTest, AnIssuedBatchParsesEachRecordsDateTwiceAtMost) {
  auto r = open();
  std::vector<reg::IssueRequest> rqs;
  for (int i = 0; i < 4; ++i) rqs.push_back(plan_request("2026-06-01", "Bản " + std::to_string(i)));
  std::map<std::string, int> counts;
  g_parses = &counts;
  const auto previous = vn::testing::set_date_parse_observer(count_parse);
  Diagnostics diag;
  std::vector<std::string> stems;
  auto out = r->issue_batch(
      rqs, diag,
      [&](const std::vector<reg::Issued>& all) {
        stems = reg::batch_file_stems(all, "{{stt}}-{{vt.so_ky_hieu}}-{{vt.nam}}", false, diag);
      },
      1);  // one thread: the counter is not thread-safe
  vn::testing::set_date_parse_observer(previous);
  g_parses = nullptr;
  ASSERT_TRUE(out) << diag.format();
  ASSERT_EQ(stems.size(), 4u);
  EXPECT_EQ(stems[0], "1-01-KH-STTTT-2026");
  EXPECT_EQ(stems[3], "4-04-KH-STTTT-2026");
  EXPECT_EQ(counts["2026-06-01"], 2 * 4) << "the records' date was parsed " << counts["2026-06-01"]
                                         << " times for 4 records";
}

}  // namespace vanthu::test
