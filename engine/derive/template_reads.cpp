#include "derive/template_reads.h"

#include <cctype>

namespace vanthu::derive {
namespace {

bool reads(std::string_view text, std::string_view name) {
  if (text.find("{{=") != std::string_view::npos) return true;  // other delimiters: not scanned
  for (size_t p = text.find(name); p != std::string_view::npos; p = text.find(name, p + 1)) {
    if (p >= 3 && text.substr(p - 3, 3) == "kt.") continue;  // what the derive stage made
    const unsigned char before = p > 0 ? static_cast<unsigned char>(text[p - 1]) : ' ';
    if (std::isalnum(before) || before == '_') continue;  // the tail of another name
    return true;
  }
  return false;
}

}  // namespace

bool template_may_read(const tmpl::TemplateInfo& tpl, std::string_view name) {
  if (reads(tpl.markup, name)) return true;
  for (const auto& [partial, text] : tpl.partials)
    if (reads(text, name)) return true;
  return false;
}

}  // namespace vanthu::derive
