// User accounts, sessions, API tokens and the audit log, in one SQLite file
// (`vanthu serve --users FILE`) or in a PostgreSQL database (`--users
// postgresql://…`, schema vanthu_accounts), which servers on several
// machines share, so that any of them can answer any request. Roles follow the office's division of work:
// chuyên viên (officer) drafts and previews; văn thư (clerk) also issues,
// voids and exports the register; quản trị (administrator) may do all of
// that and manages accounts. Thread-safe (one connection behind a mutex).
#pragma once

#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>


namespace vanthu::reg::db {
class Connection;
}

namespace vanthu::server {

enum class Role { ChuyenVien, VanThu, QuanTri };

// "chuyen_vien", "van_thu", "quan_tri" (the names the API and the page use).
const char* role_name(Role r);
std::optional<Role> role_from_name(const std::string& s);
bool can_issue(Role r);         // văn thư, quản trị
bool can_manage_users(Role r);  // quản trị

struct User {
  long long id = 0;
  std::string username;
  std::string display_name;
  Role role = Role::ChuyenVien;
  bool active = true;
};

struct Session {
  User user;
  std::string csrf;  // empty for API tokens (no cookie, so no CSRF to defend against)
  bool via_token = false;
};

class Accounts {
 public:
  // Opens or creates the file (or the PostgreSQL schema) and its tables.
  // Throws vanthu::Error.
  explicit Accounts(const std::string& location);
  ~Accounts();
  Accounts(const Accounts&) = delete;
  Accounts& operator=(const Accounts&) = delete;

  // Creates an account; false (and `error`) when the name is taken or invalid.
  bool create_user(const std::string& username, const std::string& display_name, Role role,
                   const std::string& password, std::string& error);
  bool set_password(const std::string& username, const std::string& password);
  bool set_active(const std::string& username, bool active);
  std::vector<User> users();
  size_t user_count();

  // The account when the password is right (slow: scrypt), else nullopt.
  std::optional<User> check_password(const std::string& username, const std::string& password);

  // A new session: returns the cookie value; `csrf` receives its CSRF token.
  std::string open_session(const User& user, std::string& csrf);
  std::optional<Session> session(const std::string& cookie_value);
  void close_session(const std::string& cookie_value);

  // A new API token for the account (shown once; stored hashed).
  std::string create_token(const User& user, const std::string& name);
  std::optional<Session> token(const std::string& bearer);

  // Every change made through the server, with the account that made it.
  void audit(const std::string& username, const std::string& action, const std::string& detail);
  struct AuditRow {
    std::string at, username, action, detail;
  };
  std::vector<AuditRow> audit_log(size_t limit);

  int session_hours = 12;

 private:
  std::optional<User> user_by_id(long long id);
  std::mutex mutex_;
  std::unique_ptr<reg::db::Connection> db_;
};

}  // namespace vanthu::server
