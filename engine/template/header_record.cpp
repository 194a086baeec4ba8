#include "template/header_record.h"

#include "core/unicode.h"
#include "vn/document_symbol.h"

namespace vanthu::tmpl {

namespace {

std::string string_at(const nlohmann::json& j, const char* key) {
  if (!j.is_object()) return {};
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

}  // namespace

HeaderRecord header_record(const nlohmann::json& data, const std::string& type_key, const DataDates& dates) {
  HeaderRecord h;
  h.type = vn::find_doc_type(type_key);
  if (!data.is_object()) return h;
  if (auto it = data.find("so"); it != data.end() && it->is_number_integer() && it->get<long long>() > 0)
    h.number = it->get<long long>();
  const auto organ = data.find("co_quan");
  const nlohmann::json none = nlohmann::json::object();
  const nlohmann::json& o = organ != data.end() ? *organ : none;
  // The unit of a công văn's ký hiệu is the drafting unit on its Lưu line,
  // as the realiser prints it (PL1 §II.3.b).
  h.symbol = vn::document_symbol(h.type, string_at(o, "viet_tat"), vn::drafting_unit(string_at(data, "luu")));
  if (const vn::Date* d = dates.at("$.ngay")) h.date = *d;
  h.place = string_at(data, "dia_danh");
  h.organ_upper = text::upper(string_at(o, "ten"));
  h.parent_organ_upper = text::upper(string_at(data, "co_quan_chu_quan"));
  return h;
}

HeaderRecord header_record(const nlohmann::json& data, const std::string& type_key) {
  DataDates dates;
  if (data.is_object())
    if (auto it = data.find("ngay"); it != data.end() && it->is_string())
      if (auto d = vn::Date::parse(it->get<std::string>())) dates.add("$.ngay", it->get<std::string>(), *d);
  return header_record(data, type_key, dates);
}

std::string HeaderRecord::number_and_symbol() const { return vn::number_and_symbol(number, symbol, 5); }

nlohmann::json HeaderRecord::to_vt() const {
  nlohmann::json vt = nlohmann::json::object();
  vt["so"] = number ? vn::document_number(*number) : std::string();
  vt["ky_hieu"] = symbol;
  vt["so_ky_hieu"] = number_and_symbol();
  if (type) vt["ten_loai"] = type->name;
  if (date) {
    vt["ngay"] = vn::date_long(*date);
    vt["ngay_ngan"] = vn::date_short(*date);
    vt["nam"] = std::to_string(date->year);
    if (!place.empty()) vt["dia_danh_ngay"] = vn::place_and_date(place, *date);
  }
  vt["co_quan_in_hoa"] = organ_upper;
  vt["co_quan_chu_quan_in_hoa"] = parent_organ_upper;
  return vt;
}

}  // namespace vanthu::tmpl
