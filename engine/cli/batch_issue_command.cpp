// `vanthu batch … --issue`: every record of a batch numbered by the register,
// consecutively, in one transaction: all records are issued and written, or
// none is and no number is used (docs/register.md).
#include <cstdio>
#include <filesystem>

#include "cli/commands.h"
#include "cli/register_support.h"
#include "core/atomic_file.h"
#include "register/batch_issue.h"

namespace vanthu::cli {

namespace {

const char* kBatchIssueUsage =
    "usage: vanthu batch <template> <data.json> --each <JSON path> -o <folder> --issue [options]\n"
    "  --register FILE|URL, --series CODE, --date DATE, --by NAME   as for vanthu issue\n"
    "  --format docx|pdf|both, --name PATTERN, --jobs N, --transliterate   as for vanthu batch\n"
    "The records get consecutive numbers; one failing record issues none.\n";

}  // namespace

int batch_issue_command(const std::vector<std::string>& argv) {
  std::vector<std::string> args = argv;
  const std::string location = take_register_option(args);
  std::vector<std::string> positional;
  std::string each = "$", out_dir, format = "docx", pattern = "{{stt}}", series, date, by;
  unsigned jobs = 0;
  bool ascii = false;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "--issue") continue;
    if (a == "--transliterate") {
      ascii = true;
      continue;
    }
    const bool takes = a == "--each" || a == "-o" || a == "--format" || a == "--name" || a == "--series" ||
                       a == "--date" || a == "--by" || a == "--jobs" || a == "-j";
    if (takes) {
      if (i + 1 >= args.size()) {
        std::fprintf(stderr, "vanthu batch: %s needs a value\n", a.c_str());
        return 2;
      }
      const std::string& v = args[++i];
      if (a == "--each") each = v;
      else if (a == "-o") out_dir = v;
      else if (a == "--format") format = v;
      else if (a == "--name") pattern = v;
      else if (a == "--series") series = v;
      else if (a == "--date") date = v;
      else if (a == "--by") by = v;
      else {
        try {
          jobs = static_cast<unsigned>(std::stoul(v));
        } catch (...) {
          std::fprintf(stderr, "vanthu batch: --jobs takes a whole number\n");
          return 2;
        }
      }
    } else if (a.size() > 1 && a[0] == '-' && a != "-") {
      std::fprintf(stderr, "vanthu batch: %s cannot be used with --issue\n%s", a.c_str(), kBatchIssueUsage);
      return 2;
    } else
      positional.push_back(a);
  }
  if (positional.size() != 2 || out_dir.empty() || (format != "docx" && format != "pdf" && format != "both")) {
    std::fputs(kBatchIssueUsage, stderr);
    return 2;
  }
  std::vector<reg::OutputFormat> formats;
  if (format != "pdf") formats.push_back(reg::OutputFormat::Docx);
  if (format != "docx") formats.push_back(reg::OutputFormat::Pdf);

  Diagnostics diag;
  if (!BatchRequest::valid_each(each)) {
    std::fprintf(stderr, "vanthu batch: --each %s: not a JSON path like $.danh_sach\n", each.c_str());
    return 2;
  }
  if (const auto problems = BatchRequest::check_name_pattern(pattern); !problems.empty()) {
    print_messages(problems);
    return 2;
  }
  std::string text;
  try {
    text = read_file(positional[1]);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "vanthu batch: %s: error: %s\n", positional[1].c_str(), e.what());
    return 1;
  }
  reg::IssueRequest common;
  common.template_name = positional[0];
  common.data_name = positional[1];
  common.series = series;
  common.date = date;
  common.issued_by = by;
  common.formats = formats;
  auto rqs = reg::batch_requests(common, text, each, diag);
  if (!rqs) {
    print_diagnostics(diag.format());
    return 1;
  }
  if (rqs->empty()) {
    std::fprintf(stderr, "vanthu batch: %s: the list %s is empty\n", positional[1].c_str(), each.c_str());
    return 1;
  }
  std::error_code ec;
  std::filesystem::create_directories(out_dir, ec);

  auto reg = open_register(location, "batch");
  if (!reg) return 1;
  std::vector<std::string> written;  // files that exist; the commit comes next
  try {
    auto issued = reg->issue_batch(*rqs, diag, [&](const std::vector<reg::Issued>& all) {
      // File names from the pattern, over each record as issued (with so and vt).
      const std::vector<std::string> stems = reg::batch_file_stems(all, pattern, ascii, diag);
      std::vector<std::string> paths;
      std::vector<std::pair<std::string, const std::string*>> files;
      for (size_t i = 0; i < all.size(); ++i)
        for (const auto& f : all[i].outputs) {
          paths.push_back(out_dir + "/" + stems[i] + (f.format == reg::OutputFormat::Pdf ? ".pdf" : ".docx"));
          files.emplace_back(paths.back(), &f.bytes);
        }
      if (const std::string existing = first_existing(paths); !existing.empty())
        throw Error(existing + " exists already; an issued document is not overwritten");
      write_new_files(files);
      written = paths;
    }, jobs);
    print_diagnostics(diag.format());
    if (!issued) return 1;
    std::printf("issued %zu documents: %s to %s\n", issued->size(), issued->front().row.symbol.c_str(),
                issued->back().row.symbol.c_str());
    return 0;
  } catch (const std::exception& e) {
    remove_files(written);  // the commit failed after the files were written
    print_diagnostics(diag.format());
    std::fprintf(stderr, "vanthu batch: error: %s (no number was used)\n", e.what());
    return 1;
  }
}

}  // namespace vanthu::cli
