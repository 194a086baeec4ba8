// The register as CSV, and the import of numbers used before the register
// existed (an organ that starts mid-year, or a register kept in a
// spreadsheet). Export and import use the same columns (docs/register.md).
#include <algorithm>
#include <map>
#include <set>

#include <nlohmann/json.hpp>

#include "core/unicode.h"
#include "register/clock.h"
#include "register/csv.h"
#include "register/impl.h"
#include "vn/doc_types.h"
#include "vn/format.h"

namespace vanthu::reg {

namespace {

// The CSV columns: Phụ lục IV's ten first, then what the engine records.
const std::vector<std::string> kColumns = {
    "so_ky_hieu", "ngay", "ten_loai", "trich_yeu", "nguoi_ky", "noi_nhan", "don_vi_luu", "so_luong_ban", "ngay_chuyen",
    "ky_nhan", "ghi_chu", "so", "nam", "co_quan", "so_dang_ky", "loai", "trang_thai", "ly_do_huy", "id",
    "nguoi_cap_so", "thoi_diem"};

}  // namespace

std::string export_csv(const std::vector<Row>& rows) {
  std::string out;
  for (size_t k = 0; k < kColumns.size(); ++k) out += (k ? "," : "") + kColumns[k];
  out += "\r\n";
  for (const auto& r : rows) {
    const std::vector<std::string> v = {
        r.symbol, r.date, r.type_name, r.summary, r.signer, r.recipients, r.archive,
        r.copies ? std::to_string(r.copies) : "", r.delivered_on, r.received_by, r.note, std::to_string(r.number),
        std::to_string(r.year), r.organ, r.series, r.type, status_name(r.status), r.void_reason, std::to_string(r.id),
        r.issued_by, r.issued_at};
    for (size_t k = 0; k < v.size(); ++k) out += (k ? "," : "") + csv::field(v[k]);
    out += "\r\n";
  }
  return out;
}

std::optional<size_t> Register::import_csv(const std::string& text, const std::string& file_name,
                                           const ImportOptions& options, Diagnostics& diag) {
  if (!text::is_valid_utf8(text)) {
    diag.error(file_name, "is not UTF-8 text");
    return std::nullopt;
  }
  const auto records = csv::parse(text, file_name, diag);
  if (diag.has_errors()) return std::nullopt;
  if (records.empty()) {
    diag.error(file_name, "is empty (a header line is expected)");
    return std::nullopt;
  }
  std::map<std::string, size_t> col;
  const auto& header = records[0];
  for (size_t k = 0; k < header.fields.size(); ++k) {
    const std::string name = text::collapse_spaces(header.fields[k]);
    if (std::find(kColumns.begin(), kColumns.end(), name) == kColumns.end())
      diag.warning(file_name + ":1:" + std::to_string(header.columns[k]), "unknown column \"" + name + "\" is ignored");
    col[name] = k;
  }
  if (!col.count("so_ky_hieu") || !col.count("ngay")) {
    diag.error(file_name + ":1:1", "the header needs at least the columns so_ky_hieu and ngay");
    return std::nullopt;
  }
  const std::string by = options.issued_by.empty() ? current_user() : options.issued_by;
  const long long now = now_utc();
  auto& c = *impl_->db;
  db::Transaction tx(c, true);
  const auto all_series = load_series(c);
  std::vector<Row> rows;
  for (size_t n = 1; n < records.size(); ++n) {
    const auto& rec = records[n];
    auto get = [&](const char* name) -> std::string {
      auto it = col.find(name);
      return it != col.end() && it->second < rec.fields.size() ? text::nfc(rec.fields[it->second]) : std::string();
    };
    auto where = [&](const char* name) {
      auto it = col.find(name);
      const int column = it != col.end() && it->second < rec.columns.size() ? rec.columns[it->second] : 1;
      return file_name + ":" + std::to_string(rec.line) + ":" + std::to_string(column);
    };
    Row r;
    r.status = Status::Imported;
    r.symbol = text::collapse_spaces(get("so_ky_hieu"));
    // "293/KH-STTTT": the number before "/", the type's abbreviation after it.
    const size_t slash = r.symbol.find('/');
    const std::string num = get("so").empty() ? r.symbol.substr(0, slash) : get("so");
    try {
      size_t used = 0;
      r.number = std::stoll(num, &used);
      if (used != num.size() || r.number < 1) throw 0;
    } catch (...) {
      diag.error(where(get("so").empty() ? "so_ky_hieu" : "so"), "\"" + num + "\" is not a document number");
      continue;
    }
    auto d = vn::Date::parse(text::collapse_spaces(get("ngay")));
    if (!d) {
      diag.error(where("ngay"), "\"" + get("ngay") + "\" is not a date (2026-03-27 or 27/3/2026)");
      continue;
    }
    r.date = vn::date_iso(*d);
    r.year = d->year;
    r.organ = get("co_quan").empty() ? options.organ : get("co_quan");
    if (r.organ.empty() && slash != std::string::npos) {
      const std::string sym = r.symbol.substr(slash + 1);
      const size_t dash = sym.rfind('-');
      r.organ = dash == std::string::npos ? sym : sym.substr(dash + 1);
    }
    if (r.organ.empty()) {
      diag.error(where("so_ky_hieu"), "no organ: add a co_quan column or --organ");
      continue;
    }
    std::string type = get("loai");
    if (type.empty() && slash != std::string::npos) type = r.symbol.substr(slash + 1, r.symbol.find('-', slash) - slash - 1);
    const vn::DocType* t = vn::find_doc_type(type);
    r.type = t ? t->key : "cong-van";
    r.type_name = get("ten_loai").empty() ? type_display_name(r.type) : get("ten_loai");
    const std::string wanted = !get("so_dang_ky").empty() ? get("so_dang_ky") : options.series;
    auto s = choose_series(all_series, wanted, r.organ, r.type, where("so_dang_ky"), diag);
    if (!s) continue;
    r.series = s->code;
    r.summary = get("trich_yeu");
    r.signer = get("nguoi_ky");
    r.recipients = get("noi_nhan");
    r.archive = get("don_vi_luu");
    r.copies = std::atoi(get("so_luong_ban").c_str());
    r.delivered_on = get("ngay_chuyen");
    r.received_by = get("ky_nhan");
    r.note = get("ghi_chu");
    r.issued_by = by;
    r.issued_at = utc_timestamp(now);
    rows.push_back(std::move(r));
  }
  if (diag.has_errors()) return std::nullopt;  // all or nothing
  // The counters continue after the highest number imported.
  std::map<std::tuple<std::string, std::string, int>, long long> highest;
  for (const auto& r : rows) {
    insert_row(c, r);
    auto& h = highest[{r.series, r.organ, r.year}];
    h = std::max(h, r.number);
  }
  for (const auto& [key, h] : highest) {
    const long long next = lock_counter(c, std::get<0>(key), std::get<1>(key), std::get<2>(key));
    if (h + 1 > next) set_counter(c, std::get<0>(key), std::get<1>(key), std::get<2>(key), h + 1);
  }
  add_event(c, std::nullopt, "import", by, file_name + ": " + std::to_string(rows.size()) + " rows");
  tx.commit();
  return rows.size();
}

}  // namespace vanthu::reg
