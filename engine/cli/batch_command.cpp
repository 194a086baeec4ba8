// `vanthu batch`: one document per record of a list, or all in one file.
// Argument parsing, the progress bar and the summary; the work is the
// public API's run_batch (engine/api/batch_run.cpp).
#include <unistd.h>

#include <atomic>
#include <cctype>
#include <csignal>
#include <cstdio>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/services.h"
#include "vanthu/vanthu.hpp"

namespace vanthu::cli {

namespace {

// Ctrl-C (SIGINT) or SIGTERM asks the batch to stop cleanly: the files being
// written are completed, so no temporary file is left behind. A second
// signal ends the program at once (the default action).
std::atomic<bool> g_cancel{false};
static_assert(std::atomic<bool>::is_always_lock_free, "set from a signal handler");

extern "C" void on_stop_signal(int sig) {
  g_cancel.store(true);
  std::signal(sig, SIG_DFL);
}

const char* kBatchUsage =
    "usage: vanthu batch <template> <data.json> --each <JSON path> -o <folder> [options]\n"
    "  --each PATH         the list of records, e.g. $.danh_sach (default $: the data is a list)\n"
    "  -o FOLDER           one file per record in FOLDER (created if missing)\n"
    "  --format F          docx (default), pdf or both\n"
    "  --name PATTERN      file name, Mustache over the record: '{{so}}-{{ho_ten}}'\n"
    "                      (default '{{stt}}': the record's number, 01, 02, …)\n"
    "  --start-number N    record i gets \"so\" = N + i (consecutive document numbers)\n"
    "  --combine FILE      all records in one .docx or .pdf, each on new pages\n"
    "  --keep-going        go on after a failing record (default: stop)\n"
    "  --jobs N            worker threads (default: one per core)\n"
    "  --transliterate     ASCII file names (Nguyễn Đức -> Nguyen Duc)\n"
    "  --resume            skip the records whose files are there and intact (after a\n"
    "                      crash or Ctrl-C), remove stale temporary files, do the rest\n"
    "  --overwrite         replace files in the folder that no batch wrote\n"
    "  --no-sync           do not fsync files and the folder (faster; unsafe on power loss)\n"
    "Exit status: 0 all records done, 1 a record or the input failed, 2 bad usage,\n"
    "130 interrupted (Ctrl-C: the files being written are completed first).\n";

// "  523/1000 [########............]  412.3 docs/s  0:01 left", redrawn in place.
void draw_progress(const BatchProgress& p) {
  constexpr int kWidth = 24;
  const double rate = p.elapsed_s > 0 ? p.done / p.elapsed_s : 0;
  const int filled = p.total ? static_cast<int>(kWidth * p.done / p.total) : 0;
  std::string bar(static_cast<size_t>(filled), '#');
  bar.append(static_cast<size_t>(kWidth - filled), '.');
  std::string left = "--:--";
  if (rate > 0) {
    const long s = static_cast<long>((p.total - p.done) / rate + 0.5);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%ld:%02ld", s / 60, s % 60);
    left = buf;
  }
  std::fprintf(stderr, "\r\033[K%6zu/%zu [%s] %8.1f docs/s  %s left%s", p.done, p.total, bar.c_str(), rate,
               left.c_str(), p.failed ? ("  " + std::to_string(p.failed) + " failed").c_str() : "");
  std::fflush(stderr);
}

bool parse_count(const std::string& s, long long& out, long long min) {
  if (s.empty() || s.size() > 12) return false;
  size_t i = s[0] == '-' ? 1 : 0;
  if (i == s.size()) return false;
  for (size_t k = i; k < s.size(); ++k)
    if (s[k] < '0' || s[k] > '9') return false;
  out = std::stoll(s);
  return out >= min;
}

}  // namespace

int batch_command(const std::vector<std::string>& args) {
  for (const auto& a : args)
    if (a == "--issue") {  // numbered by the register: a service (cli/services.h)
#ifdef VANTHU_SERVICES_PROGRAM
      return batch_issue_command(args);
#else
      std::vector<std::string> all{"batch"};
      all.insert(all.end(), args.begin(), args.end());
      return hand_over_to_services(all);
#endif
    }
  BatchRequest o;
  std::vector<std::string> positional;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    auto value = [&](std::string& out) {
      if (i + 1 >= args.size()) {
        std::fprintf(stderr, "vanthu batch: %s needs a value\n%s", a.c_str(), kBatchUsage);
        return false;
      }
      out = args[++i];
      return true;
    };
    std::string v;
    if (a == "--help" || a == "-h") {
      std::fputs(kBatchUsage, stdout);
      return 0;
    } else if (a == "--each") {
      if (!value(o.each)) return 2;
      if (!BatchRequest::valid_each(o.each)) {
        std::fprintf(stderr, "vanthu batch: --each \"%s\" is not a JSON path such as $.danh_sach\n", o.each.c_str());
        return 2;
      }
    } else if (a == "-o" || a == "--output") {
      if (!value(o.out_dir)) return 2;
    } else if (a == "--format") {
      if (!value(v)) return 2;
      if (v == "docx" || v == "pdf" || v == "both") {
        o.docx = v != "pdf";
        o.pdf = v != "docx";
      } else {
        std::fprintf(stderr, "vanthu batch: --format is docx, pdf or both, not \"%s\"\n", v.c_str());
        return 2;
      }
    } else if (a == "--name") {
      if (!value(o.name_pattern)) return 2;
    } else if (a == "--start-number") {
      long long n = 0;
      if (!value(v)) return 2;
      if (!parse_count(v, n, 1)) {
        std::fprintf(stderr, "vanthu batch: --start-number takes a whole number from 1, not \"%s\"\n", v.c_str());
        return 2;
      }
      o.start_number = n;
    } else if (a == "--combine") {
      if (!value(o.combine)) return 2;
      std::string ext = o.combine.size() >= 5 ? o.combine.substr(o.combine.size() - 5) : o.combine;
      for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      if (ext != ".docx" && ext.substr(ext.size() >= 4 ? ext.size() - 4 : 0) != ".pdf") {
        std::fprintf(stderr, "vanthu batch: --combine %s: the file must end in .docx or .pdf\n", o.combine.c_str());
        return 2;
      }
    } else if (a == "--keep-going") {
      o.keep_going = true;
    } else if (a == "--jobs" || a == "-j") {
      long long n = 0;
      if (!value(v)) return 2;
      if (!parse_count(v, n, 1) || n > 1024) {
        std::fprintf(stderr, "vanthu batch: --jobs takes a whole number from 1 to 1024, not \"%s\"\n", v.c_str());
        return 2;
      }
      o.jobs = static_cast<unsigned>(n);
    } else if (a == "--transliterate") {
      o.transliterate = true;
    } else if (a == "--resume") {
      o.resume = true;
    } else if (a == "--overwrite") {
      o.overwrite = true;
    } else if (a == "--no-sync") {
      set_file_sync(false);
    } else if (a.size() > 1 && a[0] == '-' && a != "-") {
      std::fprintf(stderr, "vanthu batch: unknown option %s\n%s", a.c_str(), kBatchUsage);
      return 2;
    } else {
      positional.push_back(a);
    }
  }
  if (positional.size() != 2 || (o.out_dir.empty() && o.combine.empty())) {
    std::fputs(kBatchUsage, stderr);
    return 2;
  }
  o.template_name = positional[0];
  o.data_path = positional[1];
  if (const auto problems = BatchRequest::check_name_pattern(o.name_pattern); !problems.empty()) {
    print_messages(problems);
    return 2;
  }

  const bool tty = isatty(STDERR_FILENO) == 1;
  o.cancel = &g_cancel;
  if (tty) o.progress = draw_progress;
  std::signal(SIGINT, on_stop_signal);
  std::signal(SIGTERM, on_stop_signal);
  BatchResult r;
  try {
    r = run_batch(o);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "vanthu batch: error: %s\n", e.what());
    return 1;
  }
  if (tty) std::fputs("\r\033[K", stderr);
  print_messages(r.setup);
  if (r.total == 0) return 1;
  for (const auto& w : r.warnings) std::fprintf(stderr, "vanthu batch: %s\n", w.c_str());
  for (const auto& f : r.failures) {
    const std::string who = f.index < r.total ? "record " + std::to_string(f.index) + ": " : std::string();
    for (const auto& line : f.lines) std::fprintf(stderr, "vanthu batch: %s%s\n", who.c_str(), line.c_str());
  }
  if (r.stopped)
    std::fprintf(stderr, "vanthu batch: stopped at the first failing record (--keep-going goes on)\n");
  if (r.cancelled)
    std::fprintf(stderr, "vanthu batch: interrupted; the files written are complete, the other records were not built\n");
  if (r.stale_removed > 0)
    std::fprintf(stderr, "vanthu batch: removed %zu temporary files left by an interrupted run\n", r.stale_removed);
  if (r.skipped > 0)
    std::fprintf(stderr, "vanthu batch: %zu records skipped: their files are there and intact (--resume)\n", r.skipped);
  const double rate = r.seconds > 0 ? r.succeeded / r.seconds : 0;
  std::fprintf(stderr, "vanthu batch: %zu of %zu records done, %zu failed, %zu files written, %.2f s (%.1f records/s)\n",
               r.succeeded, r.total, r.failed, r.files, r.seconds, rate);
  if (r.cancelled) return 130;  // as a shell reports a program ended by SIGINT
  return r.failed == 0 ? 0 : 1;
}

}  // namespace vanthu::cli
