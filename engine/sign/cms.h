// The CMS SignedData of a PAdES signature (ETSI EN 319 142-1), built with
// OpenSSL 3's public CMS API.
#pragma once

#include <string>
#include <string_view>

#include "sign/signer.h"

namespace vanthu::sign {

// A detached CMS signature of PAdES baseline B-B over content whose SHA-256
// is `content_sha256`: signed attributes content-type, message-digest and
// signing-certificate-v2 only (no signingTime: the PDF's /M holds the time,
// ETSI EN 319 142-1 §5.4.3), the signing certificate and `signer.chain()`
// embedded, one SignerInfo. With `tsa_url`, a time-stamp token over the
// signature value is added as an unsigned attribute (B-T). Returns DER.
// Throws SignError.
std::string pades_cms(Signer& signer, std::string_view content_sha256, const std::string& tsa_url = "");

// SHA-256 of `bytes`.
std::string sha256(std::string_view bytes);

}  // namespace vanthu::sign
