// Award amounts, ordering, numbering and totals of commendation decisions,
// computed before Mustache (see awards.h and docs/khen-thuong.md).
#include "derive/awards.h"

#include <map>
#include <optional>
#include <stdexcept>
#include <vector>

#include "core/unicode.h"
#include "vn/awards.h"
#include "vn/base_salary.h"
#include "vn/format.h"
#include "vn/names.h"

namespace vanthu::derive {

namespace {

using nlohmann::json;

// The options under $.khen_thuong, resolved.
struct Options {
  std::optional<vn::AwardCatalog> catalog;
  std::optional<vn::BaseSalaryTable> salaries;
  vn::AwardRounding rounding = vn::AwardRounding::UpToTenThousand;
  vn::NameOrder order = vn::NameOrder::ByGivenName;
  std::string default_person_key, default_collective_key;
};

std::string str(const json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? text::collapse_spaces(it->get<std::string>()) : std::string();
}

// Counts as administrative texts write them: "02 tập thể", "12 cá nhân".
std::string count_text(size_t n) { return (n < 10 ? "0" : "") + std::to_string(n); }

// A whole number of đồng: 1390000, or "1.390.000" as people type it.
std::optional<int64_t> money_value(const json& j) {
  if (j.is_number_integer()) return j.get<int64_t>();
  if (j.is_number_unsigned()) {
    const auto v = j.get<uint64_t>();
    return v > static_cast<uint64_t>(INT64_MAX) ? std::nullopt : std::optional<int64_t>(static_cast<int64_t>(v));
  }
  if (j.is_number_float()) {
    const double v = j.get<double>();
    // Range first: casting a double outside int64_t is undefined.
    if (!(v > -1e15 && v < 1e15) || v != static_cast<double>(static_cast<int64_t>(v))) return std::nullopt;
    return static_cast<int64_t>(v);
  }
  if (!j.is_string()) return std::nullopt;
  std::string digits;
  for (char c : text::collapse_spaces(j.get<std::string>())) {
    if (c >= '0' && c <= '9') digits += c;
    else if (c != '.') return std::nullopt;
  }
  if (digits.empty() || digits.size() > 15) return std::nullopt;
  return std::stoll(digits);
}

// A coefficient: "0,3", "0.3" or the JSON number 0.3.
int64_t coefficient_value(const json& j) {
  if (j.is_string()) return vn::parse_coefficient(text::collapse_spaces(j.get<std::string>()));
  if (j.is_number_integer() || j.is_number_unsigned()) {
    if (j.is_number_integer() && j.get<int64_t>() < 0) throw std::invalid_argument("must not be negative");
    return vn::parse_coefficient(j.dump());
  }
  if (j.is_number_float()) return vn::parse_coefficient(j.dump());
  throw std::invalid_argument("must be a number such as 0,3 or \"1,5\"");
}

std::optional<vn::BaseSalaryTable> salary_table(const json& j, const std::string& where, Diagnostics& diag) {
  // One amount: it applies on every date.
  if (!j.is_array()) {
    auto v = money_value(j);
    if (!v || *v <= 0) {
      diag.error(where, "must be the mức lương cơ sở in đồng (1390000 or \"1.390.000\") or a list of "
                        "{\"tu_ngay\": \"YYYY-MM-DD\", \"muc\": …}");
      return std::nullopt;
    }
    return vn::BaseSalaryTable({{{1, 1, 1}, *v, "dữ liệu"}});
  }
  std::vector<vn::BaseSalaryPeriod> periods;
  bool ok = true;
  for (size_t i = 0; i < j.size(); ++i) {
    const std::string at = where + "[" + std::to_string(i) + "]";
    const json& p = j[i];
    if (!p.is_object()) {
      diag.error(at, "must be an object {\"tu_ngay\": \"YYYY-MM-DD\", \"muc\": 1390000}");
      ok = false;
      continue;
    }
    vn::BaseSalaryPeriod period;
    const auto from = p.find("tu_ngay");
    std::optional<vn::Date> d;
    if (from != p.end() && from->is_string()) d = vn::Date::parse(from->get<std::string>());
    if (!d) {
      diag.error(at + ".tu_ngay", from == p.end() ? "is missing" : "must be a date (YYYY-MM-DD or DD/MM/YYYY)");
      ok = false;
    } else {
      period.from = *d;
    }
    const auto amount = p.find("muc");
    std::optional<int64_t> v;
    if (amount != p.end()) v = money_value(*amount);
    if (!v || *v <= 0) {
      diag.error(at + ".muc", amount == p.end() ? "is missing"
                                                : "must be a positive whole number of đồng (1390000 or \"1.390.000\"), not " +
                                                      amount->dump());
      ok = false;
    } else {
      period.amount = *v;
    }
    period.source = str(p, "nguon").empty() ? "dữ liệu" : str(p, "nguon");
    periods.push_back(period);
  }
  if (periods.empty() && ok) {
    diag.error(where, "the list of base-salary periods is empty");
    return std::nullopt;
  }
  if (!ok) return std::nullopt;
  try {
    return vn::BaseSalaryTable(std::move(periods));
  } catch (const std::invalid_argument& e) {
    diag.error(where, e.what());
    return std::nullopt;
  }
}

Options read_options(const json& data, Diagnostics& diag) {
  Options o;
  const auto it = data.find("khen_thuong");
  const json none = json::object();
  const json& kt = it == data.end() || it->is_null() ? none : *it;
  const std::string base = "$.khen_thuong";
  if (!kt.is_object()) {
    diag.error(base, "must be an object of options");
    return o;
  }
  vn::AwardCatalog catalog = vn::AwardCatalog::standard();
  if (auto h = kt.find("he_so"); h != kt.end()) {
    if (!h->is_object()) {
      diag.error(base + ".he_so", "must be an object {\"<award key>\": coefficient}");
    } else {
      for (auto& [key, value] : h->items()) {
        const std::string where = base + ".he_so." + key;
        try {
          const int64_t c = coefficient_value(value);
          catalog = catalog.with_coefficient(key, c);
        } catch (const std::invalid_argument& e) {
          diag.error(where, e.what());
        }
      }
    }
  }
  o.catalog = std::move(catalog);
  if (auto l = kt.find("luong_co_so"); l != kt.end()) o.salaries = salary_table(*l, base + ".luong_co_so", diag);
  else o.salaries = vn::BaseSalaryTable::standard();

  const std::string rounding = str(kt, "lam_tron");
  if (rounding == "gan-nhat") o.rounding = vn::AwardRounding::NearestTenThousand;
  else if (!rounding.empty() && rounding != "len")
    diag.error(base + ".lam_tron", "must be \"len\" (round up to 10.000 đồng, the default) or \"gan-nhat\" (to the nearest), not \"" +
                                       rounding + "\"");
  const std::string order = str(kt, "sap_xep");
  if (order == "ho-ten") o.order = vn::NameOrder::ByFullName;
  else if (order == "nhu-nhap") o.order = vn::NameOrder::AsGiven;
  else if (!order.empty() && order != "ten")
    diag.error(base + ".sap_xep", "must be \"ten\" (by given name, the default), \"ho-ten\" (by full name) or \"nhu-nhap\" (as given), not \"" +
                                      order + "\"");
  o.default_person_key = str(kt, "hinh_thuc_ca_nhan");
  o.default_collective_key = str(kt, "hinh_thuc_tap_the");
  return o;
}

// One computed award.
struct Award {
  const vn::AwardType* type = nullptr;
  int64_t amount = 0;
};

// The award phrase of Điều 1: "tặng Giấy khen" / "công nhận danh hiệu “Lao động tiên tiến”".
std::string award_phrase(const vn::AwardType& t) {
  return t.kind == vn::AwardKind::Form ? "tặng " + t.name : "công nhận danh hiệu “" + t.name + "”";
}

std::optional<Award> compute(const json& entry, const std::string& where, bool collective, const std::string& fallback_key,
                             const Options& o, const vn::Date& date, Diagnostics& diag) {
  std::string key = str(entry, "hinh_thuc");
  const std::string key_where = where + ".hinh_thuc";
  if (auto it = entry.find("hinh_thuc"); it != entry.end() && !it->is_string()) {
    diag.error(key_where, "must be the key of an award type (\"giay-khen\"), not " + it->dump());
    return std::nullopt;
  }
  if (key.empty()) key = fallback_key;
  if (key.empty()) {
    diag.error(key_where, std::string("is missing (or give a default in $.khen_thuong.") +
                              (collective ? "hinh_thuc_tap_the" : "hinh_thuc_ca_nhan") + ")");
    return std::nullopt;
  }
  Award a;
  a.type = o.catalog->find(key);
  if (!a.type) {
    try {
      o.catalog->at(key);
    } catch (const std::invalid_argument& e) {
      diag.error(key_where, e.what());
    }
    return std::nullopt;
  }
  if (a.type->collective != collective) {
    diag.error(key_where, "\"" + key + "\" is an award for " + (a.type->collective ? "a collective (tập thể)" : "a person (cá nhân)") +
                              ", but this entry is " + (collective ? "a collective" : "a person"));
    return std::nullopt;
  }
  try {
    a.amount = vn::award_amount(*a.type, date, *o.salaries, o.rounding);
  } catch (const std::exception& e) {
    diag.error(key_where, e.what());
    return std::nullopt;
  }
  return a;
}

std::string join_position(const json& entry) {
  const std::string pos = str(entry, "chuc_vu"), unit = str(entry, "don_vi");
  if (pos.empty()) return unit;
  if (unit.empty()) return pos;
  return pos + ", " + unit;
}

// The fields every computed row carries; `entry` holds chuc_vu and don_vi.
void fill_row(json& row, const json& entry, const Award& a) {
  row["danh_hieu"] = a.type->name;
  row["he_so"] = vn::format_coefficient(a.type->coefficient_hundredths);
  row["so_tien"] = vn::format_integer(a.amount);
  row["so_tien_chu"] = vn::money_in_words(a.amount);
  row["khen"] = award_phrase(*a.type);
  row["chuc_vu_don_vi"] = join_position(entry);
}

// The base salary and rounding the amounts used, for the căn cứ or Điều 2.
void fill_common(json& kt, const Options& o, const vn::Date& date) {
  const vn::BaseSalaryPeriod& p = o.salaries->period_on(date);
  kt["luong_co_so"] = vn::format_integer(p.amount);
  kt["luong_co_so_nguon"] = p.source;
  kt["luong_co_so_tu_ngay"] = vn::date_short(p.from);
  kt["lam_tron"] = o.rounding == vn::AwardRounding::UpToTenThousand ? "làm tròn lên hàng chục nghìn đồng"
                                                                     : "làm tròn đến hàng chục nghìn đồng gần nhất";
}

// $.ngay, typed: as the field checks parsed it; parsed here only when the
// template does not declare it as a date.
std::optional<vn::Date> decision_date(const json& data, const tmpl::DataDates& dates, Diagnostics& diag) {
  const auto it = data.find("ngay");
  if (it == data.end() || it->is_null()) {
    diag.error("$.ngay", "is missing: the award amounts depend on the decision date (the mức lương cơ sở in force that day)");
    return std::nullopt;
  }
  std::optional<vn::Date> d;
  if (const vn::Date* checked = dates.at("$.ngay")) d = *checked;
  else if (it->is_string()) d = vn::Date::parse(it->get<std::string>());
  if (!d) diag.error("$.ngay", "must be the decision date (YYYY-MM-DD or DD/MM/YYYY), not " + it->dump());
  return d;
}

// A list of awardees ($.tap_the or $.ca_nhan): computed rows in print order.
struct ListResult {
  json rows = json::array();
  std::vector<Award> awards;  // in print order
  int64_t total = 0;
  bool ok = true;
};

// With `move`, each input row is moved into its computed row (not copied).
ListResult compute_list(json& data, const char* field, bool collective, const Options& o, const vn::Date& date,
                        Diagnostics& diag, bool move) {
  ListResult r;
  const std::string where = std::string("$.") + field;
  const auto it = data.find(field);
  if (it == data.end() || it->is_null()) return r;
  if (!it->is_array()) {
    diag.error(where, "must be an array of awardees");
    r.ok = false;
    return r;
  }
  const char* name_key = collective ? "ten" : "ho_ten";
  std::vector<std::string> names;
  std::vector<Award> awards;
  for (size_t i = 0; i < it->size(); ++i) {
    const json& e = (*it)[i];
    const std::string at = where + "[" + std::to_string(i) + "]";
    if (!e.is_object()) {
      diag.error(at, std::string("must be an object with \"") + name_key + "\" and \"hinh_thuc\"");
      r.ok = false;
      continue;
    }
    const std::string name = str(e, name_key);
    if (name.empty()) {
      diag.error(at + "." + name_key, e.contains(name_key) ? "must be a non-empty string" : "is missing");
      r.ok = false;
    }
    auto a = compute(e, at, collective, collective ? o.default_collective_key : o.default_person_key, o, date, diag);
    if (!a) r.ok = false;
    names.push_back(name);
    awards.push_back(a.value_or(Award{}));
  }
  if (!r.ok) return r;
  // People are listed by given name (Vietnamese collation); collectives as given.
  const std::vector<size_t> order = vn::name_order(names, collective ? vn::NameOrder::AsGiven : o.order);
  for (size_t k = 0; k < order.size(); ++k) {
    const size_t i = order[k];
    json row = move ? std::move((*it)[i]) : (*it)[i];
    row[name_key] = names[i];
    fill_row(row, row, awards[i]);
    row["stt"] = std::to_string(k + 1);
    r.rows.push_back(std::move(row));
    r.awards.push_back(awards[i]);
    r.total += awards[i].amount;
  }
  return r;
}

// Distinct (award, amount) groups, for "mỗi cá nhân được thưởng …" in Điều 2.
json amount_groups(const ListResult& collectives, const ListResult& people) {
  json groups = json::array();
  std::map<std::pair<const vn::AwardType*, int64_t>, size_t> index;
  std::vector<size_t> counts;
  auto add = [&](const ListResult& list, const char* who) {
    for (const Award& a : list.awards) {
      auto [it, fresh] = index.try_emplace({a.type, a.amount}, groups.size());
      if (fresh) {
        json g;
        g["danh_hieu"] = a.type->name;
        g["khen"] = award_phrase(*a.type);
        g["doi_tuong"] = who;
        g["he_so"] = vn::format_coefficient(a.type->coefficient_hundredths);
        g["so_tien"] = vn::format_integer(a.amount);
        g["so_tien_chu"] = vn::money_in_words(a.amount);
        groups.push_back(std::move(g));
        counts.push_back(0);
      }
      ++counts[it->second];
    }
  };
  add(collectives, "tập thể");
  add(people, "cá nhân");
  for (size_t i = 0; i < groups.size(); ++i) {
    groups[i]["so_luong"] = count_text(counts[i]);
    groups[i]["cuoi"] = i + 1 == groups.size();
  }
  return groups;
}

// The award phrase shared by every awardee ("tặng Giấy khen": the
// individual and the collective Giấy khen print alike), or "khen thưởng".
std::string common_phrase(const ListResult& a, const ListResult& b) {
  std::string phrase;
  for (const ListResult* l : {&a, &b})
    for (const Award& aw : l->awards) {
      const std::string p = award_phrase(*aw.type);
      if (phrase.empty()) phrase = p;
      else if (phrase != p) return "khen thưởng";
    }
  return phrase.empty() ? "khen thưởng" : phrase;
}

void derive_decision(json& data, const Options& o, const vn::Date& date, Diagnostics& diag, const AwardsLists& lists) {
  ListResult collectives = compute_list(data, "tap_the", true, o, date, diag, lists.move_tap_the);
  ListResult people = compute_list(data, "ca_nhan", false, o, date, diag, lists.move_ca_nhan);
  if (!collectives.ok || !people.ok) return;
  if (collectives.rows.empty() && people.rows.empty()) {
    diag.error("$.ca_nhan", "there is nobody to commend: $.tap_the and $.ca_nhan are both missing or empty");
    return;
  }
  json kt = json::object();
  fill_common(kt, o, date);
  const size_t nc = collectives.rows.size(), np = people.rows.size();
  kt["co_tap_the"] = nc > 0;
  kt["co_ca_nhan"] = np > 0;
  kt["so_tap_the"] = count_text(nc);
  kt["so_ca_nhan"] = count_text(np);
  std::string who;
  if (nc > 0) who = count_text(nc) + " tập thể";
  if (np > 0) who += (who.empty() ? "" : " và ") + count_text(np) + " cá nhân";
  kt["doi_tuong"] = who;
  kt["doi_tuong_chung"] = nc > 0 && np > 0 ? "Tập thể, cá nhân" : nc > 0 ? "Tập thể" : "Cá nhân";
  // Group numbers of the attached list: I. Tập thể, II. Cá nhân.
  kt["nhom_tap_the"] = "I";
  kt["nhom_ca_nhan"] = nc > 0 ? "II" : "I";
  kt["tong_tap_the"] = vn::format_integer(collectives.total);
  kt["tong_ca_nhan"] = vn::format_integer(people.total);
  const int64_t total = collectives.total + people.total;
  kt["tong"] = vn::format_integer(total);
  kt["tong_chu"] = vn::money_in_words(total);
  kt["muc"] = amount_groups(collectives, people);
  const std::string phrase = common_phrase(collectives, people);
  kt["khen"] = phrase;
  kt["khen_hoa"] = text::capitalize_first(phrase);
  kt["tap_the"] = std::move(collectives.rows);
  kt["ca_nhan"] = std::move(people.rows);
  data["kt"] = std::move(kt);
}

void derive_person(json& data, const Options& o, const vn::Date& date, Diagnostics& diag) {
  const std::string name = str(data, "ho_ten");
  bool ok = true;
  if (name.empty()) {
    diag.error("$.ho_ten", data.contains("ho_ten") ? "must be a non-empty string" : "is missing");
    ok = false;
  }
  auto a = compute(data, "$", false, o.default_person_key, o, date, diag);
  if (!a || !ok) return;
  json kt = json::object();
  fill_common(kt, o, date);
  fill_row(kt, data, *a);
  kt["ho_ten"] = name;
  // "ông Nguyễn Văn A" inside a sentence, "Ông Nguyễn Văn A" at its start.
  const std::string title = str(data, "danh_xung");
  const std::string person = title.empty() ? name : text::lower(title) + " " + name;
  kt["nguoi"] = person;
  kt["nguoi_hoa"] = text::capitalize_first(person);
  // In running text the position reads "Chuyên viên Văn phòng Sở" (no comma).
  std::string position = str(data, "chuc_vu");
  const std::string unit = str(data, "don_vi");
  if (!unit.empty()) position += (position.empty() ? "" : " ") + unit;
  kt["nguoi_chuc_vu"] = position.empty() ? person : person + ", " + position;
  kt["khen_hoa"] = text::capitalize_first(kt["khen"].get<std::string>());
  kt["tong"] = kt["so_tien"];
  kt["tong_chu"] = kt["so_tien_chu"];
  data["kt"] = std::move(kt);
}

}  // namespace

bool awards_mode_from_name(const std::string& name, AwardsMode& mode) {
  if (name == "khen-thuong") mode = AwardsMode::Decision;
  else if (name == "khen-thuong-ca-nhan") mode = AwardsMode::Person;
  else return false;
  return true;
}

void derive_awards(json& data, AwardsMode mode, const tmpl::DataDates& dates, Diagnostics& diag,
                   const AwardsLists& lists) {
  if (!data.is_object()) return;
  Diagnostics local;
  const Options o = read_options(data, local);
  const std::optional<vn::Date> date = decision_date(data, dates, local);
  // A bad option still leaves a usable catalogue (the standard coefficient
  // stays), so the awardees are checked too and every problem is reported.
  if (!date || !o.catalog || !o.salaries) {
    diag.append(local);
    return;
  }
  try {
    o.salaries->period_on(*date);
  } catch (const std::exception& e) {
    local.error("$.ngay", e.what());
    diag.append(local);
    return;
  }
  const bool options_ok = !local.has_errors();
  try {
    if (mode == AwardsMode::Decision) derive_decision(data, o, *date, local, lists);
    else derive_person(data, o, *date, local);
  } catch (const std::out_of_range&) {
    // vn::money_in_words stops at 10^15 ("một triệu tỷ"): an amount or the
    // total beyond it comes from an absurd base salary or coefficient.
    local.error("$.khen_thuong", "the award amounts exceed 1.000.000.000.000.000 đồng, the largest amount that can be "
                                 "written in words; check the base salary (luong_co_so) and the coefficients (he_so)");
    data.erase("kt");
  }
  if (!options_ok) data.erase("kt");
  diag.append(local);
}

}  // namespace vanthu::derive
