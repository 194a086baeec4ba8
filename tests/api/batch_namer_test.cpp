// The batch namer in two steps (stems on several threads, then unique
// names in record order) and its shortcut for patterns that read only stt.
#include <gtest/gtest.h>

#include "api/batch_detail.h"

namespace vanthu::batch::detail {
namespace {

using nlohmann::json;

TEST(BatchNamer, OnlyPatternsReadingNothingButSttSkipTheRecord) {
  EXPECT_FALSE(Namer("{{stt}}", false).needs_record());
  EXPECT_FALSE(Namer("qd-{{stt}}-{{stt}}", false).needs_record());
  EXPECT_FALSE(Namer("fixed name", false).needs_record());
  EXPECT_TRUE(Namer("{{{stt}}}", false).needs_record());
  EXPECT_TRUE(Namer("{{ stt }}", false).needs_record());
  EXPECT_TRUE(Namer("{{so}}-{{stt}}", false).needs_record());
  EXPECT_TRUE(Namer("{{#stt}}x{{/stt}}", false).needs_record());
  EXPECT_TRUE(Namer("a{b{{stt}}", false).needs_record());
}

TEST(BatchNamer, SttAloneNamesLikeTheWholeRecord) {
  const json full = {{"stt", "0007"}, {"ho_ten", "Vi Đình Đạt"}, {"vt", {{"so_ky_hieu", "7/QĐ-STTTT"}}}};
  const json alone = {{"stt", "0007"}};
  for (const char* pattern : {"{{stt}}", "qd-{{stt}}", "&amp;{{stt}}", " .{{stt}}. "}) {
    Namer a(pattern, false), b(pattern, false);
    ASSERT_FALSE(a.needs_record()) << pattern;
    EXPECT_EQ(a.stem(full, 6, 1000), b.stem(alone, 6, 1000)) << pattern;
  }
}

TEST(BatchNamer, StemsMadeUniqueInOrderGiveWhatNameGives) {
  std::vector<std::string> w1, w2;
  Namer one("{{ho_ten}}", true);
  Namer stems("{{ho_ten}}", true), order("{{ho_ten}}", true);
  const char* people[] = {"Nguyễn An", "Nguyen An", "nguyễn an", "", "Lê Bình"};
  for (size_t i = 0; i < std::size(people); ++i) {
    const json d = {{"ho_ten", people[i]}, {"stt", padded_number(i, 5)}};
    EXPECT_EQ(one.name(d, i, 5, w1), order.unique(stems.stem(d, i, 5), i, w2));
  }
  EXPECT_EQ(w1, w2);
  EXPECT_EQ(w1.size(), 2u);  // the second and third "Nguyen An"
}

TEST(BatchNamer, SuffixesSkipNamesTakenOtherwise) {
  // The search for a free suffix resumes where the last one for the same
  // stem ended (linear in the records); names taken by other stems, before
  // or after, are still skipped, and case does not matter.
  std::vector<std::string> w;
  Namer n("{{ho_ten}}", true);
  std::vector<std::string> got;
  for (const char* stem : {"a", "a-3", "A", "a", "a-4", "b", "a", "A-6", "a"}) got.push_back(n.unique(stem, got.size(), w));
  EXPECT_EQ(got, (std::vector<std::string>{"a", "a-3", "A-2", "a-4", "a-4-2", "b", "a-5", "A-6", "a-7"}));
  EXPECT_EQ(w.size(), 5u);
}

}  // namespace
}  // namespace vanthu::batch::detail
