// Login, logout, the current session, accounts (quản trị), API tokens.
#include <httplib.h>

#include "server/context.h"
#include "server/http_util.h"

namespace vanthu::server {

namespace {

nlohmann::json user_json(const User& u) {
  return {{"username", u.username}, {"display_name", u.display_name}, {"role", role_name(u.role)}, {"active", u.active}};
}

// What the page knows of its session (login and GET /api/session): the
// account, the CSRF token and, when the server holds the organ's key, its
// certificate's subject (the page then offers "Ký số").
nlohmann::json session_json(const Context& ctx, const User& u, const std::string& csrf) {
  nlohmann::json out = user_json(u);
  out["csrf"] = csrf;
  out["signing"] = ctx.signer ? nlohmann::json(ctx.signer->subject()) : nlohmann::json(nullptr);
  return out;
}


}  // namespace

void add_session_routes(httplib::Server& http, Context& ctx) {
  http.Post("/api/login", [&ctx](const httplib::Request& req, httplib::Response& res) {
    auto body = json_body(req, res);
    if (!body) return;
    if (!body->is_object()) return send_error(res, 400, "bad_request", "expected {\"username\": …, \"password\": …}");
    auto user = ctx.accounts.check_password(string_at(*body, "username"), string_at(*body, "password"));
    if (!user) return send_error(res, 401, "bad_login", "sai tên đăng nhập hoặc mật khẩu");
    std::string csrf;
    const std::string cookie = ctx.accounts.open_session(*user, csrf);
    res.set_header("Set-Cookie", cookie_header(ctx, cookie));
    send_json(res, 200, session_json(ctx, *user, csrf));
  });

  http.Post("/api/logout", [&ctx](const httplib::Request& req, httplib::Response& res) {
    auto s = authorize(ctx, req, res);
    if (!s) return;
    ctx.accounts.close_session(session_cookie(req));
    res.set_header("Set-Cookie", cookie_header(ctx, "", true));
    send_json(res, 200, {{"ok", true}});
  });

  http.Get("/api/session", [&ctx](const httplib::Request& req, httplib::Response& res) {
    auto s = authorize(ctx, req, res);
    if (!s) return;
    send_json(res, 200, session_json(ctx, s->user, s->csrf));
  });

  http.Get("/api/users", [&ctx](const httplib::Request& req, httplib::Response& res) {
    auto s = authorize(ctx, req, res);
    if (!s) return;
    if (!can_manage_users(s->user.role)) return send_error(res, 403, "forbidden", "chỉ quản trị quản lý tài khoản");
    nlohmann::json out = nlohmann::json::array();
    for (const auto& u : ctx.accounts.users()) out.push_back(user_json(u));
    send_json(res, 200, out);
  });

  http.Post("/api/users", [&ctx](const httplib::Request& req, httplib::Response& res) {
    auto s = authorize(ctx, req, res);
    if (!s) return;
    if (!can_manage_users(s->user.role)) return send_error(res, 403, "forbidden", "chỉ quản trị quản lý tài khoản");
    auto body = json_body(req, res);
    if (!body) return;
    if (!body->is_object()) return send_error(res, 400, "bad_request", "expected an object");
    const auto role = role_from_name(string_at(*body, "role"));
    if (!role) return send_error(res, 422, "bad_role", "$.role: must be chuyen_vien, van_thu or quan_tri");
    std::string error;
    const std::string username = string_at(*body, "username");
    if (!ctx.accounts.create_user(username, string_at(*body, "display_name"), *role, string_at(*body, "password"), error))
      return send_error(res, 422, "bad_user", error);
    ctx.accounts.audit(s->user.username, "user.create", username + " (" + role_name(*role) + ")");
    send_json(res, 201, {{"username", username}, {"role", role_name(*role)}});
  });

  http.Post(R"(/api/users/([a-z0-9._-]+)/active)", [&ctx](const httplib::Request& req, httplib::Response& res) {
    auto s = authorize(ctx, req, res);
    if (!s) return;
    if (!can_manage_users(s->user.role)) return send_error(res, 403, "forbidden", "chỉ quản trị quản lý tài khoản");
    auto body = json_body(req, res);
    if (!body) return;
    auto it = body->find("active");
    if (!body->is_object() || it == body->end() || !it->is_boolean())
      return send_error(res, 422, "bad_request", "$.active: must be true or false");
    const std::string name = req.matches[1];
    if (!ctx.accounts.set_active(name, it->get<bool>())) return send_error(res, 404, "not_found", "no account " + name);
    ctx.accounts.audit(s->user.username, it->get<bool>() ? "user.enable" : "user.disable", name);
    send_json(res, 200, {{"ok", true}});
  });

  http.Post("/api/tokens", [&ctx](const httplib::Request& req, httplib::Response& res) {
    auto s = authorize(ctx, req, res);
    if (!s) return;
    auto body = json_body(req, res);
    if (!body) return;
    const std::string name = body->is_object() ? string_at(*body, "name") : "";
    if (name.empty()) return send_error(res, 422, "bad_request", "$.name: give the token a name (the program using it)");
    const std::string token = ctx.accounts.create_token(s->user, name);
    ctx.accounts.audit(s->user.username, "token.create", name);
    send_json(res, 201, {{"token", token}, {"name", name}});
  });

  http.Get("/api/audit", [&ctx](const httplib::Request& req, httplib::Response& res) {
    auto s = authorize(ctx, req, res);
    if (!s) return;
    if (!can_manage_users(s->user.role)) return send_error(res, 403, "forbidden", "chỉ quản trị xem nhật ký");
    nlohmann::json out = nlohmann::json::array();
    for (const auto& r : ctx.accounts.audit_log(500))
      out.push_back({{"at", r.at}, {"username", r.username}, {"action", r.action}, {"detail", r.detail}});
    send_json(res, 200, out);
  });
}

}  // namespace vanthu::server
