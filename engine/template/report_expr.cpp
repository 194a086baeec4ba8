#include "template/report_expr.h"

#include <muParser.h>

#include <algorithm>
#include <deque>
#include <map>

namespace vanthu::tmpl {

struct Expression::Impl {
  std::string text;
  mu::Parser parser;
  std::deque<double> storage;  // stable addresses for muparser's variables
  std::map<std::string, double*> by_name;
  std::vector<std::string> names;
  std::vector<double*> slots;  // parallel to names
};

Expression::Expression() : impl_(std::make_unique<Impl>()) {}
Expression::Expression(Expression&&) noexcept = default;
Expression& Expression::operator=(Expression&&) noexcept = default;
Expression::~Expression() = default;

std::optional<Expression> Expression::compile(const std::string& text, std::string& error) {
  Expression e;
  Impl& im = *e.impl_;
  im.text = text;
  try {
    im.parser.DefineNameChars("0123456789_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.");
    // muparser calls this for every name it does not know: each becomes a
    // variable with its own storage.
    auto make_variable = [](const char* name, void* user) -> double* {
      auto* impl = static_cast<Impl*>(user);
      impl->storage.push_back(0.0);
      double* slot = &impl->storage.back();
      impl->by_name[name] = slot;
      return slot;
    };
    im.parser.SetVarFactory(make_variable, &im);
    im.parser.SetExpr(text);
    im.parser.Eval();  // parses now, so that syntax errors surface here
    if (im.parser.GetNumResults() != 1) {
      error = "the expression must give one value, not " + std::to_string(im.parser.GetNumResults());
      return std::nullopt;
    }
  } catch (const mu::Parser::exception_type& ex) {
    error = ex.GetMsg();
    return std::nullopt;
  }
  for (const auto& [name, slot] : im.by_name) {
    if (!name.empty() && (name.front() == '.' || name.back() == '.' || name.find("..") != std::string::npos)) {
      error = "\"" + name + "\" is not a field name";
      return std::nullopt;
    }
    im.names.push_back(name);
    im.slots.push_back(slot);
  }
  return e;
}

const std::string& Expression::text() const { return impl_->text; }
const std::vector<std::string>& Expression::variables() const { return impl_->names; }

double Expression::evaluate(const std::vector<double>& values) const {
  for (size_t i = 0; i < impl_->slots.size() && i < values.size(); ++i) *impl_->slots[i] = values[i];
  return impl_->parser.Eval();
}

}  // namespace vanthu::tmpl
