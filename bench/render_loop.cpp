// Renders one template + data N times in one process (the warm, in-process
// figure of the benchmarks) and prints the time per document. Not a test:
// figures are printed, never asserted.
//
//   render_loop <template> <data.json> <docx|pdf|both> [N=100] [out-dir]
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "core/atomic_file.h"
#include "api/engine.h"

int main(int argc, char** argv) {
  if (argc < 4) {
    std::fprintf(stderr, "usage: render_loop <template> <data.json> <docx|pdf|both> [N=100] [out-dir]\n");
    return 2;
  }
  const std::string tpl_name = argv[1], data_path = argv[2], what = argv[3];
  const int n = argc > 4 ? std::atoi(argv[4]) : 100;
  const std::string out_dir = argc > 5 ? argv[5] : "";
  using clock = std::chrono::steady_clock;
  const auto t0 = clock::now();
  vanthu::Engine engine;
  vanthu::Diagnostics diag;
  auto tpl = engine.load_template(tpl_name, diag);
  auto data = engine.load_data(data_path, diag);
  if (!tpl || diag.has_errors()) {
    std::fputs(diag.format().c_str(), stderr);
    return 1;
  }
  const auto t1 = clock::now();
  double first = 0;
  size_t bytes = 0;
  for (int i = 0; i < n; ++i) {
    const auto s = clock::now();
    auto doc = engine.build(*tpl, data, data_path, diag);
    if (!doc) {
      std::fputs(diag.format().c_str(), stderr);
      return 1;
    }
    if (what == "docx" || what == "both") {
      std::string b = engine.to_docx(*doc);
      bytes += b.size();
      if (!out_dir.empty()) vanthu::write_file_atomic(out_dir + "/doc" + std::to_string(i) + ".docx", b);
    }
    if (what == "pdf" || what == "both") {
      std::string b = engine.to_pdf(*doc);
      bytes += b.size();
      if (!out_dir.empty()) vanthu::write_file_atomic(out_dir + "/doc" + std::to_string(i) + ".pdf", b);
    }
    if (i == 0) first = std::chrono::duration<double>(clock::now() - s).count();
  }
  const auto t2 = clock::now();
  const double setup = std::chrono::duration<double>(t1 - t0).count();
  const double total = std::chrono::duration<double>(t2 - t1).count();
  std::printf("RESULT render_loop %s %s n=%d setup_s=%.4f first_doc_s=%.4f per_doc_s=%.5f bytes_per_doc=%zu\n",
              tpl_name.c_str(), what.c_str(), n, setup, first, total / n, bytes / static_cast<size_t>(n));
  return 0;
}
