#include "template/data.h"

#include <cmath>
#include <cstdio>
#include <optional>
#include <stdexcept>

#include "core/unicode.h"
#include "template/header_record.h"
#include "vn/doc_types.h"
#include "vn/format.h"

namespace vanthu::tmpl {

namespace {

// 1-based line and column (in characters) of a byte offset.
std::pair<int, int> line_col(std::string_view text, size_t offset) {
  int line = 1, col = 1;
  for (size_t i = 0; i < offset && i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == '\n') {
      ++line;
      col = 1;
    } else if ((c & 0xC0) != 0x80) {
      ++col;
    }
  }
  return {line, col};
}

// UTF-16 and UTF-32 files (Windows Notepad's "Unicode"), recognised by their
// byte-order mark or by the zero bytes of ASCII characters, get a message
// that says how to fix them instead of "invalid literal".
std::optional<std::string> not_utf8(std::string_view text) {
  const std::string fix = "; save it as UTF-8";
  if (text.substr(0, 4) == std::string_view("\xFF\xFE\0\0", 4) || text.substr(0, 4) == std::string_view("\0\0\xFE\xFF", 4))
    return "the data file is UTF-32, not UTF-8" + fix;
  if (text.substr(0, 2) == "\xFF\xFE" || text.substr(0, 2) == "\xFE\xFF")
    return "the data file is UTF-16, not UTF-8" + fix;
  if (text.size() >= 2 && (text[0] == '\0' || text[1] == '\0'))
    return "the data file holds zero bytes: it is UTF-16 or UTF-32, not UTF-8" + fix;
  return std::nullopt;
}

// A parser message with the bytes it quotes made safe to print: invalid
// UTF-8 and control characters become \xNN.
std::string printable(const std::string& s) {
  std::string out;
  for (size_t i = 0; i < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    size_t len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (len > 1 && i + len <= s.size() && text::is_valid_utf8(s.substr(i, len))) {
      out.append(s, i, len);
      i += len;
      continue;
    }
    if (c >= 0x20 && c < 0x7F) {
      out += static_cast<char>(c);
    } else {
      char hex[8];
      std::snprintf(hex, sizeof hex, "\\x%02X", c);
      out += hex;
    }
    ++i;
  }
  return out;
}

std::string kind_of(const nlohmann::json& j) {
  switch (j.type()) {
    case nlohmann::json::value_t::null: return "null";
    case nlohmann::json::value_t::boolean: return "a boolean";
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned: return "an integer";
    case nlohmann::json::value_t::number_float: return "a number";
    case nlohmann::json::value_t::string: return "a string";
    case nlohmann::json::value_t::array: return "an array";
    case nlohmann::json::value_t::object: return "an object";
    default: return "a value";
  }
}

// `date` receives the parsed value of a valid "date" field.
bool matches(const nlohmann::json& j, const std::string& kind, std::string& why, std::optional<vn::Date>& date) {
  if (kind == "string") return j.is_string() ? true : (why = "must be a string, not " + kind_of(j), false);
  if (kind == "text") {
    if (!j.is_string()) return why = "must be a string, not " + kind_of(j), false;
    // Empty once spaces are collapsed: nothing but spaces, tabs and line ends.
    const auto& s = j.get_ref<const std::string&>();
    if (s.find_first_not_of(" \t\n\r") == std::string::npos) return why = "must not be empty", false;
    return true;
  }
  if (kind == "integer") {
    if (j.is_number_integer()) return true;
    // JSON reads 1e2 and 100.0 as fractional numbers, even when whole.
    if (j.is_number_float()) {
      const double v = j.get<double>();
      if (std::isfinite(v) && v == std::floor(v) && std::fabs(v) < 1e15)
        return why = "must be a whole number written with digits only (" + std::to_string(static_cast<long long>(v)) +
                     "), not with a decimal point or an exponent (" + j.dump() + ")", false;
      return why = "must be a whole number, not a fractional number (" + j.dump() + ")", false;
    }
    return why = "must be a whole number, not " + kind_of(j), false;
  }
  if (kind == "number") return j.is_number() ? true : (why = "must be a number, not " + kind_of(j), false);
  if (kind == "boolean") return j.is_boolean() ? true : (why = "must be true or false, not " + kind_of(j), false);
  if (kind == "array") return j.is_array() ? true : (why = "must be an array, not " + kind_of(j), false);
  if (kind == "object") return j.is_object() ? true : (why = "must be an object, not " + kind_of(j), false);
  if (kind == "date") {
    if (!j.is_string()) return why = "must be a date string (YYYY-MM-DD), not " + kind_of(j), false;
    try {
      date = vn::parse_date(j.get<std::string>());
    } catch (const std::invalid_argument& e) {
      // parse_date says why: "invalid date \"31/02/2019\": February 2019 has 28 days".
      std::string reason = e.what();
      const size_t colon = reason.rfind("\": ");
      reason = colon == std::string::npos ? reason : reason.substr(colon + 3);
      return why = "is not a valid date (YYYY-MM-DD or DD/MM/YYYY): \"" + j.get<std::string>() + "\": " + reason, false;
    }
    return true;
  }
  why = "has an unknown kind \"" + kind + "\" in the template's field list";
  return false;
}

// Walks `steps` ("a", "b", "[*]") from `j`, reporting at `where`.
// `known` (optional): dates parsed before (derive::parse_dates), reused
// where a field holds the same text, so no date is parsed twice.
void check_path(const nlohmann::json& j, const std::vector<std::string>& steps, size_t i, const std::string& where,
                const std::string& kind, bool optional, Diagnostics& diag, DataDates* dates, const DataDates* known) {
  if (i == steps.size()) {
    if (j.is_null()) {
      if (!optional) diag.error(where, "is missing");
      return;
    }
    if (kind == "date" && known && j.is_string())
      if (const vn::Date* parsed = known->at(where, j.get_ref<const std::string&>())) {
        if (dates) dates->add(where, j.get<std::string>(), *parsed);
        return;
      }
    std::string why;
    std::optional<vn::Date> date;
    if (!matches(j, kind, why, date)) diag.error(where, why);
    else if (date && dates) dates->add(where, j.get<std::string>(), *date);
    return;
  }
  const std::string& step = steps[i];
  if (step == "[*]") {
    if (!j.is_array()) {
      if (!j.is_null()) diag.error(where, "must be an array, not " + kind_of(j));
      else if (!optional) diag.error(where, "is missing");
      return;
    }
    for (size_t k = 0; k < j.size(); ++k)
      check_path(j[k], steps, i + 1, where + "[" + std::to_string(k) + "]", kind, optional, diag, dates, known);
    return;
  }
  if (!j.is_object()) {
    if (!optional || !j.is_null()) diag.error(where + "." + step, j.is_null() ? "is missing" : "cannot be read: " + where + " is " + kind_of(j));
    return;
  }
  auto it = j.find(step);
  if (it == j.end()) {
    if (!optional) diag.error(where + "." + step, "is missing");
    return;
  }
  check_path(*it, steps, i + 1, where + "." + step, kind, optional, diag, dates, known);
}



}  // namespace

std::vector<std::string> split_path(const std::string& path) {
  std::vector<std::string> steps;
  std::string cur;
  size_t i = path.rfind("$", 0) == 0 ? 1 : 0;
  for (; i < path.size(); ++i) {
    const char c = path[i];
    if (c == '.') {
      if (!cur.empty()) steps.push_back(cur);
      cur.clear();
    } else if (c == '[') {
      if (!cur.empty()) steps.push_back(cur);
      cur.clear();
      const size_t close = path.find(']', i);
      steps.push_back(path.substr(i, close - i + 1));
      i = close;
    } else {
      cur += c;
    }
  }
  if (!cur.empty()) steps.push_back(cur);
  return steps;
}

nlohmann::json parse_data(std::string_view text, const std::string& name, Diagnostics& diag, const DataLimits& limits) {
  if (text.size() > limits.max_bytes) {
    diag.error(name, "the data file is larger than " + std::to_string(limits.max_bytes >> 20) + " MiB");
    return nullptr;
  }
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);  // a BOM from Windows editors
  if (auto why = not_utf8(text)) {
    diag.error(name, *why);
    return nullptr;
  }
  // The nesting and the text limits are checked by a linear pre-scan
  // (template/field_limits.cpp): nlohmann's parser callback made the parse
  // quadratic in the number of objects, a refused file never reaches the
  // parser's stack, and a 16 MB string is refused without being parsed
  // (issue 16).
  Diagnostics limits_diag;
  if (auto deep = scan_data_text(text, limits.max_depth, limits_diag)) {
    auto [line, col] = line_col(text, *deep);
    diag.error(name + ":" + std::to_string(line) + ":" + std::to_string(col),
               "the data nests deeper than " + std::to_string(limits.max_depth) + " levels");
    return nullptr;
  }
  if (limits_diag.has_errors()) {
    // The paths are those of this file ("$.danh_sach[3].ho_ten"); the
    // file's name leads the first message.
    diag.error(name, "the data holds texts beyond the limits:");
    diag.append(limits_diag);
    return nullptr;
  }
  try {
    nlohmann::json j = nlohmann::json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/true);
    normalise_strings(j);
    return j;
  } catch (const nlohmann::json::parse_error& e) {
    auto [line, col] = line_col(text, e.byte > 0 ? e.byte - 1 : 0);
    std::string msg = e.what();
    // nlohmann's text: "[json.exception.parse_error.101] parse error at line 3, column 5: syntax error while parsing …"
    const size_t colon = msg.find(": ", msg.find("parse error"));
    if (colon != std::string::npos) msg = msg.substr(colon + 2);
    msg = printable(msg);
    diag.error(name + ":" + std::to_string(line) + ":" + std::to_string(col), "invalid JSON: " + msg);
    return nullptr;
  } catch (const nlohmann::json::out_of_range& e) {
    // A number beyond a double ("1e400"): nlohmann says "number overflow
    // parsing '1e400'" without a position; find the token in the text.
    const std::string msg = e.what();
    const size_t q = msg.find('\'');
    const std::string token = q == std::string::npos ? std::string() : msg.substr(q + 1, msg.rfind('\'') - q - 1);
    const size_t at = token.empty() ? std::string_view::npos : text.find(token);
    std::string where = name;
    if (at != std::string_view::npos) {
      auto [line, col] = line_col(text, at);
      where += ":" + std::to_string(line) + ":" + std::to_string(col);
    }
    diag.error(where, "invalid JSON: the number " + token + " is too large");
    return nullptr;
  }
}

void normalise_strings(nlohmann::json& j) {
  if (j.is_string()) {
    auto& s = j.get_ref<std::string&>();
    s = text::nfc(s);
  } else if (j.is_array()) {
    for (auto& e : j) normalise_strings(e);
  } else if (j.is_object()) {
    bool keys_nfc = true;
    for (auto it = j.begin(); it != j.end(); ++it) keys_nfc = keys_nfc && text::nfc(it.key()) == it.key();
    if (!keys_nfc) {
      nlohmann::json out = nlohmann::json::object();
      for (auto it = j.begin(); it != j.end(); ++it) out[text::nfc(it.key())] = std::move(it.value());
      j = std::move(out);
    }
    for (auto& [k, v] : j.items()) normalise_strings(v);
  }
}

void check_fields(const nlohmann::json& data, const std::vector<FieldRule>& rules, Diagnostics& diag, DataDates* dates,
                  const DataDates* known) {
  for (const auto& r : rules) {
    std::string kind = r.kind;
    const bool optional = !kind.empty() && kind.back() == '?';
    if (optional) kind.pop_back();
    check_path(data, split_path(r.path), 0, "$", kind, optional, diag, dates, known);
  }
}

void add_derived_values(nlohmann::json& data, const std::string& type_key) {
  if (!data.is_object()) return;
  data["vt"] = header_record(data, type_key).to_vt();
}

void add_derived_values(nlohmann::json& data, const std::string& type_key, const DataDates& dates) {
  if (!data.is_object()) return;
  data["vt"] = header_record(data, type_key, dates).to_vt();
}

}  // namespace vanthu::tmpl
