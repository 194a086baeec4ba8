// `vanthu sign` and `vanthu verify` end to end: the example decision signed
// by the signer then the organ, a separate attachment signed by the organ,
// checked with poppler's pdfsig, qpdf and our own verifier; one changed byte;
// PKCS#12 and SoftHSM2 giving the same signature; bad input.
#include <gtest/gtest.h>

#include <regex>

#include "sign/sign_fixture.h"

namespace vanthu::test {
namespace {

constexpr const char* kTime = "--time 1547528400";  // 2019-01-15 12:00:00 +07:00

int count(const std::string& text, const std::string& what) {
  int n = 0;
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

class SignTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!sign_setup().ok) GTEST_FAIL() << sign_setup().why;
  }
  const SignSetup& s = sign_setup();
};

TEST_F(SignTest, DecisionSignedBySignerThenOrganIsValidEverywhere) {
  const std::string pdf = s.signed_twice();
  const RunResult sig = s.pdfsig(pdf);
  EXPECT_EQ(count(sig.out, "Signature Validation: Signature is Valid."), 2) << sig.out;
  EXPECT_EQ(count(sig.out, "Certificate Validation: Certificate is Trusted."), 2) << sig.out;
  EXPECT_EQ(count(sig.out, "Signature Type: ETSI.CAdES.detached"), 2) << sig.out;
  // The organ's signature (the last) covers the whole file; the signer's
  // covers its revision, the organ's update came after it.
  const size_t second = sig.out.find("Signature #2");
  ASSERT_NE(second, std::string::npos) << sig.out;
  EXPECT_NE(sig.out.find("Total document signed", second), std::string::npos) << sig.out;
  EXPECT_NE(sig.out.substr(0, second).find("Not total document signed"), std::string::npos) << sig.out;

  const RunResult check = run("qpdf --check " + quote(pdf));
  EXPECT_EQ(check.status, 0) << check.out;

  const RunResult v = s.verify(pdf);
  EXPECT_EQ(v.status, 0) << v.out;
  EXPECT_EQ(count(v.out, ": valid\n"), 2) << v.out;
  EXPECT_EQ(count(v.out, "level: PAdES B-B"), 2) << v.out;
  EXPECT_NE(v.out.find("CN=Nguyễn Văn Thành"), std::string::npos) << v.out;
  EXPECT_NE(v.out.find("time: 2019-01-15T12:00:00+07:00"), std::string::npos) << v.out;
  EXPECT_NE(v.out.find("covers: the whole file"), std::string::npos) << v.out;
  EXPECT_NE(v.out.find("bytes appended after it"), std::string::npos) << v.out;

  const RunResult json = run(quote(vanthu_binary()) + " verify " + quote(pdf) + " --trust " + quote(s.pki("ca.pem")) +
                             " --format json");
  EXPECT_EQ(json.status, 0) << json.out;
  EXPECT_NE(json.out.find("\"valid\": true"), std::string::npos) << json.out;
  EXPECT_EQ(count(json.out, "\"level\": \"PAdES B-B\""), 2) << json.out;
  EXPECT_EQ(count(json.out, "\"whole_file\": true"), 1) << json.out;
}

TEST_F(SignTest, EarlierBytesAreKeptExactly) {
  const std::string twice = slurp(s.signed_twice());  // makes qd-12.ky1.pdf on the way
  const std::string original = slurp(s.decision), once = slurp(s.dir / "qd-12.ky1.pdf");
  ASSERT_GT(once.size(), original.size());
  EXPECT_EQ(once.compare(0, original.size(), original), 0);
  EXPECT_EQ(twice.compare(0, once.size(), once), 0);
}

TEST_F(SignTest, OneChangedByteIsReportedByPdfsigAndVerify) {
  std::string bytes = slurp(s.signed_twice());
  // A byte of the first revision's text: the document's /Producer in Info.
  const size_t at = bytes.find("/Producer (vanthu)");
  ASSERT_NE(at, std::string::npos);
  bytes[at + 16] = 'v';  // vanthu -> vanthv
  const std::string bad = s.dir / "qd-12.tampered.pdf";
  write(bad, bytes);
  const RunResult sig = s.pdfsig(bad);
  EXPECT_EQ(count(sig.out, "Signature Validation: Signature is Valid."), 0) << sig.out;
  EXPECT_EQ(count(sig.out, "Digest Mismatch"), 2) << sig.out;
  const RunResult v = s.verify(bad);
  EXPECT_EQ(v.status, 1) << v.out;
  EXPECT_EQ(count(v.out, "digest: DOES NOT MATCH"), 2) << v.out;
}

TEST_F(SignTest, AChangeInTheOrgansUpdateBreaksOnlyTheOrgansSignature) {
  std::string bytes = slurp(s.signed_twice());
  const size_t first_revision = slurp(s.dir / "qd-12.ky1.pdf").size();
  // The organ's /M date, inside its own update: 2019 -> 2018.
  const size_t at = bytes.find("/M (D:2019", first_revision);
  ASSERT_NE(at, std::string::npos);
  bytes[at + 9] = '8';
  const std::string bad = s.dir / "qd-12.tampered2.pdf";
  write(bad, bytes);
  const RunResult v = s.verify(bad);
  EXPECT_EQ(v.status, 1) << v.out;
  EXPECT_NE(v.out.find("Signature1: valid"), std::string::npos) << v.out;
  EXPECT_NE(v.out.find("Signature2: NOT VALID"), std::string::npos) << v.out;
  const RunResult sig = s.pdfsig(bad);
  EXPECT_EQ(count(sig.out, "Signature Validation: Signature is Valid."), 1) << sig.out;
}

TEST_F(SignTest, WithoutPictureOrTextTheSignatureIsInvisible) {
  const std::string out = s.dir / "invisible.pdf";
  const RunResult r = s.sign(s.decision, out, s.p12("organ") + " --as organ " + kTime);
  ASSERT_EQ(r.status, 0) << r.out;
  EXPECT_EQ(s.verify(out).status, 0) << s.verify(out).out;
  EXPECT_EQ(run("qpdf --check " + quote(out)).status, 0);
  EXPECT_NE(slurp(out).find("/Rect [0 0 0 0]"), std::string::npos);
}

TEST_F(SignTest, AttachmentSignedByTheOrganCarriesTheTextBlock) {
  const std::string out = s.dir / "kh-293.ky.pdf";
  const RunResult r = s.sign(s.attachment, out,
                             s.p12("organ") + " --as organ --text 'Số: 12/QĐ-STTTT' " + kTime);
  ASSERT_EQ(r.status, 0) << r.out;
  const RunResult sig = s.pdfsig(out);
  EXPECT_EQ(count(sig.out, "Signature Validation: Signature is Valid."), 1) << sig.out;
  EXPECT_NE(sig.out.find("Total document signed"), std::string::npos) << sig.out;
  EXPECT_EQ(run("qpdf --check " + quote(out)).status, 0);
  EXPECT_EQ(s.verify(out).status, 0) << s.verify(out).out;
  // The text is real text in an embedded font, on page 1, above the header.
  const std::string text = pdftotext(out, "-f 1 -l 1 -layout");
  const size_t number = text.find("Số: 12/QĐ-STTTT"), time = text.find("Thời gian ký: 2019-01-15T12:00:00+07:00");
  const size_t header = text.find("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  ASSERT_NE(number, std::string::npos) << text;
  ASSERT_NE(time, std::string::npos) << text;
  EXPECT_LT(number, time);
  EXPECT_LT(time, header);
}

TEST_F(SignTest, Pkcs12AndSoftHsmMakeTheSameSignature) {
  // RSA PKCS#1 v1.5 is deterministic: the same key, document and time give
  // the same bytes whether the key is in a file or on the token.
  const std::string a = s.dir / "p12.pdf", b = s.dir / "token.pdf";
  const std::string args = " --as signer --image " + quote(s.signature_png) + " " + kTime;
  RunResult r = s.sign(s.decision, a, s.p12("signer") + args);
  ASSERT_EQ(r.status, 0) << r.out;
  r = s.sign(s.decision, b, s.token("signer") + args);
  ASSERT_EQ(r.status, 0) << r.out;
  EXPECT_TRUE(slurp(a) == slurp(b)) << "the two signed files differ";
  EXPECT_EQ(s.verify(b).status, 0) << s.verify(b).out;
  EXPECT_EQ(count(s.pdfsig(b).out, "Signature Validation: Signature is Valid."), 1);
}

TEST_F(SignTest, RenderSignsItsPdfInOneGo) {
  const std::string pdf = s.dir / "render-signed.pdf", docx = s.dir / "render-signed.docx";
  const RunResult r = run(quote(vanthu_binary()) + " render quyet-dinh-khen-thuong " +
                          quote(source_dir() + "/examples/khen-thuong-atgt-2018/data.json") + " -o " + quote(docx) +
                          " -o " + quote(pdf) + " " + s.p12("signer") + " --image " + quote(s.signature_png) + " " +
                          kTime);
  ASSERT_EQ(r.status, 0) << r.out;
  EXPECT_EQ(s.verify(pdf).status, 0) << s.verify(pdf).out;
  // The same bytes as rendering, then signing.
  const std::string later = s.dir / "render-then-sign.pdf";
  ASSERT_EQ(s.sign(s.decision, later, s.p12("signer") + " --image " + quote(s.signature_png) + " " + kTime).status, 0);
  EXPECT_TRUE(slurp(pdf) == slurp(later));
  EXPECT_TRUE(fs::exists(docx));
}

TEST_F(SignTest, BadInputIsAClearErrorAndWritesNothing) {
  const std::string out = s.dir / "never.pdf";
  const std::string notpdf = s.dir / "not.pdf";
  write(notpdf, "hello");
  RunResult r = s.sign(notpdf, out, s.p12("signer"));
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.out.find("not.pdf: error"), std::string::npos) << r.out;
  r = s.sign(s.decision, out, "--key " + quote(s.pki("signer.p12")) + " --password wrong");
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.out.find("signer.p12: error"), std::string::npos) << r.out;
  r = s.sign(s.decision, out, s.token("signer") + " --pin 0000");
  EXPECT_EQ(r.status, 1) << r.out;
  r = s.sign(s.decision, out, s.p12("signer") + " --as organ --seal " + quote(s.signature_png));
  EXPECT_EQ(r.status, 1) << r.out;  // no --seal-mm
  r = s.sign(s.decision, out, s.p12("signer") + " --image " + quote(notpdf));
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.out.find("not.pdf: error: not a PNG picture"), std::string::npos) << r.out;
  r = s.sign(s.decision, s.decision, s.p12("signer"));
  EXPECT_EQ(r.status, 2) << r.out;
  EXPECT_FALSE(fs::exists(out));
  EXPECT_EQ(s.verify(s.decision).status, 1);  // no signatures
}

}  // namespace
}  // namespace vanthu::test
