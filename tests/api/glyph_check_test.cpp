// Characters the document font cannot draw are warned about at their data
// path (the PDF writer refuses them later; see tests/pdf).
#include <gtest/gtest.h>

#include "api/glyph_check.h"

namespace vanthu::api {
namespace {

const layout::FontSystem& fonts() {
  static std::shared_ptr<layout::FontSystem> f = layout::FontSystem::create();
  return *f;
}

TEST(GlyphCheck, VietnameseAndInvisibleCharactersPass) {
  const nlohmann::json data = {
      {"co_quan", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG"},
      {"danh_sach", {{{"ho_ten", "Nguyễn Thị Ánh Tuyết"}}, {{"ho_ten", "Vi\xC2\xAD" "Đình\xE2\x80\x8B" "Đạt"}}}},
      {"so_tien", 420000},
      {"ghi_chu", "“Đúng” – 95,5 % … № 3 §2 €"},
  };
  Diagnostics diag;
  warn_missing_glyphs(data, fonts(), diag);
  EXPECT_TRUE(diag.items().empty()) << diag.format();
}

TEST(GlyphCheck, MissingGlyphIsWarnedAtItsPath) {
  const nlohmann::json data = {
      {"trich_yeu", "Về việc khen thưởng"},
      {"danh_sach", {{{"ho_ten", "Lê Văn A"}}, {{"ho_ten", "Trần \xF0\x9F\x98\x80 B"}}}},
  };
  Diagnostics diag;
  warn_missing_glyphs(data, fonts(), diag);
  EXPECT_FALSE(diag.has_errors());
  const std::string text = diag.format();
  EXPECT_NE(text.find("$.danh_sach[1].ho_ten: warning: U+1F600"), std::string::npos) << text;
  EXPECT_EQ(text.find("danh_sach[0]"), std::string::npos) << text;
  EXPECT_EQ(text.find("trich_yeu"), std::string::npos) << text;
}

}  // namespace
}  // namespace vanthu::api
