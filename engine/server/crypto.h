// Password hashing (OpenSSL 3's scrypt: deliberately slow and memory-hard)
// and random tokens for sessions, CSRF and API access.
#pragma once

#include <string>
#include <string_view>

namespace vanthu::server {

// "scrypt$N$r$p$<salt base64>$<key base64>" with a fresh random salt.
std::string hash_password(std::string_view password);
// True when `password` matches a hash made by hash_password (constant-time compare).
bool verify_password(std::string_view password, const std::string& stored);

// `bytes` random bytes from OpenSSL's CSPRNG, as lowercase hex.
std::string random_token(size_t bytes = 32);
// SHA-256 as lowercase hex: tokens are stored hashed, so a copy of the
// accounts file does not give working sessions.
std::string sha256_hex(std::string_view data);
// Compares two strings in time independent of where they differ.
bool equal_constant_time(std::string_view a, std::string_view b);

}  // namespace vanthu::server
