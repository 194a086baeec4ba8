// Checks every template gets for the standard header fields: the number's
// range (the markup takes at most 9 digits) and length limits that keep a
// hostile or mistaken data file from making the layout slow (issue 16: an
// organ name of 64,000 characters took minutes). Errors name the JSON path.
#include <algorithm>
#include <string>

#include "core/unicode.h"
#include "template/data.h"
#include "template/field_labels.h"

namespace vanthu::tmpl {

namespace {

size_t characters(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

// The longest run of characters without a space, tab or line end.
size_t longest_word(const std::string& s) {
  size_t best = 0, run = 0;
  for (unsigned char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') run = 0;
    else if ((c & 0xC0) != 0x80) best = std::max(best, ++run);
  }
  return best;
}

std::string with_dots(size_t n) {
  std::string s = std::to_string(n);
  for (int i = static_cast<int>(s.size()) - 3; i > 0; i -= 3) s.insert(static_cast<size_t>(i), ".");
  return s;
}

void check_length(const nlohmann::json& j, const std::string& where, size_t max, const char* what, Diagnostics& diag) {
  if (!j.is_string()) return;
  const size_t n = characters(j.get_ref<const std::string&>());
  if (n > max)
    diag.error(where, std::string("is ") + with_dots(n) + " characters long; " + what + " may have at most " +
                          with_dots(max));
}

const nlohmann::json* at(const nlohmann::json& j, const char* key) {
  if (!j.is_object()) return nullptr;
  auto it = j.find(key);
  return it == j.end() ? nullptr : &*it;
}

// Any string anywhere: its total length and its longest word.
void check_all_strings(const nlohmann::json& j, const std::string& where, const FieldLimits& l, Diagnostics& diag,
                       int& reported) {
  if (reported >= 10) return;  // a file of a million long strings: ten messages are enough
  if (j.is_string()) {
    const std::string& s = j.get_ref<const std::string&>();
    if (s.size() > l.max_string_bytes) {
      diag.error(where, "is " + with_dots(s.size()) + " bytes long; a text may have at most " + with_dots(l.max_string_bytes));
      ++reported;
    } else if (const size_t w = longest_word(s); w > l.max_word) {
      diag.error(where, "holds a word of " + with_dots(w) + " characters without a space; a word may have at most " +
                            with_dots(l.max_word));
      ++reported;
    }
  } else if (j.is_array()) {
    for (size_t i = 0; i < j.size(); ++i) check_all_strings(j[i], where + "[" + std::to_string(i) + "]", l, diag, reported);
  } else if (j.is_object()) {
    for (auto it = j.begin(); it != j.end(); ++it) check_all_strings(it.value(), where + "." + it.key(), l, diag, reported);
  }
}

}  // namespace

void check_standard_fields(const nlohmann::json& data, Diagnostics& diag, const FieldLimits& l) {
  if (!data.is_object()) return;
  if (const auto* so = at(data, "so"); so && so->is_number_integer()) {
    const long long v = so->get<long long>();
    if (v < 1 || v > l.max_number)
      diag.error("$.so", "must be a whole number from 1 to " + std::to_string(l.max_number) +
                             " (or left out, to leave the number for the văn thư), not " + std::to_string(v));
  }
  if (const auto* p = at(data, "co_quan_chu_quan")) check_length(*p, "$.co_quan_chu_quan", l.max_organ, "an organ name", diag);
  if (const auto* o = at(data, "co_quan")) {
    if (const auto* t = at(*o, "ten")) check_length(*t, "$.co_quan.ten", l.max_organ, "an organ name", diag);
    if (const auto* v = at(*o, "viet_tat")) check_length(*v, "$.co_quan.viet_tat", l.max_abbreviation, "an abbreviation", diag);
  }
  if (const auto* d = at(data, "dia_danh")) check_length(*d, "$.dia_danh", l.max_place, "a place name", diag);
  // The values the decree fixes, in any case as the engine reads them
  // ("Mật", "kt."), at their paths rather than as an error of the markup.
  auto check_choice = [&diag](const nlohmann::json* v, const std::string& path) {
    const FieldLabel* label = shared_field_label(path);
    if (!v || !v->is_string() || !label) return;
    std::string value = text::upper(text::collapse_spaces(v->get<std::string>()));
    if (path == "$.nguoi_ky.ky_thay" && !value.empty() && value.back() == '.') value.pop_back();
    if (std::find(label->choices.begin(), label->choices.end(), value) != label->choices.end()) return;
    std::string list;
    for (const auto& c : label->choices)
      if (!c.empty()) list += (list.empty() ? "" : ", ") + c;
    diag.error(path, "must be one of " + list + " (or left out), not \"" + v->get<std::string>() + "\"");
  };
  check_choice(at(data, "do_mat"), "$.do_mat");
  check_choice(at(data, "do_khan"), "$.do_khan");
  if (const auto* k = at(data, "nguoi_ky")) check_choice(at(*k, "ky_thay"), "$.nguoi_ky.ky_thay");
  check_text_limits(data, diag, l);
}

void check_text_limits(const nlohmann::json& data, Diagnostics& diag, const FieldLimits& l) {
  int reported = 0;
  check_all_strings(data, "$", l, diag, reported);
}

}  // namespace vanthu::tmpl
