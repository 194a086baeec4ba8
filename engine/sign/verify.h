// Checking the signatures of a PDF: for each, who signed and when, what it
// covers, whether the signed bytes are intact, whether the certificate
// chains to a trusted CA, and which PAdES baseline level it meets.
#pragma once

#include <string>
#include <vector>

namespace vanthu::sign {

struct SignatureCheck {
  std::string field;        // the field's name
  std::string signer;       // the certificate's subject (RFC 2253, UTF-8)
  std::string time;         // /M, as ISO 8601
  std::string timestamp;    // the time-stamp token's time, "" when none
  size_t covered = 0;       // bytes from the start the signature covers
  size_t appended = 0;      // bytes of the file after them (later updates)
  bool byte_range_ok = false;  // ByteRange = all but the /Contents hex string (PDF/A-2 §6.4.3)
  bool digest_ok = false;      // the signed bytes hash to the message-digest attribute
  bool signature_ok = false;   // the signature over the signed attributes is the certificate's
  bool timestamp_ok = true;    // the token (if any) stamps this signature value
  bool chain_ok = false;       // the certificate chains to the trust store
  std::string chain_error;     // why not ("" when ok; "no trust store given")
  bool one_signer_with_cert = false;  // one SignerInfo, its certificate embedded (PDF/A-2)
  std::string level;        // "PAdES B-T", "PAdES B-B", or what it is instead
  std::vector<std::string> problems;  // one line each, for the report
  bool valid() const { return problems.empty(); }
};

struct VerifyReport {
  size_t file_size = 0;
  std::vector<SignatureCheck> signatures;
  std::vector<std::string> problems;  // about the file as a whole
  bool valid() const;
};

// `trust_pem`: CA certificates (PEM text) to build chains to; empty: chains
// are not checked and each signature reports that as a problem.
VerifyReport verify_pdf(const std::string& pdf, const std::string& name, const std::string& trust_pem);

// The report as text, one block per signature.
std::string format_report(const VerifyReport& report);
// The same as JSON ({"valid": …, "signatures": [{"field": …, …}], "problems": […]}).
std::string report_json(const VerifyReport& report);

}  // namespace vanthu::sign
