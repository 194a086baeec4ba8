// RFC 3161 time stamps over HTTP (RFC 3161 §3.4), with OpenSSL's HTTP client.
#pragma once

#include <string>
#include <string_view>

namespace vanthu::sign {

// Asks the time-stamp authority at `url` (http://host:port/path) to stamp
// SHA-256 `digest`, checks that the reply is granted and stamps that digest
// with our nonce, and returns the TimeStampToken (a CMS ContentInfo, DER).
// Throws SignError naming the URL.
std::string timestamp_token(const std::string& url, std::string_view digest);

}  // namespace vanthu::sign
