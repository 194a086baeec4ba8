// Every saved input of tests/fuzz/corpus/<target>/ (seeds, and the inputs
// that once crashed a target, in regressions/) run through the target's
// entry point: the fuzzers' findings stay fixed in ordinary test runs.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "fuzz/targets/fuzz_targets.h"

#ifndef VANTHU_TEST_SOURCE_DIR
#define VANTHU_TEST_SOURCE_DIR "."
#endif

namespace vanthu::fuzz {
namespace {

namespace fs = std::filesystem;

int run_corpus(const std::string& name, int (*target)(const uint8_t*, size_t)) {
  int count = 0;
  const fs::path dir = fs::path(VANTHU_TEST_SOURCE_DIR) / "tests/fuzz/corpus" / name;
  for (const auto& e : fs::recursive_directory_iterator(dir)) {
    if (!e.is_regular_file()) continue;
    std::ifstream in(e.path(), std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    const std::string bytes = ss.str();
    SCOPED_TRACE(e.path().string());
    target(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size());
    ++count;
  }
  return count;
}

TEST(FuzzCorpus, Markup) { EXPECT_GT(run_corpus("markup", markup), 0); }
TEST(FuzzCorpus, Data) { EXPECT_GT(run_corpus("data", data), 0); }
TEST(FuzzCorpus, Docx) { EXPECT_GT(run_corpus("docx", docx), 0); }
TEST(FuzzCorpus, Format) { EXPECT_GT(run_corpus("format", format), 0); }
TEST(FuzzCorpus, Render) { EXPECT_GT(run_corpus("render", render), 0); }

}  // namespace
}  // namespace vanthu::fuzz
