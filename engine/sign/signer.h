// The one interface every signature goes through: a key that signs a
// SHA-256 digest, and the certificates that go with it. A key in a PKCS#12
// file and a key on a PKCS#11 token (USB token, SoftHSM2) are the two kinds
// built here; a remote signing service would be a third implementation.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "sign/openssl_handles.h"

namespace vanthu::sign {

class Signer {
 public:
  virtual ~Signer() = default;
  // The signing certificate.
  virtual X509* certificate() const = 0;
  // Further certificates to embed (intermediate CAs); may be empty.
  virtual const std::vector<X509Ptr>& chain() const = 0;
  // The signature of a SHA-256 digest (32 bytes): PKCS#1 v1.5 for RSA, DER
  // ECDSA-Sig-Value for EC keys. Throws SignError.
  virtual std::string sign_digest(std::string_view sha256) = 0;
};

struct SignError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// A PKCS#12 file (.p12/.pfx): key, certificate and chain. Throws SignError
// naming the file when it cannot be read or the password is wrong.
std::unique_ptr<Signer> pkcs12_signer(const std::string& path, const std::string& password);

// A key on a PKCS#11 token, through OpenSSL's PKCS#11 engine (libp11).
// `uri` is an RFC 7512 URI ("pkcs11:token=vanthu;object=signer"), `module`
// the PKCS#11 library (empty: libp11's default, p11-kit's proxy), `pin` the
// user PIN (empty: the URI's pin-value). The certificate comes from the
// PEM file `cert_path` (and any further certificates in it, as the chain).
std::unique_ptr<Signer> pkcs11_signer(const std::string& uri, const std::string& module, const std::string& pin,
                                      const std::string& cert_path);

// The last OpenSSL errors as text ("" when none), clearing the queue.
std::string openssl_errors();

}  // namespace vanthu::sign
