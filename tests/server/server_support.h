// A vanthu server on a free loopback port with three accounts (one per
// role), and small HTTP helpers for the API tests.
#pragma once

#include <arpa/inet.h>
#include <httplib.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <memory>
#include <string>

#include <nlohmann/json.hpp>

#include "e2e/e2e_support.h"
#include "server/accounts.h"
#include "server/server.h"

namespace vanthu::test {

inline const char* kPassword = "mat-khau-thu-nghiem";

struct TestServer {
  TempDir dir;
  std::unique_ptr<server::Server> srv;
  explicit TestServer(server::Options o = {}) {
    o.port = 0;
    o.users = dir / "users.sqlite";
    o.web_dir = source_dir() + "/web";
    o.work_dir = dir.path.string();
    if (o.register_location.empty()) o.register_location = dir / "register.sqlite";
    o.quiet = true;
    {
      server::Accounts a(o.users);
      std::string err;
      a.create_user("cv", "Chuyên Viên", server::Role::ChuyenVien, kPassword, err);
      a.create_user("vt", "Văn Thư", server::Role::VanThu, kPassword, err);
      a.create_user("admin", "Quản Trị", server::Role::QuanTri, kPassword, err);
    }
    srv = std::make_unique<server::Server>(o);
    srv->start();
  }
  int port() const { return srv->port(); }
  httplib::Client client() const {
    httplib::Client c("127.0.0.1", port());
    c.set_read_timeout(60, 0);
    return c;
  }
};

// A logged-in browser-like client: the session cookie and the CSRF token.
struct Login {
  std::string cookie, csrf;
  httplib::Headers headers(bool with_csrf = true) const {
    httplib::Headers h = {{"Cookie", "vt_session=" + cookie}};
    if (with_csrf) h.emplace("X-CSRF-Token", csrf);
    return h;
  }
};

inline Login login(const TestServer& s, const std::string& user) {
  auto c = s.client();
  auto r = c.Post("/api/login", nlohmann::json{{"username", user}, {"password", kPassword}}.dump(), "application/json");
  Login l;
  if (!r || r->status != 200) return l;
  const std::string set = r->get_header_value("Set-Cookie");
  const size_t start = set.find('=') + 1;
  l.cookie = set.substr(start, set.find(';') - start);
  l.csrf = nlohmann::json::parse(r->body)["csrf"];
  return l;
}

// A raw TCP connection to the server, for what a well-behaved client
// library would not send (slow bytes, unnormalised paths).
struct RawSocket {
  int fd = -1;
  explicit RawSocket(int port) {
    fd = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_port = htons(static_cast<uint16_t>(port));
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (connect(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0) {
      close(fd);
      fd = -1;
    }
  }
  ~RawSocket() {
    if (fd >= 0) close(fd);
  }
  bool send_all(const std::string& s) { return ::send(fd, s.data(), s.size(), MSG_NOSIGNAL) == static_cast<ssize_t>(s.size()); }
  std::string read_all() {
    std::string out;
    char buf[4096];
    ssize_t n;
    while ((n = recv(fd, buf, sizeof buf, 0)) > 0) out.append(buf, static_cast<size_t>(n));
    return out;
  }
};

inline std::string seed_data() { return slurp(source_dir() + "/examples/ke-hoach-atgt-2018/data.json"); }

}  // namespace vanthu::test
