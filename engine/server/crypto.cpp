#include "server/crypto.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <cstdio>
#include <sstream>
#include <vector>

#include "core/status.h"

namespace vanthu::server {

namespace {

// scrypt cost: N = 2^15, r = 8, p = 1 takes 32 MiB and some 0.1 s per
// attempt: a login is rare, a guess must be expensive. The parameters are
// stored with each hash, so raising them later keeps old hashes valid.
constexpr uint64_t kN = 1u << 15, kR = 8, kP = 1;
constexpr size_t kKeyBytes = 32, kSaltBytes = 16;

std::string b64(const unsigned char* p, size_t n) {
  std::string out(4 * ((n + 2) / 3) + 1, '\0');
  const int len = EVP_EncodeBlock(reinterpret_cast<unsigned char*>(out.data()), p, static_cast<int>(n));
  out.resize(static_cast<size_t>(len));
  return out;
}

bool unb64(const std::string& s, std::vector<unsigned char>& out) {
  if (s.empty() || s.size() % 4) return false;
  out.assign(s.size() / 4 * 3 + 1, 0);
  const int len = EVP_DecodeBlock(out.data(), reinterpret_cast<const unsigned char*>(s.data()), static_cast<int>(s.size()));
  if (len < 0) return false;
  size_t n = static_cast<size_t>(len);
  for (size_t i = s.size(); i > 0 && s[i - 1] == '='; --i) --n;  // EVP_DecodeBlock keeps the padding bytes
  out.resize(n);
  return true;
}

bool derive(std::string_view password, const unsigned char* salt, size_t salt_len, uint64_t n, uint64_t r,
            uint64_t p, unsigned char* key, size_t key_len) {
  const uint64_t maxmem = 128 * n * r * p + (1u << 20) * 8;
  return EVP_PBE_scrypt(password.data(), password.size(), salt, salt_len, n, r, p, maxmem, key, key_len) == 1;
}

}  // namespace

std::string hash_password(std::string_view password) {
  unsigned char salt[kSaltBytes], key[kKeyBytes];
  if (RAND_bytes(salt, sizeof salt) != 1) throw Error("no random bytes from OpenSSL");
  if (!derive(password, salt, sizeof salt, kN, kR, kP, key, sizeof key)) throw Error("scrypt failed");
  return "scrypt$" + std::to_string(kN) + "$" + std::to_string(kR) + "$" + std::to_string(kP) + "$" +
         b64(salt, sizeof salt) + "$" + b64(key, sizeof key);
}

bool verify_password(std::string_view password, const std::string& stored) {
  std::vector<std::string> parts;
  std::stringstream ss(stored);
  for (std::string part; std::getline(ss, part, '$');) parts.push_back(part);
  if (parts.size() != 6 || parts[0] != "scrypt") return false;
  uint64_t n = 0, r = 0, p = 0;
  try {
    n = std::stoull(parts[1]);
    r = std::stoull(parts[2]);
    p = std::stoull(parts[3]);
  } catch (...) {
    return false;
  }
  if (n < 2 || n > (1u << 20) || r == 0 || r > 32 || p == 0 || p > 16) return false;
  std::vector<unsigned char> salt, expected;
  if (!unb64(parts[4], salt) || !unb64(parts[5], expected) || expected.empty() || expected.size() > 64) return false;
  std::vector<unsigned char> key(expected.size());
  if (!derive(password, salt.data(), salt.size(), n, r, p, key.data(), key.size())) return false;
  return CRYPTO_memcmp(key.data(), expected.data(), key.size()) == 0;
}

std::string random_token(size_t bytes) {
  std::vector<unsigned char> buf(bytes);
  if (RAND_bytes(buf.data(), static_cast<int>(buf.size())) != 1) throw Error("no random bytes from OpenSSL");
  std::string out;
  char hex[3];
  for (unsigned char c : buf) {
    std::snprintf(hex, sizeof hex, "%02x", c);
    out += hex;
  }
  return out;
}

std::string sha256_hex(std::string_view data) {
  unsigned char md[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  if (EVP_Digest(data.data(), data.size(), md, &len, EVP_sha256(), nullptr) != 1) throw Error("SHA-256 failed");
  std::string out;
  char hex[3];
  for (unsigned int i = 0; i < len; ++i) {
    std::snprintf(hex, sizeof hex, "%02x", md[i]);
    out += hex;
  }
  return out;
}

bool equal_constant_time(std::string_view a, std::string_view b) {
  return a.size() == b.size() && CRYPTO_memcmp(a.data(), b.data(), a.size()) == 0;
}

}  // namespace vanthu::server
