// The register over HTTP: a thin layer over engine/register/register.h.
// Issue (number, render, record in one transaction), reserve, release, void,
// list and search, the year's export, series (quản trị), and downloads of an
// issued document, rendered again from the register's snapshot of its data
// and checked against the SHA-256 recorded at issue (servers keep no files,
// so any server behind a load balancer can answer).
#include <httplib.h>

#include <algorithm>

#include "register/register.h"
#include "server/context.h"
#include "server/crypto.h"
#include "server/http_util.h"

namespace vanthu::server {

namespace {

const char* kDocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

nlohmann::json row_json(const reg::Row& r) {
  nlohmann::json outputs = nlohmann::json::array();
  for (const auto& o : r.outputs)
    outputs.push_back({{"format", o.format == reg::OutputFormat::Pdf ? "pdf" : "docx"}, {"name", o.name}, {"sha256", o.sha256}});
  nlohmann::json j = {{"id", r.id},           {"organ", r.organ},       {"series", r.series},
                      {"year", r.year},       {"number", r.number},     {"status", reg::status_name(r.status)},
                      {"symbol", r.symbol},   {"date", r.date},         {"type_name", r.type_name},
                      {"summary", r.summary}, {"signer", r.signer},     {"recipients", r.recipients},
                      {"archive", r.archive}, {"copies", r.copies},     {"delivered_on", r.delivered_on},
                      {"received_by", r.received_by}, {"note", r.note}, {"type", r.type},
                      {"void_reason", r.void_reason}, {"template_name", r.template_name},
                      {"outputs", outputs},   {"issued_by", r.issued_by}, {"issued_at", r.issued_at}};
  if (r.corrects) j["corrects"] = *r.corrects;
  return j;
}


std::optional<int> int_param(const httplib::Request& req, const char* key) {
  if (!req.has_param(key) || req.get_param_value(key).empty()) return std::nullopt;
  try {
    return std::stoi(req.get_param_value(key));
  } catch (...) {
    return std::nullopt;
  }
}

bool need_issuer(const Session& s, httplib::Response& res) {
  if (can_issue(s.user.role)) return true;
  send_error(res, 403, "forbidden", "chỉ văn thư cấp số, hủy số và xuất sổ đăng ký");
  return false;
}

long long id_of(const httplib::Request& req) { return std::stoll(req.matches[1]); }

}  // namespace

void add_register_routes(httplib::Server& http, Context& ctx) {
  http.Get("/api/register", [&ctx](const httplib::Request& req, httplib::Response& res) {
    if (!authorize(ctx, req, res)) return;
    reg::Query q;
    q.year = int_param(req, "year");
    if (req.has_param("organ")) q.organ = req.get_param_value("organ");
    if (req.has_param("series")) q.series = req.get_param_value("series");
    if (req.has_param("type")) q.type = req.get_param_value("type");
    if (req.has_param("text")) q.text = req.get_param_value("text");
    if (req.has_param("status") && !req.get_param_value("status").empty()) {
      q.status = reg::parse_status(req.get_param_value("status"));
      if (!q.status) return send_error(res, 400, "bad_status", "status must be issued, reserved, confirmed, released, voided or imported");
    }
    q.limit = static_cast<size_t>(std::clamp(int_param(req, "limit").value_or(1000), 1, 10000));
    q.offset = static_cast<size_t>(std::max(0, int_param(req, "offset").value_or(0)));
    auto r = ctx.registers->borrow();
    nlohmann::json rows = nlohmann::json::array();
    for (const auto& row : r->list(q)) rows.push_back(row_json(row));
    nlohmann::json dups = nlohmann::json::array();
    for (const auto& d : r->duplicates(q.year))
      dups.push_back({{"organ", d.organ}, {"symbol", d.symbol}, {"year", d.year}, {"rows", d.row_ids}});
    send_json(res, 200, {{"backend", r->backend()}, {"rows", rows}, {"duplicates", dups}});
  });

  http.Get(R"(/api/register/(\d{1,18}))", [&ctx](const httplib::Request& req, httplib::Response& res) {
    if (!authorize(ctx, req, res)) return;
    auto r = ctx.registers->borrow();
    auto row = r->row(id_of(req));
    if (!row) return send_error(res, 404, "not_found", "no such row in the register");
    nlohmann::json history = nlohmann::json::array();
    for (const auto& e : r->history(row->id))
      history.push_back({{"action", e.action}, {"by", e.by}, {"at", e.at}, {"detail", e.detail}});
    nlohmann::json out = row_json(*row);
    out["history"] = history;
    send_json(res, 200, out);
  });

  // ?series=…&date=… ; the body is the data without "so".
  http.Post(R"(/api/register/issue/([a-z0-9-]+))", [&ctx](const httplib::Request& req, httplib::Response& res) {
    auto s = authorize(ctx, req, res);
    if (!s || !need_issuer(*s, res)) return;
    const std::string name = req.matches[1];
    if (!ctx.templates.count(name)) return send_error(res, 404, "unknown_template", "no template \"" + name + "\"");
    if (!json_body(req, res)) return;  // malformed JSON is a 400 like everywhere else
    reg::IssueRequest rq;
    rq.template_name = name;
    rq.data_json = req.body;
    rq.data_name = "body";
    if (req.has_param("series")) rq.series = req.get_param_value("series");
    if (req.has_param("date")) rq.date = req.get_param_value("date");
    rq.issued_by = s->user.username;
    rq.formats = {reg::OutputFormat::Docx, reg::OutputFormat::Pdf};
    Diagnostics diag;
    std::optional<reg::Issued> issued;
    {
      auto r = ctx.registers->borrow();
      issued = r->issue(rq, diag);
    }
    if (!issued) return send_diagnostics(res, 422, diag);
    ctx.accounts.audit(s->user.username, "register.issue", issued->row.symbol + " (row " + std::to_string(issued->row.id) + ")");
    const std::string base = "/api/register/" + std::to_string(issued->row.id) + "/download?format=";
    nlohmann::json out = {{"row", row_json(issued->row)},
                          {"downloads", {{"pdf", base + "pdf"}, {"docx", base + "docx"}}},
                          {"warnings", diagnostics_json(diag)["warnings"]}};
    send_json(res, 201, out);
  });

  // The issued document again, from the snapshot of its data; refused if the
  // bytes differ from the ones recorded at issue (another engine version).
  http.Get(R"(/api/register/(\d{1,18})/download)", [&ctx](const httplib::Request& req, httplib::Response& res) {
    if (!authorize(ctx, req, res)) return;
    const std::string format = req.has_param("format") ? req.get_param_value("format") : "pdf";
    if (format != "pdf" && format != "docx") return send_error(res, 400, "bad_format", "format must be pdf or docx");
    std::optional<reg::Row> row;
    {
      auto r = ctx.registers->borrow();
      row = r->row(id_of(req));
    }
    if (!row) return send_error(res, 404, "not_found", "no such row in the register");
    auto tpl = ctx.templates.find(row->template_name);
    if (row->data_json.empty() || tpl == ctx.templates.end())
      return send_error(res, 404, "no_document", row->symbol + " was not issued through vanthu (no data to render)");
    Diagnostics diag;
    std::string bytes;
    {
      auto engine = ctx.engines.borrow();
      auto doc = engine->build(tpl->second, nlohmann::json::parse(row->data_json), "", diag);
      if (!doc) return send_diagnostics(res, 500, diag);
      bytes = format == "pdf" ? engine->to_pdf(*doc) : engine->to_docx(*doc);
    }
    const auto want = format == "pdf" ? reg::OutputFormat::Pdf : reg::OutputFormat::Docx;
    for (const auto& o : row->outputs)
      if (o.format == want && o.sha256 != sha256_hex(bytes))
        return send_error(res, 409, "changed", "the " + format + " rendered now differs from the one issued as " + row->symbol +
                                                   " (SHA-256 " + o.sha256 + "); the engine has changed since");
    std::string file = row->symbol;
    for (char& c : file)
      if (c == '/') c = '-';
    res.set_content(bytes, format == "pdf" ? "application/pdf" : kDocxType);
    res.set_header("Content-Disposition", attachment(file + "." + format));
    res.set_header("X-Vanthu-Symbol", row->symbol);
  });

  http.Post(R"(/api/register/(\d{1,18})/void)", [&ctx](const httplib::Request& req, httplib::Response& res) {
    auto s = authorize(ctx, req, res);
    if (!s || !need_issuer(*s, res)) return;
    auto body = json_body(req, res);
    if (!body) return;
    const std::string reason = body->is_object() ? string_at(*body, "reason") : "";
    if (reason.empty()) return send_error(res, 422, "no_reason", "$.reason: give the reason for voiding the number");
    Diagnostics diag;
    auto r = ctx.registers->borrow();
    auto row = r->void_row(id_of(req), reason, s->user.username, diag);
    if (!row) return send_diagnostics(res, 422, diag);
    ctx.accounts.audit(s->user.username, "register.void", row->symbol + ": " + reason);
    send_json(res, 200, row_json(*row));
  });

  http.Post(R"(/api/register/(\d{1,18})/release)", [&ctx](const httplib::Request& req, httplib::Response& res) {
    auto s = authorize(ctx, req, res);
    if (!s || !need_issuer(*s, res)) return;
    auto body = json_body(req, res);
    if (!body) return;
    Diagnostics diag;
    auto r = ctx.registers->borrow();
    auto row = r->release(id_of(req), body->is_object() ? string_at(*body, "reason") : "", s->user.username, diag);
    if (!row) return send_diagnostics(res, 422, diag);
    ctx.accounts.audit(s->user.username, "register.release", row->symbol);
    send_json(res, 200, row_json(*row));
  });

  http.Post("/api/register/reserve", [&ctx](const httplib::Request& req, httplib::Response& res) {
    auto s = authorize(ctx, req, res);
    if (!s || !need_issuer(*s, res)) return;
    auto body = json_body(req, res);
    if (!body) return;
    if (!body->is_object()) return send_error(res, 422, "bad_request", "$: expected an object");
    reg::ReserveRequest rq;
    rq.organ = string_at(*body, "organ");
    rq.type = string_at(*body, "type");
    rq.series = string_at(*body, "series");
    rq.date = string_at(*body, "date");
    rq.summary = string_at(*body, "summary");
    rq.signer = string_at(*body, "signer");
    rq.note = string_at(*body, "note");
    rq.issued_by = s->user.username;
    Diagnostics diag;
    auto r = ctx.registers->borrow();
    auto row = r->reserve(rq, diag);
    if (!row) return send_diagnostics(res, 422, diag);
    ctx.accounts.audit(s->user.username, "register.reserve", row->symbol);
    send_json(res, 201, row_json(*row));
  });

  // ?year=2018&format=pdf|docx|csv&organ=&series=&volume=
  http.Get("/api/register/export", [&ctx](const httplib::Request& req, httplib::Response& res) {
    auto s = authorize(ctx, req, res);
    if (!s || !need_issuer(*s, res)) return;
    reg::ExportRequest rq;
    const auto year = int_param(req, "year");
    if (!year) return send_error(res, 400, "bad_year", "year: give the year to export (e.g. year=2018)");
    rq.year = *year;
    const std::string format = req.has_param("format") ? req.get_param_value("format") : "pdf";
    if (format == "pdf") rq.format = reg::ExportFormat::Pdf;
    else if (format == "docx") rq.format = reg::ExportFormat::Docx;
    else if (format == "csv") rq.format = reg::ExportFormat::Csv;
    else return send_error(res, 400, "bad_format", "format must be pdf, docx or csv");
    if (req.has_param("organ")) rq.organ = req.get_param_value("organ");
    if (req.has_param("series")) rq.series = req.get_param_value("series");
    rq.volume = int_param(req, "volume").value_or(1);
    Diagnostics diag;
    auto r = ctx.registers->borrow();
    auto bytes = r->export_register(rq, diag);
    if (!bytes) return send_diagnostics(res, 422, diag);
    ctx.accounts.audit(s->user.username, "register.export", std::to_string(rq.year) + " " + format);
    res.set_content(*bytes, format == "pdf" ? "application/pdf" : format == "docx" ? kDocxType : "text/csv; charset=utf-8");
    res.set_header("Content-Disposition", attachment("so-dang-ky-" + std::to_string(rq.year) + "." + format));
  });

  http.Get("/api/register/series", [&ctx](const httplib::Request& req, httplib::Response& res) {
    if (!authorize(ctx, req, res)) return;
    auto r = ctx.registers->borrow();
    nlohmann::json out = nlohmann::json::array();
    for (const auto& s : r->series())
      out.push_back({{"code", s.code}, {"name", s.name}, {"types", s.types}, {"organ", s.organ}, {"secret", s.secret}, {"active", s.active}});
    send_json(res, 200, out);
  });

  http.Post("/api/register/series", [&ctx](const httplib::Request& req, httplib::Response& res) {
    auto s = authorize(ctx, req, res);
    if (!s) return;
    if (!can_manage_users(s->user.role)) return send_error(res, 403, "forbidden", "chỉ quản trị cấu hình sổ");
    auto body = json_body(req, res);
    if (!body) return;
    if (!body->is_object()) return send_error(res, 422, "bad_request", "$: expected an object");
    reg::Series se;
    se.code = string_at(*body, "code");
    se.name = string_at(*body, "name");
    se.organ = string_at(*body, "organ");
    if (auto t = body->find("types"); t != body->end() && t->is_array())
      for (const auto& x : *t)
        if (x.is_string()) se.types.push_back(x.get<std::string>());
    if (auto v = body->find("secret"); v != body->end() && v->is_boolean()) se.secret = v->get<bool>();
    if (auto v = body->find("active"); v != body->end() && v->is_boolean()) se.active = v->get<bool>();
    Diagnostics diag;
    auto r = ctx.registers->borrow();
    if (!r->put_series(se, s->user.username, diag)) return send_diagnostics(res, 422, diag);
    ctx.accounts.audit(s->user.username, "register.series", se.code);
    send_json(res, 200, {{"ok", true}});
  });
}

}  // namespace vanthu::server
