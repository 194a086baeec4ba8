// Keys from a PKCS#12 file or a PKCS#11 token, both used as an EVP_PKEY.
// The PKCS#11 path uses OpenSSL's ENGINE API with libp11's "pkcs11" engine
// (Debian's libengine-pkcs11-openssl): bookworm has no PKCS#11 provider for
// OpenSSL 3, and the engine API, though deprecated, is what 3.0 offers.
#define OPENSSL_SUPPRESS_DEPRECATED
#include "sign/signer.h"

#include <openssl/engine.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/rsa.h>

#include "core/atomic_file.h"

namespace vanthu::sign {
namespace {

class KeySigner : public Signer {
 public:
  KeySigner(PkeyPtr key, X509Ptr cert, std::vector<X509Ptr> chain, ENGINE* engine = nullptr)
      : key_(std::move(key)), cert_(std::move(cert)), chain_(std::move(chain)), engine_(engine) {}
  ~KeySigner() override {
    key_.reset();
    if (engine_) {
      ENGINE_finish(engine_);
      ENGINE_free(engine_);
    }
  }
  X509* certificate() const override { return cert_.get(); }
  const std::vector<X509Ptr>& chain() const override { return chain_; }

  std::string sign_digest(std::string_view sha256) override {
    std::unique_ptr<EVP_PKEY_CTX, Deleter<EVP_PKEY_CTX, EVP_PKEY_CTX_free>> ctx(EVP_PKEY_CTX_new(key_.get(), engine_));
    size_t len = 0;
    const auto* d = reinterpret_cast<const unsigned char*>(sha256.data());
    bool ok = ctx && EVP_PKEY_sign_init(ctx.get()) > 0;
    if (ok && EVP_PKEY_get_base_id(key_.get()) == EVP_PKEY_RSA)
      ok = EVP_PKEY_CTX_set_rsa_padding(ctx.get(), RSA_PKCS1_PADDING) > 0;
    ok = ok && EVP_PKEY_CTX_set_signature_md(ctx.get(), EVP_sha256()) > 0 &&
         EVP_PKEY_sign(ctx.get(), nullptr, &len, d, sha256.size()) > 0;
    std::string sig(len, '\0');
    ok = ok && EVP_PKEY_sign(ctx.get(), reinterpret_cast<unsigned char*>(sig.data()), &len, d, sha256.size()) > 0;
    if (!ok) throw SignError("the key could not sign: " + openssl_errors());
    sig.resize(len);
    return sig;
  }

 private:
  PkeyPtr key_;
  X509Ptr cert_;
  std::vector<X509Ptr> chain_;
  ENGINE* engine_;
};

}  // namespace

std::string openssl_errors() {
  std::string out;
  char buf[256];
  while (unsigned long e = ERR_get_error()) {
    ERR_error_string_n(e, buf, sizeof buf);
    if (!out.empty()) out += "; ";
    out += buf;
  }
  return out.empty() ? "unknown error" : out;
}

std::unique_ptr<Signer> pkcs12_signer(const std::string& path, const std::string& password) {
  const std::string bytes = read_file(path);
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  std::unique_ptr<PKCS12, Deleter<PKCS12, PKCS12_free>> p12(d2i_PKCS12(nullptr, &p, static_cast<long>(bytes.size())));
  if (!p12) throw SignError(path + ": error: not a PKCS#12 file (" + openssl_errors() + ")");
  EVP_PKEY* key = nullptr;
  X509* cert = nullptr;
  STACK_OF(X509)* ca = nullptr;
  if (!PKCS12_parse(p12.get(), password.c_str(), &key, &cert, &ca))
    throw SignError(path + ": error: cannot open the PKCS#12 file (wrong password?): " + openssl_errors());
  PkeyPtr k(key);
  X509Ptr c(cert);
  std::vector<X509Ptr> chain;
  for (int i = 0; ca && i < sk_X509_num(ca); ++i) chain.emplace_back(sk_X509_value(ca, i));
  sk_X509_free(ca);
  if (!k || !c) throw SignError(path + ": error: the PKCS#12 file holds no key and certificate");
  return std::make_unique<KeySigner>(std::move(k), std::move(c), std::move(chain));
}

std::unique_ptr<Signer> pkcs11_signer(const std::string& uri, const std::string& module, const std::string& pin,
                                      const std::string& cert_path) {
  const std::string pem = read_file(cert_path);
  BioPtr bio(BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size())));
  X509Ptr cert(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
  if (!cert) throw SignError(cert_path + ": error: no PEM certificate in the file");
  std::vector<X509Ptr> chain;
  while (X509* more = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr)) chain.emplace_back(more);
  ERR_clear_error();  // the end of the PEM file

  ENGINE_load_builtin_engines();
  ENGINE* e = ENGINE_by_id("pkcs11");
  if (!e) throw SignError("the PKCS#11 engine is not available (install libengine-pkcs11-openssl): " + openssl_errors());
  if (!module.empty() && !ENGINE_ctrl_cmd_string(e, "MODULE_PATH", module.c_str(), 0)) {
    ENGINE_free(e);
    throw SignError(module + ": error: cannot use this PKCS#11 module: " + openssl_errors());
  }
  if (!ENGINE_init(e)) {
    ENGINE_free(e);
    throw SignError("the PKCS#11 engine could not start: " + openssl_errors());
  }
  if (!pin.empty()) ENGINE_ctrl_cmd_string(e, "PIN", pin.c_str(), 0);
  PkeyPtr key(ENGINE_load_private_key(e, uri.c_str(), nullptr, nullptr));
  if (!key) {
    const std::string why = openssl_errors();
    ENGINE_finish(e);
    ENGINE_free(e);
    throw SignError(uri + ": error: no private key on the token (" + why + ")");
  }
  if (X509_check_private_key(cert.get(), key.get()) != 1) {
    ERR_clear_error();
    key.reset();
    ENGINE_finish(e);
    ENGINE_free(e);
    throw SignError(cert_path + ": error: the certificate does not belong to the key " + uri);
  }
  return std::make_unique<KeySigner>(std::move(key), std::move(cert), std::move(chain), e);
}

}  // namespace vanthu::sign
