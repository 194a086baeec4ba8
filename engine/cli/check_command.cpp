// `vanthu check <file.docx> [--format text|json]`: Nghị định 30 conformance
// of any DOCX. Exit status 0 clean, 1 findings, 2 unreadable file or bad usage.
#include <cstdio>
#include <memory>
#include <string>

#include "cli/commands.h"
#include "vanthu/vanthu.hpp"

namespace vanthu::cli {

namespace {

constexpr const char* kUsage = "usage: vanthu check <file.docx> [--format text|json|sarif] [--parts]\n";

constexpr const char* kHelp =
    "usage: vanthu check <file.docx> [--format text|json|sarif] [--parts]\n"
    "\n"
    "Checks a DOCX made by any tool against the layout rules of Nghi dinh 30/2020/ND-CP\n"
    "(Phu luc I; the models of Phu luc III) and reports each finding with its clause.\n"
    "\n"
    "  --format text    one line per finding (default); a summary on standard error\n"
    "  --format json    a JSON array, one object per finding (rule, check, severity,\n"
    "                   confidence, about, part, paragraph, excerpt, message, fix)\n"
    "  --format sarif   a SARIF 2.1.0 log, for CI and code-review tools\n"
    "  --parts          (text) list what was recognised first: the kind of document\n"
    "                   and where each part of the layout was found\n"
    "  -h, --help       this text\n"
    "\n"
    "Each finding is an error (the decree's rule is broken) or a warning (a debatable\n"
    "case, with its reason), and is certain or inferred (it rests on a reading: a header\n"
    "laid out with tabs, a floating shape placed by its offset, an estimated page count).\n"
    "\n"
    "Exit status: 0 no finding, 1 findings, 2 the file cannot be read as a DOCX (a lock\n"
    "file, an encrypted or .doc file, a damaged package) or bad usage.\n"
    "Details: docs/check.md\n";

bool is_lock_file_name(const std::string& path) {
  const size_t slash = path.find_last_of('/');
  return path.compare(slash == std::string::npos ? 0 : slash + 1, 2, "~$") == 0;
}

}  // namespace

int check_command(const std::vector<std::string>& args) {
  std::string file, format = "text";
  bool parts = false;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "--help" || a == "-h") {
      std::fputs(kHelp, stdout);
      return 0;
    }
    if (a == "--format" || a == "-f") {
      if (i + 1 >= args.size()) {
        std::fprintf(stderr, "vanthu check: %s needs a value (text, json or sarif)\n", a.c_str());
        return 2;
      }
      format = args[++i];
    } else if (a == "--parts") {
      parts = true;
    } else if (a.rfind("--format=", 0) == 0) {
      format = a.substr(9);
    } else if (a.size() > 1 && a[0] == '-') {
      std::fprintf(stderr, "vanthu check: unknown option %s (see vanthu --help)\n", a.c_str());
      return 2;
    } else if (file.empty()) {
      file = a;
    } else {
      std::fputs(kUsage, stderr);
      return 2;
    }
  }
  if (file.empty() || (format != "text" && format != "json" && format != "sarif")) {
    std::fputs(kUsage, stderr);
    return 2;
  }
  if (is_lock_file_name(file)) {
    std::fprintf(stderr,
                 "vanthu check: %s: cannot read: a Word lock file (\"~$...\"), not a document: Word writes it while "
                 "the document is open; check the file of the same name without \"~$\"\n",
                 file.c_str());
    return 2;
  }
  // Widths are measured as the layout engine measures them; without the
  // fonts the checks that need widths are skipped (and said so).
  CheckOptions options;
  options.format = format == "json" ? CheckOptions::Format::json
                   : format == "sarif" ? CheckOptions::Format::sarif
                                       : CheckOptions::Format::text;
  const CheckResult r = check_docx_file(file, options);
  if (!r.fonts_error.empty())
    std::fprintf(stderr, "vanthu check: warning: %s; widths are not measured\n", r.fonts_error.c_str());
  if (!r.readable) {
    std::fprintf(stderr, "vanthu check: %s\n", r.error.c_str());
    return 2;
  }
  if (parts && format == "text") std::fputs(r.parts.c_str(), stdout);
  std::fputs(r.report.c_str(), stdout);
  if (!r.measuring_note.empty()) std::fprintf(stderr, "%s: note: %s\n", file.c_str(), r.measuring_note.c_str());
  int errors = 0, warnings = 0;
  for (const auto& f : r.findings) (f.error ? errors : warnings)++;
  std::fprintf(stderr, "%s: %d error(s), %d warning(s) in %d document(s), %d paragraphs%s\n", file.c_str(), errors,
               warnings, r.documents, r.paragraphs, r.kind.empty() ? "" : (" (" + r.kind + ")").c_str());
  return r.clean() ? 0 : 1;
}

}  // namespace vanthu::cli
