// JSON responses and errors, and who is asking (session cookie + CSRF token,
// or an API token), shared by the route handlers.
#pragma once

#include <httplib.h>

#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "core/status.h"
#include "server/accounts.h"

namespace vanthu::server {

struct Context;

void send_json(httplib::Response& res, int status, const nlohmann::json& body);
void send_ordered_json(httplib::Response& res, int status, const nlohmann::ordered_json& body);  // keeps the key order
// {"error": {"code": …, "message": …}} with a 4xx/5xx status.
void send_error(httplib::Response& res, int status, const std::string& code, const std::string& message);
// Diagnostics as {"errors": [...], "warnings": [...]}: each with "path" (the
// JSON path, "$.nguoi_ky.ho_ten", or the place "body:3:7"), "message" and
// "text" (the line the CLI prints).
nlohmann::json diagnostics_json(const Diagnostics& diag);
void send_diagnostics(httplib::Response& res, int status, const Diagnostics& diag);

// Parses a JSON request body; on failure answers 400 (or 415 when it is not
// declared as JSON) with the parse error at line:column, and returns null.
std::optional<nlohmann::json> json_body(const httplib::Request& req, httplib::Response& res);

// A string member of a JSON object, "" when absent or not a string.
std::string string_at(const nlohmann::json& j, const char* key);

// The caller: an API token ("Authorization: Bearer vt_…") or a session
// cookie. For cookie sessions every request that changes something (not GET)
// must carry the session's CSRF token in "X-CSRF-Token". Answers 401/403 and
// returns nullopt otherwise.
std::optional<Session> authorize(Context& ctx, const httplib::Request& req, httplib::Response& res);

// The value of the session cookie, "" if none.
std::string session_cookie(const httplib::Request& req);
std::string cookie_header(const Context& ctx, const std::string& value, bool clear = false);

// "ke-hoach_293.pdf" style attachment header value (ASCII file name).
std::string attachment(const std::string& file_name);

}  // namespace vanthu::server
