// Name resolution by the Mustache spec. kainjow's context tries the whole
// dotted path in every context of the stack, so `{{#a}}{{b.c}}{{/a}}` with
// a = {b: {}} would print an outer b.c. Here only the first part walks the
// stack; the rest is looked up inside the object found, or resolves to nothing.
// The data is the JSON itself, read in place (mustache_detail.h).
#include <functional>
#include <stdexcept>

#include "template/mustache_detail.h"

namespace vanthu::tmpl::detail {

SpecContext::SpecContext(const nlohmann::json* root, bool xml, const Data* lambdas, const Data* partials)
    : xml_(xml), lambdas_(lambdas), partials_(partials) {
  check_data_depth(*root);  // what converting the whole data up front used to report
  stack_.reserve(16);
  stack_.push_back({root, view(*root), 0});
}

const Data* SpecContext::view(const nlohmann::json& value) const {
  Made m;
  if (value.is_object()) {
    m.data = std::make_unique<Data>();  // an empty object: truthy, looked up through push()
    m.source = &value;
  } else if (value.is_array()) {
    m.data = std::make_unique<Data>(Data::type::list);
    // One placeholder per element (a boolean needs no allocation); the
    // vector kainjow owns is not const, so filling it in place is defined.
    auto& items = const_cast<km::list&>(m.data->list_value());
    items.reserve(value.size());
    for (std::size_t i = 0; i < value.size(); ++i) items.emplace_back(true);
    m.source = &value;
  } else {
    m.data = std::make_unique<Data>(scalar_data(value, xml_));
    m.source = nullptr;
  }
  made_.push_back(std::move(m));
  return made_.back().data.get();
}

void SpecContext::push(const Data* data) {
  if (stack_.size() >= kMaxDepth)
    throw std::length_error("sections are nested deeper than " + std::to_string(kMaxDepth) +
                            " levels (a partial that includes itself without end?)");
  // kainjow pushes what get() gave (an object's view) or an element of a
  // list get() gave: find which JSON value it stands for, newest first.
  const std::less<const Data*> before;
  const nlohmann::json* json = nullptr;
  for (auto it = made_.rbegin(); it != made_.rend() && !json; ++it) {
    if (!it->source) continue;
    if (it->data.get() == data) {
      json = it->source;
    } else if (it->source->is_array()) {
      const auto& items = it->data->list_value();
      if (!items.empty() && !before(data, &items.front()) && !before(&items.back(), data))
        json = &(*it->source)[static_cast<std::size_t>(data - &items.front())];
    }
  }
  stack_.push_back({json, data, made_.size()});
  // An element's placeholder: {{.}} is the element itself.
  if (json && data->is_bool()) stack_.back().data = view(*json);
}

void SpecContext::pop() {
  const std::size_t made = stack_.back().made;
  stack_.pop_back();
  made_.resize(made);  // what was made while it was innermost
}

const nlohmann::json* SpecContext::member(const Frame& frame, const std::string& name) {
  if (!frame.json || !frame.json->is_object()) return nullptr;
  const auto it = frame.json->find(name);
  return it == frame.json->end() ? nullptr : &*it;
}

const Data* SpecContext::get(const std::string& name) const {
  if (name == ".") return stack_.back().data;
  const auto dot = name.find('.');
  if (dot == std::string::npos) {
    if (lambdas_)
      if (const Data* fn = lambdas_->get(name)) return fn;
    for (auto it = stack_.rbegin(); it != stack_.rend(); ++it) {
      if (const nlohmann::json* found = member(*it, name)) return view(*found);
      if (!it->json && it->data)
        if (const Data* found = it->data->get(name)) return found;
    }
    return nullptr;
  }

  std::string part = name.substr(0, dot);
  const nlohmann::json* found = nullptr;
  for (auto it = stack_.rbegin(); it != stack_.rend() && !found; ++it) found = member(*it, part);
  // Only objects have members: anything else ends a broken chain.
  auto start = dot + 1;
  while (found) {
    const auto end = name.find('.', start);
    part.assign(name, start, end == std::string::npos ? std::string::npos : end - start);
    if (!found->is_object()) return nullptr;
    const auto it = found->find(part);
    found = it == found->end() ? nullptr : &*it;
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return found ? view(*found) : nullptr;
}

const Data* SpecContext::get_partial(const std::string& name) const {
  return partials_ ? partials_->get(name) : nullptr;
}

}  // namespace vanthu::tmpl::detail
