// Issue 4: batch file names made safe, the --each path syntax, merging a
// record over the shared data, and combining documents (engine/api/batch_*).
#include <gtest/gtest.h>

#include "api/batch.h"
#include "api/batch_detail.h"
#include "core/unicode.h"

namespace vanthu::batch {
namespace {

TEST(SafeFileName, KeepsVietnameseAndNormalisesToNfc) {
  EXPECT_EQ(safe_file_name("13-Nguyễn Thị Thanh Huyền", false), "13-Nguyễn Thị Thanh Huyền");
  // "ễ" typed as e + circumflex + tilde (NFD) becomes the precomposed letter.
  EXPECT_EQ(safe_file_name("Nguye\xCC\x82\xCC\x83n", false), "Nguyễn");
}

TEST(SafeFileName, NoPathSeparatorsTraversalOrReservedCharacters) {
  EXPECT_EQ(safe_file_name("../../etc/passwd", false), "etc-passwd");
  EXPECT_EQ(safe_file_name("..", false), "");
  EXPECT_EQ(safe_file_name("12/QĐ-STTTT", false), "12-QĐ-STTTT");
  EXPECT_EQ(safe_file_name("a\\b:c*d?e\"f<g>h|i", false), "a-b-c-d-e-f-g-h-i");
  EXPECT_EQ(safe_file_name("tab\there\nnew", false), "tab here new");
  EXPECT_EQ(safe_file_name("  .hidden  ", false), "hidden");
  EXPECT_EQ(safe_file_name("-rf", false), "rf");
  EXPECT_EQ(safe_file_name("ends with dots...", false), "ends with dots");
  EXPECT_EQ(safe_file_name(std::string("nul\0byte", 8), false), "nul-byte");
}

TEST(SafeFileName, WindowsDeviceNamesArePrefixed) {
  EXPECT_EQ(safe_file_name("CON", false), "_CON");
  EXPECT_EQ(safe_file_name("com1.tai lieu", false), "_com1.tai lieu");
  EXPECT_EQ(safe_file_name("CONSOLE", false), "CONSOLE");
  EXPECT_EQ(safe_file_name("LPT0", false), "LPT0");
}

TEST(SafeFileName, LongNamesAreCutBetweenCharacters) {
  std::string name;
  for (int i = 0; i < 60; ++i) name += "Đặng ";  // "Đặng " is 8 bytes
  const std::string s = safe_file_name(name, false, 150);
  EXPECT_LE(s.size(), 150u);
  EXPECT_GE(s.size(), 140u);
  EXPECT_TRUE(text::is_valid_utf8(s));
  EXPECT_EQ(name.rfind(s, 0), 0u) << "a prefix of the name, cut between characters";
  EXPECT_NE(s.back(), ' ');
  // A base letter is never separated from a combining mark the input kept
  // (a character NFC cannot precompose: "x" + combining dot below).
  std::string marks;
  for (int i = 0; i < 100; ++i) marks += "x\xCC\xA3";  // 3 bytes per character
  const std::string m = safe_file_name(marks, false, 10);
  EXPECT_EQ(m.size(), 9u);
}

TEST(SafeFileName, TransliterationGivesAscii) {
  EXPECT_EQ(safe_file_name("24-Hà Văn Ước", true), "24-Ha Van Uoc");
  EXPECT_EQ(safe_file_name("Đinh Công Sơn / Phòng Bưu chính", true), "Dinh Cong Son - Phong Buu chinh");
  EXPECT_EQ(safe_file_name("Nguyễn Thị Thanh Huyền", true), "Nguyen Thi Thanh Huyen");
}

TEST(EachPath, AcceptsDotsAndIndices) {
  EXPECT_EQ(parse_each_path("$"), std::vector<std::string>{});
  EXPECT_EQ(parse_each_path("$.danh_sach"), std::vector<std::string>{"danh_sach"});
  EXPECT_EQ(parse_each_path("$.don_vi[2].nguoi"), (std::vector<std::string>{"don_vi", "[2]", "nguoi"}));
  for (const char* bad : {"", "danh_sach", "$.", "$..a", "$[x]", "$[]", "$a"}) EXPECT_FALSE(parse_each_path(bad)) << bad;
}

TEST(Records, SplitMergeAndRelocate) {
  Diagnostics diag;
  auto data = nlohmann::json::parse(R"({"ngay":"2019-01-15","nguoi_ky":{"ho_ten":"A","chuc_vu":"Giám đốc"},
                                        "ds":[{"ho_ten":"X","nguoi_ky":{"ho_ten":"B"}}]})");
  auto r = detail::split_records(data, *parse_each_path("$.ds"), "$.ds", diag);
  ASSERT_TRUE(r) << diag.format();
  EXPECT_FALSE(r->shared.contains("ds")) << "the list is not shared";
  const auto merged = detail::merge_record(r->shared, r->list[0]);
  EXPECT_EQ(merged["nguoi_ky"]["ho_ten"], "B");
  EXPECT_EQ(merged["nguoi_ky"]["chuc_vu"], "Giám đốc");
  EXPECT_EQ(merged["ngay"], "2019-01-15");
  EXPECT_EQ(detail::relocate("$.ho_ten", r->list[0], "$.ds", 4), "$.ds[4].ho_ten");
  EXPECT_EQ(detail::relocate("$.nguoi_ky.ho_ten", r->list[0], "$.ds", 4), "$.ds[4].nguoi_ky.ho_ten");
  EXPECT_EQ(detail::relocate("$.ngay", r->list[0], "$.ds", 4), "$.ngay");
  EXPECT_EQ(detail::relocate("tpl.xml:3:1", r->list[0], "$.ds", 4), "tpl.xml:3:1");

  Diagnostics bad;
  EXPECT_FALSE(detail::split_records(data, *parse_each_path("$.ngay"), "$.ngay", bad));
  EXPECT_NE(bad.format().find("$.ngay: error: must be a list of records"), std::string::npos) << bad.format();
}

TEST(Records, PaddedNumbersSortInOrder) {
  EXPECT_EQ(detail::padded_number(0, 12), "01");
  EXPECT_EQ(detail::padded_number(11, 12), "12");
  EXPECT_EQ(detail::padded_number(6, 1000), "0007");
  EXPECT_EQ(detail::padded_number(0, 9), "1");
}

TEST(Combine, EveryRecordRestartsItsNumberingAndAttachmentsKeepTheirs) {
  auto doc = [](int sections) {
    model::Document d;
    for (int i = 0; i < sections; ++i) {
      model::Section s;
      if (i > 0) s.numbering.restart_at = 1;  // an attached list
      s.blocks.push_back({model::Paragraph{}});
      d.sections.push_back(s);
    }
    return d;
  };
  std::vector<model::Document> docs = {doc(2), doc(1), doc(2)};
  docs[0].meta.title = "Quyết định 1";
  model::Document all = detail::combine(docs);
  ASSERT_EQ(all.sections.size(), 5u);
  for (const auto& s : all.sections) {
    EXPECT_EQ(s.numbering.restart_at, 1);
    EXPECT_TRUE(s.numbering.hide_on_first_page);
  }
  EXPECT_EQ(all.meta.title, "Quyết định 1 (và 2 văn bản khác)");
}

}  // namespace
}  // namespace vanthu::batch
