// Expressions of computed report tables (muparser behind tmpl::Expression).
#include <gtest/gtest.h>

#include <cmath>

#include "template/report_expr.h"

namespace vanthu::tmpl {
namespace {

Expression compile(const std::string& text) {
  std::string err;
  auto e = Expression::compile(text, err);
  EXPECT_TRUE(e.has_value()) << text << ": " << err;
  if (!e) std::abort();
  return std::move(*e);
}

TEST(ReportExpression, DottedFieldNamesAreVariablesSortedByName) {
  Expression e = compile("tin_bai.thuc_hien / tin_bai.ke_hoach * 100");
  ASSERT_EQ(e.variables(), (std::vector<std::string>{"tin_bai.ke_hoach", "tin_bai.thuc_hien"}));
  EXPECT_DOUBLE_EQ(e.evaluate({40, 46}), 115.0);
  EXPECT_DOUBLE_EQ(e.evaluate({8, 2}), 25.0);  // re-evaluated with new values
}

TEST(ReportExpression, DifferencesAndFunctions) {
  Expression d = compile("a.th - a.nt");
  EXPECT_DOUBLE_EQ(d.evaluate({11, 4}), -7.0);  // variables sorted: a.nt = 11, a.th = 4
  Expression m = compile("max(x, y) + (x > y ? 1 : 0)");
  EXPECT_DOUBLE_EQ(m.evaluate({3, 2}), 4.0);
  Expression c = compile("2.5 * x");  // numbers with a decimal point still parse
  EXPECT_DOUBLE_EQ(c.evaluate({2}), 5.0);
}

TEST(ReportExpression, DivisionByZeroIsNotFiniteRatherThanAnError) {
  Expression e = compile("th / kh * 100");
  EXPECT_FALSE(std::isfinite(e.evaluate({0, 5})));  // kh = 0
  EXPECT_FALSE(std::isfinite(e.evaluate({0, 0})));  // 0/0
}

TEST(ReportExpression, SyntaxErrorsSayWhere) {
  std::string err;
  EXPECT_FALSE(Expression::compile("a.th / ", err));
  EXPECT_NE(err.find("position"), std::string::npos) << err;
  err.clear();
  EXPECT_FALSE(Expression::compile("(a + b", err));
  EXPECT_FALSE(err.empty());
  err.clear();
  EXPECT_FALSE(Expression::compile("a, b", err));  // two values
  EXPECT_NE(err.find("one value"), std::string::npos) << err;
  err.clear();
  EXPECT_FALSE(Expression::compile("a..b + 1", err));
  EXPECT_NE(err.find("a..b"), std::string::npos) << err;
}

TEST(ReportExpression, MovedExpressionsKeepTheirVariables) {
  std::vector<Expression> all;
  for (int i = 0; i < 20; ++i) all.push_back(compile("x * " + std::to_string(i)));
  for (int i = 0; i < 20; ++i) EXPECT_DOUBLE_EQ(all[static_cast<size_t>(i)].evaluate({2}), 2.0 * i);
}

}  // namespace
}  // namespace vanthu::tmpl
