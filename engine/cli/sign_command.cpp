// `vanthu sign` and `vanthu verify` (docs/signing.md). Exit status: sign 0
// signed, 1 bad input (unreadable PDF or key, missing anchor), 2 bad usage;
// verify 0 every signature valid, 1 otherwise, 2 unreadable file or bad usage.
#include <cstdio>
#include <string>

#include "cli/commands.h"
#include "cli/sign_options.h"
#include "core/atomic_file.h"
#include "sign/verify.h"

namespace vanthu::cli {

int sign_command(const std::vector<std::string>& args) {
  SignOptions o;
  std::vector<std::string> pos;
  std::string out;
  for (size_t i = 0; i < args.size(); ++i) {
    const int taken = take_sign_option("sign", args, i, o);
    if (taken < 0) return 2;
    if (taken) continue;
    if (args[i] == "-o") {
      if (i + 1 >= args.size()) break;  // usage below
      out = args[++i];
    } else if (args[i].size() > 1 && args[i][0] == '-') {
      std::fprintf(stderr, "vanthu sign: unknown option %s\n", args[i].c_str());
      return 2;
    } else {
      pos.push_back(args[i]);
    }
  }
  if (pos.size() != 1 || out.empty()) {
    std::fprintf(stderr, "usage: vanthu sign <in.pdf> -o <out.pdf>\n%s", kSignOptionsHelp);
    return 2;
  }
  if (!check_sign_options("sign", o)) return 2;
  if (out == pos[0]) {
    std::fputs("vanthu sign: the output must be another file (the unsigned PDF is kept)\n", stderr);
    return 2;
  }
  try {
    write_file_atomic(out, sign_with_options(read_file(pos[0]), pos[0], o));
  } catch (const std::exception& e) {
    std::fprintf(stderr, "vanthu sign: %s\n", e.what());
    return 1;
  }
  return 0;
}

int verify_command(const std::vector<std::string>& args) {
  std::vector<std::string> pos;
  std::string trust_path, format = "text";
  bool bad_option = false;
  for (size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--trust" && i + 1 < args.size()) trust_path = args[++i];
    else if (args[i] == "--format" && i + 1 < args.size()) format = args[++i];
    else if (args[i].size() > 1 && args[i][0] == '-') bad_option = true;
    else pos.push_back(args[i]);
  }
  if (pos.size() != 1 || bad_option || (format != "text" && format != "json")) {
    std::fputs("usage: vanthu verify <file.pdf> [--trust <ca.pem>] [--format text|json]\n", stderr);
    return 2;
  }
  std::string pdf, trust;
  try {
    pdf = read_file(pos[0]);
    if (!trust_path.empty()) trust = read_file(trust_path);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "vanthu verify: %s\n", e.what());
    return 2;
  }
  const sign::VerifyReport report = sign::verify_pdf(pdf, pos[0], trust);
  std::fputs((format == "json" ? sign::report_json(report) : sign::format_report(report)).c_str(), stdout);
  return report.valid() ? 0 : 1;
}

}  // namespace vanthu::cli
