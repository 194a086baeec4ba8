#include "server/organ_signer.h"

#include <openssl/x509.h>

#include <ctime>

#include "core/atomic_file.h"
#include "core/status.h"
#include "layout/fonts.h"
#include "sign/sign_pdf.h"
#include "sign/signer.h"

namespace vanthu::server {

namespace {

// "CN=…, O=…" in UTF-8 (RFC 2253 order reversed to read naturally).
std::string subject_text(X509* cert) {
  std::string out;
  BIO* bio = BIO_new(BIO_s_mem());
  if (!bio) return out;
  X509_NAME_print_ex(bio, X509_get_subject_name(cert), 0, XN_FLAG_ONELINE & ~ASN1_STRFLGS_ESC_MSB);
  char* data = nullptr;
  const long n = BIO_get_mem_data(bio, &data);
  if (n > 0) out.assign(data, static_cast<size_t>(n));
  BIO_free(bio);
  return out;
}

}  // namespace

OrganSigner::OrganSigner(const SignConfig& config) : config_(config) {
  try {
    signer_ = !config.key.empty()
                  ? sign::pkcs12_signer(config.key, config.password)
                  : sign::pkcs11_signer(config.pkcs11_uri, config.pkcs11_module, config.pin, config.cert);
  } catch (const std::exception& e) {
    throw Error(std::string("the organ's signing key: ") + e.what());
  }
  if (!config.seal_png.empty()) {
    if (config.seal_mm <= 0) throw Error("--sign-seal needs --sign-seal-mm (the seal's real diameter in mm)");
    seal_png_ = read_file(config.seal_png);  // throws naming the file
  }
  subject_ = subject_text(signer_->certificate());
  fonts_ = layout::FontSystem::create();
}

OrganSigner::~OrganSigner() = default;

std::string OrganSigner::sign(const std::string& pdf, const std::string& name, bool attachment,
                              const std::vector<std::string>& lines) {
  sign::SignRequest req;
  req.appearance.role = sign::Role::Organ;
  req.appearance.time = std::time(nullptr);
  if (attachment) {
    req.appearance.text_lines = lines;
  } else if (!seal_png_.empty()) {
    req.appearance.seal_png = seal_png_;
    req.appearance.seal_name = config_.seal_png;
    req.appearance.seal_mm = config_.seal_mm;
  }
  std::lock_guard lock(mutex_);
  return sign::sign_pdf(pdf, name, *signer_, req, *fonts_).pdf;
}

}  // namespace vanthu::server
