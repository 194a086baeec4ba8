// The register on SQLite: one file, WAL journal (readers do not block the
// writer), a busy timeout so that concurrent writers wait for the lock
// instead of failing, and BEGIN IMMEDIATE for every write transaction (a
// deferred transaction would take the write lock only at its first write,
// and two processes could both read the same counter first).
#include <sqlite3.h>

#include <cstdlib>
#include <string>
#include <unordered_map>

#include "core/status.h"
#include "register/db.h"

namespace vanthu::reg::db {

namespace {

class SqliteConnection final : public Connection {
 public:
  explicit SqliteConnection(const std::string& path) : path_(path) {
    const int rc = sqlite3_open_v2(path.c_str(), &db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
      std::string msg = db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(rc);
      sqlite3_close(db_);
      db_ = nullptr;
      throw Error("register " + path + ": cannot open: " + msg);
    }
    sqlite3_extended_result_codes(db_, 1);
    // Writers queue for the lock; a batch holding it while it renders may
    // take seconds, so the wait is long.
    sqlite3_busy_timeout(db_, 120000);
    exec("PRAGMA foreign_keys = ON");
    // WAL: readers (list, export) never block issuing. synchronous=NORMAL in
    // WAL mode: a commit survives a crash of the process (the kill test); a
    // power loss may lose the last commits but never corrupts the file
    // (docs/register.md, "Durability").
    query("PRAGMA journal_mode = WAL", {});
    // VANTHU_SQLITE_SYNCHRONOUS=FULL syncs the WAL at every commit (measured
    // by bench/register_bench.cpp).
    const char* sync = std::getenv("VANTHU_SQLITE_SYNCHRONOUS");
    exec(std::string("PRAGMA synchronous = ") + (sync && std::string(sync) == "FULL" ? "FULL" : "NORMAL"));
  }
  ~SqliteConnection() override {
    for (auto& [sql, st] : statements_) sqlite3_finalize(st);
    if (db_) sqlite3_close(db_);
  }

  std::string backend() const override { return "sqlite"; }

  void exec(const std::string& sql) override {
    char* err = nullptr;
    if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
      std::string msg = err ? err : sqlite3_errmsg(db_);
      sqlite3_free(err);
      throw Error("register " + path_ + ": " + msg);
    }
  }

  ResultRows query(const std::string& sql, const std::vector<Value>& params) override {
    // Statements are prepared once per connection and reused: preparing
    // the 24-column insert costs more than running it.
    sqlite3_stmt*& st = statements_[sql];
    if (!st && sqlite3_prepare_v3(db_, sql.c_str(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &st,
                                  nullptr) != SQLITE_OK) {
      statements_.erase(sql);
      fail("prepare");
    }
    struct Reset {
      sqlite3_stmt* s;
      ~Reset() {
        sqlite3_reset(s);
        sqlite3_clear_bindings(s);
      }
    } reset{st};
    for (size_t i = 0; i < params.size(); ++i) {
      const int at = static_cast<int>(i + 1);
      int rc = SQLITE_OK;
      if (std::holds_alternative<long long>(params[i]))
        rc = sqlite3_bind_int64(st, at, std::get<long long>(params[i]));
      else if (std::holds_alternative<std::string>(params[i])) {
        const auto& s = std::get<std::string>(params[i]);
        rc = sqlite3_bind_text(st, at, s.data(), static_cast<int>(s.size()), SQLITE_TRANSIENT);
      } else
        rc = sqlite3_bind_null(st, at);
      if (rc != SQLITE_OK) fail("bind");
    }
    ResultRows out;
    for (;;) {
      const int rc = sqlite3_step(st);
      if (rc == SQLITE_DONE) break;
      if (rc != SQLITE_ROW) fail("step");
      const int n = sqlite3_column_count(st);
      std::vector<Cell> row(n);
      for (int c = 0; c < n; ++c) {
        if (sqlite3_column_type(st, c) == SQLITE_NULL) continue;
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(st, c));
        row[c] = std::string(text, static_cast<size_t>(sqlite3_column_bytes(st, c)));
      }
      out.push_back(std::move(row));
    }
    return out;
  }

  void begin_write() override { exec("BEGIN IMMEDIATE"); }
  void begin_read() override { exec("BEGIN"); }
  void commit() override { exec("COMMIT"); }
  void rollback() noexcept override {
    if (!sqlite3_get_autocommit(db_)) sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
  }
  const char* lock_suffix() const override { return ""; }  // BEGIN IMMEDIATE holds the lock
  const char* id_column() const override { return "INTEGER PRIMARY KEY"; }
  void lock_schema() override {}  // BEGIN IMMEDIATE already excludes other writers

 private:
  [[noreturn]] void fail(const char* what) {
    throw Error("register " + path_ + ": " + what + ": " + sqlite3_errmsg(db_));
  }
  std::string path_;
  sqlite3* db_ = nullptr;
  std::unordered_map<std::string, sqlite3_stmt*> statements_;
};

}  // namespace

std::unique_ptr<Connection> open_sqlite(const std::string& path) { return std::make_unique<SqliteConnection>(path); }

}  // namespace vanthu::reg::db
