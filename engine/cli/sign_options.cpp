#include "cli/sign_options.h"

#include <cstdio>
#include <cstdlib>

namespace vanthu::cli {

const char* const kSignOptionsHelp =
    "  (--key <file.p12> [--password P] |\n"
    "   --pkcs11-uri <pkcs11:...> --cert <cert.pem> [--pkcs11-module <lib.so>] [--pin PIN])\n"
    "  [--as signer|organ] [--image <signature.png>] [--seal <seal.png> --seal-mm <mm>]\n"
    "  [--text <line>]... [--tsa <http://...>] [--time <epoch seconds>]\n"
    "  The password and PIN may also come from VANTHU_KEY_PASSWORD and VANTHU_PKCS11_PIN.\n";

namespace {

const char* const kNames[] = {"--key", "--password", "--pkcs11-uri", "--cert", "--pkcs11-module", "--pin", "--as",
                              "--image", "--seal", "--seal-mm", "--text", "--tsa", "--time"};

}  // namespace

std::string sign_option_value(const SignOptions& o, const char* key, const char* env) {
  auto it = o.values.find(key);
  if (it != o.values.end()) return it->second;
  const char* v = env ? std::getenv(env) : nullptr;
  return v ? v : "";
}

namespace {

bool is_number(const std::string& s, bool integer) {
  if (s.empty()) return false;
  char* end = nullptr;
  if (integer) std::strtoll(s.c_str(), &end, 10);
  else std::strtod(s.c_str(), &end);
  return *end == '\0';
}

}  // namespace

int take_sign_option(const char* command, const std::vector<std::string>& args, size_t& i, SignOptions& o) {
  const std::string& a = args[i];
  bool known = false;
  for (const char* n : kNames) known = known || a == n;
  if (!known) return 0;
  if (i + 1 >= args.size()) {
    std::fprintf(stderr, "vanthu %s: %s needs a value\n", command, a.c_str());
    return -1;
  }
  if (a == "--text") o.texts.push_back(args[++i]);
  else o.values[a] = args[++i];
  return 1;
}

bool check_sign_options(const char* command, const SignOptions& o) {
  auto bad = [&](const char* why) {
    std::fprintf(stderr, "vanthu %s: %s\n", command, why);
    return false;
  };
  const bool key = o.values.count("--key"), token = o.values.count("--pkcs11-uri");
  if (key == token) return bad("give one key: --key <file.p12> or --pkcs11-uri <uri> with --cert <pem>");
  if (token && !o.values.count("--cert")) return bad("--pkcs11-uri needs --cert <cert.pem>");
  const std::string role = sign_option_value(o, "--as").empty() ? "signer" : sign_option_value(o, "--as");
  if (role != "signer" && role != "organ") return bad("--as is signer or organ");
  if (role == "signer" && (o.values.count("--seal") || !o.texts.empty()))
    return bad("--seal and --text are for the organ's signature (--as organ)");
  if (role == "organ" && o.values.count("--image"))
    return bad("--image is the signer's handwritten signature (--as signer)");
  if (o.values.count("--time") && !is_number(o.values.at("--time"), true)) return bad("--time takes epoch seconds");
  if (o.values.count("--seal-mm") && !is_number(o.values.at("--seal-mm"), false)) return bad("--seal-mm takes a number");
  return true;
}

}  // namespace vanthu::cli
