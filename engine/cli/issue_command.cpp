// `vanthu issue`: render a template with the next number of the register and
// record it (docs/register.md).
#include <cctype>
#include <cstdio>
#include <cstring>

#include <iostream>
#include <iterator>

#include "cli/commands.h"
#include "cli/register_support.h"
#include "core/atomic_file.h"

namespace vanthu::cli {

namespace {

const char* kIssueUsage =
    "usage: vanthu issue <template> <data.json> -o <out.docx|out.pdf> [-o <out2>] [options]\n"
    "  --register FILE|URL  the register (default $VANTHU_REGISTER or ~/.local/share/vanthu/register.sqlite)\n"
    "  --series CODE        the series (default: chosen by the document type)\n"
    "  --date DATE          date of issue: 2026-12-31, 31/12/2026 or 2026-12-31T23:30+07:00\n"
    "                       (default: the data's \"ngay\", else today in Vietnam)\n"
    "  --by NAME            who issues (default: the user name)\n"
    "  --reservation ID     use this reserved number\n"
    "  --corrects ID        the row this document corrects or replaces\n"
    "  --copies N           số lượng bản (column 7)\n"
    "  --note TEXT          ghi chú (column 10)\n"
    "The data must not set \"so\": the register gives the number. Output files must not exist.\n";

bool ends_with(std::string s, const char* ext) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  const size_t n = std::strlen(ext);
  return s.size() >= n && s.compare(s.size() - n, n, ext) == 0;
}

bool parse_id(const std::string& s, long long& out) {
  if (s.empty() || s.size() > 15) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  out = std::stoll(s);
  return out > 0;
}

}  // namespace

int issue_command(const std::vector<std::string>& argv) {
  std::vector<std::string> args = argv;
  const std::string location = take_register_option(args);
  reg::IssueRequest rq;
  rq.formats.clear();
  std::vector<std::string> positional, outputs;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "--help" || a == "-h") {
      std::fputs(kIssueUsage, stdout);
      return 0;
    }
    const bool takes_value = a == "-o" || a == "--output" || a == "--series" || a == "--date" || a == "--by" ||
                             a == "--reservation" || a == "--corrects" || a == "--copies" || a == "--note";
    if (takes_value && i + 1 >= args.size()) {
      std::fprintf(stderr, "vanthu issue: %s needs a value\n", a.c_str());
      return 2;
    }
    long long n = 0;
    if (a == "-o" || a == "--output") outputs.push_back(args[++i]);
    else if (a == "--series") rq.series = args[++i];
    else if (a == "--date") rq.date = args[++i];
    else if (a == "--by") rq.issued_by = args[++i];
    else if (a == "--note") rq.note = args[++i];
    else if (a == "--reservation" || a == "--corrects" || a == "--copies") {
      if (!parse_id(args[++i], n)) {
        std::fprintf(stderr, "vanthu issue: %s takes a positive whole number, not \"%s\"\n", a.c_str(), args[i].c_str());
        return 2;
      }
      if (a == "--reservation") rq.reservation = n;
      else if (a == "--corrects") rq.corrects = n;
      else rq.copies = static_cast<int>(n);
    } else if (a.size() > 1 && a[0] == '-' && a != "-") {
      std::fprintf(stderr, "vanthu issue: unknown option %s\n%s", a.c_str(), kIssueUsage);
      return 2;
    } else
      positional.push_back(a);
  }
  if (positional.size() != 2 || outputs.empty()) {
    std::fputs(kIssueUsage, stderr);
    return 2;
  }
  for (const auto& o : outputs) {
    if (ends_with(o, ".docx")) rq.formats.push_back(reg::OutputFormat::Docx);
    else if (ends_with(o, ".pdf")) rq.formats.push_back(reg::OutputFormat::Pdf);
    else {
      std::fprintf(stderr, "vanthu issue: %s: the output must end in .docx or .pdf\n", o.c_str());
      return 2;
    }
  }
  // An issued file is never overwritten: it may be another document's.
  if (const std::string existing = first_existing(outputs); !existing.empty()) {
    std::fprintf(stderr, "vanthu issue: %s: error: exists already; an issued document is not overwritten\n", existing.c_str());
    return 1;
  }
  rq.template_name = positional[0];
  rq.output_names = outputs;
  rq.data_name = positional[1] == "-" ? "<stdin>" : positional[1];
  try {
    rq.data_json = positional[1] == "-" ? std::string(std::istreambuf_iterator<char>(std::cin), {}) : read_file(positional[1]);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "vanthu issue: %s: error: %s\n", positional[1].c_str(), e.what());
    return 1;
  }
  auto reg = open_register(location, "issue");
  if (!reg) return 1;
  bool written = false;  // the files exist; the commit comes next
  try {
    Diagnostics diag;
    auto issued = reg->issue(rq, diag, [&](const reg::Issued& is) {
      std::vector<std::pair<std::string, const std::string*>> files;
      for (size_t k = 0; k < outputs.size(); ++k) files.emplace_back(outputs[k], &is.outputs[k].bytes);
      write_new_files(files);
      written = true;
    });
    print_diagnostics(diag.format());
    if (!issued) return 1;
    std::printf("Số: %s  (row %lld, series %s, %s)\n", issued->row.symbol.c_str(), issued->row.id,
                issued->row.series.c_str(), issued->row.date.c_str());
    return 0;
  } catch (const std::exception& e) {
    if (written) remove_files(outputs);  // the commit failed after the files were written
    std::fprintf(stderr, "vanthu issue: error: %s (no number was used)\n", e.what());
    return 1;
  }
}

}  // namespace vanthu::cli
