// The text limits are checked on the JSON text before it is parsed
// (scan_data_text, issue 16). The scan must measure strings as the parser
// decodes them and name the same paths as check_text_limits on the parsed
// data, which it replaces in parse_data.
#include <gtest/gtest.h>

#include <string>

#include "template/data.h"

namespace vanthu::tmpl {
namespace {

std::string repeat(const std::string& s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

// The messages of the scan, and those of check_text_limits on the parsed text.
std::pair<std::string, std::string> both(const std::string& json_text) {
  Diagnostics scanned, parsed;
  EXPECT_FALSE(scan_data_text(json_text, 64, scanned));
  check_text_limits(nlohmann::json::parse(json_text), parsed);
  return {scanned.format(), parsed.format()};
}

TEST(DataScan, EscapesAreMeasuredDecoded) {
  // 20 000 times "\u00e0\u0020": 240 000 bytes in the file, 60 000 bytes and
  // one-character words once decoded: within the limits.
  const std::string text = "{\"a\": \"" + repeat("\\u00e0\\u0020", 20000) + "\"}";
  Diagnostics diag;
  const nlohmann::json j = parse_data(text, "d.json", diag);
  EXPECT_FALSE(diag.has_errors()) << diag.format();
  EXPECT_EQ(j["a"].get<std::string>().size(), 60000u);
}

TEST(DataScan, EscapedLineEndsAndSpacesEndAWord) {
  auto [scan, parse] = both("[\"" + repeat("x", 900) + "\\n" + repeat("x", 900) + "\\u0020" + repeat("x", 900) + "\"]");
  EXPECT_EQ(scan, "");
  EXPECT_EQ(parse, "");
  std::tie(scan, parse) = both("[\"" + repeat("x", 900) + "\\u00e0" + repeat("x", 900) + "\"]");
  EXPECT_EQ(scan, "$[0]: error: holds a word of 1.801 characters without a space; a word may have at most 1.000\n");
  EXPECT_EQ(scan, parse);
}

TEST(DataScan, ASurrogatePairIsOneCharacter) {
  auto [scan, parse] = both("{\"a\": \"" + repeat("\\ud83d\\ude00", 600) + "\"}");
  EXPECT_EQ(scan, "");
  EXPECT_EQ(parse, "");
  std::tie(scan, parse) = both("{\"a\": \"" + repeat("\\ud83d\\ude00", 1001) + "\"}");
  EXPECT_EQ(scan, "$.a: error: holds a word of 1.001 characters without a space; a word may have at most 1.000\n");
  EXPECT_EQ(scan, parse);
}

TEST(DataScan, PathsAreThoseOfTheParsedData) {
  const std::string long_text = repeat("ab c", 17500);  // 70 000 bytes
  const std::string text = "{\"x\": [1, \"s\", {\"a\\\"b\": [[], {\"c\": \"" + long_text + "\"}]}], \"y\": {\"z\": \"" +
                           repeat("w", 1500) + "\", \"k\": [\"" + long_text + "\"]}}";
  auto [scan, parse] = both(text);
  EXPECT_EQ(scan,
            "$.x[2].a\"b[1].c: error: is 70.000 bytes long; a text may have at most 65.536\n"
            "$.y.z: error: holds a word of 1.500 characters without a space; a word may have at most 1.000\n"
            "$.y.k[0]: error: is 70.000 bytes long; a text may have at most 65.536\n");
  // check_text_limits walks the keys in sorted order, the scan in the file's.
  EXPECT_EQ(parse,
            "$.x[2].a\"b[1].c: error: is 70.000 bytes long; a text may have at most 65.536\n"
            "$.y.k[0]: error: is 70.000 bytes long; a text may have at most 65.536\n"
            "$.y.z: error: holds a word of 1.500 characters without a space; a word may have at most 1.000\n");
}

TEST(DataScan, ParseDataRefusesAtThePathWithoutParsing) {
  // Invalid JSON after the long text: the limit is reported, not the syntax,
  // which shows that the refusal comes before the parse.
  const std::string text = "{\"noi_dung\": [\"ok\", \"" + repeat("x", 70000) + "\"], oops";
  Diagnostics diag;
  EXPECT_TRUE(parse_data(text, "d.json", diag).is_null());
  EXPECT_EQ(diag.format(),
            "d.json: error: the data holds texts beyond the limits:\n"
            "$.noi_dung[1]: error: is 70.000 bytes long; a text may have at most 65.536\n");
}

TEST(DataScan, AtMostTenTextsAreReported) {
  std::string text = "[";
  for (int i = 0; i < 12; ++i) text += (i ? ",\"" : "\"") + repeat("y", 1001) + "\"";
  Diagnostics diag;
  EXPECT_FALSE(scan_data_text(text + "]", 64, diag));
  EXPECT_EQ(diag.items().size(), 10u);
  EXPECT_EQ(diag.items().back().where, "$[9]");
}

TEST(DataScan, NestingStopsTheScanAtTheBracket) {
  Diagnostics diag;
  const auto at = scan_data_text("{\"a\": \"[[[\", \"b\": [[[1]]]}", 3, diag);
  ASSERT_TRUE(at);
  EXPECT_EQ(*at, 20u);  // the third '[' after "b", level 4
}

}  // namespace
}  // namespace vanthu::tmpl
