// The typed header record: the values of a document's header computed once
// from the data (the number, the ký hiệu, the date, the organ names in
// capitals), before Mustache runs. The derive stage offers it to templates as
// data["vt"]; the register records its ký hiệu, batch naming reads it; the
// ký hiệu comes from the same rule the realiser prints (vn/document_symbol.h).
#pragma once

#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "template/data_dates.h"
#include "vn/format.h"
#include "vn/doc_types.h"

namespace vanthu::tmpl {

struct HeaderRecord {
  const vn::DocType* type = nullptr;  // the template's document type (nullptr if unknown)
  std::optional<long long> number;    // $.so, when a positive integer
  std::string symbol;                 // ký hiệu: "KH-UBND", "UBND-KGVX"
  std::optional<vn::Date> date;       // $.ngay as the derive stage parsed it
  std::string place;                  // $.dia_danh
  std::string organ_upper;            // $.co_quan.ten in capitals
  std::string parent_organ_upper;     // $.co_quan_chu_quan in capitals

  // "05/KH-UBND"; five spaces before the slash without a number (a reference
  // inside a sentence, filled in by hand).
  std::string number_and_symbol() const;
  // The values templates read as {{vt.…}}.
  nlohmann::json to_vt() const;
};

// Reads the standard header fields (so, co_quan, co_quan_chu_quan, dia_danh,
// ngay, luu) of `data`; `type_key` is the template's document type. The date
// is taken from `dates` ($.ngay as check_fields parsed it), never parsed here.
HeaderRecord header_record(const nlohmann::json& data, const std::string& type_key, const DataDates& dates);
// The same for data whose fields were not checked: parses $.ngay itself.
HeaderRecord header_record(const nlohmann::json& data, const std::string& type_key);

}  // namespace vanthu::tmpl
