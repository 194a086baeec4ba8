// Checking an uploaded DOCX against Nghị định 30: the findings as JSON, with
// the document's paragraphs so that the page can show each finding beside
// its text.
#include <httplib.h>

#include "check/check.h"
#include "check/docx_reader.h"
#include "check/wml_body.h"
#include "server/context.h"
#include "server/http_util.h"

namespace vanthu::server {

void add_check_routes(httplib::Server& http, Context& ctx) {
  // The body is the DOCX file itself (any Content-Type); ?name= names it in
  // the findings.
  http.Post("/api/check", [&ctx](const httplib::Request& req, httplib::Response& res) {
    if (!authorize(ctx, req, res)) return;
    const std::string file = req.has_param("name") ? req.get_param_value("name") : "upload.docx";
    check::Report report;
    nlohmann::json paragraphs = nlohmann::json::array();
    try {
      {
        auto m = ctx.measurers.borrow();
        check::CheckOptions options;
        options.measurer = m->measurer.get();
        report = check::check_docx(req.body, options);
      }
      // The body's paragraphs, numbered as the findings number them.
      const check::Document doc = check::read_docx(req.body);
      std::vector<const check::Paragraph*> flat;
      check::flatten(doc.body, flat);
      for (const auto* p : flat) paragraphs.push_back({{"number", p->number}, {"text", p->text()}});
    } catch (const check::ReadError& e) {
      return send_error(res, 422, "unreadable_docx", file + ": cannot read: " + e.what());
    }
    nlohmann::json findings = nlohmann::json::parse(check::format_json(report, file));
    send_json(res, 200, {{"file", file},
                         {"clean", report.clean()},
                         {"documents", report.documents},
                         {"findings", findings},
                         {"paragraphs", paragraphs}});
  });
}

}  // namespace vanthu::server
