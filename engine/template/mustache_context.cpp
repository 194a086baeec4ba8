// Name resolution by the Mustache spec. kainjow's context tries the whole
// dotted path in every context of the stack, so `{{#a}}{{b.c}}{{/a}}` with
// a = {b: {}} would print an outer b.c. Here only the first part walks the
// stack; the rest is looked up inside the object found, or resolves to nothing.
#include <stdexcept>

#include "template/mustache_detail.h"

namespace vanthu::tmpl::detail {

SpecContext::SpecContext(const Data* root, const Data* lambdas, const Data* partials)
    : lambdas_(lambdas), partials_(partials) {
  stack_.reserve(16);
  stack_.push_back(root);
}

void SpecContext::push(const Data* data) {
  if (stack_.size() >= kMaxDepth)
    throw std::length_error("sections are nested deeper than " + std::to_string(kMaxDepth) +
                            " levels (a partial that includes itself without end?)");
  stack_.push_back(data);
}

void SpecContext::pop() { stack_.pop_back(); }

const Data* SpecContext::get(const std::string& name) const {
  if (name == ".") return stack_.back();
  const auto dot = name.find('.');
  if (dot == std::string::npos) {
    if (lambdas_)
      if (const Data* fn = lambdas_->get(name)) return fn;
    for (auto it = stack_.rbegin(); it != stack_.rend(); ++it)
      if (const Data* found = (*it)->get(name)) return found;
    return nullptr;
  }

  std::string part = name.substr(0, dot);
  const Data* found = nullptr;
  for (auto it = stack_.rbegin(); it != stack_.rend() && !found; ++it) found = (*it)->get(part);
  // Data::get returns nullptr on anything but an object, which ends a broken chain.
  auto start = dot + 1;
  while (found) {
    const auto end = name.find('.', start);
    part.assign(name, start, end == std::string::npos ? std::string::npos : end - start);
    found = found->get(part);
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return found;
}

const Data* SpecContext::get_partial(const std::string& name) const {
  return partials_ ? partials_->get(name) : nullptr;
}

}  // namespace vanthu::tmpl::detail
