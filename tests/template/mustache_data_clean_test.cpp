// Data conversion for Mustache must clean exactly what
// text::strip_xml_forbidden cleans (it takes a fast path for text that
// needs nothing).
#include <gtest/gtest.h>

#include "core/unicode.h"
#include "template/mustache.h"

namespace vanthu::tmpl {
namespace {

TEST(MustacheData, TextIsCleanedLikeStripXmlForbidden) {
  const std::string samples[] = {
      "Đặng Thị Hồng Nhung", "tab\tnew\nline\rend", "a\x01" "b\x7F" "c", "\xC3", "ok \xED\xA0\x80 x",
      "x\xFF" "y", "\xEF\xBF\xBE\xEF\xBF\xBF\xEF\xBF\xBD", "\xF0\x9F\x98\x80", "\xF4\x90\x80\x80",
  };
  for (const auto& s : samples) {
    Diagnostics diag;
    const std::string got = render_mustache("{{{v}}}", "t.xml", nlohmann::json{{"v", s}}, MustacheOptions{}, diag);
    EXPECT_FALSE(diag.has_errors()) << diag.format();
    EXPECT_EQ(got, text::strip_xml_forbidden(s)) << s;
  }
}

}  // namespace
}  // namespace vanthu::tmpl
