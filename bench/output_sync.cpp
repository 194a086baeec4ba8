// The cost of syncing outputs (issue 16): N files of SIZE bytes written
// through core/output_set.h with fsync (the default) and without
// (--no-sync), two files per OutputSet as a batch record in both formats.
// Prints microseconds per file; asserts nothing.
//
//   build/bench/output_sync [folder] [files] [bytes]    (default: /tmp, 400, 40000)
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

#include "core/output_set.h"

int main(int argc, char** argv) {
  namespace fs = std::filesystem;
  const fs::path root = fs::path(argc > 1 ? argv[1] : "/tmp") / "vanthu-output-sync-bench";
  const int files = argc > 2 ? std::atoi(argv[2]) : 400;
  const size_t bytes = argc > 3 ? static_cast<size_t>(std::atoll(argv[3])) : 40000;
  const std::string data(bytes, 'x');
  for (int round = 0; round < 3; ++round)
    for (bool sync : {true, false}) {
      fs::remove_all(root);
      fs::create_directories(root);
      const auto t0 = std::chrono::steady_clock::now();
      for (int i = 0; i < files; i += 2) {
        vanthu::OutputSet out(sync);
        out.stage((root / (std::to_string(i) + ".docx")).string(), data);
        out.stage((root / (std::to_string(i) + ".pdf")).string(), data);
        out.commit();
      }
      const double us = std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - t0).count();
      std::printf("round %d %-8s %d files of %zu bytes: %10.0f us, %8.1f us per file\n", round + 1,
                  sync ? "sync" : "no-sync", files, bytes, us, us / files);
    }
  fs::remove_all(root);
  return 0;
}
