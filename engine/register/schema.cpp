#include "register/schema.h"

#include <string>

#include "core/status.h"
#include "register/clock.h"

namespace vanthu::reg {

namespace {

std::string replace_all(std::string s, const std::string& from, const std::string& to) {
  for (size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size())) s.replace(at, from.size(), to);
  return s;
}

// Version 1. {ID} is the backend's auto-numbered key. entries holds one row
// per number: the ten columns of Phụ lục IV §I and the record of the issue.
// A number is unique per organ, series and year except among imported rows,
// which may repeat (they are warned about, PL6 III.1.h).
const char* kV1 = R"SQL(
CREATE TABLE series (
  code TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  types TEXT NOT NULL DEFAULT '',
  organ TEXT NOT NULL DEFAULT '',
  secret INTEGER NOT NULL DEFAULT 0,
  active INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE counters (
  series TEXT NOT NULL REFERENCES series(code),
  organ TEXT NOT NULL,
  year INTEGER NOT NULL,
  next_number BIGINT NOT NULL,
  PRIMARY KEY (series, organ, year)
);
CREATE TABLE entries (
  id {ID},
  organ TEXT NOT NULL,
  series TEXT NOT NULL REFERENCES series(code),
  year INTEGER NOT NULL,
  number BIGINT NOT NULL,
  status TEXT NOT NULL,
  symbol TEXT NOT NULL,
  doc_date TEXT NOT NULL,
  type_name TEXT NOT NULL DEFAULT '',
  summary TEXT NOT NULL DEFAULT '',
  signer TEXT NOT NULL DEFAULT '',
  recipients TEXT NOT NULL DEFAULT '',
  archive TEXT NOT NULL DEFAULT '',
  copies INTEGER NOT NULL DEFAULT 0,
  delivered_on TEXT NOT NULL DEFAULT '',
  received_by TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT '',
  doc_type TEXT NOT NULL DEFAULT '',
  void_reason TEXT NOT NULL DEFAULT '',
  corrects BIGINT REFERENCES entries(id),
  template TEXT NOT NULL DEFAULT '',
  data_json TEXT NOT NULL DEFAULT '',
  outputs TEXT NOT NULL DEFAULT '[]',
  issued_by TEXT NOT NULL DEFAULT '',
  issued_at TEXT NOT NULL
);
CREATE UNIQUE INDEX entries_number ON entries (organ, series, year, number) WHERE status <> 'imported';
CREATE INDEX entries_year ON entries (year, organ, series, number);
CREATE TABLE events (
  id {ID},
  entry BIGINT REFERENCES entries(id),
  action TEXT NOT NULL,
  by_user TEXT NOT NULL,
  at TEXT NOT NULL,
  detail TEXT NOT NULL DEFAULT ''
);
INSERT INTO series (code, name, types, organ, secret, active) VALUES ('chung', 'Văn bản hành chính', '', '', 0, 1);
)SQL";

struct Migration {
  int version;
  const char* sql;
};
const Migration kMigrations[] = {{1, kV1}};

}  // namespace

int migrate(db::Connection& c) {
  db::Transaction tx(c, true);
  c.lock_schema();
  c.exec("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)");
  const auto rows = c.query("SELECT max(version) FROM schema_version");
  const int found = rows.empty() || !rows[0][0] ? 0 : std::stoi(*rows[0][0]);
  if (found > kSchemaVersion)
    throw Error("the register has schema version " + std::to_string(found) + ", newer than this vanthu (" +
                std::to_string(kSchemaVersion) + "): update vanthu");
  for (const auto& m : kMigrations) {
    if (m.version <= found) continue;
    c.exec(replace_all(m.sql, "{ID}", c.id_column()));
    c.query("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)",
            {static_cast<long long>(m.version), utc_timestamp(now_utc())});
  }
  tx.commit();
  return found;
}

}  // namespace vanthu::reg
