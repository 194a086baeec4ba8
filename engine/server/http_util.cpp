#include "server/http_util.h"

#include "server/connection_queue.h"
#include "server/context.h"
#include "server/crypto.h"
#include "template/data.h"

namespace vanthu::server {

void send_json(httplib::Response& res, int status, const nlohmann::json& body) {
  res.status = status;
  // Invalid UTF-8 cannot come from the engine (it normalises every string);
  // replace rather than throw if it ever does.
  res.set_content(body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace), "application/json; charset=utf-8");
}

void send_ordered_json(httplib::Response& res, int status, const nlohmann::ordered_json& body) {
  res.status = status;
  res.set_content(body.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace), "application/json; charset=utf-8");
}

void send_error(httplib::Response& res, int status, const std::string& code, const std::string& message) {
  send_json(res, status, {{"error", {{"code", code}, {"message", message}}}});
}

nlohmann::json diagnostics_json(const Diagnostics& diag) {
  nlohmann::json errors = nlohmann::json::array(), warnings = nlohmann::json::array();
  for (const auto& d : diag.items()) {
    nlohmann::json o = {{"path", d.where}, {"message", d.message}, {"text", d.format()}};
    (d.severity == Diagnostic::Severity::Error ? errors : warnings).push_back(std::move(o));
  }
  return {{"errors", errors}, {"warnings", warnings}};
}

void send_diagnostics(httplib::Response& res, int status, const Diagnostics& diag) {
  nlohmann::json body = diagnostics_json(diag);
  body["error"] = {{"code", status == 400 ? "malformed_json" : "invalid_data"},
                   {"message", diag.items().empty() ? "" : diag.items().front().format()}};
  send_json(res, status, body);
}

std::optional<nlohmann::json> json_body(const httplib::Request& req, httplib::Response& res) {
  ConnectionQueue::request_read();  // the body is in: the read deadline no longer applies
  const std::string type = req.get_header_value("Content-Type");
  if (type.rfind("application/json", 0) != 0) {
    // Also a CSRF defence: a cross-site HTML form cannot send this type.
    send_error(res, 415, "unsupported_media_type", "the body must be JSON (Content-Type: application/json)");
    return std::nullopt;
  }
  Diagnostics diag;
  nlohmann::json j = tmpl::parse_data(req.body, "body", diag);
  if (diag.has_errors()) {
    send_diagnostics(res, 400, diag);
    return std::nullopt;
  }
  return j;
}

std::string string_at(const nlohmann::json& j, const char* key) {
  if (!j.is_object()) return "";
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::string session_cookie(const httplib::Request& req) {
  const std::string cookies = req.get_header_value("Cookie");
  const std::string key = "vt_session=";
  size_t pos = 0;
  while ((pos = cookies.find(key, pos)) != std::string::npos) {
    if (pos == 0 || cookies[pos - 1] == ' ' || cookies[pos - 1] == ';') {
      const size_t start = pos + key.size();
      const size_t end = cookies.find(';', start);
      return cookies.substr(start, end == std::string::npos ? std::string::npos : end - start);
    }
    pos += key.size();
  }
  return "";
}

std::string cookie_header(const Context& ctx, const std::string& value, bool clear) {
  // HttpOnly: scripts cannot read it; SameSite=Strict: not sent with
  // requests other sites start; Secure: only over HTTPS (browsers treat
  // http://localhost as secure too).
  std::string h = "vt_session=" + value + "; Path=/; HttpOnly; SameSite=Strict";
  if (ctx.options.secure_cookies) h += "; Secure";
  if (clear) h += "; Max-Age=0";
  return h;
}

std::optional<Session> authorize(Context& ctx, const httplib::Request& req, httplib::Response& res) {
  ConnectionQueue::request_read();  // every API handler starts here, after httplib has read the body
  const std::string auth = req.get_header_value("Authorization");
  if (auth.rfind("Bearer ", 0) == 0) {
    if (auto s = ctx.accounts.token(auth.substr(7))) return s;
    send_error(res, 401, "bad_token", "the API token is not valid");
    return std::nullopt;
  }
  const std::string cookie = session_cookie(req);
  auto s = cookie.empty() ? std::nullopt : ctx.accounts.session(cookie);
  if (!s) {
    send_error(res, 401, "no_session", "đăng nhập để tiếp tục (log in, or send an API token)");
    return std::nullopt;
  }
  if (req.method != "GET" && req.method != "HEAD" &&
      !equal_constant_time(req.get_header_value("X-CSRF-Token"), s->csrf)) {
    send_error(res, 403, "csrf", "the request lacks the session's CSRF token (X-CSRF-Token)");
    return std::nullopt;
  }
  return s;
}

std::string attachment(const std::string& file_name) {
  std::string safe;
  for (char c : file_name)
    safe += ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '_')
                ? c
                : '_';
  return "attachment; filename=\"" + safe + "\"";
}

}  // namespace vanthu::server
