#include "server/accounts.h"

#include <chrono>
#include <ctime>

#include "core/status.h"
#include "register/db.h"
#include "server/crypto.h"

namespace vanthu::server {

namespace {

using reg::db::Cell;
using reg::db::Value;

// The tables, with "%ID%" for the backend's auto-numbered key. Timestamps
// are written by the code (ISO 8601, UTC), so both backends hold the same text.
const char* kSchema = R"SQL(
CREATE TABLE IF NOT EXISTS users (
  id %ID%,
  username TEXT NOT NULL UNIQUE,
  display_name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('chuyen_vien', 'van_thu', 'quan_tri')),
  password_hash TEXT NOT NULL,
  active INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS sessions (
  token_hash TEXT PRIMARY KEY,
  user_id BIGINT NOT NULL REFERENCES users(id),
  csrf TEXT NOT NULL,
  expires_at BIGINT NOT NULL);
CREATE TABLE IF NOT EXISTS api_tokens (
  token_hash TEXT PRIMARY KEY,
  user_id BIGINT NOT NULL REFERENCES users(id),
  name TEXT NOT NULL,
  created_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS audit (
  id %ID%,
  at TEXT NOT NULL,
  username TEXT NOT NULL,
  action TEXT NOT NULL,
  detail TEXT NOT NULL);
)SQL";

long long now_s() {
  return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

std::string now_iso() {
  const std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

std::string text(const Cell& c) { return c.value_or(""); }
long long integer(const Cell& c) { return c ? std::stoll(*c) : 0; }

User user_from(const std::vector<Cell>& r) {  // columns: id, username, display_name, role, active
  User u;
  u.id = integer(r[0]);
  u.username = text(r[1]);
  u.display_name = text(r[2]);
  u.role = role_from_name(text(r[3])).value_or(Role::ChuyenVien);
  u.active = integer(r[4]) != 0;
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

Accounts::Accounts(const std::string& location) {
  const bool pg = location.rfind("postgresql://", 0) == 0 || location.rfind("postgres://", 0) == 0;
  try {
    db_ = pg ? reg::db::open_postgresql(location) : reg::db::open_sqlite(location);
    reg::db::Transaction t(*db_, true);
    db_->lock_schema();  // servers starting together create the tables once
    if (pg) {
      // Own schema: the database may be the register's.
      db_->exec("CREATE SCHEMA IF NOT EXISTS vanthu_accounts; SET search_path TO vanthu_accounts");
    }
    std::string schema = kSchema;
    for (size_t at; (at = schema.find("%ID%")) != std::string::npos;) schema.replace(at, 4, db_->id_column());
    db_->exec(schema);
    t.commit();
  } catch (const Error& e) {
    throw Error(std::string("accounts (") + (pg ? "PostgreSQL" : location) + "): " + e.what());
  }
}

Accounts::~Accounts() = default;

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
  const auto rows = db_->query(
      "INSERT INTO users (username, display_name, role, password_hash, active, created_at) VALUES (?, ?, ?, ?, 1, ?) "
      "ON CONFLICT (username) DO NOTHING RETURNING id",
      {username, display_name.empty() ? username : display_name, std::string(role_name(role)), hash, now_iso()});
  if (rows.empty()) {
    error = "tên đăng nhập \"" + username + "\" đã có";
    return false;
  }
  return true;
}

bool Accounts::set_password(const std::string& username, const std::string& password) {
  if (password.size() < 8) return false;
  const std::string hash = hash_password(password);
  std::lock_guard lock(mutex_);
  return db_->query("UPDATE users SET password_hash = ? WHERE username = ? RETURNING id", {hash, username}).size() == 1;
}

bool Accounts::set_active(const std::string& username, bool active) {
  std::lock_guard lock(mutex_);
  reg::db::Transaction t(*db_, true);
  const bool ok =
      db_->query("UPDATE users SET active = ? WHERE username = ? RETURNING id", {static_cast<long long>(active), username})
          .size() == 1;
  if (ok && !active)
    db_->query("DELETE FROM sessions WHERE user_id = (SELECT id FROM users WHERE username = ?)", {username});
  t.commit();
  return ok;
}

std::vector<User> Accounts::users() {
  std::lock_guard lock(mutex_);
  std::vector<User> out;
  for (const auto& r : db_->query("SELECT id, username, display_name, role, active FROM users ORDER BY username"))
    out.push_back(user_from(r));
  return out;
}

size_t Accounts::user_count() {
  std::lock_guard lock(mutex_);
  const auto rows = db_->query("SELECT count(*) FROM users");
  return rows.empty() ? 0 : static_cast<size_t>(integer(rows[0][0]));
}

std::optional<User> Accounts::check_password(const std::string& username, const std::string& password) {
  std::string hash;
  std::optional<User> user;
  {
    std::lock_guard lock(mutex_);
    const auto rows = db_->query(
        "SELECT id, username, display_name, role, active, password_hash FROM users WHERE username = ?", {username});
    if (!rows.empty()) {
      user = user_from(rows[0]);
      hash = text(rows[0][5]);
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
  db_->query("DELETE FROM sessions WHERE expires_at < ?", {now_s()});
  db_->query("INSERT INTO sessions (token_hash, user_id, csrf, expires_at) VALUES (?, ?, ?, ?)",
             {sha256_hex(value), user.id, csrf, now_s() + session_hours * 3600LL});
  return value;
}

std::optional<User> Accounts::user_by_id(long long id) {
  const auto rows = db_->query("SELECT id, username, display_name, role, active FROM users WHERE id = ?", {id});
  if (rows.empty()) return std::nullopt;
  User u = user_from(rows[0]);
  if (!u.active) return std::nullopt;
  return u;
}

std::optional<Session> Accounts::session(const std::string& cookie_value) {
  if (cookie_value.size() != 64) return std::nullopt;
  std::lock_guard lock(mutex_);
  const auto rows = db_->query("SELECT user_id, csrf FROM sessions WHERE token_hash = ? AND expires_at >= ?",
                               {sha256_hex(cookie_value), now_s()});
  if (rows.empty()) return std::nullopt;
  auto user = user_by_id(integer(rows[0][0]));
  if (!user) return std::nullopt;
  return Session{*user, text(rows[0][1]), false};
}

void Accounts::close_session(const std::string& cookie_value) {
  std::lock_guard lock(mutex_);
  db_->query("DELETE FROM sessions WHERE token_hash = ?", {sha256_hex(cookie_value)});
}

std::string Accounts::create_token(const User& user, const std::string& name) {
  const std::string value = "vt_" + random_token();
  std::lock_guard lock(mutex_);
  db_->query("INSERT INTO api_tokens (token_hash, user_id, name, created_at) VALUES (?, ?, ?, ?)",
             {sha256_hex(value), user.id, name, now_iso()});
  return value;
}

std::optional<Session> Accounts::token(const std::string& bearer) {
  if (bearer.size() != 67 || bearer.rfind("vt_", 0) != 0) return std::nullopt;
  std::lock_guard lock(mutex_);
  const auto rows = db_->query("SELECT user_id FROM api_tokens WHERE token_hash = ?", {sha256_hex(bearer)});
  if (rows.empty()) return std::nullopt;
  auto user = user_by_id(integer(rows[0][0]));
  if (!user) return std::nullopt;
  return Session{*user, "", true};
}

void Accounts::audit(const std::string& username, const std::string& action, const std::string& detail) {
  std::lock_guard lock(mutex_);
  db_->query("INSERT INTO audit (at, username, action, detail) VALUES (?, ?, ?, ?)", {now_iso(), username, action, detail});
}

std::vector<Accounts::AuditRow> Accounts::audit_log(size_t limit) {
  std::lock_guard lock(mutex_);
  std::vector<AuditRow> out;
  for (const auto& r :
       db_->query("SELECT at, username, action, detail FROM audit ORDER BY id DESC LIMIT ?", {static_cast<long long>(limit)}))
    out.push_back({text(r[0]), text(r[1]), text(r[2]), text(r[3])});
  return out;
}

}  // namespace vanthu::server
