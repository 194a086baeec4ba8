// Documents issued per second through the register (SQLite, PostgreSQL)
// beside plain rendering of the same documents, in the same run. Rounds
// alternate between the three so that a change of machine load hits them
// alike. Figures are printed, never asserted.
//
//   register_bench <template> <data.json> <docx|pdf|both> [--n N] [--rounds R]
//                  [--sqlite FILE] [--pg URL]
// bench/register-bench.sh starts a throwaway PostgreSQL server and runs it.
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "core/atomic_file.h"
#include "register/register.h"
#include "template/data.h"
#include "vanthu/vanthu.h"

namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

// CPU time of this process (the PostgreSQL server's is not included).
double cpu_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + ts.tv_nsec / 1e9;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 4) {
    std::fprintf(stderr, "usage: register_bench <template> <data.json> <docx|pdf|both> [--n N] [--rounds R] [--sqlite FILE] [--pg URL]\n");
    return 2;
  }
  const std::string tpl_name = argv[1], data_path = argv[2], what = argv[3];
  int n = 200, rounds = 3;
  std::string sqlite_path = "/tmp/vanthu-register-bench-" + std::to_string(getpid()) + ".sqlite", pg_url;
  for (int i = 4; i + 1 < argc; i += 2) {
    const std::string a = argv[i];
    if (a == "--n") n = std::atoi(argv[i + 1]);
    else if (a == "--rounds") rounds = std::atoi(argv[i + 1]);
    else if (a == "--sqlite") sqlite_path = argv[i + 1];
    else if (a == "--pg") pg_url = argv[i + 1];
  }
  std::vector<vanthu::reg::OutputFormat> formats;
  if (what != "pdf") formats.push_back(vanthu::reg::OutputFormat::Docx);
  if (what != "docx") formats.push_back(vanthu::reg::OutputFormat::Pdf);

  // The data without "so" (the register gives it); the same date for all.
  vanthu::Engine engine;
  vanthu::Diagnostics diag;
  auto tpl = engine.load_template(tpl_name, diag);
  nlohmann::json data = engine.load_data(data_path, diag);
  if (!tpl || diag.has_errors()) {
    std::fputs(diag.format().c_str(), stderr);
    return 1;
  }
  data.erase("so");
  data["ngay"] = "2026-06-15";
  const std::string data_text = data.dump();

  for (const auto& p : {sqlite_path, sqlite_path + "-wal", sqlite_path + "-shm"}) std::filesystem::remove(p);
  auto sqlite = vanthu::reg::Register::open(sqlite_path);
  std::unique_ptr<vanthu::reg::Register> pg;
  if (!pg_url.empty()) pg = vanthu::reg::Register::open(pg_url);

  // Warm both paths once (fonts, templates, connections).
  vanthu::reg::IssueRequest rq;
  rq.template_name = tpl_name;
  rq.data_json = data_text;
  rq.formats = formats;
  rq.issued_by = "bench";
  {
    auto doc = engine.build(*tpl, data, data_path, diag);
    if (!doc) return 1;
  }
  double render_s = 0, sqlite_s = 0, pg_s = 0;
  std::vector<double> render_r, sqlite_r, pg_r;
  double render_cpu = 0, sqlite_cpu = 0, pg_cpu = 0;
  size_t bytes = 0;
  for (int round = 0; round < rounds; ++round) {
    auto t = Clock::now();
    double c = cpu_seconds();
    for (int i = 0; i < n; ++i) {
      // Like `vanthu render`: the data parsed from its text, then rendered.
      nlohmann::json d = vanthu::tmpl::parse_data(data_text, data_path, diag);
      d["so"] = i + 1;  // what the register would put in
      auto doc = engine.build(*tpl, std::move(d), data_path, diag);
      if (!doc) return 1;
      if (what != "pdf") bytes += engine.to_docx(*doc).size();
      if (what != "docx") bytes += engine.to_pdf(*doc).size();
    }
    render_r.push_back(seconds_since(t));
    render_cpu += cpu_seconds() - c;
    for (auto* target : {sqlite.get(), pg.get()}) {
      if (!target) continue;
      t = Clock::now();
      c = cpu_seconds();
      for (int i = 0; i < n; ++i)
        if (!target->issue(rq, diag)) {
          std::fputs(diag.format().c_str(), stderr);
          return 1;
        }
      (target == sqlite.get() ? sqlite_r : pg_r).push_back(seconds_since(t));
      (target == sqlite.get() ? sqlite_cpu : pg_cpu) += cpu_seconds() - c;
    }
  }
  for (double v : render_r) render_s += v;
  for (double v : sqlite_r) sqlite_s += v;
  for (double v : pg_r) pg_s += v;
  const double docs = static_cast<double>(n) * rounds;
  const char* sync = std::getenv("VANTHU_SQLITE_SYNCHRONOUS");
  std::printf("register_bench: %s, %s, %d rounds x %d documents, SQLite synchronous=%s, file %s\n", tpl_name.c_str(),
              what.c_str(), rounds, n, sync ? sync : "NORMAL", sqlite_path.c_str());
  std::printf("  %-22s %9.1f docs/s  %8.3f ms/doc wall  %8.3f ms/doc CPU\n", "render (no register)", docs / render_s,
              1000 * render_s / docs, 1000 * render_cpu / docs);
  std::printf("  %-22s %9.1f docs/s  %8.3f ms/doc wall  %8.3f ms/doc CPU  register cost %+6.1f %% wall, %+6.1f %% CPU\n",
              "issue, SQLite", docs / sqlite_s, 1000 * sqlite_s / docs, 1000 * sqlite_cpu / docs,
              100 * (sqlite_s - render_s) / render_s, 100 * (sqlite_cpu - render_cpu) / render_cpu);
  if (pg)
    std::printf("  %-22s %9.1f docs/s  %8.3f ms/doc wall  %8.3f ms/doc CPU  register cost %+6.1f %% wall (client CPU %+6.1f %%)\n",
                "issue, PostgreSQL", docs / pg_s, 1000 * pg_s / docs, 1000 * pg_cpu / docs,
                100 * (pg_s - render_s) / render_s, 100 * (pg_cpu - render_cpu) / render_cpu);
  // The median of the rounds' ratios: one round slowed by the machine's
  // load (other processes, a checkpoint's fsync) does not decide it.
  auto median_cost = [&](const std::vector<double>& v) {
    std::vector<double> r;
    for (size_t i = 0; i < v.size(); ++i) r.push_back(100 * (v[i] - render_r[i]) / render_r[i]);
    std::sort(r.begin(), r.end());
    return r.empty() ? 0.0 : r[r.size() / 2];
  };
  std::printf("  median of the rounds' wall-time cost: SQLite %+.1f %%%s\n", median_cost(sqlite_r),
              pg ? (", PostgreSQL " + std::to_string(median_cost(pg_r)) + " %").c_str() : "");
  for (int round = 0; round < rounds; ++round)
    std::printf("  round %d: render %.3f s, SQLite %.3f s%s\n", round + 1, render_r[round], sqlite_r[round],
                pg ? (", PostgreSQL " + std::to_string(pg_r[round]) + " s").c_str() : "");
  sqlite.reset();
  for (const auto& p : {sqlite_path, sqlite_path + "-wal", sqlite_path + "-shm"}) std::filesystem::remove(p);
  return bytes > 0 ? 0 : 1;
}
