// Signing and verifying over HTTP (docs/server.md, docs/signing.md):
// POST /api/sign applies the organ's signature with the key the server was
// started with (văn thư and quản trị only); POST /api/verify reports every
// signature of an uploaded PDF. Both take the PDF itself as the body.
#include <httplib.h>

#include "server/context.h"
#include "server/http_util.h"
#include "server/organ_signer.h"
#include "sign/signer.h"
#include "sign/verify.h"

namespace vanthu::server {

namespace {

// The body must be declared as a PDF (a cross-site HTML form cannot send
// that type, and httplib would parse a form-encoded body as fields) and
// start like one. Answers 415 otherwise.
bool pdf_body(const httplib::Request& req, httplib::Response& res, const std::string& name) {
  if (req.get_header_value("Content-Type").rfind("application/pdf", 0) != 0) {
    send_error(res, 415, "unsupported_media_type", "the body must be the PDF file (Content-Type: application/pdf)");
    return false;
  }
  if (req.body.compare(0, 5, "%PDF-") != 0) {
    send_error(res, 415, "not_a_pdf", name + ": the body is not a PDF file");
    return false;
  }
  return true;
}

// The upload's name for messages and the download: ASCII letters, digits,
// '.', '-' and '_' only, at most 100 bytes.
std::string upload_name(const httplib::Request& req) {
  std::string name = req.has_param("name") ? req.get_param_value("name") : "upload.pdf";
  std::string out;
  for (unsigned char c : name)
    if (std::isalnum(c) || c == '.' || c == '-' || c == '_') out += static_cast<char>(c);
  if (out.size() > 100) out.resize(100);
  return out.empty() ? "upload.pdf" : out;
}

}  // namespace

void add_sign_routes(httplib::Server& http, Context& ctx) {
  // ?name=qd-12.pdf (messages, the download's name); ?attachment=1 with
  // one or more &line=… : a phụ lục or copy, signed with the text block.
  http.Post("/api/sign", [&ctx](const httplib::Request& req, httplib::Response& res) {
    auto s = authorize(ctx, req, res);
    if (!s) return;
    if (!can_issue(s->user.role)) return send_error(res, 403, "forbidden", "chỉ văn thư ký số của cơ quan");
    if (!ctx.signer)
      return send_error(res, 501, "signing_not_configured",
                        "this server has no signing key (start it with --sign-key or --sign-pkcs11-uri)");
    const std::string name = upload_name(req);
    if (!pdf_body(req, res, name)) return;
    const bool attachment = req.has_param("attachment") && req.get_param_value("attachment") == "1";
    std::vector<std::string> lines;
    for (size_t i = 0, n = req.get_param_value_count("line"); i < n; ++i) lines.push_back(req.get_param_value("line", i));
    if (attachment && lines.empty())
      return send_error(res, 400, "missing_lines",
                        "an attachment is signed with a text block: give its lines (&line=Số: 12/QĐ-STTTT)");
    if (!attachment && !lines.empty())
      return send_error(res, 400, "lines_without_attachment", "text lines are for attachments (&attachment=1)");
    try {
      const std::string signed_pdf = ctx.signer->sign(req.body, name, attachment, lines);
      ctx.accounts.audit(s->user.username, "sign.organ", name + " (" + std::to_string(req.body.size()) + " bytes)");
      res.set_content(signed_pdf, "application/pdf");
      const std::string stem = name.size() > 4 && name.compare(name.size() - 4, 4, ".pdf") == 0 ? name.substr(0, name.size() - 4) : name;
      res.set_header("Content-Disposition", vanthu::server::attachment(stem + ".signed.pdf"));
    } catch (const sign::SignError& e) {
      send_error(res, 422, "cannot_sign", e.what());
    }
  });

  // The report of `vanthu verify --format json`, checked against the
  // server's --sign-trust certificates when given.
  http.Post("/api/verify", [&ctx](const httplib::Request& req, httplib::Response& res) {
    if (!authorize(ctx, req, res)) return;
    const std::string name = upload_name(req);
    if (!pdf_body(req, res, name)) return;
    const sign::VerifyReport report = sign::verify_pdf(req.body, name, ctx.trust_pem);
    res.status = 200;
    res.set_content(sign::report_json(report), "application/json; charset=utf-8");
  });
}

}  // namespace vanthu::server
