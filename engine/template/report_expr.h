// Expressions over a unit's figures in computed report tables
// ("bai_viet.thuc_hien / bai_viet.ke_hoach * 100"), compiled and evaluated
// with muparser. Variable names are field paths of the figures object:
// ASCII letters, digits, "_" and "." (for nested objects).
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace vanthu::tmpl {

class Expression {
 public:
  // Compiles `text`. On a syntax error returns nullopt and sets `error` to
  // muparser's message with the position ("Unexpected token \")\" found at
  // position 7").
  static std::optional<Expression> compile(const std::string& text, std::string& error);

  Expression(Expression&&) noexcept;
  Expression& operator=(Expression&&) noexcept;
  ~Expression();

  const std::string& text() const;
  // The variables the expression uses, sorted by name.
  const std::vector<std::string>& variables() const;
  // Evaluates with one value per variable, in the order of variables(). A
  // division by zero gives infinity or NaN (IEEE), not an exception.
  double evaluate(const std::vector<double>& values) const;

 private:
  Expression();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace vanthu::tmpl
