// Loading the user's JSON data: parse errors with line:column, limits on
// size and depth, NFC normalisation of every string, the checks a template
// declares ("$.nguoi_ky.ho_ten is missing"), and the derived values the
// engine computes before Mustache runs (the `vt` object).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/status.h"
#include "template/data_dates.h"

namespace vanthu::tmpl {

struct DataLimits {
  size_t max_bytes = 256u << 20;  // 256 MiB
  int max_depth = 64;
};

// Parses `text` (named `name` in diagnostics). On error adds "name:line:col: …"
// and returns a null json.
nlohmann::json parse_data(std::string_view text, const std::string& name, Diagnostics& diag,
                          const DataLimits& limits = {});

// Reads the data file at `path` ("-" = standard input) with the size limit
// checked while reading (template/data_file.cpp), then parse_data. On error
// adds a diagnostic naming the path or "<stdin>" and returns a null json.
nlohmann::json load_data_file(const std::string& path, Diagnostics& diag, const DataLimits& limits = {});

// Every string value and key normalised to NFC (TCVN 6909: precomposed).
void normalise_strings(nlohmann::json& j);

// One declared field: a JSON path ("$.nguoi_ky.ho_ten", "$.noi_dung[*].tieu_de")
// and the kind it must have: "string", "text" (a non-empty string),
// "integer", "number", "date", "array", "object", "boolean"; a trailing "?"
// makes it optional (checked only when present).
struct FieldRule {
  std::string path;
  std::string kind;
};

// "$.a.b[*].c" → {"a", "b", "[*]", "c"}.
std::vector<std::string> split_path(const std::string& path);

// Checks `data` against the rules; every violation is reported with its path.
// Every valid "date" field is parsed once and, with `dates`, kept there typed.
// A date `known` already holds for the same path and text is taken from there
// instead of being parsed (the batch parses the dates when naming files).
void check_fields(const nlohmann::json& data, const std::vector<FieldRule>& rules, Diagnostics& diag,
                  DataDates* dates = nullptr, const DataDates* known = nullptr);

// Limits on the standard fields and on every text (template/field_limits.cpp).
// Real organ names are under 150 characters and fit two header lines; the
// limits leave room and refuse, with the JSON path, what would only make the
// layout slow (issue 16).
struct FieldLimits {
  long long max_number = 999'999'999;   // $.so: the markup's <number> takes 9 digits
  size_t max_organ = 400;               // $.co_quan_chu_quan, $.co_quan.ten (characters)
  size_t max_abbreviation = 40;         // $.co_quan.viet_tat
  size_t max_place = 100;               // $.dia_danh
  size_t max_string_bytes = 64u << 10;  // any text: 64 KiB (one paragraph of about 20 pages)
  size_t max_word = 1000;               // characters without a space in any text
};

// Checks `data` against `limits`; every violation is reported with its path.
void check_standard_fields(const nlohmann::json& data, Diagnostics& diag, const FieldLimits& limits = {});
// The limits on every text alone (length, longest word). parse_data runs it
// on the whole file before normalising, so a 16 MB string is refused at
// once at its path in the file.
void check_text_limits(const nlohmann::json& data, Diagnostics& diag, const FieldLimits& limits = {});

// The nesting limit and the limits of check_text_limits, checked on the JSON
// text itself in one linear pass before it is parsed (issue 16: parsing a
// 16 MB string only to refuse it took over a second). Strings are measured
// as the parser will decode them. Text limits are reported at their JSON
// path, at most ten; returns the byte offset of the bracket that opens level
// `max_depth + 1` (the scan stops there), or nullopt. Malformed JSON is left
// to the parser: the scan never fails on it.
std::optional<size_t> scan_data_text(std::string_view text, int max_depth, Diagnostics& diag,
                                     const FieldLimits& limits = {});

// The derived values, added as data["vt"] (văn thư): the formatted number and
// ký hiệu, the date in the decree's form, upper-cased organ names. Reads the
// standard header fields (so, co_quan, co_quan_chu_quan, dia_danh, ngay).
// `type_key` is the template's document type. The date is $.ngay as
// check_fields parsed it (`dates`); the overload without `dates` parses
// $.ngay itself (the register and batch naming, which check no fields).
void add_derived_values(nlohmann::json& data, const std::string& type_key, const DataDates& dates);
void add_derived_values(nlohmann::json& data, const std::string& type_key);

}  // namespace vanthu::tmpl
