#include "sign/cms.h"

#include <openssl/err.h>
#include <openssl/objects.h>

#include <algorithm>

#include "sign/tsa_client.h"

namespace vanthu::sign {
namespace {

[[noreturn]] void fail(const std::string& what) { throw SignError(what + ": " + openssl_errors()); }

// DER of the signed attributes as the signature covers them (RFC 5652
// §5.4): a SET OF Attribute, the elements in the order of their encodings.
// OpenSSL's own encoder for this (CMS_Attributes_Sign) is not public.
std::string signed_attributes_der(CMS_SignerInfo* si) {
  std::vector<std::string> attrs;
  for (int i = 0; i < CMS_signed_get_attr_count(si); ++i) {
    X509_ATTRIBUTE* a = CMS_signed_get_attr(si, i);
    unsigned char* der = nullptr;
    const int n = i2d_X509_ATTRIBUTE(a, &der);
    if (n <= 0) fail("cannot encode a signed attribute");
    attrs.emplace_back(reinterpret_cast<char*>(der), static_cast<size_t>(n));
    OPENSSL_free(der);
  }
  std::sort(attrs.begin(), attrs.end());  // byte-wise, as DER orders a SET OF
  std::string body;
  for (const std::string& a : attrs) body += a;
  std::string out(1, '\x31');  // SET
  const size_t n = body.size();
  if (n < 0x80) {
    out += static_cast<char>(n);
  } else {
    std::string len;
    for (size_t v = n; v; v >>= 8) len.insert(len.begin(), static_cast<char>(v & 0xFF));
    out += static_cast<char>(0x80 | len.size());
    out += len;
  }
  return out + body;
}

}  // namespace

std::string sha256(std::string_view bytes) {
  unsigned char md[EVP_MAX_MD_SIZE];
  unsigned int n = 0;
  if (!EVP_Digest(bytes.data(), bytes.size(), md, &n, EVP_sha256(), nullptr)) fail("SHA-256 failed");
  return std::string(reinterpret_cast<char*>(md), n);
}

std::string pades_cms(Signer& signer, std::string_view content_sha256, const std::string& tsa_url) {
  // A partial, detached SignedData with no signer yet.
  CmsPtr cms(CMS_sign(nullptr, nullptr, nullptr, nullptr, CMS_PARTIAL | CMS_DETACHED | CMS_BINARY));
  if (!cms) fail("cannot create the CMS structure");
  // CMS_add1_signer wants the private key only to check it matches the
  // certificate and to pick the signature algorithm: the public key does
  // both, so the private key never has to leave the Signer. CMS_PARTIAL
  // keeps it from signing (CMS_SignerInfo_sign would add a signingTime,
  // which PAdES baseline forbids); CMS_CADES adds signing-certificate-v2.
  X509* cert = signer.certificate();
  EVP_PKEY* pub = X509_get0_pubkey(cert);
  CMS_SignerInfo* si = CMS_add1_signer(cms.get(), cert, pub, EVP_sha256(),
                                       CMS_PARTIAL | CMS_CADES | CMS_NOSMIMECAP | CMS_BINARY);
  if (!si) fail("cannot add the signer");
  for (const X509Ptr& c : signer.chain())
    if (CMS_add1_cert(cms.get(), c.get()) < 0) fail("cannot add a certificate of the chain");
  if (CMS_signed_add1_attr_by_NID(si, NID_pkcs9_contentType, V_ASN1_OBJECT, OBJ_nid2obj(NID_pkcs7_data), -1) <= 0 ||
      CMS_signed_add1_attr_by_NID(si, NID_pkcs9_messageDigest, V_ASN1_OCTET_STRING, content_sha256.data(),
                                  static_cast<int>(content_sha256.size())) <= 0)
    fail("cannot add the signed attributes");

  const std::string signature = signer.sign_digest(sha256(signed_attributes_der(si)));
  if (!ASN1_STRING_set(CMS_SignerInfo_get0_signature(si), signature.data(), static_cast<int>(signature.size())))
    fail("cannot set the signature value");

  if (!tsa_url.empty()) {
    // B-T: the token stamps the signature value (ETSI EN 319 122-1 §5.3).
    const std::string token = timestamp_token(tsa_url, sha256(signature));
    std::unique_ptr<ASN1_STRING, Deleter<ASN1_STRING, ASN1_STRING_free>> seq(ASN1_STRING_new());
    if (!seq || !ASN1_STRING_set(seq.get(), token.data(), static_cast<int>(token.size())) ||
        CMS_unsigned_add1_attr_by_NID(si, NID_id_smime_aa_timeStampToken, V_ASN1_SEQUENCE, seq.get(), -1) <= 0)
      fail("cannot add the time-stamp token");
  }

  unsigned char* der = nullptr;
  const int n = i2d_CMS_ContentInfo(cms.get(), &der);
  if (n <= 0) fail("cannot encode the CMS signature");
  std::string out(reinterpret_cast<char*>(der), static_cast<size_t>(n));
  OPENSSL_free(der);
  return out;
}

}  // namespace vanthu::sign
