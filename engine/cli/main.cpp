// The `vanthu` command: argument parsing only; the work is in the engine.
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/services.h"

namespace {

const char* kUsage =
    "vanthu: Vietnamese administrative documents (Nghị định 30/2020) from data.\n"
    "\n"
    "Usage:\n"
    "  vanthu render <template> <data.json> -o <out.docx|out.pdf> [-o <out2>] [options]\n"
    "      Merge the data into a built-in template (by name) or a template folder,\n"
    "      and write DOCX and/or PDF. Data \"-\" reads standard input.\n"
    "      --margins T,B,L,R   page margins in mm (inside the decree's ranges:\n"
    "                          top/bottom 20-25, left 30-35, right 15-20)\n"
    "      --key … | --pkcs11-uri …  sign the PDF output too (the options of vanthu sign)\n"
    "      --markup <file.xml> also write the markup the template produced\n"
    "      --no-sync           do not fsync the outputs (faster; unsafe on power loss)\n"
    "  vanthu batch <template> <data.json> --each <JSON path> -o <folder> [options]\n"
    "      One document per record of a list (the record merged over the shared\n"
    "      data), or all of them in one file: --format docx|pdf|both,\n"
    "      --name '{{so}}-{{ho_ten}}', --start-number N, --combine out.docx|out.pdf,\n"
    "      --keep-going, --jobs N, --transliterate, --resume, --overwrite, --no-sync\n"
    "      (see vanthu batch --help)\n"
    "  vanthu check <file.docx> [--format text|json|sarif] [--parts]\n"
    "      Check any DOCX against Nghị định 30/2020 (page, fonts, header, Số,\n"
    "      date, căn cứ, Nơi nhận, signer, page numbers); one line per finding.\n"
    "      --parts lists what was recognised. Exit status 0 conforming,\n"
    "      1 findings, 2 unreadable file.\n"
    "  vanthu issue <template> <data.json> -o <out.docx|out.pdf> [--register FILE|URL]\n"
    "      Render with the next number of the register (sổ đăng ký văn bản đi) and\n"
    "      record it: --series, --date, --by (see vanthu issue --help).\n"
    "  vanthu register list|reserve|confirm|release|void|series|import|export …\n"
    "      The register's operations (see vanthu register --help); vanthu batch …\n"
    "      --issue numbers every record through the register.\n"
    "  vanthu serve [--port 8080] [--users FILE] (see vanthu serve --help)\n"
    "      The web application for clerks and the HTTP API (docs/server.md).\n"
    "  vanthu sign <in.pdf> -o <out.pdf> --key <file.p12> | --pkcs11-uri <uri> --cert <pem> [options]\n"
    "      Sign a PDF vanthu wrote (PAdES, incremental update) as the signer or the\n"
    "      organ, with the decree's images (see vanthu sign, docs/signing.md).\n"
    "  vanthu verify <file.pdf> [--trust <ca.pem>] [--format text|json]\n"
    "      Check every signature; exit status 0 only when all are valid.\n"
    "  vanthu templates [<name>] [--example | --schema] [-o <file>]\n"
    "      List the built-in templates and their fields (meaning, example value);\n"
    "      --example writes a starting data file, --schema the JSON Schema of the data.\n"
    "  vanthu --help | --version\n"
    "\n"
    "Exit status: 0 success, 1 bad input (template, data), 2 bad usage.\n";

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) {
    std::fputs(kUsage, stderr);
    return 2;
  }
  const std::string cmd = args[0];
  if (cmd == "--help" || cmd == "-h" || cmd == "help") {
    std::fputs(kUsage, stdout);
    return 0;
  }
  if (cmd == "--version") {
    std::puts("vanthu 0.1.0");
    return 0;
  }
  std::vector<std::string> rest(args.begin() + 1, args.end());
  if (cmd == "render") return vanthu::cli::render_command(rest);
  if (cmd == "templates") return vanthu::cli::templates_command(rest);
  if (cmd == "check") return vanthu::cli::check_command(rest);
  if (cmd == "batch") return vanthu::cli::batch_command(rest);
#ifdef VANTHU_SERVICES_PROGRAM
  if (cmd == "issue") return vanthu::cli::issue_command(rest);
  if (cmd == "register") return vanthu::cli::register_command(rest);
  if (cmd == "serve") return vanthu::cli::serve_command(rest);
  if (cmd == "sign") return vanthu::cli::sign_command(rest);
  if (cmd == "verify") return vanthu::cli::verify_command(rest);
#else
  if (vanthu::cli::is_service_command(cmd)) return vanthu::cli::hand_over_to_services(args);
#endif
  std::fprintf(stderr, "vanthu: unknown command \"%s\"\n\n%s", cmd.c_str(), kUsage);
  return 2;
}
