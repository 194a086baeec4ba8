#include "server/accounts.h"

#include <sqlite3.h>

#include <chrono>
#include <ctime>

#include "core/status.h"
#include "server/crypto.h"

namespace vanthu::server {

namespace {

const char* kSchema = R"SQL(
PRAGMA journal_mode = WAL;
PRAGMA foreign_keys = ON;
CREATE TABLE IF NOT EXISTS users (
  id INTEGER PRIMARY KEY,
  username TEXT NOT NULL UNIQUE,
  display_name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('chuyen_vien', 'van_thu', 'quan_tri')),
  password_hash TEXT NOT NULL,
  active INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')));
CREATE TABLE IF NOT EXISTS sessions (
  token_hash TEXT PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users(id),
  csrf TEXT NOT NULL,
  expires_at INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS api_tokens (
  token_hash TEXT PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users(id),
  name TEXT NOT NULL,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')));
CREATE TABLE IF NOT EXISTS audit (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  username TEXT NOT NULL,
  action TEXT NOT NULL,
  detail TEXT NOT NULL);
)SQL";

long long now_s() {
  return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

// A prepared statement, finalised on scope exit.
class Stmt {
 public:
  Stmt(sqlite3* db, const char* sql) {
    if (sqlite3_prepare_v2(db, sql, -1, &s_, nullptr) != SQLITE_OK)
      throw Error(std::string("accounts: ") + sqlite3_errmsg(db));
  }
  ~Stmt() { sqlite3_finalize(s_); }
  Stmt& bind(int i, const std::string& v) {
    sqlite3_bind_text(s_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
    return *this;
  }
  Stmt& bind(int i, long long v) {
    sqlite3_bind_int64(s_, i, v);
    return *this;
  }
  bool row() { return sqlite3_step(s_) == SQLITE_ROW; }
  int run() { return sqlite3_step(s_); }
  std::string text(int i) {
    const unsigned char* t = sqlite3_column_text(s_, i);
    return t ? reinterpret_cast<const char*>(t) : "";
  }
  long long integer(int i) { return sqlite3_column_int64(s_, i); }

 private:
  sqlite3_stmt* s_ = nullptr;
};

User user_from(Stmt& s) {  // columns: id, username, display_name, role, active
  User u;
  u.id = s.integer(0);
  u.username = s.text(1);
  u.display_name = s.text(2);
  u.role = role_from_name(s.text(3)).value_or(Role::ChuyenVien);
  u.active = s.integer(4) != 0;
  return u;
}

bool valid_username(const std::string& s) {
  if (s.empty() || s.size() > 64) return false;
  for (char c : s)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-')) return false;
  return true;
}

}  // namespace

const char* role_name(Role r) {
  switch (r) {
    case Role::ChuyenVien: return "chuyen_vien";
    case Role::VanThu: return "van_thu";
    case Role::QuanTri: return "quan_tri";
  }
  return "chuyen_vien";
}

std::optional<Role> role_from_name(const std::string& s) {
  if (s == "chuyen_vien") return Role::ChuyenVien;
  if (s == "van_thu") return Role::VanThu;
  if (s == "quan_tri") return Role::QuanTri;
  return std::nullopt;
}

bool can_issue(Role r) { return r == Role::VanThu || r == Role::QuanTri; }
bool can_manage_users(Role r) { return r == Role::QuanTri; }

Accounts::Accounts(const std::string& path) {
  if (sqlite3_open_v2(path.c_str(), &db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX,
                      nullptr) != SQLITE_OK) {
    std::string msg = db_ ? sqlite3_errmsg(db_) : "out of memory";
    sqlite3_close(db_);
    throw Error(path + ": cannot open the accounts file: " + msg);
  }
  sqlite3_busy_timeout(db_, 5000);  // several servers may share the file
  char* err = nullptr;
  if (sqlite3_exec(db_, kSchema, nullptr, nullptr, &err) != SQLITE_OK) {
    std::string msg = err ? err : "?";
    sqlite3_free(err);
    sqlite3_close(db_);
    throw Error(path + ": not an accounts file: " + msg);
  }
}

Accounts::~Accounts() { sqlite3_close(db_); }

bool Accounts::create_user(const std::string& username, const std::string& display_name, Role role,
                           const std::string& password, std::string& error) {
  if (!valid_username(username)) {
    error = "tên đăng nhập chỉ gồm a-z, 0-9, '.', '_', '-' (tối đa 64 ký tự)";
    return false;
  }
  if (password.size() < 8) {
    error = "mật khẩu cần ít nhất 8 ký tự";
    return false;
  }
  const std::string hash = hash_password(password);  // slow: outside the lock
  std::lock_guard lock(mutex_);
  Stmt s(db_, "INSERT INTO users (username, display_name, role, password_hash) VALUES (?, ?, ?, ?)");
  s.bind(1, username).bind(2, display_name.empty() ? username : display_name).bind(3, std::string(role_name(role))).bind(4, hash);
  if (s.run() != SQLITE_DONE) {
    error = "tên đăng nhập \"" + username + "\" đã có";
    return false;
  }
  return true;
}

bool Accounts::set_password(const std::string& username, const std::string& password) {
  if (password.size() < 8) return false;
  const std::string hash = hash_password(password);
  std::lock_guard lock(mutex_);
  Stmt s(db_, "UPDATE users SET password_hash = ? WHERE username = ?");
  s.bind(1, hash).bind(2, username);
  return s.run() == SQLITE_DONE && sqlite3_changes(db_) == 1;
}

bool Accounts::set_active(const std::string& username, bool active) {
  std::lock_guard lock(mutex_);
  Stmt s(db_, "UPDATE users SET active = ? WHERE username = ?");
  s.bind(1, static_cast<long long>(active)).bind(2, username);
  const bool ok = s.run() == SQLITE_DONE && sqlite3_changes(db_) == 1;
  if (ok && !active) {
    Stmt d(db_, "DELETE FROM sessions WHERE user_id = (SELECT id FROM users WHERE username = ?)");
    d.bind(1, username).run();
  }
  return ok;
}

std::vector<User> Accounts::users() {
  std::lock_guard lock(mutex_);
  Stmt s(db_, "SELECT id, username, display_name, role, active FROM users ORDER BY username");
  std::vector<User> out;
  while (s.row()) out.push_back(user_from(s));
  return out;
}

size_t Accounts::user_count() {
  std::lock_guard lock(mutex_);
  Stmt s(db_, "SELECT count(*) FROM users");
  return s.row() ? static_cast<size_t>(s.integer(0)) : 0;
}

std::optional<User> Accounts::check_password(const std::string& username, const std::string& password) {
  std::string hash;
  std::optional<User> user;
  {
    std::lock_guard lock(mutex_);
    Stmt s(db_, "SELECT id, username, display_name, role, active, password_hash FROM users WHERE username = ?");
    s.bind(1, username);
    if (s.row()) {
      user = user_from(s);
      hash = s.text(5);
    }
  }
  // An unknown name costs the same scrypt run, so timing does not tell which names exist.
  static const std::string dummy = hash_password("not a password");
  const bool ok = verify_password(password, user ? hash : dummy);
  if (!ok || !user || !user->active) return std::nullopt;
  return user;
}

std::string Accounts::open_session(const User& user, std::string& csrf) {
  const std::string value = random_token();
  csrf = random_token();
  std::lock_guard lock(mutex_);
  Stmt(db_, "DELETE FROM sessions WHERE expires_at < ?").bind(1, now_s()).run();
  Stmt s(db_, "INSERT INTO sessions (token_hash, user_id, csrf, expires_at) VALUES (?, ?, ?, ?)");
  s.bind(1, sha256_hex(value)).bind(2, user.id).bind(3, csrf).bind(4, now_s() + session_hours * 3600LL);
  if (s.run() != SQLITE_DONE) throw Error(std::string("accounts: ") + sqlite3_errmsg(db_));
  return value;
}

std::optional<User> Accounts::user_by_id(long long id) {
  Stmt s(db_, "SELECT id, username, display_name, role, active FROM users WHERE id = ?");
  s.bind(1, id);
  if (!s.row()) return std::nullopt;
  User u = user_from(s);
  if (!u.active) return std::nullopt;
  return u;
}

std::optional<Session> Accounts::session(const std::string& cookie_value) {
  if (cookie_value.size() != 64) return std::nullopt;
  std::lock_guard lock(mutex_);
  Stmt s(db_, "SELECT user_id, csrf FROM sessions WHERE token_hash = ? AND expires_at >= ?");
  s.bind(1, sha256_hex(cookie_value)).bind(2, now_s());
  if (!s.row()) return std::nullopt;
  auto user = user_by_id(s.integer(0));
  if (!user) return std::nullopt;
  return Session{*user, s.text(1), false};
}

void Accounts::close_session(const std::string& cookie_value) {
  std::lock_guard lock(mutex_);
  Stmt(db_, "DELETE FROM sessions WHERE token_hash = ?").bind(1, sha256_hex(cookie_value)).run();
}

std::string Accounts::create_token(const User& user, const std::string& name) {
  const std::string value = "vt_" + random_token();
  std::lock_guard lock(mutex_);
  Stmt s(db_, "INSERT INTO api_tokens (token_hash, user_id, name) VALUES (?, ?, ?)");
  s.bind(1, sha256_hex(value)).bind(2, user.id).bind(3, name);
  if (s.run() != SQLITE_DONE) throw Error(std::string("accounts: ") + sqlite3_errmsg(db_));
  return value;
}

std::optional<Session> Accounts::token(const std::string& bearer) {
  if (bearer.size() != 67 || bearer.rfind("vt_", 0) != 0) return std::nullopt;
  std::lock_guard lock(mutex_);
  Stmt s(db_, "SELECT user_id FROM api_tokens WHERE token_hash = ?");
  s.bind(1, sha256_hex(bearer));
  if (!s.row()) return std::nullopt;
  auto user = user_by_id(s.integer(0));
  if (!user) return std::nullopt;
  return Session{*user, "", true};
}

void Accounts::audit(const std::string& username, const std::string& action, const std::string& detail) {
  std::lock_guard lock(mutex_);
  Stmt s(db_, "INSERT INTO audit (username, action, detail) VALUES (?, ?, ?)");
  s.bind(1, username).bind(2, action).bind(3, detail).run();
}

std::vector<Accounts::AuditRow> Accounts::audit_log(size_t limit) {
  std::lock_guard lock(mutex_);
  Stmt s(db_, "SELECT at, username, action, detail FROM audit ORDER BY id DESC LIMIT ?");
  s.bind(1, static_cast<long long>(limit));
  std::vector<AuditRow> out;
  while (s.row()) out.push_back({s.text(0), s.text(1), s.text(2), s.text(3)});
  return out;
}

}  // namespace vanthu::server
