#include "sign/verify.h"

#include <openssl/err.h>
#include <openssl/ess.h>
#include <openssl/pem.h>
#include <openssl/ts.h>
#include <openssl/x509v3.h>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <functional>
#include <set>

#include "sign/cms.h"
#include "sign/signer.h"

namespace vanthu::sign {
namespace {

constexpr size_t kMaxSignatures = 256;

using CertStack = std::unique_ptr<STACK_OF(X509), std::function<void(STACK_OF(X509)*)>>;

CertStack cert_stack(STACK_OF(X509)* s) {
  return CertStack(s, [](STACK_OF(X509)* p) { sk_X509_pop_free(p, X509_free); });
}

std::string subject(X509* cert) {
  BioPtr b(BIO_new(BIO_s_mem()));
  X509_NAME_print_ex(b.get(), X509_get_subject_name(cert), 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB);
  char* data = nullptr;
  const long n = BIO_get_mem_data(b.get(), &data);
  return std::string(data, static_cast<size_t>(n));
}

// "D:20181201091500+07'00'" -> "2018-12-01T09:15:00+07:00".
std::string iso_from_pdf_date(const std::string& d) {
  if (d.size() < 16 || d.compare(0, 2, "D:") != 0) return d;
  std::string s = d.substr(2, 4) + '-' + d.substr(6, 2) + '-' + d.substr(8, 2) + 'T' + d.substr(10, 2) + ':' +
                  d.substr(12, 2) + ':' + d.substr(14, 2);
  if (d.size() >= 22 && (d[16] == '+' || d[16] == '-')) s += d.substr(16, 3) + ':' + d.substr(20, 2);
  else if (d.size() > 16 && d[16] == 'Z') s += 'Z';
  return s;
}

std::string asn1_time_text(const ASN1_GENERALIZEDTIME* t) {
  BioPtr b(BIO_new(BIO_s_mem()));
  ASN1_TIME_print_ex(b.get(), t, ASN1_DTFLGS_ISO8601);
  char* data = nullptr;
  const long n = BIO_get_mem_data(b.get(), &data);
  return std::string(data, static_cast<size_t>(n));
}

StorePtr trust_store(const std::string& pem) {
  StorePtr store(X509_STORE_new());
  if (pem.empty()) {
    X509_STORE_set_default_paths(store.get());
    return store;
  }
  BioPtr bio(BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size())));
  while (X509* c = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr)) {
    X509_STORE_add_cert(store.get(), c);
    X509_free(c);
  }
  ERR_clear_error();
  return store;
}

void check_timestamp(CMS_SignerInfo* si, X509_STORE* store, SignatureCheck& out) {
  auto* token = static_cast<ASN1_STRING*>(CMS_unsigned_get0_data_by_OBJ(
      si, OBJ_nid2obj(NID_id_smime_aa_timeStampToken), -3, V_ASN1_SEQUENCE));
  if (!token) return;
  out.timestamp_ok = false;
  const unsigned char* p = ASN1_STRING_get0_data(token);
  std::unique_ptr<PKCS7, Deleter<PKCS7, PKCS7_free>> p7(d2i_PKCS7(nullptr, &p, ASN1_STRING_length(token)));
  if (!p7) return;
  std::unique_ptr<TS_TST_INFO, Deleter<TS_TST_INFO, TS_TST_INFO_free>> info(PKCS7_to_TS_TST_INFO(p7.get()));
  if (info) out.timestamp = asn1_time_text(TS_TST_INFO_get_time(info.get()));
  // The token must stamp this signature's value (ETSI EN 319 122-1 §5.3)
  // and be signed by a time-stamp authority the trust store knows.
  const ASN1_OCTET_STRING* sig = CMS_SignerInfo_get0_signature(si);
  const std::string imprint =
      sha256(std::string_view(reinterpret_cast<const char*>(ASN1_STRING_get0_data(sig)),
                              static_cast<size_t>(ASN1_STRING_length(sig))));
  std::unique_ptr<TS_VERIFY_CTX, Deleter<TS_VERIFY_CTX, TS_VERIFY_CTX_free>> ctx(TS_VERIFY_CTX_new());
  auto* buf = static_cast<unsigned char*>(OPENSSL_memdup(imprint.data(), imprint.size()));
  TS_VERIFY_CTX_set_imprint(ctx.get(), buf, static_cast<long>(imprint.size()));
  X509_STORE_up_ref(store);
  TS_VERIFY_CTX_set_store(ctx.get(), store);
  TS_VERIFY_CTX_set_flags(ctx.get(), TS_VFY_SIGNATURE | TS_VFY_IMPRINT);
  out.timestamp_ok = TS_RESP_verify_token(ctx.get(), p7.get()) == 1;
  ERR_clear_error();
}

// `before` and `after`: the signed bytes, either side of /Contents (hashed
// in place, not copied).
void check_cms(const std::string& der, std::string_view before, std::string_view after, X509_STORE* store,
               SignatureCheck& out) {
  const auto* p = reinterpret_cast<const unsigned char*>(der.data());
  CmsPtr cms(d2i_CMS_ContentInfo(nullptr, &p, static_cast<long>(der.size())));
  if (!cms) {
    out.problems.push_back("/Contents is not a CMS signature");
    return;
  }
  STACK_OF(CMS_SignerInfo)* infos = CMS_get0_SignerInfos(cms.get());
  CMS_set1_signers_certs(cms.get(), nullptr, 0);
  if (!infos || sk_CMS_SignerInfo_num(infos) == 0) {
    out.problems.push_back("the CMS has no SignerInfo");
    return;
  }
  CMS_SignerInfo* si = sk_CMS_SignerInfo_value(infos, 0);
  X509* cert = nullptr;
  X509_ALGOR* digest_alg = nullptr;
  CMS_SignerInfo_get0_algs(si, nullptr, &cert, &digest_alg, nullptr);
  out.one_signer_with_cert = sk_CMS_SignerInfo_num(infos) == 1 && cert;
  if (!out.one_signer_with_cert) out.problems.push_back("PDF/A-2 wants exactly one SignerInfo with its certificate in the CMS");
  if (!cert) return;
  out.signer = subject(cert);

  const ASN1_OBJECT* alg_obj = nullptr;
  X509_ALGOR_get0(&alg_obj, nullptr, nullptr, digest_alg);
  const EVP_MD* md = EVP_get_digestbyobj(alg_obj);
  auto* md_attr = static_cast<ASN1_OCTET_STRING*>(
      CMS_signed_get0_data_by_OBJ(si, OBJ_nid2obj(NID_pkcs9_messageDigest), -3, V_ASN1_OCTET_STRING));
  if (md && md_attr) {
    unsigned char h[EVP_MAX_MD_SIZE];
    unsigned int n = 0;
    std::unique_ptr<EVP_MD_CTX, Deleter<EVP_MD_CTX, EVP_MD_CTX_free>> ctx(EVP_MD_CTX_new());
    EVP_DigestInit_ex(ctx.get(), md, nullptr);
    EVP_DigestUpdate(ctx.get(), before.data(), before.size());
    EVP_DigestUpdate(ctx.get(), after.data(), after.size());
    EVP_DigestFinal_ex(ctx.get(), h, &n);
    out.digest_ok = static_cast<int>(n) == ASN1_STRING_length(md_attr) &&
                    std::memcmp(h, ASN1_STRING_get0_data(md_attr), n) == 0;
  }
  if (!out.digest_ok) out.problems.push_back("the signed bytes do not match the signature's digest (the file was changed)");
  out.signature_ok = CMS_SignerInfo_verify(si) == 1;
  if (!out.signature_ok) out.problems.push_back("the signature value does not verify with the signer's certificate");

  CertStack certs = cert_stack(CMS_get1_certs(cms.get()));
  std::unique_ptr<X509_STORE_CTX, Deleter<X509_STORE_CTX, X509_STORE_CTX_free>> ctx(X509_STORE_CTX_new());
  X509_STORE_CTX_init(ctx.get(), store, cert, certs.get());
  out.chain_ok = X509_verify_cert(ctx.get()) == 1;
  if (!out.chain_ok) {
    out.chain_error = X509_verify_cert_error_string(X509_STORE_CTX_get_error(ctx.get()));
    out.problems.push_back("certificate chain: " + out.chain_error);
  }

  check_timestamp(si, store, out);
  if (!out.timestamp_ok) out.problems.push_back("the time-stamp token does not verify");

  // PAdES baseline (ETSI EN 319 142-1 §6.3): signing-certificate-v2 naming
  // this certificate, no signingTime attribute.
  const bool has_time_attr = CMS_signed_get_attr_by_NID(si, NID_pkcs9_signingTime, -1) >= 0;
  bool cert_ref_ok = false;
  if (auto* v2 = static_cast<ASN1_STRING*>(CMS_signed_get0_data_by_OBJ(
          si, OBJ_nid2obj(NID_id_smime_aa_signingCertificateV2), -3, V_ASN1_SEQUENCE))) {
    const unsigned char* q = ASN1_STRING_get0_data(v2);
    std::unique_ptr<ESS_SIGNING_CERT_V2, Deleter<ESS_SIGNING_CERT_V2, ESS_SIGNING_CERT_V2_free>> sc(
        d2i_ESS_SIGNING_CERT_V2(nullptr, &q, ASN1_STRING_length(v2)));
    CertStack chain = cert_stack(sk_X509_new_null());
    X509_up_ref(cert);
    sk_X509_push(chain.get(), cert);
    cert_ref_ok = sc && OSSL_ESS_check_signing_certs(nullptr, sc.get(), chain.get(), 1) == 1;
    ERR_clear_error();
  }
  if (!out.level.empty()) return;  // set by the caller: not a PAdES SubFilter
  if (!cert_ref_ok || has_time_attr) {
    out.level = "CAdES without PAdES baseline attributes";
    if (!cert_ref_ok) out.problems.push_back("no signing-certificate-v2 attribute naming the signer's certificate");
    if (has_time_attr) out.problems.push_back("a signingTime attribute, which PAdES baseline forbids");
  } else {
    out.level = !out.timestamp.empty() && out.timestamp_ok ? "PAdES B-T" : "PAdES B-B";
  }
}

// `seen` stops a /Kids cycle in a malformed file, `depth` a chain deep enough
// to exhaust the stack (real field trees are a few levels deep).
void collect_signatures(QPDFObjectHandle field, std::vector<std::pair<std::string, QPDFObjectHandle>>& out,
                        const std::string& parent, std::set<QPDFObjGen>& seen, int depth = 0) {
  if (depth > 64 || (field.isIndirect() && !seen.insert(field.getObjGen()).second)) return;
  std::string name = parent;
  if (field.getKey("/T").isString()) name = (parent.empty() ? "" : parent + ".") + field.getKey("/T").getUTF8Value();
  if (field.hasKey("/Kids")) {
    QPDFObjectHandle kids = field.getKey("/Kids");
    for (int i = 0; kids.isArray() && i < kids.getArrayNItems(); ++i)
      collect_signatures(kids.getArrayItem(i), out, name, seen, depth + 1);
    return;
  }
  if (field.getKey("/FT").isName() && field.getKey("/FT").getName() == "/Sig" && field.getKey("/V").isDictionary())
    out.emplace_back(name, field.getKey("/V"));
}

SignatureCheck check_signature(const std::string& pdf, const std::string& field, QPDFObjectHandle v, X509_STORE* store) {
  SignatureCheck out;
  out.field = field;
  if (v.getKey("/M").isString()) out.time = iso_from_pdf_date(v.getKey("/M").getStringValue());
  QPDFObjectHandle br = v.getKey("/ByteRange");
  long long r[4] = {-1, -1, -1, -1};
  for (int i = 0; br.isArray() && br.getArrayNItems() == 4 && i < 4; ++i)
    if (br.getArrayItem(i).isInteger()) r[i] = br.getArrayItem(i).getIntValue();
  const long long size = static_cast<long long>(pdf.size());
  // ByteRange = the whole revision except the hex string of /Contents.
  const bool shape_ok = r[0] == 0 && r[1] > 0 && r[2] > r[1] + 1 && r[3] >= 0 && r[2] + r[3] <= size;
  if (shape_ok) {
    bool hex = pdf[static_cast<size_t>(r[1])] == '<' && pdf[static_cast<size_t>(r[2] - 1)] == '>';
    for (long long i = r[1] + 1; hex && i < r[2] - 1; ++i) hex = std::isxdigit(static_cast<unsigned char>(pdf[static_cast<size_t>(i)]));
    out.byte_range_ok = hex;
  }
  if (!out.byte_range_ok) {
    out.problems.push_back("ByteRange does not cover everything but the /Contents hex string");
    if (!shape_ok) return out;
  }
  out.covered = static_cast<size_t>(r[2] + r[3]);
  out.appended = pdf.size() - out.covered;
  const std::string_view all(pdf);
  const std::string_view before = all.substr(0, static_cast<size_t>(r[1]));
  const std::string_view after = all.substr(static_cast<size_t>(r[2]), static_cast<size_t>(r[3]));

  const std::string sub = v.getKey("/SubFilter").isName() ? v.getKey("/SubFilter").getName() : "";
  if (sub != "/ETSI.CAdES.detached") {
    out.level = "not PAdES (SubFilter " + (sub.empty() ? std::string("missing") : sub) + ")";
    if (sub != "/adbe.pkcs7.detached") {
      out.problems.push_back("unsupported SubFilter " + sub);
      return out;
    }
  }
  check_cms(v.getKey("/Contents").getStringValue(), before, after, store, out);
  return out;
}

}  // namespace

bool VerifyReport::valid() const {
  if (!problems.empty() || signatures.empty()) return false;
  for (const SignatureCheck& s : signatures)
    if (!s.valid()) return false;
  return true;
}

VerifyReport verify_pdf(const std::string& pdf, const std::string& name, const std::string& trust_pem) {
  VerifyReport report;
  report.file_size = pdf.size();
  StorePtr store = trust_store(trust_pem);
  std::vector<std::pair<std::string, QPDFObjectHandle>> sigs;
  QPDF q;
  q.setSuppressWarnings(true);
  try {
    q.processMemoryFile(name.c_str(), pdf.data(), pdf.size());
    if (q.anyWarnings()) report.problems.push_back("the PDF has structural errors (qpdf warns)");
    QPDFObjectHandle fields = q.getRoot().getKey("/AcroForm").getKey("/Fields");
    std::set<QPDFObjGen> seen;
    for (int i = 0; fields.isArray() && i < fields.getArrayNItems(); ++i)
      collect_signatures(fields.getArrayItem(i), sigs, "", seen);
    // Each signature hashes up to the whole file: a bound keeps a crafted
    // file with thousands of signature fields from taking quadratic time.
    if (sigs.size() > kMaxSignatures) {
      report.problems.push_back("more than " + std::to_string(kMaxSignatures) + " signatures; only the first are checked");
      sigs.resize(kMaxSignatures);
    }
    for (auto& [field, v] : sigs) report.signatures.push_back(check_signature(pdf, field, v, store.get()));
  } catch (const std::exception& e) {
    report.problems.push_back(std::string("cannot read the PDF: ") + e.what());
    return report;
  }
  if (report.signatures.empty()) report.problems.push_back("the PDF has no signatures");
  size_t last = 0;
  for (const SignatureCheck& s : report.signatures) last = std::max(last, s.covered);
  if (!report.signatures.empty() && last < pdf.size())
    report.problems.push_back(std::to_string(pdf.size() - last) + " bytes after the last signature are signed by no one");
  ERR_clear_error();
  return report;
}

std::string format_report(const VerifyReport& r) {
  std::string out;
  for (const SignatureCheck& s : r.signatures) {
    out += s.field + ": " + (s.valid() ? "valid" : "NOT VALID") + "\n";
    out += "  signer: " + s.signer + "\n";
    out += "  time: " + s.time + " (/M)";
    if (!s.timestamp.empty()) out += ", time stamp " + s.timestamp;
    out += "\n  covers: ";
    out += s.appended == 0 ? "the whole file (" + std::to_string(s.covered) + " bytes)"
                           : "bytes 0-" + std::to_string(s.covered) + "; " + std::to_string(s.appended) +
                                 " bytes appended after it";
    out += "\n  digest: " + std::string(s.digest_ok ? "matches" : "DOES NOT MATCH");
    out += "; signature: " + std::string(s.signature_ok ? "valid" : "INVALID");
    out += "; chain: " + (s.chain_ok ? std::string("trusted") : "NOT TRUSTED (" + s.chain_error + ")") + "\n";
    out += "  level: " + s.level + "\n";
    for (const std::string& p : s.problems) out += "  problem: " + p + "\n";
  }
  for (const std::string& p : r.problems) out += "problem: " + p + "\n";
  out += r.valid() ? "all signatures valid\n" : "NOT VALID\n";
  return out;
}

std::string report_json(const VerifyReport& r) {
  nlohmann::ordered_json out;
  out["valid"] = r.valid();
  out["file_size"] = r.file_size;
  out["signatures"] = nlohmann::ordered_json::array();
  for (const SignatureCheck& c : r.signatures) {
    nlohmann::ordered_json j;
    j["field"] = c.field;
    j["valid"] = c.valid();
    j["signer"] = c.signer;
    j["time"] = c.time;
    j["timestamp"] = c.timestamp;
    j["covered_bytes"] = c.covered;
    j["appended_bytes"] = c.appended;
    j["whole_file"] = c.appended == 0;
    j["digest_ok"] = c.digest_ok;
    j["signature_ok"] = c.signature_ok;
    j["chain_ok"] = c.chain_ok;
    j["chain_error"] = c.chain_error;
    j["level"] = c.level;
    j["problems"] = c.problems;
    out["signatures"].push_back(std::move(j));
  }
  out["problems"] = r.problems;
  // A crafted certificate may hold invalid UTF-8: replaced, not an exception.
  return out.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

}  // namespace vanthu::sign
