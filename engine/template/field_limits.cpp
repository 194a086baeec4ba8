// Checks every template gets for the standard header fields: the number's
// range (the markup takes at most 9 digits) and length limits that keep a
// hostile or mistaken data file from making the layout slow (issue 16: an
// organ name of 64,000 characters took minutes). Errors name the JSON path.
#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

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
  const std::string digits = std::to_string(n);
  std::string s;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) s += '.';
    s += digits[i];
  }
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
// `where` is the data path of `j`, extended in place for its members (no
// new string for every value of a long list).
void check_all_strings(const nlohmann::json& j, std::string& where, const FieldLimits& l, Diagnostics& diag,
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
    return;
  }
  const size_t length = where.size();
  if (j.is_array()) {
    for (size_t i = 0; i < j.size(); ++i) {
      where += '[';
      where += std::to_string(i);
      where += ']';
      check_all_strings(j[i], where, l, diag, reported);
      where.resize(length);
    }
  } else if (j.is_object()) {
    for (auto it = j.begin(); it != j.end(); ++it) {
      where += '.';
      where += it.key();
      check_all_strings(it.value(), where, l, diag, reported);
      where.resize(length);
    }
  }
}


// One open bracket of the scan: an array with the index of its current
// element, or an object with its current key (raw, as in the file).
struct Frame {
  bool array = false;
  size_t index = 0;
  std::string_view key;
  bool expect_key = false;  // in an object, the next string is a key
};

// The key as the parser will read it (escapes decoded); the raw text when
// it is not a valid JSON string.
std::string decoded_key(std::string_view raw) {
  if (raw.find('\\') == std::string_view::npos) return std::string(raw);
  try {
    std::string quoted(1, '"');
    quoted.append(raw).push_back('"');
    return nlohmann::json::parse(quoted).get<std::string>();
  } catch (const nlohmann::json::exception&) {
    return std::string(raw);
  }
}

std::string path_of(const std::vector<Frame>& stack) {
  std::string where = "$";
  for (const auto& f : stack) where += f.array ? "[" + std::to_string(f.index) + "]" : "." + decoded_key(f.key);
  return where;
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// The length in bytes and the longest word of the string that starts after
// the quote at text[i], as the parser will decode it (\u00e0 is 2 bytes, \n
// ends a word, a surrogate pair is one 4-byte character). Returns the
// offset of the closing quote (text.size() when there is none).
size_t scan_string(std::string_view text, size_t i, size_t& bytes, size_t& word) {
  size_t run = 0;
  bytes = word = 0;
  auto add = [&](size_t n, bool space, bool starts_char) {
    bytes += n;
    if (space) run = 0;
    else if (starts_char) word = std::max(word, ++run);
  };
  for (; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == '"') return i;
    if (c != '\\') {
      add(1, c == ' ' || c == '\t' || c == '\n' || c == '\r', (c & 0xC0) != 0x80);
      continue;
    }
    if (++i >= text.size()) break;
    const char e = text[i];
    if (e == 'n' || e == 't' || e == 'r') {
      add(1, true, true);
    } else if (e == 'u') {
      int cp = 0;
      for (int k = 1; k <= 4; ++k) {
        const int h = i + k < text.size() ? hex_value(text[i + k]) : -1;
        if (h < 0) {
          cp = -1;
          break;
        }
        cp = cp * 16 + h;
      }
      if (cp < 0) {  // malformed: left to the parser
        add(1, false, true);
        continue;
      }
      i += 4;
      if (cp >= 0xD800 && cp <= 0xDBFF) add(4, false, true);  // a pair: one character of 4 bytes
      else if (cp >= 0xDC00 && cp <= 0xDFFF) continue;         // its second half
      else add(cp < 0x80 ? 1 : cp < 0x800 ? 2 : 3, cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r', true);
    } else {
      add(1, false, true);  // \" \\ \/ \b \f
    }
  }
  return text.size();
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
  std::string where = "$";
  check_all_strings(data, where, l, diag, reported);
}

}  // namespace vanthu::tmpl

namespace vanthu::tmpl {

std::optional<size_t> scan_data_text(std::string_view text, int max_depth, Diagnostics& diag, const FieldLimits& l) {
  std::vector<Frame> stack;
  int reported = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '"') {
      size_t bytes = 0, word = 0;
      const size_t end = scan_string(text, i + 1, bytes, word);
      if (!stack.empty() && !stack.back().array && stack.back().expect_key) {
        stack.back().key = text.substr(i + 1, end - i - 1);
        stack.back().expect_key = false;
      } else if (reported < 10 && (bytes > l.max_string_bytes || word > l.max_word)) {
        // The messages of check_text_limits, which this pass replaces.
        if (bytes > l.max_string_bytes)
          diag.error(path_of(stack), "is " + with_dots(bytes) + " bytes long; a text may have at most " + with_dots(l.max_string_bytes));
        else
          diag.error(path_of(stack), "holds a word of " + with_dots(word) + " characters without a space; a word may have at most " +
                                         with_dots(l.max_word));
        ++reported;
      }
      i = end;
    } else if (c == '[' || c == '{') {
      if (static_cast<int>(stack.size()) >= max_depth) return i;
      stack.push_back({c == '[', 0, {}, c == '{'});
    } else if (c == ']' || c == '}') {
      if (!stack.empty()) stack.pop_back();
    } else if (c == ',' && !stack.empty()) {
      if (stack.back().array) ++stack.back().index;
      else stack.back().expect_key = true;
    }
  }
  return std::nullopt;
}

}  // namespace vanthu::tmpl
