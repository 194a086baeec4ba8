// Renders the records of a batch one after the other in one thread, as the
// peers' batch scripts do (template loaded once; per record: build the
// model, lay out, write the PDF, write the file), and prints the time per
// document and per page from a microsecond clock. Not a test: figures are
// printed, never asserted.
//
//   batch_loop <template> <data.json> [out-dir] [from=0] [count=all] [pdf|docx]
//
// data.json is either {"danh_sach": [record, …]} (each record a whole
// document's data, as bench/peers_convert.js batch writes) or one document
// (a batch of one). Records [from, from + count) are rendered.
#include <time.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "core/atomic_file.h"
#include "api/engine.h"

namespace {

// CPU time of the calling thread: on a loaded machine it tells more than the
// wall clock, which also counts the time other processes held the core.
double thread_cpu_us() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) * 1e6 + static_cast<double>(ts.tv_nsec) / 1e3;
}

// Pages of a PDF written by vanthu: one "/Type /Page " per page object.
int count_pages(const std::string& pdf) {
  int n = 0;
  for (size_t pos = 0; (pos = pdf.find("/Type /Page ", pos)) != std::string::npos; pos += 12) ++n;
  return n;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: batch_loop <template> <data.json> [out-dir] [from=0] [count=all] [pdf|docx]\n");
    return 2;
  }
  using clock = std::chrono::steady_clock;
  const auto t0 = clock::now();
  const std::string tpl_name = argv[1], data_path = argv[2];
  const std::string out_dir = argc > 3 ? argv[3] : "";
  const size_t from = argc > 4 ? std::strtoul(argv[4], nullptr, 10) : 0;
  const std::string what = argc > 6 ? argv[6] : "pdf";
  vanthu::Engine engine;
  // As `vanthu batch` does; BATCH_EXACT_FONTS=1 for the fonts of a single render.
  const char* exact = std::getenv("BATCH_EXACT_FONTS");
  engine.set_batch_fonts(!(exact && *exact == '1'));
  vanthu::Diagnostics diag;
  auto tpl = engine.load_template(tpl_name, diag);
  nlohmann::json data = engine.load_data(data_path, diag);
  if (!tpl || diag.has_errors()) {
    std::fputs(diag.format().c_str(), stderr);
    return 1;
  }
  nlohmann::json records = data.contains("danh_sach") ? data["danh_sach"] : nlohmann::json::array({data});
  size_t count = argc > 5 ? std::strtoul(argv[5], nullptr, 10) : records.size();
  if (from >= records.size()) count = 0;
  else if (from + count > records.size()) count = records.size() - from;
  const auto t1 = clock::now();
  const double cpu1 = thread_cpu_us();
  long long pages = 0;
  size_t bytes = 0;
  double build_us = 0, write_us = 0;  // thread CPU time in Engine::build and in to_pdf / to_docx
  for (size_t i = from; i < from + count; ++i) {
    const double b0 = thread_cpu_us();
    auto doc = engine.build(*tpl, std::move(records[i]), data_path, diag);
    if (!doc) {
      std::fputs(diag.format().c_str(), stderr);
      return 1;
    }
    const double b1 = thread_cpu_us();
    const std::string b = what == "docx" ? engine.to_docx(*doc) : engine.to_pdf(*doc);
    build_us += b1 - b0;
    write_us += thread_cpu_us() - b1;
    if (what != "docx") pages += count_pages(b);
    bytes += b.size();
    if (!out_dir.empty())
      vanthu::write_file_atomic(out_dir + "/" + std::to_string(i + 1) + (what == "docx" ? ".docx" : ".pdf"), b);
  }
  const auto t2 = clock::now();
  const double cpu_us = thread_cpu_us() - cpu1;
  const double setup_us = std::chrono::duration<double, std::micro>(t1 - t0).count();
  const double us = std::chrono::duration<double, std::micro>(t2 - t1).count();
  const double n = count ? static_cast<double>(count) : 1.0;
  std::printf("RESULT batch_loop %s docs=%zu pages=%lld seconds=%.6f us_per_doc=%.1f us_per_page=%.1f cpu_us_per_doc=%.1f "
              "cpu_us_per_page=%.1f setup_us=%.0f bytes_per_doc=%.0f build_cpu_us_per_doc=%.1f render_cpu_us_per_doc=%.1f\n",
              what.c_str(), count, pages, us / 1e6, us / n, pages ? us / static_cast<double>(pages) : 0.0, cpu_us / n,
              pages ? cpu_us / static_cast<double>(pages) : 0.0, setup_us,
              static_cast<double>(bytes) / n, build_us / n, write_us / n);
  return 0;
}
