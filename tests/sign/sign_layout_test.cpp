// The signed files seen from inside: the image boxes against the layout
// vanthu made (PL1 §II.7.d, §II.8.a), and the PDF/A-2 rules a signature
// must keep (embedded fonts in appearances, printed widgets, no /Perms,
// one SignerInfo with its certificate, ByteRange = all but /Contents).
#include <gtest/gtest.h>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>

#include <set>

#include "layout/layout.h"
#include "model/anchors.h"
#include "sign/sign_fixture.h"
#include "sign/verify.h"
#include "api/engine.h"

namespace vanthu::test {
namespace {

using QOH = QPDFObjectHandle;
constexpr const char* kTime = "--time 1547528400";

class SignedFile : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!s.ok) GTEST_FAIL() << s.why;
  }
  const SignSetup& s = sign_setup();
};

struct Widget {
  std::string name;
  int page = -1;
  QOH::Rectangle rect;
};

std::vector<Widget> widgets(QPDF& q) {
  std::vector<Widget> out;
  std::map<QPDFObjGen, int> pages;
  for (QOH p : q.getAllPages()) pages.emplace(p.getObjGen(), static_cast<int>(pages.size()));
  QOH fields = q.getRoot().getKey("/AcroForm").getKey("/Fields");
  for (int i = 0; fields.isArray() && i < fields.getArrayNItems(); ++i) {
    QOH f = fields.getArrayItem(i);
    Widget w{f.getKey("/T").getUTF8Value(), -1, f.getKey("/Rect").getArrayAsRectangle()};
    auto p = pages.find(f.getKey("/P").getObjGen());
    if (p != pages.end()) w.page = p->second;
    out.push_back(w);
  }
  return out;
}

TEST_F(SignedFile, ImageBoxesFollowTheLayout) {
  // The layout of the same decision, made here from the example's data.
  Engine engine;
  Diagnostics diag;
  const std::string data = source_dir() + "/examples/khen-thuong-atgt-2018/data.json";
  auto tpl = engine.load_template("quyet-dinh-khen-thuong", diag);
  ASSERT_TRUE(tpl);
  auto doc = engine.build(*tpl, engine.load_data(data, diag), data, diag);
  ASSERT_TRUE(doc);
  auto fonts = layout::FontSystem::create();
  const layout::Pages pages = layout::layout_document(*doc, *fonts);
  int space_page = -1;
  layout::Item space;
  for (size_t i = 0; i < pages.pages.size(); ++i)
    for (const layout::Item& it : pages.pages[i].items)
      if (it.kind == layout::Item::Kind::Anchor && it.text == model::anchors::kSignatureSpace && space_page < 0) {
        space_page = static_cast<int>(i);
        space = it;
      }
  ASSERT_GE(space_page, 0) << "the layout has no signature space";
  EXPECT_NEAR(space.height, 64, 0.01);  // the decree's signature space (README)
  const double page_h = pages.pages[static_cast<size_t>(space_page)].height;

  const std::string bytes = slurp(s.signed_twice());
  QPDF q;
  q.processMemoryFile("signed", bytes.data(), bytes.size());
  const std::vector<Widget> w = widgets(q);
  ASSERT_EQ(w.size(), 2u);
  // The signer's image (600 x 220 px): as tall as the space, centred in it.
  const double top = page_h - space.y, bottom = top - space.height, cx = space.x + space.width / 2;
  const double img_w = 64.0 * 600 / 220;
  EXPECT_EQ(w[0].page, space_page);
  EXPECT_NEAR(w[0].rect.lly, bottom, 0.02);
  EXPECT_NEAR(w[0].rect.ury, top, 0.02);
  EXPECT_NEAR(w[0].rect.llx, cx - img_w / 2, 0.02);
  EXPECT_NEAR(w[0].rect.urx, cx + img_w / 2, 0.02);
  // The seal: 36 mm across, its right edge a third into the signer's image,
  // centred on it vertically.
  const double d = 36 * 72 / 25.4;
  EXPECT_EQ(w[1].page, space_page);
  EXPECT_NEAR(w[1].rect.urx - w[1].rect.llx, d, 0.02);
  EXPECT_NEAR(w[1].rect.ury - w[1].rect.lly, d, 0.02);
  EXPECT_NEAR(w[1].rect.urx, w[0].rect.llx + img_w / 3, 0.02);
  EXPECT_NEAR((w[1].rect.lly + w[1].rect.ury) / 2, (bottom + top) / 2, 0.02);
}

// Every font any page or appearance stream uses, embedded (FontFile2).
void expect_fonts_embedded(QOH resources, std::set<QPDFObjGen>& seen, int& fonts) {
  if (!resources.isDictionary()) return;
  QOH f = resources.getKey("/Font");
  for (const std::string& k : f.isDictionary() ? f.getKeys() : std::set<std::string>{}) {
    QOH font = f.getKey(k);
    if (!seen.insert(font.getObjGen()).second) continue;
    ++fonts;
    QOH desc = font.getKey("/DescendantFonts").getArrayItem(0).getKey("/FontDescriptor");
    EXPECT_TRUE(desc.getKey("/FontFile2").isStream()) << k << " is not embedded";
  }
  QOH x = resources.getKey("/XObject");
  for (const std::string& k : x.isDictionary() ? x.getKeys() : std::set<std::string>{}) {
    QOH o = x.getKey(k);
    if (o.isStream() && seen.insert(o.getObjGen()).second)
      expect_fonts_embedded(o.getDict().getKey("/Resources"), seen, fonts);
  }
}

void expect_pdfa_signature_rules(const std::string& path, const std::string& trust, size_t signatures) {
  const std::string bytes = slurp(path);
  QPDF q;
  q.processMemoryFile("signed", bytes.data(), bytes.size());
  QOH root = q.getRoot();
  EXPECT_TRUE(root.getKey("/Metadata").isStream());
  EXPECT_TRUE(root.getKey("/OutputIntents").isArray());
  EXPECT_FALSE(root.hasKey("/Perms"));  // PDF/A-2 §6.1.12 allows only UR3 and DocMDP; we write none
  QOH form = root.getKey("/AcroForm");
  EXPECT_EQ(form.getKey("/SigFlags").getIntValue(), 3);
  EXPECT_FALSE(form.hasKey("/NeedAppearances"));
  std::set<QPDFObjGen> seen;
  int fonts = 0, annots = 0;
  for (QOH page : q.getAllPages()) {
    expect_fonts_embedded(page.getKey("/Resources"), seen, fonts);
    QOH a = page.getKey("/Annots");
    for (int i = 0; a.isArray() && i < a.getArrayNItems(); ++i) {
      QOH w = a.getArrayItem(i);
      ++annots;
      EXPECT_EQ(w.getKey("/F").getIntValue() & 4, 4) << "print flag";
      EXPECT_EQ(w.getKey("/F").getIntValue() & 3, 0) << "not hidden or invisible";
      QOH ap = w.getKey("/AP");
      EXPECT_EQ(ap.getKeys(), std::set<std::string>{"/N"});
      ASSERT_TRUE(ap.getKey("/N").isStream());
      expect_fonts_embedded(ap.getKey("/N").getDict().getKey("/Resources"), seen, fonts);
    }
  }
  EXPECT_EQ(static_cast<size_t>(annots), signatures);
  EXPECT_GT(fonts, 0);
  const sign::VerifyReport report = sign::verify_pdf(bytes, path, trust);
  ASSERT_EQ(report.signatures.size(), signatures);
  for (const sign::SignatureCheck& c : report.signatures) {
    EXPECT_TRUE(c.one_signer_with_cert);
    EXPECT_TRUE(c.byte_range_ok);
    EXPECT_TRUE(c.valid()) << sign::format_report(report);
  }
}

TEST_F(SignedFile, DecisionKeepsPdfaAndTheSignatureRules) {
  expect_pdfa_signature_rules(s.signed_twice(), slurp(s.pki("ca.pem")), 2);
}

TEST_F(SignedFile, AttachmentKeepsPdfaWithItsTextInAnEmbeddedFont) {
  const std::string out = s.dir / "attachment-pdfa.pdf";
  const RunResult r = s.sign(s.attachment, out, s.p12("organ") + " --as organ --text 'Số: 12/QĐ-STTTT' " + kTime);
  ASSERT_EQ(r.status, 0) << r.out;
  expect_pdfa_signature_rules(out, slurp(s.pki("ca.pem")), 1);
  // The block sits at the top right of page 1, inside the page, above the text area.
  const std::string bytes = slurp(out);
  QPDF q;
  q.processMemoryFile("signed", bytes.data(), bytes.size());
  const Widget w = widgets(q).at(0);
  QOH first = q.getAllPages().at(0);
  const QOH::Rectangle page = first.getKey("/MediaBox").getArrayAsRectangle();
  EXPECT_EQ(w.page, 0);
  // Right-aligned with the Quốc hiệu's text column (the header cell's text
  // area, just inside the 15 mm right margin), above the text area.
  QOH nat = q.getRoot().getKey("/Dests").getKey(std::string("/") + model::anchors::kNationalName);
  ASSERT_TRUE(nat.isArray());
  EXPECT_NEAR(w.rect.urx, nat.getArrayItem(4).getNumericValue(), 0.01);
  EXPECT_LE(w.rect.urx, page.urx - 15 * 72 / 25.4);
  EXPECT_GT(w.rect.urx, page.urx - 15 * 72 / 25.4 - 10);
  EXPECT_GT(w.rect.lly, page.ury - 20 * 72 / 25.4);  // in the top margin
  EXPECT_LT(w.rect.ury, page.ury);
}

TEST_F(SignedFile, TimeStampMakesPadesBT) {
  // A local time-stamp authority on loopback (openssl ts -reply).
  int out[2];
  ASSERT_EQ(pipe(out), 0);
  const pid_t pid = fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    dup2(out[1], 1);
    close(out[0]);
    const std::string script = source_dir() + "/tests/sign/tsa_server.py", pki = s.dir / "pki";
    execlp("python3", "python3", script.c_str(), pki.c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  close(out[1]);
  // The port, on the server's first line. The pipe stays open while the
  // server runs (closing it early could kill the server with SIGPIPE).
  std::string port;
  char c;
  while (read(out[0], &c, 1) == 1 && c != '\n') port += c;
  const std::string pdf = s.dir / "bt.pdf";
  const RunResult r = s.sign(s.decision, pdf, s.p12("signer") + " --tsa http://127.0.0.1:" +
                                                  port + "/tsa " + kTime);
  kill(pid, SIGTERM);
  waitpid(pid, nullptr, 0);
  close(out[0]);
  ASSERT_EQ(r.status, 0) << r.out;
  const RunResult v = s.verify(pdf);
  EXPECT_EQ(v.status, 0) << v.out;
  EXPECT_NE(v.out.find("level: PAdES B-T"), std::string::npos) << v.out;
  EXPECT_NE(v.out.find("time stamp "), std::string::npos) << v.out;
  const RunResult sig = s.pdfsig(pdf);
  EXPECT_NE(sig.out.find("Signature Validation: Signature is Valid."), std::string::npos) << sig.out;
  expect_pdfa_signature_rules(pdf, slurp(s.pki("ca.pem")), 1);
}

}  // namespace
}  // namespace vanthu::test
