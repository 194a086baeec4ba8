// Signing over HTTP: POST /api/sign with the organ's key the server was
// started with (a PKCS#12 file made by tests/sign/make_pki.sh), and
// POST /api/verify; the signed PDF also checked by poppler's pdfsig. Bad
// input and the wrong roles; a server without a key; a wrong password
// stops the start.
#include <gtest/gtest.h>

#include "server_support.h"

namespace vanthu::test {
namespace {

using nlohmann::json;

struct Pki {
  TempDir dir;
  bool ok = false;
  std::string why;
  std::string path(const std::string& f) const { return dir / ("pki/" + f); }
};

const Pki& pki() {
  static const std::unique_ptr<Pki> p = [] {
    auto p = std::make_unique<Pki>();
    const RunResult r = run("bash " + quote(source_dir() + "/tests/sign/make_pki.sh") + " " + quote(p->dir / "pki"));
    p->ok = r.status == 0;
    p->why = r.out;
    return p;
  }();
  return *p;
}

server::Options signing_options() {
  server::Options o;
  o.sign.key = pki().path("organ.p12");
  o.sign.password = "1234";
  o.sign.seal_png = source_dir() + "/docs/img/like-for-like-vanthu-page1.png";  // any PNG stands for the seal here
  o.sign.seal_mm = 36;
  o.sign.trust = pki().path("ca.pem");
  return o;
}

class SignApi : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    if (pki().ok) server_ = new TestServer(signing_options());
  }
  static void TearDownTestSuite() {
    delete server_;
    server_ = nullptr;
  }
  void SetUp() override {
    if (!pki().ok) GTEST_FAIL() << "make_pki.sh failed: " << pki().why;
  }
  // The seed plan rendered by the server, as a program would get it.
  static std::string seed_pdf(const Login& l) {
    auto r = server_->client().Post("/api/render/ke-hoach?format=pdf", l.headers(), seed_data(), "application/json");
    EXPECT_TRUE(r && r->status == 200);
    return r ? r->body : "";
  }
  static TestServer* server_;
};
TestServer* SignApi::server_ = nullptr;

TEST_F(SignApi, TheOrgansSignatureIsValidForVerifyAndPdfsig) {
  const Login vt = login(*server_, "vt");
  const std::string pdf = seed_pdf(vt);
  auto session = server_->client().Get("/api/session", vt.headers(false));
  EXPECT_NE(json::parse(session->body)["signing"].get<std::string>().find("Sở Thông tin"), std::string::npos)
      << session->body;

  auto r = server_->client().Post("/api/sign?name=kh-293.pdf", vt.headers(), pdf, "application/pdf");
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200) << r->body;
  EXPECT_EQ(r->get_header_value("Content-Type"), "application/pdf");
  EXPECT_NE(r->get_header_value("Content-Disposition").find("kh-293.signed.pdf"), std::string::npos);
  const std::string& signed_pdf = r->body;
  ASSERT_GT(signed_pdf.size(), pdf.size());
  EXPECT_EQ(signed_pdf.compare(0, pdf.size(), pdf), 0) << "an incremental update keeps every earlier byte";

  auto v = server_->client().Post("/api/verify?name=kh-293.signed.pdf", vt.headers(), signed_pdf, "application/pdf");
  ASSERT_EQ(v->status, 200) << v->body;
  const json report = json::parse(v->body);
  EXPECT_TRUE(report["valid"].get<bool>()) << v->body;
  ASSERT_EQ(report["signatures"].size(), 1u);

  TempDir d;
  std::ofstream(d / "signed.pdf", std::ios::binary) << signed_pdf;
  const RunResult sig = run("pdfsig " + quote(d / "signed.pdf"));
  EXPECT_NE(sig.out.find("Signature Validation: Signature is Valid."), std::string::npos) << sig.out;

  // One changed byte in the signed range: verify says so.
  std::string broken = signed_pdf;
  const size_t at = broken.find("KẾ HOẠCH") != std::string::npos ? broken.find("KẾ HOẠCH") : 200;
  broken[at] = static_cast<char>(broken[at] ^ 1);
  broken[300] = static_cast<char>(broken[300] ^ 1);
  auto vb = server_->client().Post("/api/verify", vt.headers(), broken, "application/pdf");
  ASSERT_EQ(vb->status, 200);
  EXPECT_FALSE(json::parse(vb->body)["valid"].get<bool>()) << vb->body;

  // The audit log records who signed.
  const Login admin = login(*server_, "admin");
  auto audit = server_->client().Get("/api/audit", admin.headers(false));
  EXPECT_NE(audit->body.find("sign.organ"), std::string::npos);
}

TEST_F(SignApi, AnAttachmentIsSignedWithItsTextBlock) {
  const Login vt = login(*server_, "vt");
  const std::string pdf = seed_pdf(vt);
  auto c = server_->client();
  auto missing = c.Post("/api/sign?attachment=1", vt.headers(), pdf, "application/pdf");
  EXPECT_EQ(missing->status, 400);
  EXPECT_EQ(json::parse(missing->body)["error"]["code"], "missing_lines");
  auto stray = c.Post("/api/sign?line=x", vt.headers(), pdf, "application/pdf");
  EXPECT_EQ(stray->status, 400);

  auto r = c.Post("/api/sign?attachment=1&line=S%E1%BB%91%3A%20293%2FKH-STTTT", vt.headers(), pdf, "application/pdf");
  ASSERT_EQ(r->status, 200) << r->body;
  TempDir d;
  std::ofstream(d / "pl.pdf", std::ios::binary) << r->body;
  auto v = c.Post("/api/verify", vt.headers(), r->body, "application/pdf");
  EXPECT_TRUE(json::parse(v->body)["valid"].get<bool>()) << v->body;
  // The text block is the signature's appearance stream: a form XObject
  // whose text pdftotext does not read; qpdf shows it uncompressed.
  const std::string qdf = run("qpdf --qdf --object-streams=disable " + quote(d / "pl.pdf") + " -").out;
  EXPECT_NE(qdf.find("/FT /Sig"), std::string::npos);
  EXPECT_NE(qdf.find("/Subtype /Widget"), std::string::npos);
}

TEST_F(SignApi, RolesSessionsAndBadInput) {
  const Login vt = login(*server_, "vt"), cv = login(*server_, "cv");
  const std::string pdf = seed_pdf(vt);
  auto c = server_->client();
  auto officer = c.Post("/api/sign", cv.headers(), pdf, "application/pdf");
  EXPECT_EQ(officer->status, 403) << "a chuyên viên does not sign as the organ";
  auto no_csrf = c.Post("/api/sign", vt.headers(false), pdf, "application/pdf");
  EXPECT_EQ(no_csrf->status, 403);
  auto nobody = c.Post("/api/sign", pdf, "application/pdf");
  EXPECT_EQ(nobody->status, 401);
  auto verify_nobody = c.Post("/api/verify", pdf, "application/pdf");
  EXPECT_EQ(verify_nobody->status, 401);

  auto form = c.Post("/api/sign", vt.headers(), pdf, "text/plain");
  EXPECT_EQ(form->status, 415);
  EXPECT_EQ(json::parse(form->body)["error"]["code"], "unsupported_media_type");
  auto text = c.Post("/api/sign?name=a.pdf", vt.headers(), "not a pdf", "application/pdf");
  EXPECT_EQ(text->status, 415);
  EXPECT_NE(json::parse(text->body)["error"]["message"].get<std::string>().find("a.pdf"), std::string::npos);
  auto cut = c.Post("/api/sign?name=cut.pdf", vt.headers(), pdf.substr(0, pdf.size() / 2), "application/pdf");
  EXPECT_EQ(cut->status, 422) << cut->body;
  EXPECT_NE(json::parse(cut->body)["error"]["message"].get<std::string>().find("cut.pdf"), std::string::npos) << cut->body;
  auto vtext = c.Post("/api/verify", vt.headers(), "%PDF-1.7 garbage", "application/pdf");
  ASSERT_EQ(vtext->status, 200);
  EXPECT_FALSE(json::parse(vtext->body)["valid"].get<bool>());

  // A chuyên viên may verify.
  auto unsigned_report = c.Post("/api/verify", cv.headers(), pdf, "application/pdf");
  ASSERT_EQ(unsigned_report->status, 200);
  EXPECT_EQ(json::parse(unsigned_report->body)["signatures"].size(), 0u);
}

TEST(SignApiConfig, AServerWithoutAKeyAnswers501) {
  TestServer s;
  const Login vt = login(s, "vt");
  auto r = s.client().Post("/api/sign", vt.headers(), "%PDF-1.7\n", "application/pdf");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 501);
  EXPECT_EQ(json::parse(r->body)["error"]["code"], "signing_not_configured");
  auto session = s.client().Get("/api/session", vt.headers(false));
  EXPECT_TRUE(json::parse(session->body)["signing"].is_null());
}

TEST(SignApiConfig, AWrongPasswordStopsTheStart) {
  if (!pki().ok) GTEST_FAIL() << pki().why;
  server::Options o = signing_options();
  o.sign.password = "sai";
  try {
    TestServer s(o);
    FAIL() << "the server started with a wrong key password";
  } catch (const std::exception& e) {
    EXPECT_NE(std::string(e.what()).find("organ.p12"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace vanthu::test
