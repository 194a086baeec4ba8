// `vanthu check <file.docx> [--format text|json]`: Nghị định 30 conformance
// of any DOCX. Exit status 0 clean, 1 findings, 2 unreadable file or bad usage.
#include <cstdio>
#include <memory>
#include <string>

#include "check/check.h"
#include "check/zip_package.h"
#include "cli/commands.h"
#include "core/atomic_file.h"
#include "core/bounded_read.h"
#include "core/status.h"
#include "layout/fonts.h"
#include "layout/measure.h"

namespace vanthu::cli {

int check_command(const std::vector<std::string>& args) {
  std::string file, format = "text";
  bool parts = false;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "--format" || a == "-f") {
      if (i + 1 >= args.size()) {
        std::fprintf(stderr, "vanthu check: %s needs a value (text or json)\n", a.c_str());
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
      std::fprintf(stderr, "usage: vanthu check <file.docx> [--format text|json]\n");
      return 2;
    }
  }
  if (file.empty() || (format != "text" && format != "json")) {
    std::fprintf(stderr, "usage: vanthu check <file.docx> [--format text|json]\n");
    return 2;
  }
  std::string bytes;
  try {
    // The DOCX limit of check/zip_package.h, checked while reading (/dev/zero).
    bytes = read_bounded(file, static_cast<size_t>(check::PackageLimits{}.max_input_bytes), "DOCX file");
  } catch (const std::exception& e) {
    std::fprintf(stderr, "vanthu check: %s\n", e.what());
    return 2;
  }
  // Widths are measured as the layout engine measures them; without the
  // fonts the checks that need widths are skipped (and said so).
  std::shared_ptr<layout::FontSystem> fonts;
  std::unique_ptr<model::TextMeasurer> measurer;
  try {
    fonts = layout::FontSystem::create();
    measurer = layout::make_measurer(fonts);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "vanthu check: warning: %s; widths are not measured\n", e.what());
  }
  check::CheckOptions options;
  options.measurer = measurer.get();
  check::Report report;
  try {
    report = check::check_docx(bytes, options);
  } catch (const check::ReadError& e) {
    std::fprintf(stderr, "vanthu check: %s: cannot read: %s\n", file.c_str(), e.what());
    return 2;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "vanthu check: %s: %s\n", file.c_str(), e.what());
    return 2;
  }
  const std::string out = format == "json" ? check::format_json(report, file) : check::format_text(report, file);
  if (parts && format == "text") std::fputs(report.parts.c_str(), stdout);
  std::fputs(out.c_str(), stdout);
  int errors = 0, warnings = 0;
  for (const auto& f : report.findings) (f.severity == check::Severity::Error ? errors : warnings)++;
  std::fprintf(stderr, "%s: %d error(s), %d warning(s) in %d document(s), %d paragraphs\n", file.c_str(), errors,
               warnings, report.documents, report.paragraphs);
  return report.clean() ? 0 : 1;
}

}  // namespace vanthu::cli
