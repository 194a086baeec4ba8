// `vanthu batch … --issue`: every record of a batch numbered by the register,
// consecutively, in one transaction: all records are issued and written, or
// none is and no number is used (docs/register.md).
#include <cstdio>
#include <filesystem>

#include "api/environment.h"
#include "api/batch.h"
#include "api/batch_detail.h"
#include "cli/commands.h"
#include "cli/register_support.h"
#include "core/atomic_file.h"
#include "template/catalog.h"
#include "template/data.h"

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
  const auto steps = batch::parse_each_path(each);
  if (!steps) {
    std::fprintf(stderr, "vanthu batch: --each %s: not a JSON path like $.danh_sach\n", each.c_str());
    return 2;
  }
  if (!batch::check_name_pattern(pattern, diag)) {
    print_diagnostics(diag.format());
    return 2;
  }
  std::string text;
  try {
    text = read_file(positional[1]);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "vanthu batch: %s: error: %s\n", positional[1].c_str(), e.what());
    return 1;
  }
  auto tpl = tmpl::load_template(positional[0], diag, EngineConfig::from_process().templates_dir);
  nlohmann::json data = tmpl::parse_data(text, positional[1], diag);
  if (!tpl || diag.has_errors()) {
    print_diagnostics(diag.format());
    return 1;
  }
  auto records = batch::detail::split_records(std::move(data), *steps, each, diag);
  if (!records) {
    print_diagnostics(diag.format());
    return 1;
  }
  std::vector<reg::IssueRequest> rqs;
  for (size_t i = 0; i < records->list.size(); ++i) {
    reg::IssueRequest rq;
    rq.template_name = positional[0];
    rq.data_json = batch::detail::merge_record(records->shared, records->list[i]).dump();
    rq.data_name = positional[1];
    rq.series = series;
    rq.date = date;
    rq.issued_by = by;
    rq.formats = formats;
    rqs.push_back(std::move(rq));
  }
  if (rqs.empty()) {
    std::fprintf(stderr, "vanthu batch: %s: the list %s is empty\n", positional[1].c_str(), each.c_str());
    return 1;
  }
  std::error_code ec;
  std::filesystem::create_directories(out_dir, ec);

  auto reg = open_register(location, "batch");
  if (!reg) return 1;
  std::vector<std::string> written;  // files that exist; the commit comes next
  try {
    auto issued = reg->issue_batch(rqs, diag, [&](const std::vector<reg::Issued>& all) {
      // File names from the pattern, over each record as issued (with so and vt).
      batch::detail::Namer namer(pattern, ascii);
      std::vector<std::string> warnings, paths;
      std::vector<std::pair<std::string, const std::string*>> files;
      for (size_t i = 0; i < all.size(); ++i) {
        nlohmann::json d = nlohmann::json::parse(all[i].row.data_json);
        tmpl::add_derived_values(d, tpl->type);
        d["stt"] = batch::detail::padded_number(i, all.size());
        const std::string stem = namer.name(d, i, all.size(), warnings);
        for (const auto& f : all[i].outputs) {
          paths.push_back(out_dir + "/" + stem + (f.format == reg::OutputFormat::Pdf ? ".pdf" : ".docx"));
          files.emplace_back(paths.back(), &f.bytes);
        }
      }
      for (const auto& w : warnings) diag.warning("--name", w);
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
