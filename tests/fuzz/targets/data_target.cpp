// The JSON data loader: parse, NFC, limits; then the field rules and the
// derived values a template sees, as the engine runs them.
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/status.h"
#include "core/unicode.h"
#include "fuzz_targets.h"
#include "template/data.h"

namespace vanthu::fuzz {

namespace {

// Every string of the parsed data is valid UTF-8 and NFC.
void expect_nfc(const nlohmann::json& j) {
  if (j.is_string()) {
    const auto& s = j.get_ref<const std::string&>();
    if (!text::is_valid_utf8(s) || text::nfc(s) != s) __builtin_trap();
  } else if (j.is_structured()) {
    for (auto it = j.begin(); it != j.end(); ++it) {
      if (j.is_object() && text::nfc(it.key()) != it.key()) __builtin_trap();
      expect_nfc(*it);
    }
  }
}

}  // namespace

int data(const uint8_t* bytes, size_t size) {
  Diagnostics diag;
  tmpl::DataLimits limits;
  limits.max_bytes = 1 << 20;
  nlohmann::json j = tmpl::parse_data(std::string_view(reinterpret_cast<const char*>(bytes), size), "fuzz.json",
                                      diag, limits);
  if (diag.has_errors()) {
    if (!j.is_null()) __builtin_trap();
    return 0;
  }
  expect_nfc(j);
  // The text limits were checked on the text before parsing (scan_data_text):
  // the parsed data, before NFC, must be within them too.
  if (j.is_structured() || j.is_string()) {
    Diagnostics text_limits;
    tmpl::check_text_limits(nlohmann::json::parse(bytes, bytes + size), text_limits);
    if (text_limits.has_errors()) __builtin_trap();
  }
  if (!j.is_object()) return 0;
  // The ke-hoach template's declared fields and derived values.
  const std::vector<tmpl::FieldRule> rules = {
      {"$.co_quan.ten", "text"}, {"$.so", "integer?"},          {"$.ngay", "date?"},
      {"$.noi_dung", "array"},   {"$.noi_dung[*]", "string"},   {"$.nguoi_ky.ho_ten", "text"},
      {"$.can_cu[*]", "text?"},  {"$.bang[*].so_tien", "number?"}};
  Diagnostics fields;
  tmpl::check_fields(j, rules, fields);
  tmpl::add_derived_values(j, "ke-hoach");
  return 0;
}

}  // namespace vanthu::fuzz
