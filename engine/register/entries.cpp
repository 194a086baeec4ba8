// Reading and writing register rows, series and counters.
#include <glib.h>
#include <pwd.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>

#include <nlohmann/json.hpp>

#include "core/unicode.h"
#include "register/clock.h"
#include "register/impl.h"
#include "vn/doc_types.h"

namespace vanthu::reg {

namespace {

std::string cell(const db::Cell& c) { return c ? *c : std::string(); }
long long cell_int(const db::Cell& c) { return c && !c->empty() ? std::stoll(*c) : 0; }

std::vector<std::string> split_list(const std::string& s) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= s.size()) {
    const size_t comma = s.find(',', start);
    std::string part = text::collapse_spaces(s.substr(start, comma == std::string::npos ? std::string::npos : comma - start));
    if (!part.empty()) out.push_back(part);
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  return out;
}

}  // namespace

const char* const kRowColumns =
    "id, organ, series, year, number, status, symbol, doc_date, type_name, summary, signer, recipients, archive, "
    "copies, delivered_on, received_by, note, doc_type, void_reason, corrects, template, data_json, outputs, "
    "issued_by, issued_at";

Row row_from_cells(const std::vector<db::Cell>& c) {
  Row r;
  r.id = cell_int(c[0]);
  r.organ = cell(c[1]);
  r.series = cell(c[2]);
  r.year = static_cast<int>(cell_int(c[3]));
  r.number = cell_int(c[4]);
  r.status = parse_status(cell(c[5])).value_or(Status::Issued);
  r.symbol = cell(c[6]);
  r.date = cell(c[7]);
  r.type_name = cell(c[8]);
  r.summary = cell(c[9]);
  r.signer = cell(c[10]);
  r.recipients = cell(c[11]);
  r.archive = cell(c[12]);
  r.copies = static_cast<int>(cell_int(c[13]));
  r.delivered_on = cell(c[14]);
  r.received_by = cell(c[15]);
  r.note = cell(c[16]);
  r.type = cell(c[17]);
  r.void_reason = cell(c[18]);
  if (c[19]) r.corrects = cell_int(c[19]);
  r.template_name = cell(c[20]);
  r.data_json = cell(c[21]);
  for (const auto& o : nlohmann::json::parse(cell(c[22]).empty() ? "[]" : cell(c[22]))) {
    OutputFile f;
    f.format = o.value("format", "docx") == "pdf" ? OutputFormat::Pdf : OutputFormat::Docx;
    f.name = o.value("name", "");
    f.sha256 = o.value("sha256", "");
    r.outputs.push_back(std::move(f));
  }
  r.issued_by = cell(c[23]);
  r.issued_at = cell(c[24]);
  return r;
}

std::optional<Row> load_row(db::Connection& c, long long id, bool lock) {
  const auto rows = c.query(std::string("SELECT ") + kRowColumns + " FROM entries WHERE id = ?" +
                                (lock ? c.lock_suffix() : ""),
                            {id});
  if (rows.empty()) return std::nullopt;
  return row_from_cells(rows[0]);
}

namespace {

std::vector<db::Value> row_values(const Row& r) {
  db::Value corrects;
  if (r.corrects) corrects = *r.corrects;
  return {r.organ,       r.series,  static_cast<long long>(r.year), r.number,     status_name(r.status),
          r.symbol,      r.date,    r.type_name,   r.summary,     r.signer,       r.recipients,
          r.archive,     static_cast<long long>(r.copies), r.delivered_on, r.received_by, r.note,
          r.type,        r.void_reason, corrects,  r.template_name, r.data_json,  outputs_json(r.outputs),
          r.issued_by,   r.issued_at};
}

}  // namespace

long long insert_row(db::Connection& c, const Row& r) {
  const auto rows = c.query(
      "INSERT INTO entries (organ, series, year, number, status, symbol, doc_date, type_name, summary, signer, "
      "recipients, archive, copies, delivered_on, received_by, note, doc_type, void_reason, corrects, template, "
      "data_json, outputs, issued_by, issued_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
      "?, ?, ?, ?) RETURNING id",
      row_values(r));
  return std::stoll(*rows.at(0).at(0));
}

void update_row(db::Connection& c, const Row& r) {
  auto values = row_values(r);
  values.push_back(r.id);
  c.query(
      "UPDATE entries SET organ = ?, series = ?, year = ?, number = ?, status = ?, symbol = ?, doc_date = ?, "
      "type_name = ?, summary = ?, signer = ?, recipients = ?, archive = ?, copies = ?, delivered_on = ?, "
      "received_by = ?, note = ?, doc_type = ?, void_reason = ?, corrects = ?, template = ?, data_json = ?, "
      "outputs = ?, issued_by = ?, issued_at = ? WHERE id = ?",
      values);
}

void add_event(db::Connection& c, std::optional<long long> entry, const std::string& action, const std::string& by,
               const std::string& detail) {
  db::Value e;
  if (entry) e = *entry;
  c.query("INSERT INTO events (entry, action, by_user, at, detail) VALUES (?, ?, ?, ?, ?)",
          {e, action, by, utc_timestamp(now_utc()), detail});
}

std::vector<Series> load_series(db::Connection& c) {
  std::vector<Series> out;
  for (const auto& r : c.query("SELECT code, name, types, organ, secret, active FROM series ORDER BY code")) {
    Series s;
    s.code = cell(r[0]);
    s.name = cell(r[1]);
    s.types = split_list(cell(r[2]));
    s.organ = cell(r[3]);
    s.secret = cell_int(r[4]) != 0;
    s.active = cell_int(r[5]) != 0;
    out.push_back(std::move(s));
  }
  return out;
}

std::optional<Series> choose_series(const std::vector<Series>& all, const std::string& wanted, const std::string& organ,
                                    const std::string& type_key, const std::string& where, Diagnostics& diag) {
  if (!wanted.empty()) {
    for (const auto& s : all) {
      if (s.code != wanted) continue;
      if (!s.active) {
        diag.error(where, "the series \"" + wanted + "\" is closed");
        return std::nullopt;
      }
      if (!s.organ.empty() && s.organ != organ) {
        diag.error(where, "the series \"" + wanted + "\" belongs to " + s.organ + ", not to " + organ);
        return std::nullopt;
      }
      return s;
    }
    diag.error(where, "no series \"" + wanted + "\" in the register (vanthu register series)");
    return std::nullopt;
  }
  const vn::DocType* type = vn::find_doc_type(type_key);
  auto claims = [&](const Series& s) {
    for (const auto& t : s.types)
      if (t == type_key || (type && (t == type->key || (!type->abbreviation.empty() && t == type->abbreviation))))
        return true;
    return false;
  };
  // An organ's own series before those of every organ; a series naming the
  // type before a catch-all one.
  for (int pass = 0; pass < 4; ++pass) {
    const bool own_organ = pass % 2 == 0, by_type = pass < 2;
    for (const auto& s : all) {
      if (!s.active || s.secret) continue;
      if (own_organ ? s.organ != organ : !s.organ.empty()) continue;
      if (by_type ? claims(s) : s.types.empty()) return s;
    }
  }
  diag.error(where, "no series takes documents of type \"" + type_key + "\" of " + organ +
                        " (configure one: vanthu register series)");
  return std::nullopt;
}

long long lock_counter(db::Connection& c, const std::string& series, const std::string& organ, int year) {
  c.query("INSERT INTO counters (series, organ, year, next_number) VALUES (?, ?, ?, 1) ON CONFLICT DO NOTHING",
          {series, organ, static_cast<long long>(year)});
  const auto rows = c.query(std::string("SELECT next_number FROM counters WHERE series = ? AND organ = ? AND year = ?") +
                                c.lock_suffix(),
                            {series, organ, static_cast<long long>(year)});
  return std::stoll(*rows.at(0).at(0));
}

void set_counter(db::Connection& c, const std::string& series, const std::string& organ, int year, long long next) {
  c.query("UPDATE counters SET next_number = ? WHERE series = ? AND organ = ? AND year = ?",
          {next, series, organ, static_cast<long long>(year)});
}

std::string current_user() {
  if (const char* u = std::getenv("USER"); u && *u) return u;
  if (const passwd* pw = getpwuid(getuid())) return pw->pw_name;
  return "uid " + std::to_string(getuid());
}

std::string sha256_hex(std::string_view bytes) {
  gchar* hex = g_compute_checksum_for_data(G_CHECKSUM_SHA256, reinterpret_cast<const guchar*>(bytes.data()), bytes.size());
  std::string out(hex);
  g_free(hex);
  return out;
}

std::string outputs_json(const std::vector<OutputFile>& files) {
  nlohmann::json a = nlohmann::json::array();
  for (const auto& f : files)
    a.push_back({{"format", f.format == OutputFormat::Pdf ? "pdf" : "docx"}, {"name", f.name}, {"sha256", f.sha256}});
  return a.dump();
}

std::string type_display_name(const std::string& type_key) {
  const vn::DocType* t = vn::find_doc_type(type_key);
  if (!t || t->name.empty()) return "Công văn";
  return text::capitalize_first(text::lower(t->name));
}

const char* status_name(Status s) {
  switch (s) {
    case Status::Issued: return "issued";
    case Status::Reserved: return "reserved";
    case Status::Confirmed: return "confirmed";
    case Status::Released: return "released";
    case Status::Voided: return "voided";
    case Status::Imported: return "imported";
  }
  return "issued";
}

std::optional<Status> parse_status(const std::string& name) {
  for (Status s : {Status::Issued, Status::Reserved, Status::Confirmed, Status::Released, Status::Voided, Status::Imported})
    if (name == status_name(s)) return s;
  return std::nullopt;
}

}  // namespace vanthu::reg
