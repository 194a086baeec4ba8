// Signatures per second (PAdES B-B, signer's image), with a key in a
// PKCS#12 file and on a PKCS#11 token, beside rendering the same PDF.
// Figures are printed, never asserted. bench/sign-bench.sh makes the keys
// (tests/sign/make_pki.sh) and runs this.
//
//   sign_bench <pki-dir> <signature.png> [N=50] [pkcs11-module]
// SOFTHSM2_CONF must name the token's configuration (make_pki.sh writes it).
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "core/atomic_file.h"
#include "sign/sign_pdf.h"
#include "api/engine.h"

namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

double time_signatures(const char* label, vanthu::sign::Signer& signer, const std::string& pdf,
                       const vanthu::sign::SignRequest& req, vanthu::layout::FontSystem& fonts, int n) {
  size_t bytes = 0;
  const auto t = Clock::now();
  for (int i = 0; i < n; ++i) bytes += vanthu::sign::sign_pdf(pdf, "bench.pdf", signer, req, fonts).pdf.size();
  const double s = seconds_since(t);
  std::printf("RESULT sign %s n=%d per_signature_us=%.0f signatures_per_s=%.1f bytes=%zu\n", label, n,
              s / n * 1e6, n / s, bytes / static_cast<size_t>(n));
  return s / n;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: sign_bench <pki-dir> <signature.png> [N=50] [pkcs11-module]\n");
    return 2;
  }
  const std::string pki = argv[1];
  const int n = argc > 3 ? std::atoi(argv[3]) : 50;
  const std::string module = argc > 4 ? argv[4] : "/usr/lib/softhsm/libsofthsm2.so";
  const char* src = std::getenv("VANTHU_SOURCE_DIR");
  const std::string data = std::string(src ? src : ".") + "/examples/khen-thuong-atgt-2018/data.json";
  try {
    vanthu::Engine engine;
    vanthu::Diagnostics diag;
    auto tpl = engine.load_template("quyet-dinh-khen-thuong", diag);
    auto json = engine.load_data(data, diag);
    if (!tpl || diag.has_errors()) {
      std::fputs(diag.format().c_str(), stderr);
      return 1;
    }
    std::string pdf;
    auto t = Clock::now();
    for (int i = 0; i < n; ++i) pdf = engine.to_pdf(*engine.build(*tpl, json, data, diag));
    const double render = seconds_since(t) / n;
    std::printf("RESULT render quyet-dinh-khen-thuong pdf n=%d per_doc_us=%.0f docs_per_s=%.1f bytes=%zu\n", n,
                render * 1e6, 1 / render, pdf.size());

    auto fonts = vanthu::layout::FontSystem::create();
    vanthu::sign::SignRequest req;
    req.appearance.image_png = vanthu::read_file(argv[2]);
    req.appearance.time = 1547528400;
    t = Clock::now();
    auto file_key = vanthu::sign::pkcs12_signer(pki + "/signer.p12", "1234");
    std::printf("RESULT open pkcs12 us=%.0f\n", seconds_since(t) * 1e6);
    const double p12 = time_signatures("pkcs12", *file_key, pdf, req, *fonts, n);
    t = Clock::now();
    auto token = vanthu::sign::pkcs11_signer("pkcs11:token=vanthu;object=signer;type=private", module, "1234",
                                             pki + "/signer-chain.pem");
    std::printf("RESULT open pkcs11 us=%.0f\n", seconds_since(t) * 1e6);
    const double hsm = time_signatures("pkcs11-softhsm2", *token, pdf, req, *fonts, n);
    // The signing step alone (a digest signed by the key), to separate the
    // key's cost from the PDF work.
    const std::string digest(32, '\x5a');
    for (auto* s : {file_key.get(), token.get()}) {
      t = Clock::now();
      for (int i = 0; i < n; ++i) s->sign_digest(digest);
      std::printf("RESULT sign_digest %s per_call_us=%.0f\n", s == file_key.get() ? "pkcs12" : "pkcs11-softhsm2",
                  seconds_since(t) / n * 1e6);
    }
    std::printf("RESULT ratio sign_over_render pkcs12=%.2f pkcs11=%.2f\n", p12 / render, hsm / render);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "sign_bench: %s\n", e.what());
    return 1;
  }
  return 0;
}
