// Internals of the Mustache layer shared by engine/template/mustache*.cpp.
// Not part of the API: it exposes kainjow, which the rest of the engine never sees.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
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

// Mustache reads the JSON data in place (SpecContext); only what a tag looks
// up is made into kainjow data, and only while it is used (issue 17: a full
// copy of a 100,000-row list cost more than the rest of the rendering).
constexpr int kMaxDataDepth = 256;

// Throws std::length_error for data nested deeper than kMaxDataDepth.
void check_data_depth(const nlohmann::json& value);

// A scalar as kainjow data: a string (`xml`: without XML-forbidden
// characters), a number as number_text, a boolean; null as false.
Data scalar_data(const nlohmann::json& value, bool xml);

// A JSON number as Mustache prints it: JSON text, a whole number without ".0".
std::string number_text(const nlohmann::json& number);

// --- mustache_context.cpp ----------------------------------------------------

// The context stack with the spec's name resolution (kainjow's own context
// lets `a.b` fall back to an outer `a`). Lambdas are looked up first, then the
// data from the innermost context out; partials only in `partials`.
//
// The data is JSON read in place. What get() returns is kainjow data made for
// the value found: a scalar's text, an empty object standing for a JSON
// object, a list of placeholders standing for an array (kainjow walks the
// list and pushes each placeholder, which push() maps back to the array's
// element). What is made while a context is innermost is freed when it is
// popped, so a section over a long list holds one row's values at a time.
class SpecContext final : public km::basic_context<std::string> {
 public:
  // push() throws std::length_error beyond this depth, the end of a partial
  // recursing through sections whose name resolves again in an outer context.
  static constexpr std::size_t kMaxDepth = 200;

  SpecContext(const nlohmann::json* root, bool xml, const Data* lambdas, const Data* partials);
  void push(const Data* data) override;
  void pop() override;
  const Data* get(const std::string& name) const override;
  const Data* get_partial(const std::string& name) const override;

 private:
  struct Made {
    std::unique_ptr<Data> data;
    const nlohmann::json* source;  // the object or array it stands for (null for a scalar)
  };
  struct Frame {
    const nlohmann::json* json;  // the context's value, or null for data of kainjow's own
    const Data* data;            // what {{.}} gives
    std::size_t made;            // made_.size() when it was pushed
  };
  const Data* view(const nlohmann::json& value) const;
  static const nlohmann::json* member(const Frame& frame, const std::string& name);

  std::vector<Frame> stack_;  // innermost last
  mutable std::vector<Made> made_;
  bool xml_;
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
bool check_template(std::string_view text, std::string_view name, const MustacheOptions& options,
                    std::vector<PartialRef>& partials, Diagnostics& diag);

// --- mustache_partials.cpp -------------------------------------------------

// Checks, transitively, the partials that `refs` (found in template `name`)
// reach; warns about undefined ones and rejects a partial that includes itself
// outside any section. Appends the names of the partials used to `used`.
bool collect_partials(std::string_view name, std::string_view text, const std::vector<PartialRef>& refs,
                      const MustacheOptions& options, std::vector<std::string>& used, Diagnostics& diag);

// "name:line:col" for a byte offset of `text`; line and column are 1-based and
// the column counts characters (UTF-8 code points), not bytes.
std::string where(std::string_view name, std::string_view text, std::size_t offset);

}  // namespace vanthu::tmpl::detail
