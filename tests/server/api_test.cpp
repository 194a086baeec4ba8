// The HTTP API end to end: a server on a loopback port, requests as the
// page and programs send them, and the bad input the issue lists.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <functional>
#include <thread>

#include "server_support.h"

namespace vanthu::test {
namespace {

using nlohmann::json;

class ServerApi : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { server_ = new TestServer(); }
  static void TearDownTestSuite() {
    delete server_;
    server_ = nullptr;
  }
  static TestServer* server_;
};
TestServer* ServerApi::server_ = nullptr;

TEST_F(ServerApi, LoginSetsAHardenedCookieAndRejectsAWrongPassword) {
  auto c = server_->client();
  auto bad = c.Post("/api/login", json{{"username", "vt"}, {"password", "sai"}}.dump(), "application/json");
  ASSERT_TRUE(bad);
  EXPECT_EQ(bad->status, 401);
  EXPECT_TRUE(bad->get_header_value("Set-Cookie").empty());
  auto unknown = c.Post("/api/login", json{{"username", "khong-co"}, {"password", kPassword}}.dump(), "application/json");
  EXPECT_EQ(unknown->status, 401);

  auto ok = c.Post("/api/login", json{{"username", "vt"}, {"password", kPassword}}.dump(), "application/json");
  ASSERT_EQ(ok->status, 200);
  const std::string cookie = ok->get_header_value("Set-Cookie");
  EXPECT_NE(cookie.find("HttpOnly"), std::string::npos);
  EXPECT_NE(cookie.find("SameSite=Strict"), std::string::npos);
  EXPECT_NE(cookie.find("Secure"), std::string::npos);
  const json body = json::parse(ok->body);
  EXPECT_EQ(body["role"], "van_thu");
  EXPECT_EQ(body["csrf"].get<std::string>().size(), 64u);

  Login l = login(*server_, "vt");
  auto session = c.Get("/api/session", l.headers(false));
  ASSERT_EQ(session->status, 200);
  EXPECT_EQ(json::parse(session->body)["username"], "vt");
}

TEST_F(ServerApi, EveryApiRouteNeedsASessionOrAToken) {
  auto c = server_->client();
  for (const char* path : {"/api/templates", "/api/templates/ke-hoach", "/api/session", "/api/users", "/api/audit",
                           "/api/register", "/api/register/1", "/api/register/1/download", "/api/register/export?year=2018",
                           "/api/register/series", "/api/batch/0123abcd"}) {
    auto r = c.Get(path);
    ASSERT_TRUE(r) << path;
    EXPECT_EQ(r->status, 401) << path;
    EXPECT_EQ(json::parse(r->body)["error"]["code"], "no_session") << path;
  }
  for (const char* path : {"/api/render/ke-hoach", "/api/validate/ke-hoach", "/api/check", "/api/batch/ke-hoach",
                           "/api/tokens", "/api/users", "/api/logout", "/api/register/issue/ke-hoach",
                           "/api/register/1/void", "/api/register/1/release", "/api/register/reserve", "/api/register/series"}) {
    auto r = c.Post(path, seed_data(), "application/json");
    ASSERT_TRUE(r) << path;
    EXPECT_EQ(r->status, 401) << path;
  }
  auto forged = c.Get("/api/templates", {{"Cookie", "vt_session=" + std::string(64, 'a')}});
  EXPECT_EQ(forged->status, 401);
  auto bad_token = c.Get("/api/templates", {{"Authorization", "Bearer vt_" + std::string(64, '0')}});
  EXPECT_EQ(bad_token->status, 401);
  EXPECT_EQ(json::parse(bad_token->body)["error"]["code"], "bad_token");
}

TEST_F(ServerApi, ChangesWithACookieNeedTheCsrfToken) {
  Login l = login(*server_, "vt");
  auto c = server_->client();
  auto without = c.Post("/api/render/ke-hoach", l.headers(false), seed_data(), "application/json");
  EXPECT_EQ(without->status, 403);
  EXPECT_EQ(json::parse(without->body)["error"]["code"], "csrf");
  httplib::Headers wrong = l.headers(false);
  wrong.emplace("X-CSRF-Token", std::string(64, 'b'));
  EXPECT_EQ(c.Post("/api/render/ke-hoach", wrong, seed_data(), "application/json")->status, 403);
  // Another session's token is not this session's.
  Login other = login(*server_, "cv");
  httplib::Headers mixed = l.headers(false);
  mixed.emplace("X-CSRF-Token", other.csrf);
  EXPECT_EQ(c.Post("/api/render/ke-hoach", mixed, seed_data(), "application/json")->status, 403);
  EXPECT_EQ(c.Post("/api/render/ke-hoach", l.headers(), seed_data(), "application/json")->status, 200);
  // Logout ends the session.
  EXPECT_EQ(c.Post("/api/logout", l.headers(), "", "application/json")->status, 200);
  EXPECT_EQ(c.Get("/api/session", l.headers())->status, 401);
}

TEST_F(ServerApi, TemplatesAndTheirSchemas) {
  Login l = login(*server_, "cv");
  auto c = server_->client();
  auto list = c.Get("/api/templates", l.headers());
  ASSERT_EQ(list->status, 200);
  std::vector<std::string> names;
  for (const auto& t : json::parse(list->body)) names.push_back(t["name"]);
  EXPECT_NE(std::find(names.begin(), names.end(), "ke-hoach"), names.end());
  EXPECT_NE(std::find(names.begin(), names.end(), "quyet-dinh-khen-thuong"), names.end());

  auto one = c.Get("/api/templates/ke-hoach", l.headers());
  ASSERT_EQ(one->status, 200);
  const json schema = json::parse(one->body)["schema"];
  EXPECT_EQ(schema["type"], "object");
  EXPECT_EQ(schema["properties"]["co_quan"]["properties"]["ten"]["title"], "Tên cơ quan ban hành");
  EXPECT_EQ(schema["properties"]["noi_dung"]["x-vanthu-editor"], "outline");
  EXPECT_EQ(schema["properties"]["noi_nhan"]["items"]["type"], "string");
  const auto& req = schema["properties"]["nguoi_ky"]["required"];
  EXPECT_NE(std::find(req.begin(), req.end(), "ho_ten"), req.end());
  EXPECT_EQ(json::parse(c.Get("/api/templates/ke-hoach/schema", l.headers())->body), schema);
  // Form order: the header fields as they stand on the page, the signer last.
  std::vector<std::string> order;
  const auto ordered = nlohmann::ordered_json::parse(one->body);
  // Then the marks most documents do not carry, which the page folds away.
  for (const auto& [k, v] : ordered["schema"]["properties"].items())
    if (!v.contains("x-vanthu-advanced")) order.push_back(k);
    else EXPECT_EQ(v["x-vanthu-advanced"], true);
  ASSERT_GE(order.size(), 5u);
  EXPECT_EQ(order.front(), "co_quan_chu_quan");
  EXPECT_EQ(order.back(), "nguoi_ky");
  EXPECT_EQ(std::prev(ordered["schema"]["properties"].end()).key(), "dia_chi");
  // Every shared field has its Vietnamese title (no field is left unlabelled).
  for (const char* f : {"co_quan_chu_quan", "co_quan", "so", "dia_danh", "ngay", "trich_yeu", "noi_dung", "noi_nhan", "luu", "nguoi_ky"})
    EXPECT_TRUE(schema["properties"][f].contains("title") && schema["properties"][f]["title"] != f) << f;
  EXPECT_EQ(schema["properties"]["dia_danh"]["title"], "Địa danh");
  EXPECT_EQ(ordered["schema"]["properties"]["nguoi_ky"]["properties"].begin().key(), "ho_ten");
  auto missing = c.Get("/api/templates/khong-co", l.headers());
  EXPECT_EQ(missing->status, 404);
  EXPECT_EQ(json::parse(missing->body)["error"]["code"], "unknown_template");
}

// Every node of every built-in template's form schema, with the key that
// names it ("co_quan.ten", "can_cu[*]").
void each_node(const json& node, const std::string& key, const std::function<void(const std::string&, const json&)>& f) {
  if (node.contains("properties"))
    for (const auto& [k, sub] : node["properties"].items()) {
      const std::string sub_key = key.empty() ? k : key + "." + k;
      f(sub_key, sub);
      each_node(sub, sub_key, f);
    }
  if (node.contains("items")) {
    f(key + "[*]", node["items"]);
    each_node(node["items"], key + "[*]", f);
  }
}

bool has_vietnamese_letter(const std::string& s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
}

TEST_F(ServerApi, EveryFieldOfEveryTemplateHasAVietnameseTitle) {
  Login l = login(*server_, "cv");
  auto c = server_->client();
  const json list = json::parse(c.Get("/api/templates", l.headers())->body);
  ASSERT_GE(list.size(), 14u);
  int checked = 0;
  for (const auto& t : list) {
    const std::string name = t["name"];
    auto r = c.Get("/api/templates/" + name + "/schema", l.headers());
    ASSERT_EQ(r->status, 200) << name;
    each_node(json::parse(r->body), "", [&](const std::string& key, const json& node) {
      SCOPED_TRACE(name + ": " + key);
      ASSERT_TRUE(node.contains("title") && node["title"].is_string()) << "no title";
      const std::string title = node["title"];
      const std::string last = key.substr(key.find_last_of('.') == std::string::npos ? 0 : key.find_last_of('.') + 1);
      EXPECT_FALSE(title.empty());
      EXPECT_NE(title, key);
      EXPECT_NE(title, last);
      EXPECT_EQ(title.find('_'), std::string::npos) << title;
      EXPECT_TRUE(has_vietnamese_letter(title)) << title;
      if (node.contains("description")) EXPECT_TRUE(has_vietnamese_letter(node["description"].get<std::string>())) << node["description"];
      ++checked;
    });
  }
  EXPECT_GE(checked, 400);
  // The values the decree fixes are lists to choose from.
  const json cv = json::parse(c.Get("/api/templates/cong-van/schema", l.headers())->body)["properties"];
  EXPECT_EQ(cv["do_mat"]["enum"], json({"", "MẬT", "TỐI MẬT", "TUYỆT MẬT"}));
  EXPECT_EQ(cv["do_khan"]["enum"], json({"", "KHẨN", "THƯỢNG KHẨN", "HỎA TỐC"}));
  EXPECT_EQ(cv["nguoi_ky"]["properties"]["ky_thay"]["enum"], json({"", "KT", "Q", "TL", "TUQ"}));
  EXPECT_EQ(cv["do_mat"]["x-vanthu-advanced"], true);
  EXPECT_EQ(cv["ngay"]["x-vanthu-date"], true);
  const json bs = json::parse(c.Get("/api/templates/ban-sao/schema", l.headers())->body)["properties"];
  EXPECT_EQ(bs["sao"]["properties"]["hinh_thuc"]["enum"], json({"SAO Y", "SAO LỤC", "TRÍCH SAO"}));
  EXPECT_EQ(bs["sao"]["properties"]["nguoi_ky"]["properties"]["ky_thay"]["title"], "Quyền hạn ký");
  const json gm = json::parse(c.Get("/api/templates/giay-moi/schema", l.headers())->body)["properties"];
  EXPECT_EQ(gm["kinh_moi"]["title"], "Kính mời");
  EXPECT_EQ(gm["thoi_gian"]["title"], "Thời gian");

  // A value the decree does not have is an error at its field; the case is free, as the engine upper-cases it.
  json data = json::parse(seed_data());
  data["do_mat"] = "Bí mật";
  data["do_khan"] = "Hỏa tốc";
  data["nguoi_ky"]["ky_thay"] = "kt.";
  const json v = json::parse(c.Post("/api/validate/ke-hoach", l.headers(), data.dump(), "application/json")->body);
  ASSERT_EQ(v["errors"].size(), 1u) << v;
  EXPECT_EQ(v["errors"][0]["path"], "$.do_mat");
  EXPECT_NE(v["errors"][0]["message"].get<std::string>().find("MẬT, TỐI MẬT, TUYỆT MẬT"), std::string::npos) << v;
}

TEST_F(ServerApi, RenderGivesTheSameBytesAsTheCommand) {
  Login l = login(*server_, "cv");
  auto c = server_->client();
  auto pdf = c.Post("/api/render/ke-hoach?format=pdf", l.headers(), seed_data(), "application/json");
  ASSERT_EQ(pdf->status, 200);
  EXPECT_EQ(pdf->get_header_value("Content-Type"), "application/pdf");
  EXPECT_NE(pdf->get_header_value("Content-Disposition").find("ke-hoach-293.pdf"), std::string::npos);
  auto docx = c.Post("/api/render/ke-hoach?format=docx", l.headers(), seed_data(), "application/json");
  ASSERT_EQ(docx->status, 200);
  TempDir t;
  const auto r = run(quote(vanthu_binary()) + " render ke-hoach " + quote(source_dir() + "/examples/ke-hoach-atgt-2018/data.json") +
                     " -o " + quote(t / "kh.pdf") + " -o " + quote(t / "kh.docx"));
  ASSERT_EQ(r.status, 0) << r.out;
  EXPECT_TRUE(pdf->body == slurp(t / "kh.pdf")) << "the server's PDF differs from vanthu render's";
  EXPECT_TRUE(docx->body == slurp(t / "kh.docx")) << "the server's DOCX differs from vanthu render's";

  auto zip = c.Post("/api/render/ke-hoach?format=zip", l.headers(), seed_data(), "application/json");
  ASSERT_EQ(zip->status, 200);
  write(t / "both.zip", zip->body);
  const auto entries = zip_entries(t / "both.zip");
  ASSERT_EQ(entries.size(), 2u);
  EXPECT_EQ(entries[0].first, "ke-hoach-293.docx");
  EXPECT_TRUE(entries[1].second == pdf->body);
  EXPECT_EQ(c.Post("/api/render/ke-hoach?format=odt", l.headers(), seed_data(), "application/json")->status, 400);
}

TEST_F(ServerApi, DataErrorsHaveTheCommandsPathsAndMessages) {
  json data = json::parse(seed_data());
  data["nguoi_ky"].erase("ho_ten");
  data["so"] = "hai trăm";
  TempDir t;
  write(t / "bad.json", data.dump());
  const auto cli = run(quote(vanthu_binary()) + " render ke-hoach " + quote(t / "bad.json") + " -o " + quote(t / "x.pdf"));
  ASSERT_EQ(cli.status, 1);

  Login l = login(*server_, "cv");
  auto c = server_->client();
  auto r = c.Post("/api/render/ke-hoach", l.headers(), data.dump(), "application/json");
  ASSERT_EQ(r->status, 422);
  const json body = json::parse(r->body);
  ASSERT_GE(body["errors"].size(), 2u);
  std::vector<std::string> paths;
  for (const auto& e : body["errors"]) {
    paths.push_back(e["path"]);
    // The same line the command prints.
    EXPECT_NE(cli.out.find(e["text"].get<std::string>()), std::string::npos) << e["text"] << "\nCLI:\n" << cli.out;
  }
  EXPECT_NE(std::find(paths.begin(), paths.end(), "$.nguoi_ky.ho_ten"), paths.end());
  EXPECT_NE(std::find(paths.begin(), paths.end(), "$.so"), paths.end());

  // validate: the same findings, as a 200 the page shows at each field.
  auto v = c.Post("/api/validate/ke-hoach", l.headers(), data.dump(), "application/json");
  ASSERT_EQ(v->status, 200);
  const json vb = json::parse(v->body);
  EXPECT_FALSE(vb["ok"]);
  EXPECT_EQ(vb["errors"], body["errors"]);
  auto good = c.Post("/api/validate/ke-hoach", l.headers(), seed_data(), "application/json");
  EXPECT_TRUE(json::parse(good->body)["ok"]);
  auto not_object = c.Post("/api/render/ke-hoach", l.headers(), "[1, 2]", "application/json");
  EXPECT_EQ(not_object->status, 422);
}

TEST_F(ServerApi, MalformedJsonIsA400AtLineAndColumn) {
  Login l = login(*server_, "cv");
  auto c = server_->client();
  auto r = c.Post("/api/render/ke-hoach", l.headers(), "{\n  \"so\": 12,\n  \"dia_danh\": \"Lạng Sơn\"\n  \"x\": 1\n}", "application/json");
  ASSERT_EQ(r->status, 400);
  const json body = json::parse(r->body);
  EXPECT_EQ(body["error"]["code"], "malformed_json");
  EXPECT_EQ(body["errors"][0]["path"].get<std::string>().rfind("body:4:", 0), 0u) << r->body;
  EXPECT_EQ(c.Post("/api/validate/ke-hoach", l.headers(), "{", "application/json")->status, 400);
  EXPECT_EQ(c.Post("/api/login", "{\"username\":", "application/json")->status, 400);
  // Not declared as JSON: refused (also what keeps cross-site forms out).
  auto form = c.Post("/api/render/ke-hoach", l.headers(), "so=1", "application/x-www-form-urlencoded");
  EXPECT_EQ(form->status, 415);
}

TEST_F(ServerApi, OversizedBodiesAreRefused) {
  server::Options o;
  o.max_body_bytes = 64 * 1024;
  TestServer small(o);
  Login l = login(small, "cv");
  auto c = small.client();
  const std::string big = "{\"x\": \"" + std::string(100 * 1024, 'a') + "\"}";
  auto r = c.Post("/api/render/ke-hoach", l.headers(), big, "application/json");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 413);
  EXPECT_EQ(json::parse(r->body)["error"]["code"], "too_large");
  // The server still works.
  EXPECT_EQ(c.Post("/api/render/ke-hoach", l.headers(), seed_data(), "application/json")->status, 200);
}

TEST_F(ServerApi, ASlowClientIsCutOff) {
  server::Options o;
  o.request_timeout_ms = 2000;
  TestServer s(o);
  Login l = login(s, "cv");
  // One byte a second: every single read is far inside the 5 s read
  // timeout, only the whole-request deadline can stop it. Once in the
  // headers, once in the body of a request whose headers came at once.
  const std::string body = seed_data();
  const std::string slow_body_head = "POST /api/render/ke-hoach HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                                     "Cookie: vt_session=" + l.cookie + "\r\nX-CSRF-Token: " + l.csrf +
                                     "\r\nContent-Length: " + std::to_string(body.size()) + "\r\n\r\n";
  struct Slow {
    std::string sent_at_once, dribbled;
    size_t sent = 0;
    std::string answer;
  };
  std::vector<Slow> cases = {{"", "GET /api/templates HTTP/1.1\r\nHost: x\r\nX-Padding: " + std::string(40, 'p') + "\r\n\r\n"},
                             {slow_body_head, body.substr(0, 40)}};
  std::vector<std::thread> threads;
  for (auto& c : cases)
    threads.emplace_back([&s, &c] {
      RawSocket sock(s.port());
      if (sock.fd < 0 || !sock.send_all(c.sent_at_once)) return;
      const auto start = std::chrono::steady_clock::now();
      for (; c.sent < c.dribbled.size(); ++c.sent) {
        if (!sock.send_all(c.dribbled.substr(c.sent, 1))) break;
        std::this_thread::sleep_for(std::chrono::seconds(1));
        if (std::chrono::steady_clock::now() - start > std::chrono::seconds(8)) break;
      }
      c.answer = sock.read_all();
    });
  for (auto& t : threads) t.join();
  for (const auto& c : cases) {
    EXPECT_LT(c.sent, c.dribbled.size()) << "the server read a request sent at one byte a second to the end";
    EXPECT_EQ(c.answer.find("200 OK"), std::string::npos);
  }
  EXPECT_GE(s.srv->slow_clients_cut_off(), 2u);
  // Others are served meanwhile and after.
  EXPECT_EQ(s.client().Get("/api/templates", l.headers())->status, 200);
}

TEST_F(ServerApi, StaticFilesCannotEscapeTheWebFolder) {
  auto c = server_->client();
  auto index = c.Get("/");
  ASSERT_EQ(index->status, 200);
  EXPECT_NE(index->body.find("<html"), std::string::npos);
  EXPECT_NE(index->get_header_value("Content-Security-Policy").find("script-src 'self'"), std::string::npos);
  EXPECT_EQ(index->get_header_value("X-Content-Type-Options"), "nosniff");
  for (const char* path : {"/../CMakeLists.txt", "/..%2fCMakeLists.txt", "/%2e%2e/CMakeLists.txt", "/%2e%2e%2fCMakeLists.txt",
                           "/../../../../etc/passwd", "/web/../../CMakeLists.txt", "/..\\CMakeLists.txt",
                           "/....//CMakeLists.txt"}) {
    RawSocket sock(server_->port());
    ASSERT_TRUE(sock.send_all(std::string("GET ") + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"));
    const std::string res = sock.read_all();
    EXPECT_EQ(res.find("cmake_minimum_required"), std::string::npos) << path;
    EXPECT_EQ(res.find("root:"), std::string::npos) << path;
    EXPECT_EQ(res.find("200 OK"), std::string::npos) << path << "\n" << res.substr(0, 200);
  }
}

TEST_F(ServerApi, OpenApiDescribesEveryRoute) {
  auto r = server_->client().Get("/openapi.json");
  ASSERT_EQ(r->status, 200);
  const json spec = json::parse(r->body);
  EXPECT_EQ(spec["openapi"], "3.1.0");
  for (const char* path : {"/api/login", "/api/logout", "/api/session", "/api/users", "/api/users/{username}/active",
                           "/api/tokens", "/api/audit", "/api/templates", "/api/templates/{name}",
                           "/api/templates/{name}/schema", "/api/validate/{name}", "/api/render/{name}", "/api/check",
                           "/api/batch/{name}", "/api/batch/{id}", "/api/batch/{id}/download", "/api/register",
                           "/api/register/{id}", "/api/register/issue/{name}", "/api/register/{id}/download",
                           "/api/register/{id}/void", "/api/register/{id}/release", "/api/register/reserve",
                           "/api/register/export", "/api/register/series", "/api/sign", "/api/verify"})
    EXPECT_TRUE(spec["paths"].contains(path)) << path;
}

TEST_F(ServerApi, CheckReturnsFindingsBesideTheTextAndKeepsMarkupAsText) {
  Login l = login(*server_, "cv");
  auto c = server_->client();
  json data = json::parse(seed_data());
  data["trich_yeu"] = "<script>alert('x')</script> & <b>đậm</b>";
  data["ngay"] = "2018-03-27";
  auto docx = c.Post("/api/render/ke-hoach?format=docx", l.headers(), data.dump(), "application/json");
  ASSERT_EQ(docx->status, 200);
  auto r = c.Post("/api/check?name=ke-hoach.docx", l.headers(), docx->body,
                  "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  ASSERT_EQ(r->status, 200);
  EXPECT_EQ(r->get_header_value("X-Content-Type-Options"), "nosniff");
  EXPECT_EQ(r->get_header_value("Content-Type").rfind("application/json", 0), 0u);
  const json body = json::parse(r->body);
  EXPECT_EQ(body["documents"], 1);
  bool found = false;
  for (const auto& p : body["paragraphs"])
    if (p["text"].get<std::string>().find("<script>alert('x')</script> & <b>đậm</b>") != std::string::npos) found = true;
  EXPECT_TRUE(found) << "the script tag is not kept as text";
  EXPECT_TRUE(body["findings"].is_array());

  // A DOCX with a finding: the number without its leading zero is fine, a
  // missing Quốc hiệu is not; here simply an unreadable file and a real one.
  auto junk = c.Post("/api/check", l.headers(), "not a zip", "application/octet-stream");
  EXPECT_EQ(junk->status, 422);
  EXPECT_EQ(json::parse(junk->body)["error"]["code"], "unreadable_docx");
}

// Polls a batch job until it is no longer running (at most a minute).
json wait_for_batch(httplib::Client& c, const Login& l, const std::string& id) {
  json st;
  for (int i = 0; i < 600; ++i) {
    st = json::parse(c.Get("/api/batch/" + id, l.headers())->body);
    if (st["state"] != "running") break;
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  return st;
}

TEST_F(ServerApi, BatchRunsAndDownloads) {
  Login l = login(*server_, "vt");
  auto c = server_->client();
  const std::string data = slurp(source_dir() + "/examples/khen-thuong-atgt-2018/batch-ca-nhan.json");
  auto start = c.Post("/api/batch/quyet-dinh-khen-thuong-ca-nhan?each=$.danh_sach&format=pdf&start=13&name=%7B%7Bso%7D%7D",
                      l.headers(), data, "application/json");
  ASSERT_EQ(start->status, 202) << start->body;
  const std::string id = json::parse(start->body)["id"];
  json st = wait_for_batch(c, l, id);
  ASSERT_EQ(st["state"], "done") << st.dump();
  EXPECT_EQ(st["total"], 12);
  EXPECT_EQ(st["done"], 12);
  auto zip = c.Get("/api/batch/" + id + "/download", l.headers());
  ASSERT_EQ(zip->status, 200);
  TempDir t;
  write(t / "b.zip", zip->body);
  const auto entries = zip_entries(t / "b.zip");
  ASSERT_EQ(entries.size(), 12u);
  EXPECT_EQ(entries[0].first, "13.pdf");
  // The same records combined into one PDF.
  auto combined = c.Post("/api/batch/quyet-dinh-khen-thuong-ca-nhan?each=$.danh_sach&combine=pdf&start=13", l.headers(), data,
                         "application/json");
  ASSERT_EQ(combined->status, 202);
  const std::string cid = json::parse(combined->body)["id"];
  st = wait_for_batch(c, l, cid);
  ASSERT_EQ(st["state"], "done") << st.dump();
  auto pdf = c.Get("/api/batch/" + cid + "/download", l.headers());
  ASSERT_EQ(pdf->status, 200);
  EXPECT_EQ(pdf->get_header_value("Content-Type"), "application/pdf");
  write(t / "combined.pdf", pdf->body);
  EXPECT_NE(pdftotext(t / "combined.pdf").find("24/QĐ-STTTT"), std::string::npos) << "the 12th record, numbered 13 + 11";
  EXPECT_EQ(c.Post("/api/batch/quyet-dinh-khen-thuong-ca-nhan?combine=odt", l.headers(), data, "application/json")->status, 400);
  // Another account does not see the job.
  Login other = login(*server_, "cv");
  EXPECT_EQ(c.Get("/api/batch/" + id, other.headers())->status, 404);
  // Bad parameters and bad data.
  EXPECT_EQ(c.Post("/api/batch/quyet-dinh-khen-thuong-ca-nhan?format=xls", l.headers(), data, "application/json")->status, 400);
  EXPECT_EQ(c.Post("/api/batch/quyet-dinh-khen-thuong-ca-nhan?each=danh_sach", l.headers(), data, "application/json")->status, 400);
  EXPECT_EQ(c.Post("/api/batch/quyet-dinh-khen-thuong-ca-nhan", l.headers(), "{", "application/json")->status, 400);
  auto failing = c.Post("/api/batch/quyet-dinh-khen-thuong-ca-nhan?each=$.khong_co", l.headers(), data, "application/json");
  ASSERT_EQ(failing->status, 202);
  const std::string fid = json::parse(failing->body)["id"];
  st = wait_for_batch(c, l, fid);
  EXPECT_EQ(st["state"], "failed");
  EXPECT_FALSE(st["errors"].empty());
  EXPECT_EQ(c.Get("/api/batch/" + fid + "/download", l.headers())->status, 404);
}

TEST_F(ServerApi, AccountsRolesTokensAndTheAuditLog) {
  auto c = server_->client();
  Login cv = login(*server_, "cv");
  EXPECT_EQ(c.Get("/api/users", cv.headers())->status, 403);
  EXPECT_EQ(c.Post("/api/users", cv.headers(), json{{"username", "x"}}.dump(), "application/json")->status, 403);
  EXPECT_EQ(c.Get("/api/audit", cv.headers())->status, 403);

  Login admin = login(*server_, "admin");
  auto created = c.Post("/api/users", admin.headers(),
                        json{{"username", "vt2"}, {"display_name", "Văn thư 2"}, {"role", "van_thu"}, {"password", "mot-hai-ba-bon"}}.dump(),
                        "application/json");
  ASSERT_EQ(created->status, 201) << created->body;
  EXPECT_EQ(c.Post("/api/users", admin.headers(), json{{"username", "vt2"}, {"role", "van_thu"}, {"password", "mot-hai-ba-bon"}}.dump(),
                   "application/json")->status, 422);
  EXPECT_EQ(c.Post("/api/users", admin.headers(), json{{"username", "x"}, {"role", "giam_doc"}, {"password", "mot-hai-ba-bon"}}.dump(),
                   "application/json")->status, 422);
  EXPECT_EQ(c.Post("/api/users", admin.headers(), json{{"username", "ngan"}, {"role", "van_thu"}, {"password", "123"}}.dump(),
                   "application/json")->status, 422);
  auto users = json::parse(c.Get("/api/users", admin.headers())->body);
  EXPECT_EQ(users.size(), 4u);

  // An API token works without cookie or CSRF token, as programs use it.
  auto tok = c.Post("/api/tokens", cv.headers(), json{{"name", "e-office"}}.dump(), "application/json");
  ASSERT_EQ(tok->status, 201);
  const std::string token = json::parse(tok->body)["token"];
  auto pdf = c.Post("/api/render/ke-hoach", {{"Authorization", "Bearer " + token}}, seed_data(), "application/json");
  EXPECT_EQ(pdf->status, 200);

  // Disabling an account ends its sessions.
  Login vt2;
  {
    auto r = c.Post("/api/login", json{{"username", "vt2"}, {"password", "mot-hai-ba-bon"}}.dump(), "application/json");
    ASSERT_EQ(r->status, 200);
  }
  EXPECT_EQ(c.Post("/api/users/vt2/active", admin.headers(), json{{"active", false}}.dump(), "application/json")->status, 200);
  EXPECT_EQ(c.Post("/api/login", json{{"username", "vt2"}, {"password", "mot-hai-ba-bon"}}.dump(), "application/json")->status, 401);

  const json audit = json::parse(c.Get("/api/audit", admin.headers())->body);
  std::vector<std::string> actions;
  for (const auto& a : audit) actions.push_back(a["username"].get<std::string>() + " " + a["action"].get<std::string>());
  EXPECT_NE(std::find(actions.begin(), actions.end(), "admin user.create"), actions.end());
  EXPECT_NE(std::find(actions.begin(), actions.end(), "admin user.disable"), actions.end());
  EXPECT_NE(std::find(actions.begin(), actions.end(), "cv token.create"), actions.end());
}

TEST_F(ServerApi, UnknownApiPathsAreJson404) {
  Login l = login(*server_, "cv");
  auto r = server_->client().Get("/api/khong-co", l.headers());
  EXPECT_EQ(r->status, 404);
  EXPECT_EQ(json::parse(r->body)["error"]["code"], "not_found");
}

TEST(ServerStop, RequestsInFlightFinish) {
  TestServer s;
  Login l = login(s, "cv");
  const std::string body = seed_data();
  RawSocket sock(s.port());
  // Headers and half the body, then stop(), then the rest: the request that
  // was in flight when the stop began is answered in full.
  const std::string head = "POST /api/render/ke-hoach HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                           "Cookie: vt_session=" + l.cookie + "\r\nX-CSRF-Token: " + l.csrf +
                           "\r\nConnection: close\r\nContent-Length: " + std::to_string(body.size()) + "\r\n\r\n";
  ASSERT_TRUE(sock.send_all(head + body.substr(0, body.size() / 2)));
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  std::thread stopper([&] { s.srv->stop(); });
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  ASSERT_TRUE(sock.send_all(body.substr(body.size() / 2)));
  const std::string res = sock.read_all();
  stopper.join();
  EXPECT_EQ(res.rfind("HTTP/1.1 200 OK", 0), 0u) << res.substr(0, 300);
  EXPECT_NE(res.find("%PDF-"), std::string::npos);
  EXPECT_NE(res.find("%%EOF"), std::string::npos);
  // No new connection is accepted after the stop.
  RawSocket late(s.port());
  EXPECT_LT(late.fd, 0);
}

TEST(ServeCommand, SigtermStopsTheServerCleanly) {
  TempDir t;
  const std::string users = t / "users.sqlite";
  auto add = run("VANTHU_PASSWORD=" + std::string(kPassword) + " " + quote(vanthu_binary()) + " serve --users " + quote(users) +
                 " --init-admin root");
  ASSERT_EQ(add.status, 0) << add.out;
  auto again = run("VANTHU_PASSWORD=" + std::string(kPassword) + " " + quote(vanthu_binary()) + " serve --users " +
                   quote(users) + " --init-admin root2");
  EXPECT_EQ(again.status, 1) << "a second --init-admin must be refused";
  auto short_pw = run("VANTHU_PASSWORD=ngan " + quote(vanthu_binary()) + " serve --users " + quote(users) +
                      " --add-user a --role van_thu");
  EXPECT_EQ(short_pw.status, 1);
  EXPECT_EQ(run(quote(vanthu_binary()) + " serve --port 99999").status, 2);
  // Start, wait for the "listening" line, SIGTERM, exit status 0.
  const auto r = run(quote(vanthu_binary()) + " serve --port 0 --users " + quote(users) + " --quiet 2>" + quote(t / "log") +
                     " & pid=$!; for i in $(seq 100); do sleep 0.1; grep -q listening " + quote(t / "log") +
                     " && break; done; kill -TERM $pid; wait $pid; echo status=$?");
  EXPECT_NE(r.out.find("status=0"), std::string::npos) << r.out << slurp(t / "log");
  const std::string log = slurp(t / "log");
  EXPECT_NE(log.find("listening on http://127.0.0.1:"), std::string::npos) << log;
  EXPECT_NE(log.find("SIGTERM received"), std::string::npos) << log;
}

}  // namespace
}  // namespace vanthu::test
