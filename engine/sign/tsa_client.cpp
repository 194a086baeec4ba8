#include "sign/tsa_client.h"

#include <openssl/http.h>
#include <openssl/rand.h>
#include <openssl/ts.h>

#include "sign/signer.h"

namespace vanthu::sign {
namespace {

using TsReqPtr = std::unique_ptr<TS_REQ, Deleter<TS_REQ, TS_REQ_free>>;
using TsRespPtr = std::unique_ptr<TS_RESP, Deleter<TS_RESP, TS_RESP_free>>;
using IntegerPtr = std::unique_ptr<ASN1_INTEGER, Deleter<ASN1_INTEGER, ASN1_INTEGER_free>>;

constexpr int kTimeoutSeconds = 30;
constexpr size_t kMaxReply = 1 << 20;

}  // namespace

std::string timestamp_token(const std::string& url, std::string_view digest) {
  auto fail = [&](const std::string& what) -> SignError {
    return SignError(url + ": error: time-stamp authority: " + what);
  };
  // The request: SHA-256 imprint, a random nonce, and the TSA's certificate
  // in the reply (so the token can be checked on its own).
  TsReqPtr req(TS_REQ_new());
  std::unique_ptr<TS_MSG_IMPRINT, Deleter<TS_MSG_IMPRINT, TS_MSG_IMPRINT_free>> imprint(TS_MSG_IMPRINT_new());
  std::unique_ptr<X509_ALGOR, Deleter<X509_ALGOR, X509_ALGOR_free>> alg(X509_ALGOR_new());
  unsigned char nonce_bytes[8];
  if (!req || !imprint || !alg || RAND_bytes(nonce_bytes, sizeof nonce_bytes) != 1)
    throw fail(openssl_errors());
  X509_ALGOR_set_md(alg.get(), EVP_sha256());
  IntegerPtr nonce(ASN1_INTEGER_new());
  BIGNUM* bn = BN_bin2bn(nonce_bytes, sizeof nonce_bytes, nullptr);
  BN_to_ASN1_INTEGER(bn, nonce.get());
  BN_free(bn);
  if (!TS_REQ_set_version(req.get(), 1) || !TS_MSG_IMPRINT_set_algo(imprint.get(), alg.get()) ||
      !TS_MSG_IMPRINT_set_msg(imprint.get(), reinterpret_cast<unsigned char*>(const_cast<char*>(digest.data())),
                              static_cast<int>(digest.size())) ||
      !TS_REQ_set_msg_imprint(req.get(), imprint.get()) || !TS_REQ_set_nonce(req.get(), nonce.get()) ||
      !TS_REQ_set_cert_req(req.get(), 1))
    throw fail("cannot build the request: " + openssl_errors());

  char *host = nullptr, *port = nullptr, *path = nullptr;
  int use_ssl = 0;
  if (!OSSL_HTTP_parse_url(url.c_str(), &use_ssl, nullptr, &host, &port, nullptr, &path, nullptr, nullptr))
    throw fail("not a URL");
  BioPtr body(BIO_new(BIO_s_mem()));
  i2d_TS_REQ_bio(body.get(), req.get());
  // http:// only: OpenSSL's client would need a TLS context for https://,
  // and time-stamp replies are signed, so the transport needs no secrecy.
  BIO* reply = use_ssl ? nullptr
                       : OSSL_HTTP_transfer(nullptr, host, port, path, 0, nullptr, nullptr, nullptr, nullptr, nullptr,
                                            nullptr, 0, nullptr, "application/timestamp-query", body.get(),
                                            "application/timestamp-reply", 1, kMaxReply, kTimeoutSeconds, 0);
  OPENSSL_free(host);
  OPENSSL_free(port);
  OPENSSL_free(path);
  if (use_ssl) throw fail("only http:// time-stamp URLs are supported");
  if (!reply) throw fail("no reply (" + openssl_errors() + ")");
  BioPtr reply_bio(reply);
  TsRespPtr resp(d2i_TS_RESP_bio(reply, nullptr));
  if (!resp) throw fail("the reply is not a time-stamp response: " + openssl_errors());
  const long status = ASN1_INTEGER_get(TS_STATUS_INFO_get0_status(TS_RESP_get_status_info(resp.get())));
  if (status != 0 && status != 1) throw fail("the request was rejected (status " + std::to_string(status) + ")");

  // The token must stamp our digest with our nonce (RFC 3161 §2.4.2).
  std::unique_ptr<TS_VERIFY_CTX, Deleter<TS_VERIFY_CTX, TS_VERIFY_CTX_free>> check(TS_REQ_to_TS_VERIFY_CTX(req.get(), nullptr));
  TS_VERIFY_CTX_set_flags(check.get(), TS_VFY_VERSION | TS_VFY_IMPRINT | TS_VFY_NONCE);
  if (TS_RESP_verify_response(check.get(), resp.get()) != 1)
    throw fail("the reply does not stamp what was asked: " + openssl_errors());

  unsigned char* der = nullptr;
  const int n = i2d_PKCS7(TS_RESP_get_token(resp.get()), &der);
  if (n <= 0) throw fail("cannot encode the token");
  std::string out(reinterpret_cast<char*>(der), static_cast<size_t>(n));
  OPENSSL_free(der);
  return out;
}

}  // namespace vanthu::sign
