// Vietnamese personal names: splitting a full name into họ / tên đệm / tên and
// ordering lists of people the way Vietnamese lists are ordered (by tên, the
// given name, which is the last word), with ICU's Vietnamese collation.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace vanthu::vn {

struct PersonName {
  std::string family;  // họ: the first word ("Nguyễn")
  std::string middle;  // tên đệm: the words between, space-separated ("Thị Minh"); may be empty
  std::string given;   // tên: the last word ("Khai")
  bool operator==(const PersonName&) const = default;
};

// "Nguyễn Thị Minh Khai" -> {"Nguyễn", "Thị Minh", "Khai"}; "Nguyễn An" ->
// {"Nguyễn", "", "An"}; a one-word name is a given name only ("Bình" -> {"",
// "", "Bình"}). White space (any Unicode space) is collapsed and the parts are
// NFC. Compound family names ("Tôn Nữ", "Âu Dương") cannot be told from a
// family name plus a middle name, so the family name is always one word.
// Throws std::invalid_argument for an empty or blank name.
PersonName split_name(std::string_view full_name);

// "Nguyễn Thị Minh Khai" from the parts (empty parts left out).
std::string join_name(const PersonName& name);

enum class NameOrder {
  ByGivenName,  // tên, then họ, then tên đệm: the usual order of lists of people
  ByFullName,   // the full name as written (họ first)
  AsGiven,      // no sorting: the order of the input
};

// A stable permutation that orders `full_names`: element i of the result is
// the index in `full_names` of the i-th name. Names that compare equal keep
// their input order. Comparison uses ICU's collator for "vi" (đ after d; ă, â
// after a; tones ordered ngang, huyền, hỏi, ngã, sắc, nặng as in Vietnamese
// dictionaries). Throws std::invalid_argument if a name is blank (for
// ByGivenName) or if ICU has no collator.
std::vector<size_t> name_order(const std::vector<std::string>& full_names,
                               NameOrder order = NameOrder::ByGivenName);

// Three-way comparison of two strings in Vietnamese dictionary order:
// negative, zero or positive.
int compare_vietnamese(std::string_view a, std::string_view b);

}  // namespace vanthu::vn
