// The register endpoints: issuing through HTTP with the account recorded,
// downloads checked against the recorded SHA-256, voiding, search, export;
// and two `vanthu serve` processes issuing at once on one PostgreSQL
// register without a duplicate or a gap.
#include <gtest/gtest.h>

#include <signal.h>
#include <sys/wait.h>

#include <algorithm>
#include <set>
#include <thread>

#include "register/pg_cluster.h"
#include "server/crypto.h"
#include "server_support.h"

namespace vanthu::test {
namespace {

using nlohmann::json;

json plan_without_number() {
  json d = json::parse(seed_data());
  d.erase("so");
  return d;
}

TEST(RegisterApi, IssueDownloadSearchVoidExport) {
  TestServer s;
  auto c = s.client();
  Login vt = login(s, "vt"), cv = login(s, "cv");

  // Only văn thư (and quản trị) issue; with a cookie the CSRF token is needed.
  EXPECT_EQ(c.Post("/api/register/issue/ke-hoach", cv.headers(), plan_without_number().dump(), "application/json")->status, 403);
  EXPECT_EQ(c.Post("/api/register/issue/ke-hoach", vt.headers(false), plan_without_number().dump(), "application/json")->status, 403);
  // A number in the data is refused at its path.
  auto with_number = c.Post("/api/register/issue/ke-hoach", vt.headers(), seed_data(), "application/json");
  ASSERT_EQ(with_number->status, 422);
  EXPECT_EQ(json::parse(with_number->body)["errors"][0]["path"], "$.so");
  EXPECT_EQ(c.Post("/api/register/issue/ke-hoach", vt.headers(), "{\"a\":", "application/json")->status, 400);

  auto first = c.Post("/api/register/issue/ke-hoach", vt.headers(), plan_without_number().dump(), "application/json");
  ASSERT_EQ(first->status, 201) << first->body;
  const json issued = json::parse(first->body);
  EXPECT_EQ(issued["row"]["symbol"], "01/KH-STTTT");
  EXPECT_EQ(issued["row"]["date"], "2018-03-27");
  EXPECT_EQ(issued["row"]["issued_by"], "vt");
  auto second = c.Post("/api/register/issue/ke-hoach", vt.headers(), plan_without_number().dump(), "application/json");
  ASSERT_EQ(second->status, 201);
  EXPECT_EQ(json::parse(second->body)["row"]["symbol"], "02/KH-STTTT");

  // The download is the document as issued: its number in the text, its
  // bytes those whose SHA-256 the register recorded.
  auto pdf = c.Get(issued["downloads"]["pdf"].get<std::string>(), cv.headers());
  ASSERT_EQ(pdf->status, 200) << pdf->body;
  std::string recorded;
  for (const auto& o : issued["row"]["outputs"])
    if (o["format"] == "pdf") recorded = o["sha256"];
  EXPECT_EQ(server::sha256_hex(pdf->body), recorded);
  TempDir t;
  write(t / "01.pdf", pdf->body);
  const std::string text = pdftotext(t / "01.pdf");
  EXPECT_NE(text.find("01/KH-STTTT"), std::string::npos) << text.substr(0, 400);
  auto docx = c.Get(issued["downloads"]["docx"].get<std::string>(), cv.headers());
  EXPECT_EQ(docx->status, 200);
  EXPECT_EQ(docx->body.substr(0, 2), "PK");

  // Search and the row with its history.
  auto found = json::parse(c.Get("/api/register?year=2018&text=02/KH", cv.headers())->body);
  ASSERT_EQ(found["rows"].size(), 1u);
  EXPECT_EQ(found["rows"][0]["symbol"], "02/KH-STTTT");
  EXPECT_EQ(json::parse(c.Get("/api/register?year=2019", cv.headers())->body)["rows"].size(), 0u);
  EXPECT_EQ(c.Get("/api/register?status=nonsense", cv.headers())->status, 400);

  // Voiding: văn thư only, with a reason; the number stays.
  const std::string id2 = std::to_string(json::parse(second->body)["row"]["id"].get<long long>());
  EXPECT_EQ(c.Post("/api/register/" + id2 + "/void", cv.headers(), json{{"reason", "x"}}.dump(), "application/json")->status, 403);
  EXPECT_EQ(c.Post("/api/register/" + id2 + "/void", vt.headers(), json{{"reason", ""}}.dump(), "application/json")->status, 422);
  auto voided = c.Post("/api/register/" + id2 + "/void", vt.headers(), json{{"reason", "Ban hành nhầm"}}.dump(), "application/json");
  ASSERT_EQ(voided->status, 200) << voided->body;
  EXPECT_EQ(json::parse(voided->body)["status"], "voided");
  auto third = c.Post("/api/register/issue/ke-hoach", vt.headers(), plan_without_number().dump(), "application/json");
  EXPECT_EQ(json::parse(third->body)["row"]["symbol"], "03/KH-STTTT") << "a voided number is never re-used";
  const json row = json::parse(c.Get("/api/register/" + id2, cv.headers())->body);
  std::vector<std::string> history;
  for (const auto& e : row["history"]) history.push_back(e["action"].get<std::string>() + " by " + e["by"].get<std::string>());
  EXPECT_NE(std::find(history.begin(), history.end(), "void by vt"), history.end());

  // Reservation for a paper document.
  auto reserved = c.Post("/api/register/reserve", vt.headers(),
                         json{{"organ", "STTTT"}, {"type", "ke-hoach"}, {"date", "2018-04-02"}, {"summary", "Giấy"}}.dump(),
                         "application/json");
  ASSERT_EQ(reserved->status, 201) << reserved->body;
  EXPECT_EQ(json::parse(reserved->body)["status"], "reserved");
  const std::string rid = std::to_string(json::parse(reserved->body)["id"].get<long long>());
  EXPECT_EQ(c.Post("/api/register/" + rid + "/release", cv.headers(), json{{"reason", "x"}}.dump(), "application/json")->status, 403);
  auto released = c.Post("/api/register/" + rid + "/release", vt.headers(), json{{"reason", "Không ký nữa"}}.dump(), "application/json");
  ASSERT_EQ(released->status, 200) << released->body;
  EXPECT_EQ(json::parse(released->body)["status"], "released");
  EXPECT_EQ(c.Post("/api/register/" + rid + "/release", vt.headers(), json{{"reason", "lần nữa"}}.dump(), "application/json")->status, 422)
      << "a released number cannot be released again";
  EXPECT_EQ(c.Post("/api/register/999999/void", vt.headers(), json{{"reason", "x"}}.dump(), "application/json")->status, 422);
  EXPECT_EQ(c.Get("/api/register/999999", cv.headers())->status, 404);

  // Export of the year: văn thư only.
  EXPECT_EQ(c.Get("/api/register/export?year=2018&format=csv", cv.headers())->status, 403);
  auto csv = c.Get("/api/register/export?year=2018&format=csv", vt.headers());
  ASSERT_EQ(csv->status, 200) << csv->body;
  EXPECT_NE(csv->body.find("01/KH-STTTT"), std::string::npos);
  EXPECT_NE(csv->body.find("Ban hành nhầm"), std::string::npos);
  auto exported = c.Get("/api/register/export?year=2018&format=pdf", vt.headers());
  ASSERT_EQ(exported->status, 200) << exported->body;
  EXPECT_EQ(exported->body.substr(0, 5), "%PDF-");
  EXPECT_EQ(c.Get("/api/register/export?format=pdf", vt.headers())->status, 400);

  // Series: quản trị only.
  EXPECT_EQ(c.Post("/api/register/series", vt.headers(), json{{"code", "mat"}, {"name", "Mật"}, {"secret", true}}.dump(),
                   "application/json")->status, 403);
  Login admin = login(s, "admin");
  EXPECT_EQ(c.Post("/api/register/series", admin.headers(), json{{"code", "mat"}, {"name", "Văn bản mật"}, {"secret", true}}.dump(),
                   "application/json")->status, 200);
  auto series = json::parse(c.Get("/api/register/series", cv.headers())->body);
  EXPECT_EQ(series.size(), 2u);

  // Every change is in the audit log with its account.
  const json audit = json::parse(c.Get("/api/audit", admin.headers())->body);
  std::set<std::string> seen;
  for (const auto& a : audit) seen.insert(a["username"].get<std::string>() + " " + a["action"].get<std::string>());
  for (const char* e : {"vt register.issue", "vt register.void", "vt register.reserve", "vt register.export", "admin register.series"})
    EXPECT_TRUE(seen.count(e)) << e;
}

// SIGTERM, then its exit status (-1 when it did not exit normally).
int stop_server(pid_t pid) {
  kill(pid, SIGTERM);
  int status = 0;
  waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

// Starts `vanthu serve` on a free port; returns its pid and port.
std::pair<pid_t, int> start_server(const std::string& users, const std::string& register_url, const std::string& log) {
  const pid_t pid = fork();
  if (pid == 0) {
    freopen(log.c_str(), "w", stderr);
    execl(vanthu_binary().c_str(), "vanthu", "serve", "--port", "0", "--users", users.c_str(), "--register",
          register_url.c_str(), "--quiet", static_cast<char*>(nullptr));
    _exit(127);
  }
  for (int i = 0; i < 200; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    const std::string text = slurp(log);
    const size_t at = text.find("listening on http://127.0.0.1:");
    if (at != std::string::npos) return {pid, std::atoi(text.c_str() + at + 30)};
  }
  return {pid, 0};
}

TEST(SeveralServers, TwoServersOnOnePostgresqlRegisterIssueWithoutDuplicateOrGap) {
  std::string why;
  PgCluster* pg = PgCluster::get(&why);
  if (!pg) GTEST_SKIP() << why;
  const std::string url = pg->new_database();
  TempDir t;
  const std::string users = t / "users.sqlite";
  {
    server::Accounts a(users);
    std::string err;
    ASSERT_TRUE(a.create_user("vt", "Văn Thư", server::Role::VanThu, kPassword, err)) << err;
  }
  auto [pid_a, port_a] = start_server(users, url, t / "a.log");
  auto [pid_b, port_b] = start_server(users, url, t / "b.log");
  ASSERT_GT(port_a, 0) << slurp(t / "a.log");
  ASSERT_GT(port_b, 0) << slurp(t / "b.log");

  // Programs use a token; one account, both servers (the accounts file is shared).
  std::string token;
  {
    httplib::Client c("127.0.0.1", port_a);
    auto r = c.Post("/api/login", json{{"username", "vt"}, {"password", kPassword}}.dump(), "application/json");
    ASSERT_EQ(r->status, 200);
    const std::string set = r->get_header_value("Set-Cookie");
    const std::string cookie = set.substr(0, set.find(';'));
    auto tok = c.Post("/api/tokens", {{"Cookie", cookie}, {"X-CSRF-Token", json::parse(r->body)["csrf"]}},
                      json{{"name", "test"}}.dump(), "application/json");
    ASSERT_EQ(tok->status, 201);
    token = json::parse(tok->body)["token"];
  }
  // 4 clients per server, 10 documents each, all at once.
  constexpr int kClients = 4, kEach = 10;
  const std::string data = plan_without_number().dump();
  std::vector<std::thread> clients;
  std::mutex mutex;
  std::vector<std::string> symbols;
  int failures = 0;
  for (int port : {port_a, port_b})
    for (int i = 0; i < kClients; ++i)
      clients.emplace_back([&, port] {
        httplib::Client c("127.0.0.1", port);
        c.set_read_timeout(120, 0);
        for (int k = 0; k < kEach; ++k) {
          auto r = c.Post("/api/register/issue/ke-hoach", {{"Authorization", "Bearer " + token}}, data, "application/json");
          std::lock_guard lock(mutex);
          if (r && r->status == 201) symbols.push_back(json::parse(r->body)["row"]["symbol"]);
          else ++failures;
        }
      });
  for (auto& th : clients) th.join();
  EXPECT_EQ(stop_server(pid_a), 0);
  EXPECT_EQ(stop_server(pid_b), 0);

  EXPECT_EQ(failures, 0);
  const int total = 2 * kClients * kEach;
  ASSERT_EQ(static_cast<int>(symbols.size()), total);
  std::set<long long> numbers;
  for (const auto& s : symbols) numbers.insert(std::stoll(s.substr(0, s.find('/'))));
  EXPECT_EQ(static_cast<int>(numbers.size()), total) << "duplicate numbers";
  EXPECT_EQ(*numbers.begin(), 1);
  EXPECT_EQ(*numbers.rbegin(), total) << "a gap in the numbers";
}

// Accounts in PostgreSQL: two servers share accounts, sessions, tokens and
// the audit log, so a load balancer may send any request to either.
TEST(SeveralServers, AccountsInPostgresqlAreSharedBetweenServers) {
  std::string why;
  PgCluster* pg = PgCluster::get(&why);
  if (!pg) GTEST_SKIP() << why;
  const std::string url = pg->new_database();  // the register's database also holds the accounts (own schema)
  {
    server::Accounts a(url);
    std::string err;
    ASSERT_TRUE(a.create_user("vt", "Văn Thư", server::Role::VanThu, kPassword, err)) << err;
    ASSERT_TRUE(a.create_user("admin", "Quản Trị", server::Role::QuanTri, kPassword, err)) << err;
    EXPECT_FALSE(a.create_user("vt", "Trùng", server::Role::VanThu, kPassword, err)) << "a taken name";
    EXPECT_NE(err.find("đã có"), std::string::npos) << err;
  }
  TempDir t;
  auto [pid_a, port_a] = start_server(url, url, t / "a.log");
  auto [pid_b, port_b] = start_server(url, url, t / "b.log");
  ASSERT_GT(port_a, 0) << slurp(t / "a.log");
  ASSERT_GT(port_b, 0) << slurp(t / "b.log");
  httplib::Client a("127.0.0.1", port_a), b("127.0.0.1", port_b);
  a.set_read_timeout(60, 0);
  b.set_read_timeout(60, 0);

  // A session opened on A is valid on B, with its CSRF token.
  auto r = a.Post("/api/login", json{{"username", "vt"}, {"password", kPassword}}.dump(), "application/json");
  ASSERT_EQ(r->status, 200);
  const std::string set = r->get_header_value("Set-Cookie");
  const httplib::Headers vt = {{"Cookie", set.substr(0, set.find(';'))}, {"X-CSRF-Token", json::parse(r->body)["csrf"]}};
  EXPECT_EQ(b.Get("/api/session", vt)->status, 200);
  auto issued = b.Post("/api/register/issue/ke-hoach", vt, plan_without_number().dump(), "application/json");
  ASSERT_EQ(issued->status, 201) << issued->body;

  // An account made by the administrator on B logs in on A.
  auto ra = b.Post("/api/login", json{{"username", "admin"}, {"password", kPassword}}.dump(), "application/json");
  ASSERT_EQ(ra->status, 200);
  const std::string seta = ra->get_header_value("Set-Cookie");
  const httplib::Headers admin = {{"Cookie", seta.substr(0, seta.find(';'))}, {"X-CSRF-Token", json::parse(ra->body)["csrf"]}};
  auto made = b.Post("/api/users", admin,
                     json{{"username", "cv2"}, {"display_name", "Chuyên Viên Hai"}, {"role", "chuyen_vien"}, {"password", kPassword}}.dump(),
                     "application/json");
  ASSERT_EQ(made->status / 100, 2) << made->body;
  EXPECT_EQ(a.Post("/api/login", json{{"username", "cv2"}, {"password", kPassword}}.dump(), "application/json")->status, 200);

  // The audit log read on A holds what was done on B.
  auto audit = a.Get("/api/audit", admin);
  ASSERT_EQ(audit->status, 200);
  std::set<std::string> seen;
  for (const auto& e : json::parse(audit->body)) seen.insert(e["username"].get<std::string>() + " " + e["action"].get<std::string>());
  EXPECT_TRUE(seen.count("vt register.issue")) << audit->body;
  EXPECT_TRUE(seen.count("admin user.create")) << audit->body;

  // Logging out on A ends the session on B.
  EXPECT_EQ(a.Post("/api/logout", vt, "{}", "application/json")->status, 200);
  EXPECT_EQ(b.Get("/api/session", vt)->status, 401);

  EXPECT_EQ(stop_server(pid_a), 0);
  EXPECT_EQ(stop_server(pid_b), 0);
}

}  // namespace
}  // namespace vanthu::test
