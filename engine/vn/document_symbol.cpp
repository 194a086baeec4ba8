#include "vn/document_symbol.h"

#include "core/unicode.h"
#include "vn/format.h"

namespace vanthu::vn {

std::string drafting_unit(std::string_view archive) {
  size_t i = 0;
  while (i < archive.size()) {
    const size_t j = archive.find(',', i);
    std::string unit = text::collapse_spaces(archive.substr(i, j == std::string_view::npos ? std::string_view::npos : j - i));
    if (const size_t paren = unit.find('('); paren != std::string::npos) unit = text::collapse_spaces(unit.substr(0, paren));
    while (!unit.empty() && (unit.back() == '.' || unit.back() == ';' || unit.back() == ' ')) unit.pop_back();
    if (!unit.empty() && unit != "VT") return unit;
    if (j == std::string_view::npos) break;
    i = j + 1;
  }
  return {};
}

std::string document_symbol(const DocType* type, const std::string& organ, const std::string& unit) {
  if (type && !type->abbreviation.empty()) return organ.empty() ? type->abbreviation : type->abbreviation + "-" + organ;
  std::string symbol = organ;
  if (!unit.empty() && organ.find('-') == std::string::npos) symbol += (symbol.empty() ? "" : "-") + unit;
  return symbol;
}

std::string number_and_symbol(std::optional<long long> number, const std::string& symbol, int blank) {
  return (number ? document_number(*number) : std::string(static_cast<size_t>(blank), ' ')) + "/" + symbol;
}

}  // namespace vanthu::vn
