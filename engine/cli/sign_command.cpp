// `vanthu sign` and `vanthu verify` (docs/signing.md). Exit status: sign 0
// signed, 1 bad input (unreadable PDF or key, missing anchor), 2 bad usage;
// verify 0 every signature valid, 1 otherwise, 2 unreadable file or bad usage.
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <map>
#include <memory>
#include <string>

#include "cli/commands.h"
#include "core/atomic_file.h"
#include "layout/fonts.h"
#include "sign/sign_pdf.h"
#include "sign/verify.h"

namespace vanthu::cli {
namespace {

const char* kSignUsage =
    "usage: vanthu sign <in.pdf> -o <out.pdf> (--key <file.p12> [--password P] |\n"
    "           --pkcs11-uri <pkcs11:...> --cert <cert.pem> [--pkcs11-module <lib.so>] [--pin PIN])\n"
    "           [--as signer|organ] [--image <signature.png>] [--seal <seal.png> --seal-mm <mm>]\n"
    "           [--text <line>]... [--tsa <http://...>] [--time <epoch seconds>]\n"
    "  The password and PIN may also come from VANTHU_KEY_PASSWORD and VANTHU_PKCS11_PIN.\n";

// Options that take a value; --text may repeat.
bool takes_value(const std::string& a) {
  static const char* kNames[] = {"-o", "--key", "--password", "--pkcs11-uri", "--cert", "--pkcs11-module", "--pin",
                                 "--as", "--image", "--seal", "--seal-mm", "--text", "--tsa", "--time", "--trust"};
  for (const char* n : kNames)
    if (a == n) return true;
  return false;
}

// Splits args into options (last value wins, --text collected) and
// positional arguments. Returns false (after printing why) on bad usage.
bool parse(const char* command, const std::vector<std::string>& args, std::map<std::string, std::string>& opts,
           std::vector<std::string>& texts, std::vector<std::string>& positional) {
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (takes_value(a)) {
      if (i + 1 >= args.size()) {
        std::fprintf(stderr, "vanthu %s: %s needs a value\n", command, a.c_str());
        return false;
      }
      if (a == "--text") texts.push_back(args[++i]);
      else opts[a] = args[++i];
    } else if (a.size() > 1 && a[0] == '-') {
      std::fprintf(stderr, "vanthu %s: unknown option %s\n", command, a.c_str());
      return false;
    } else {
      positional.push_back(a);
    }
  }
  return true;
}

std::string opt(const std::map<std::string, std::string>& o, const char* key, const char* env = nullptr) {
  auto it = o.find(key);
  if (it != o.end()) return it->second;
  const char* v = env ? std::getenv(env) : nullptr;
  return v ? v : "";
}

}  // namespace

int sign_command(const std::vector<std::string>& args) {
  std::map<std::string, std::string> o;
  std::vector<std::string> texts, pos;
  if (!parse("sign", args, o, texts, pos) || pos.size() != 1 || !o.count("-o") ||
      (o.count("--key") == o.count("--pkcs11-uri")) || (o.count("--pkcs11-uri") && !o.count("--cert"))) {
    std::fputs(kSignUsage, stderr);
    return 2;
  }
  const std::string role = opt(o, "--as").empty() ? "signer" : opt(o, "--as");
  if (role != "signer" && role != "organ") {
    std::fprintf(stderr, "vanthu sign: --as is signer or organ, not \"%s\"\n", role.c_str());
    return 2;
  }
  const std::string& in = pos[0];
  const std::string out = o["-o"];
  if (out == in) {
    std::fputs("vanthu sign: the output must be another file (the unsigned PDF is kept)\n", stderr);
    return 2;
  }
  sign::SignRequest req;
  req.appearance.role = role == "signer" ? sign::Role::Signer : sign::Role::Organ;
  req.appearance.text_lines = texts;
  req.tsa_url = opt(o, "--tsa");
  try {
    req.appearance.time = o.count("--time") ? std::stoll(o["--time"]) : static_cast<long long>(std::time(nullptr));
    if (o.count("--seal-mm")) req.appearance.seal_mm = std::stod(o["--seal-mm"]);
  } catch (const std::exception&) {
    std::fputs("vanthu sign: --time and --seal-mm take numbers\n", stderr);
    return 2;
  }
  if (req.appearance.role == sign::Role::Signer && (o.count("--seal") || !texts.empty())) {
    std::fputs("vanthu sign: --seal and --text are for the organ's signature (--as organ)\n", stderr);
    return 2;
  }
  if (req.appearance.role == sign::Role::Organ && o.count("--image")) {
    std::fputs("vanthu sign: --image is the signer's handwritten signature (--as signer)\n", stderr);
    return 2;
  }
  try {
    const std::string pdf = read_file(in);
    if (o.count("--image")) req.appearance.image_png = read_file(o["--image"]);
    if (o.count("--seal")) req.appearance.seal_png = read_file(o["--seal"]);
    std::unique_ptr<sign::Signer> signer =
        o.count("--key") ? sign::pkcs12_signer(o["--key"], opt(o, "--password", "VANTHU_KEY_PASSWORD"))
                         : sign::pkcs11_signer(o["--pkcs11-uri"], opt(o, "--pkcs11-module"),
                                               opt(o, "--pin", "VANTHU_PKCS11_PIN"), o["--cert"]);
    auto fonts = layout::FontSystem::create();
    const sign::SignResult result = sign::sign_pdf(pdf, in, *signer, req, *fonts);
    write_file_atomic(out, result.pdf);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "vanthu sign: %s\n", e.what());
    return 1;
  }
  return 0;
}

int verify_command(const std::vector<std::string>& args) {
  std::map<std::string, std::string> o;
  std::vector<std::string> texts, pos;
  if (!parse("verify", args, o, texts, pos) || pos.size() != 1 || !texts.empty()) {
    std::fputs("usage: vanthu verify <file.pdf> [--trust <ca.pem>]\n", stderr);
    return 2;
  }
  std::string pdf, trust;
  try {
    pdf = read_file(pos[0]);
    if (o.count("--trust")) trust = read_file(o["--trust"]);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "vanthu verify: %s\n", e.what());
    return 2;
  }
  const sign::VerifyReport report = sign::verify_pdf(pdf, pos[0], trust);
  std::fputs(sign::format_report(report).c_str(), stdout);
  return report.valid() ? 0 : 1;
}

}  // namespace vanthu::cli
