// Templates and their schemas, checking data as the user types, rendering.
#include <httplib.h>

#include "server/context.h"
#include "server/http_util.h"
#include "server/template_schema.h"
#include "server/zip_writer.h"

namespace vanthu::server {

namespace {

const char* kDocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

const tmpl::TemplateInfo* find_template(Context& ctx, const std::string& name, httplib::Response& res) {
  auto it = ctx.templates.find(name);
  if (it == ctx.templates.end()) {
    send_error(res, 404, "unknown_template", "no template \"" + name + "\" (GET /api/templates lists them)");
    return nullptr;
  }
  return &it->second;
}

// "293-KH-STTTT" from the data's number and the organ, for file names.
std::string base_name(const tmpl::TemplateInfo& tpl, const nlohmann::json& data) {
  std::string name = tpl.name;
  if (auto so = data.find("so"); so != data.end() && so->is_number_integer()) name += "-" + std::to_string(so->get<long long>());
  return name;
}

// Header values are ASCII: the warnings' UTF-8 text percent-encoded
// (decodeURIComponent in the page).
std::string percent_encoded(const std::string& s) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : s) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '$') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  return out;
}

}  // namespace

void add_document_routes(httplib::Server& http, Context& ctx) {
  http.Get("/api/templates", [&ctx](const httplib::Request& req, httplib::Response& res) {
    if (!authorize(ctx, req, res)) return;
    nlohmann::json out = nlohmann::json::array();
    for (const auto& [name, t] : ctx.templates)
      out.push_back({{"name", name}, {"label", t.label.empty() ? name : t.label}, {"type", t.type}, {"description", t.description}});
    send_json(res, 200, out);
  });

  http.Get(R"(/api/templates/([a-z0-9-]+))", [&ctx](const httplib::Request& req, httplib::Response& res) {
    if (!authorize(ctx, req, res)) return;
    const auto* tpl = find_template(ctx, req.matches[1], res);
    if (!tpl) return;
    nlohmann::ordered_json out = {{"name", tpl->name},
                                  {"label", tpl->label.empty() ? tpl->name : tpl->label},
                                  {"type", tpl->type},
                                  {"description", tpl->description}};
    out["schema"] = template_schema(*tpl);
    send_ordered_json(res, 200, out);
  });

  http.Get(R"(/api/templates/([a-z0-9-]+)/schema)", [&ctx](const httplib::Request& req, httplib::Response& res) {
    if (!authorize(ctx, req, res)) return;
    if (const auto* tpl = find_template(ctx, req.matches[1], res)) send_ordered_json(res, 200, template_schema(*tpl));
  });

  // The checks of the data without laying out: the page calls it as the user
  // types and shows each error at its field. Always 200 with the findings.
  http.Post(R"(/api/validate/([a-z0-9-]+))", [&ctx](const httplib::Request& req, httplib::Response& res) {
    if (!authorize(ctx, req, res)) return;
    const auto* tpl = find_template(ctx, req.matches[1], res);
    if (!tpl) return;
    auto data = json_body(req, res);
    if (!data) return;
    Diagnostics diag;
    if (!data->is_object()) {
      diag.error("$", "the data must be a JSON object");
    } else {
      auto engine = ctx.engines.borrow();
      engine->markup(*tpl, std::move(*data), diag);
    }
    nlohmann::json out = diagnostics_json(diag);
    out["ok"] = !diag.has_errors();
    send_json(res, 200, out);
  });

  // Data -> PDF, DOCX or a zip of both (?format=pdf|docx|zip, default pdf).
  http.Post(R"(/api/render/([a-z0-9-]+))", [&ctx](const httplib::Request& req, httplib::Response& res) {
    if (!authorize(ctx, req, res)) return;
    const auto* tpl = find_template(ctx, req.matches[1], res);
    if (!tpl) return;
    const std::string format = req.has_param("format") ? req.get_param_value("format") : "pdf";
    if (format != "pdf" && format != "docx" && format != "zip")
      return send_error(res, 400, "bad_format", "format must be pdf, docx or zip");
    auto data = json_body(req, res);
    if (!data) return;
    const std::string name = data->is_object() ? base_name(*tpl, *data) : tpl->name;
    Diagnostics diag;
    auto engine = ctx.engines.borrow();
    auto doc = engine->build(*tpl, std::move(*data), "", diag);
    if (!doc) return send_diagnostics(res, 422, diag);
    if (!diag.items().empty()) {
      std::string warnings;
      for (const auto& d : diag.items()) warnings += (warnings.empty() ? "" : " | ") + d.format();
      res.set_header("X-Vanthu-Warnings", percent_encoded(warnings));
    }
    if (format == "pdf") {
      res.set_content(engine->to_pdf(*doc), "application/pdf");
    } else if (format == "docx") {
      res.set_content(engine->to_docx(*doc), kDocxType);
    } else {
      const std::string docx = engine->to_docx(*doc), pdf = engine->to_pdf(*doc);
      res.set_content(zip_in_memory({{name + ".docx", docx}, {name + ".pdf", pdf}}, doc->meta.created_epoch),
                      "application/zip");
    }
    res.set_header("Content-Disposition", attachment(name + "." + format));
  });
}

}  // namespace vanthu::server
