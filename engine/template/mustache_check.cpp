// Compile-time checks of a template: kainjow's parse errors turned into
// diagnostics with line:col, clearer messages for mis-nested sections, and
// lambda misuse that kainjow would only report while rendering (an error there
// would also stick to the compiled template).
#include <algorithm>
#include <exception>
#include <optional>

#include "template/mustache_detail.h"

namespace vanthu::tmpl::detail {

namespace {

using km::tag_type;

struct Problem {
  std::size_t offset;
  std::string message;
};

// kainjow's messages end with " at <byte offset>".
std::optional<std::size_t> offset_of(const std::string& message) {
  const auto at = message.rfind(" at ");
  if (at == std::string::npos) return std::nullopt;
  std::size_t offset = 0;
  for (std::size_t i = at + 4; i < message.size(); ++i) {
    if (message[i] < '0' || message[i] > '9') return std::nullopt;
    offset = offset * 10 + static_cast<std::size_t>(message[i] - '0');
  }
  return offset;
}

const Component* find_section_at(const Component& parent, std::size_t offset) {
  for (const auto& child : parent.children) {
    if (child.tag.is_section_begin() && child.position == offset) return &child;
    if (const Component* found = find_section_at(child, offset)) return found;
  }
  return nullptr;
}

// kainjow closes the innermost section with any {{/name}} and then reports the
// outermost section left open; the first real mistake, in template order, is
// found by checking the children of a section before the section itself.
std::optional<Problem> first_nesting_problem(const Component& section, std::string_view text,
                                             std::string_view name) {
  for (const auto& child : section.children)
    if (child.tag.is_section_begin())
      if (auto p = first_nesting_problem(child, text, name)) return p;
  if (!section.children.empty() && section.children.back().tag.is_section_end()) {
    const auto& end = section.children.back();
    if (end.tag.name == section.tag.name) return std::nullopt;
    return Problem{end.position, "closing tag \"" + end.tag.name + "\" does not match the open section \"" +
                                     section.tag.name + "\" (opened at " + where(name, text, section.position) +
                                     ")"};
  }
  return Problem{section.position, "section \"" + section.tag.name + "\" is never closed"};
}

Problem explain(const std::string& message, const Component& root, std::string_view text, std::string_view name) {
  const std::size_t offset = offset_of(message).value_or(0);
  const auto starts = [&](std::string_view prefix) { return message.rfind(prefix, 0) == 0; };
  if (starts("Unclosed tag")) return {offset, "tag is not closed"};
  if (starts("Invalid set delimiter tag"))
    return {offset, "invalid set-delimiter tag (expected {{=open close=}}, without spaces or '=' in the delimiters)"};
  if (starts("Unopened section")) {
    const auto open = message.find('"'), close = message.rfind('"');
    const auto section = open < close ? message.substr(open + 1, close - open - 1) : std::string();
    return {offset, "closing tag \"" + section + "\" has no open section"};
  }
  if (starts("Unclosed section"))
    if (const Component* section = find_section_at(root, offset))
      if (auto p = first_nesting_problem(*section, text, name)) return *p;
  return {offset, message};
}

bool is_plain_variable(tag_type t) { return t == tag_type::variable || t == tag_type::unescaped_variable; }

bool is_lambda(const MustacheOptions& options, const std::string& tag_name) {
  return options.lambdas.count(tag_name) || options.expanding_lambdas.count(tag_name);
}

void check_tags(const Component& parent, bool in_section, std::string_view text, std::string_view name,
                const MustacheOptions& options, std::vector<PartialRef>& partials, Diagnostics& diag, bool& ok) {
  for (const auto& child : parent.children) {
    const auto& tag = child.tag;
    if (tag.type == tag_type::partial) partials.push_back({tag.name, child.position, in_section});
    if ((is_plain_variable(tag.type) || tag.type == tag_type::section_begin_inverted) &&
        options.lambdas.count(tag.name)) {
      diag.error(where(name, text, child.position),
                 "\"" + tag.name + "\" is a lambda: use it as a section, {{#" + tag.name + "}}…{{/" + tag.name + "}}");
      ok = false;
    }
    const bool pushes = tag.type == tag_type::section_begin && !is_lambda(options, tag.name);
    check_tags(child, in_section || pushes, text, name, options, partials, diag, ok);
  }
}

}  // namespace

std::string where(std::string_view name, std::string_view text, std::size_t offset) {
  offset = std::min(offset, text.size());
  std::size_t line = 1, column = 1;
  for (std::size_t i = 0; i < offset; ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == '\n') {
      ++line;
      column = 1;
    } else if ((c & 0xC0) != 0x80) {  // not a UTF-8 continuation byte
      ++column;
    }
  }
  return std::string(name) + ":" + std::to_string(line) + ":" + std::to_string(column);
}

bool check_template(std::string_view text, std::string_view name, const MustacheOptions& options,
                    std::vector<PartialRef>& partials, Diagnostics& diag) {
  km::context<std::string> data_context;
  km::context_internal<std::string> context{data_context};
  Component root;
  std::string error;
  try {
    km::parser<std::string> parse{std::string(text), context, root, error};
  } catch (const std::exception& e) {
    diag.error(std::string(name), std::string("cannot parse the template: ") + e.what());
    return false;
  }
  if (!error.empty()) {
    const Problem p = explain(error, root, text, name);
    diag.error(where(name, text, p.offset), p.message);
    return false;
  }
  bool ok = true;
  check_tags(root, false, text, name, options, partials, diag, ok);
  return ok;
}

}  // namespace vanthu::tmpl::detail
