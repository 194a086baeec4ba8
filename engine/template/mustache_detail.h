// Internals of the Mustache layer shared by engine/template/mustache*.cpp.
// Not part of the API: it exposes kainjow, which the rest of the engine never sees.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include <kainjow/mustache.hpp>
#include <nlohmann/json.hpp>

#include "core/status.h"
#include "template/mustache.h"

namespace vanthu::tmpl::detail {

namespace km = kainjow::mustache;
using Data = km::data;
using Component = km::component<std::string>;

// --- mustache_data.cpp -------------------------------------------------------

// Converts JSON to kainjow data in one pass, moving every value into place
// (kainjow copies deeply on copy, so a naive conversion costs size x depth).
// `xml` drops XML-forbidden characters from strings. Throws std::length_error
// for data nested deeper than kMaxDataDepth.
constexpr int kMaxDataDepth = 256;
Data to_mustache_data(const nlohmann::json& value, bool xml);

// The names a template's tags can look up in the data: every part of every
// dotted name of a variable or section tag, in the template and the partials
// it reaches. Not `complete` when tags can appear while rendering (an
// expanding lambda's result) or delimiters change.
struct TagNames {
  std::unordered_set<std::string> names;
  bool complete = true;
};

// The same, leaving out every object member whose key no tag names: no
// lookup can reach it, so the output is the same, and a long list's data is
// not copied with the fields the template never prints (issue 17). What is
// left out is still checked for depth.
Data to_mustache_data(const nlohmann::json& value, bool xml, const TagNames& names);

// A JSON number as Mustache prints it: JSON text, a whole number without ".0".
std::string number_text(const nlohmann::json& number);

// --- mustache_context.cpp ----------------------------------------------------

// The context stack with the spec's name resolution (kainjow's own context
// lets `a.b` fall back to an outer `a`). Lambdas are looked up first, then the
// data from the innermost context out; partials only in `partials`.
class SpecContext final : public km::basic_context<std::string> {
 public:
  // push() throws std::length_error beyond this depth, the end of a partial
  // recursing through sections whose name resolves again in an outer context.
  static constexpr std::size_t kMaxDepth = 200;

  SpecContext(const Data* root, const Data* lambdas, const Data* partials);
  void push(const Data* data) override;
  void pop() override;
  const Data* get(const std::string& name) const override;
  const Data* get_partial(const std::string& name) const override;

 private:
  std::vector<const Data*> stack_;  // innermost last
  const Data* lambdas_;
  const Data* partials_;
};

// --- mustache_escape.cpp -----------------------------------------------------

// Escapes & < > " ' only (for text already cleaned of forbidden characters).
std::string escape_markup(const std::string& s);

// --- mustache_check.cpp ------------------------------------------------------

struct PartialRef {
  std::string name;
  std::size_t offset;  // of the {{> name}} tag in the referring template
  // Inside a section that pushes a context ({{#name}} on data, not on a
  // lambda). A partial that reaches itself only through refs without this
  // would recurse for ever.
  bool in_section;
};

// Parses `text` with kainjow's own parser and checks what kainjow would only
// find while rendering (lambdas used as variables). Reports errors to `diag`
// as "name:line:col" and returns false on any; collects the partials used.
// Adds the names its tags look up to `names` when given.
bool check_template(std::string_view text, std::string_view name, const MustacheOptions& options,
                    std::vector<PartialRef>& partials, Diagnostics& diag, TagNames* names = nullptr);

// --- mustache_partials.cpp -------------------------------------------------

// Checks, transitively, the partials that `refs` (found in template `name`)
// reach; warns about undefined ones and rejects a partial that includes itself
// outside any section. Appends the names of the partials used to `used`.
bool collect_partials(std::string_view name, std::string_view text, const std::vector<PartialRef>& refs,
                      const MustacheOptions& options, std::vector<std::string>& used, Diagnostics& diag,
                      TagNames* names = nullptr);

// "name:line:col" for a byte offset of `text`; line and column are 1-based and
// the column counts characters (UTF-8 code points), not bytes.
std::string where(std::string_view name, std::string_view text, std::size_t offset);

}  // namespace vanthu::tmpl::detail
