// Opening a register, its series configuration and reading it.
#include "register/register.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <map>

#include "core/unicode.h"
#include "register/clock.h"
#include "register/impl.h"
#include "register/schema.h"
#include "vn/doc_types.h"

namespace vanthu::reg {

namespace {

bool is_postgres_url(const std::string& s) {
  return s.rfind("postgresql://", 0) == 0 || s.rfind("postgres://", 0) == 0 || s.rfind("postgresql:", 0) == 0;
}

bool valid_code(const std::string& c) {
  if (c.empty() || c.size() > 32) return false;
  return std::all_of(c.begin(), c.end(), [](char ch) { return (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '-'; });
}

std::string join(const std::vector<std::string>& v, const char* sep) {
  std::string out;
  for (const auto& s : v) out += (out.empty() ? "" : sep) + s;
  return out;
}

}  // namespace

Register::Register(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Register::~Register() = default;

std::unique_ptr<Register> Register::open(const std::string& path_or_url) {
  auto impl = std::make_unique<Impl>();
  if (is_postgres_url(path_or_url)) {
    // libpq reads "postgresql:" URLs; a bare "postgresql:key=value …" is a conninfo string.
    std::string conninfo = path_or_url;
    if (conninfo.rfind("postgresql:", 0) == 0 && conninfo.rfind("postgresql://", 0) != 0) conninfo = conninfo.substr(11);
    impl->db = db::open_postgresql(conninfo);
    impl->location = path_or_url;
    if (const size_t at = impl->location.find('@'); at != std::string::npos)
      if (const size_t colon = impl->location.find(':', impl->location.find("://") + 3); colon < at)
        impl->location = impl->location.substr(0, colon) + ":***" + impl->location.substr(at);
  } else {
    if (path_or_url.empty()) throw Error("register: empty path");
    const auto parent = std::filesystem::path(path_or_url).parent_path();
    std::error_code ec;
    if (!parent.empty()) std::filesystem::create_directories(parent, ec);
    impl->db = db::open_sqlite(path_or_url);
    impl->location = path_or_url;
  }
  migrate(*impl->db);
  impl->version = kSchemaVersion;
  return std::unique_ptr<Register>(new Register(std::move(impl)));
}

int Register::schema_version() const { return impl_->version; }
std::string Register::backend() const { return impl_->db->backend(); }
std::string Register::location() const { return impl_->location; }

std::vector<Series> Register::series() const {
  db::Transaction tx(*impl_->db, false);
  return load_series(*impl_->db);
}

bool Register::put_series(const Series& s, const std::string& by, Diagnostics& diag) {
  if (!valid_code(s.code)) {
    diag.error("series " + s.code, "a series code is 1 to 32 characters a-z, 0-9 and \"-\"");
    return false;
  }
  for (const auto& t : s.types)
    if (!vn::find_doc_type(t)) diag.error("series " + s.code, "unknown document type \"" + t + "\"");
  if (diag.has_errors()) return false;
  auto& c = *impl_->db;
  db::Transaction tx(c, true);
  const std::string name = s.name.empty() ? s.code : text::nfc(s.name);
  c.query("INSERT INTO series (code, name, types, organ, secret, active) VALUES (?, ?, ?, ?, ?, ?) "
          "ON CONFLICT (code) DO UPDATE SET name = excluded.name, types = excluded.types, organ = excluded.organ, "
          "secret = excluded.secret, active = excluded.active",
          {s.code, name, join(s.types, ","), s.organ, static_cast<long long>(s.secret), static_cast<long long>(s.active)});
  add_event(c, std::nullopt, "series", by.empty() ? current_user() : by,
            s.code + ": " + name + "; types " + (s.types.empty() ? "*" : join(s.types, ",")) +
                (s.organ.empty() ? "" : "; organ " + s.organ) + (s.secret ? "; secret" : "") + (s.active ? "" : "; closed"));
  tx.commit();
  return true;
}

std::vector<SeriesCounter> Register::counters(std::optional<int> year) const {
  auto& c = *impl_->db;
  db::Transaction tx(c, false);
  std::vector<db::Value> params;
  std::string sql = "SELECT series, organ, year, next_number FROM counters";
  if (year) {
    sql += " WHERE year = ?";
    params.push_back(static_cast<long long>(*year));
  }
  sql += " ORDER BY year, organ, series";
  std::vector<SeriesCounter> out;
  for (const auto& r : c.query(sql, params))
    out.push_back({*r[0], *r[1], std::stoi(*r[2]), std::stoll(*r[3])});
  return out;
}

bool Register::set_next_number(const std::string& series, const std::string& organ, int year, long long next,
                               const std::string& by, Diagnostics& diag) {
  const std::string where = "counter " + series + "/" + organ + "/" + std::to_string(year);
  if (next < 1 || year < 1 || organ.empty()) {
    diag.error(where, "needs a series, an organ, a year and a number of at least 1");
    return false;
  }
  auto& c = *impl_->db;
  db::Transaction tx(c, true);
  bool known = false;
  for (const auto& s : load_series(c)) known = known || s.code == series;
  if (!known) {
    diag.error(where, "no series \"" + series + "\" in the register");
    return false;
  }
  const long long current = lock_counter(c, series, organ, year);
  if (next < current) {
    diag.error(where, "the next number is already " + std::to_string(current) +
                          "; numbers below it are used and cannot be handed out again (Điều 18.3)");
    return false;
  }
  set_counter(c, series, organ, year, next);
  add_event(c, std::nullopt, "counter", by.empty() ? current_user() : by,
            where + ": next number " + std::to_string(current) + " -> " + std::to_string(next));
  tx.commit();
  return true;
}

std::optional<Row> Register::row(long long id) const {
  db::Transaction tx(*impl_->db, false);
  return load_row(*impl_->db, id, false);
}

std::vector<Row> Register::list(const Query& q) const {
  auto& c = *impl_->db;
  std::string sql = std::string("SELECT ") + kRowColumns + " FROM entries WHERE 1 = 1";
  std::vector<db::Value> params;
  if (q.year) {
    sql += " AND year = ?";
    params.push_back(static_cast<long long>(*q.year));
  }
  if (!q.organ.empty()) {
    sql += " AND organ = ?";
    params.push_back(q.organ);
  }
  if (!q.series.empty()) {
    sql += " AND series = ?";
    params.push_back(q.series);
  }
  if (!q.type.empty()) {
    const vn::DocType* t = vn::find_doc_type(q.type);
    sql += " AND doc_type = ?";
    params.push_back(t ? t->key : q.type);
  }
  if (q.status) {
    sql += " AND status = ?";
    params.push_back(std::string(status_name(*q.status)));
  }
  sql += " ORDER BY year, organ, series, number, id";
  db::Transaction tx(c, false);
  auto rows = c.query(sql, params);
  // Text search in C++: case folding of Vietnamese needs ICU, not SQL lower().
  const std::string needle = text::lower(text::nfc(q.text));
  std::vector<Row> out;
  size_t skipped = 0;
  for (const auto& cells : rows) {
    Row r = row_from_cells(cells);
    if (!needle.empty()) {
      const std::string hay = text::lower(r.symbol + "\n" + r.type_name + "\n" + r.summary + "\n" + r.signer + "\n" +
                                          r.recipients + "\n" + r.note + "\n" + r.void_reason);
      if (hay.find(needle) == std::string::npos) continue;
    }
    if (skipped < q.offset) {
      ++skipped;
      continue;
    }
    out.push_back(std::move(r));
    if (q.limit && out.size() >= q.limit) break;
  }
  return out;
}

std::vector<Duplicate> Register::duplicates(std::optional<int> year) const {
  auto& c = *impl_->db;
  std::string sql = "SELECT organ, year, symbol, id FROM entries WHERE status <> 'released'";
  std::vector<db::Value> params;
  if (year) {
    sql += " AND year = ?";
    params.push_back(static_cast<long long>(*year));
  }
  sql += " ORDER BY organ, year, symbol, id";
  db::Transaction tx(c, false);
  std::map<std::tuple<std::string, int, std::string>, std::vector<long long>> groups;
  for (const auto& r : c.query(sql, params)) groups[{*r[0], std::stoi(*r[1]), *r[2]}].push_back(std::stoll(*r[3]));
  std::vector<Duplicate> out;
  for (auto& [key, ids] : groups)
    if (ids.size() > 1) out.push_back({std::get<0>(key), std::get<2>(key), std::get<1>(key), std::move(ids)});
  return out;
}

std::vector<Event> Register::history(std::optional<long long> row_id) const {
  auto& c = *impl_->db;
  std::string sql = "SELECT id, entry, action, by_user, at, detail FROM events";
  std::vector<db::Value> params;
  if (row_id) {
    sql += " WHERE entry = ?";
    params.push_back(*row_id);
  }
  sql += " ORDER BY id";
  db::Transaction tx(c, false);
  std::vector<Event> out;
  for (const auto& r : c.query(sql, params))
    out.push_back({std::stoll(*r[0]), r[1] ? std::stoll(*r[1]) : 0, *r[2], *r[3], *r[4], *r[5]});
  return out;
}

std::string default_location() {
  if (const char* env = std::getenv("VANTHU_REGISTER"); env && *env) return env;
  std::string base;
  if (const char* x = std::getenv("XDG_DATA_HOME"); x && *x) base = x;
  else if (const char* h = std::getenv("HOME"); h && *h) base = std::string(h) + "/.local/share";
  else base = ".";
  return base + "/vanthu/register.sqlite";
}

}  // namespace vanthu::reg
