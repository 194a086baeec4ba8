// Batch jobs: POST the data with the records, poll the progress, download.
#include <httplib.h>

#include "core/atomic_file.h"
#include "server/context.h"
#include "server/http_util.h"

namespace vanthu::server {

void add_batch_routes(httplib::Server& http, Context& ctx) {
  // ?each=$.danh_sach&format=pdf|docx|both&combine=pdf|docx&name=…&start=13
  http.Post(R"(/api/batch/([a-z0-9-]+))", [&ctx](const httplib::Request& req, httplib::Response& res) {
    auto s = authorize(ctx, req, res);
    if (!s) return;
    auto it = ctx.templates.find(req.matches[1]);
    if (it == ctx.templates.end()) return send_error(res, 404, "unknown_template", "no template \"" + std::string(req.matches[1]) + "\"");
    auto data = json_body(req, res);  // parsed here too, so malformed data is a 400 now, not a failed job
    if (!data) return;
    BatchRequest b;
    b.template_dir = it->second.dir;
    b.data = req.body;
    if (req.has_param("each")) b.each = req.get_param_value("each");
    if (!batch::parse_each_path(b.each)) return send_error(res, 400, "bad_each", "each: not a JSON path like $.danh_sach");
    const std::string format = req.has_param("format") ? req.get_param_value("format") : "pdf";
    if (format == "pdf") b.format = batch::Format::Pdf;
    else if (format == "docx") b.format = batch::Format::Docx;
    else if (format == "both") b.format = batch::Format::Both;
    else return send_error(res, 400, "bad_format", "format must be pdf, docx or both");
    if (req.has_param("combine")) {
      b.combine = req.get_param_value("combine");
      if (b.combine != "pdf" && b.combine != "docx") return send_error(res, 400, "bad_combine", "combine must be pdf or docx");
    }
    if (req.has_param("name")) {
      b.name_pattern = req.get_param_value("name");
      Diagnostics diag;
      if (!batch::check_name_pattern(b.name_pattern, diag)) return send_diagnostics(res, 400, diag);
    }
    if (req.has_param("start")) {
      try {
        b.start_number = std::stoll(req.get_param_value("start"));
      } catch (...) {
        return send_error(res, 400, "bad_start", "start must be an integer");
      }
    }
    const std::string id = ctx.batches.start(s->user.username, std::move(b));
    send_json(res, 202, {{"id", id}, {"status", "/api/batch/" + id}});
  });

  http.Get(R"(/api/batch/([0-9a-f]+))", [&ctx](const httplib::Request& req, httplib::Response& res) {
    auto s = authorize(ctx, req, res);
    if (!s) return;
    auto st = ctx.batches.status(req.matches[1], s->user.username);
    if (!st) return send_error(res, 404, "not_found", "no such batch job");
    send_json(res, 200, *st);
  });

  http.Get(R"(/api/batch/([0-9a-f]+)/download)", [&ctx](const httplib::Request& req, httplib::Response& res) {
    auto s = authorize(ctx, req, res);
    if (!s) return;
    auto d = ctx.batches.result(req.matches[1], s->user.username);
    if (!d) return send_error(res, 404, "not_ready", "no finished batch job with this id");
    try {
      res.set_content(read_file(d->path), d->type.c_str());
    } catch (const std::exception& e) {
      return send_error(res, 500, "io", e.what());
    }
    res.set_header("Content-Disposition", attachment(d->name));
  });
}

}  // namespace vanthu::server
