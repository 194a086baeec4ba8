// The derive stage moves a list's rows into kt.* only when the template
// cannot read the list itself (issue 17: a long list held once, not twice).
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "derive/awards.h"
#include "derive/template_reads.h"

namespace vanthu {
namespace {

tmpl::TemplateInfo with_markup(const std::string& markup) {
  tmpl::TemplateInfo t;
  t.markup = markup;
  return t;
}

TEST(TemplateReads, OnlyWhatTheDeriveStageMadeIsNotARead) {
  EXPECT_FALSE(derive::template_may_read(
      with_markup("{{#kt.co_ca_nhan}}{{kt.so_ca_nhan}}{{#kt.ca_nhan}}<row>{{ho_ten}}</row>{{/kt.ca_nhan}}{{/kt.co_ca_nhan}}"),
      "ca_nhan"));
  EXPECT_TRUE(derive::template_may_read(with_markup("{{#ca_nhan}}{{ho_ten}}{{/ca_nhan}}"), "ca_nhan"));
  EXPECT_TRUE(derive::template_may_read(with_markup("{{#kt.ca_nhan}}{{ca_nhan.length}}{{/kt.ca_nhan}}"), "ca_nhan"));
  EXPECT_TRUE(derive::template_may_read(with_markup("<report-table source=\"$.ca_nhan\"/>"), "ca_nhan"));
  EXPECT_TRUE(derive::template_may_read(with_markup("{{=<% %>=}}<%kt.ca_nhan%>"), "ca_nhan"));
  tmpl::TemplateInfo partial = with_markup("{{> danh-sach}}");
  partial.partials["danh-sach"] = "{{#ca_nhan}}x{{/ca_nhan}}";
  EXPECT_TRUE(derive::template_may_read(partial, "ca_nhan"));
}

TEST(TemplateReads, MovedRowsGiveTheCopiedRows) {
  std::ifstream in(std::string(VANTHU_TEST_SOURCE_DIR) + "/examples/khen-thuong-atgt-2018/data.json");
  std::stringstream text;
  text << in.rdbuf();
  nlohmann::json copied = nlohmann::json::parse(text.str());
  nlohmann::json moved = copied;
  Diagnostics d1, d2;
  derive::derive_awards(copied, derive::AwardsMode::Decision, {}, d1);
  derive::derive_awards(moved, derive::AwardsMode::Decision, {}, d2, {true, true});
  ASSERT_FALSE(d1.has_errors());
  ASSERT_FALSE(d2.has_errors());
  ASSERT_TRUE(copied.contains("kt"));
  EXPECT_EQ(moved["kt"], copied["kt"]);
  ASSERT_FALSE(moved["ca_nhan"].empty());
  EXPECT_TRUE(moved["ca_nhan"][0].is_null());  // the input rows were moved, not copied
}

}  // namespace
}  // namespace vanthu
