// write_file_atomic: permissions come from the umask (applied by the kernel,
// never read or changed by us) and many threads can write at once.
#include "core/atomic_file.h"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <filesystem>
#include <string>
#include <thread>
#include <vector>

namespace fs = std::filesystem;

namespace {

fs::path fresh_dir(const std::string& name) {
  fs::path d = fs::temp_directory_path() / ("vanthu-atomic-" + name + "-" + std::to_string(::getpid()));
  fs::remove_all(d);
  fs::create_directories(d);
  return d;
}

mode_t mode_of(const fs::path& p) {
  struct stat st {};
  EXPECT_EQ(::stat(p.c_str(), &st), 0);
  return st.st_mode & 0777;
}

}  // namespace

TEST(AtomicFile, PermissionsFollowTheUmaskAndTheUmaskIsUnchanged) {
  const fs::path d = fresh_dir("mode");
  const mode_t old = ::umask(027);
  vanthu::write_file_atomic((d / "a.pdf").string(), "x");
  const mode_t after = ::umask(old);
  EXPECT_EQ(after, 027u);
  EXPECT_EQ(mode_of(d / "a.pdf"), 0640u);
  EXPECT_EQ(vanthu::read_file((d / "a.pdf").string()), "x");
  fs::remove_all(d);
}

TEST(AtomicFile, ReplacesAnExistingFile) {
  const fs::path d = fresh_dir("replace");
  vanthu::write_file_atomic((d / "a").string(), "first");
  vanthu::write_file_atomic((d / "a").string(), "second");
  EXPECT_EQ(vanthu::read_file((d / "a").string()), "second");
  EXPECT_EQ(std::distance(fs::directory_iterator(d), fs::directory_iterator()), 1);
  fs::remove_all(d);
}

TEST(AtomicFile, ManyThreadsNoTemporaryLeftAndNoUmaskChange) {
  const fs::path d = fresh_dir("threads");
  const mode_t old = ::umask(022);
  std::vector<std::thread> threads;
  for (int t = 0; t < 8; ++t)
    threads.emplace_back([&, t] {
      for (int i = 0; i < 50; ++i) {
        // Half of the writes go to one shared target: rename settles it.
        const std::string name = i % 2 ? "shared" : "f" + std::to_string(t) + "-" + std::to_string(i);
        vanthu::write_file_atomic((d / name).string(), std::string(100, static_cast<char>('a' + t)));
      }
    });
  for (auto& th : threads) th.join();
  EXPECT_EQ(::umask(old), 022u);
  size_t n = 0;
  for (const auto& e : fs::directory_iterator(d)) {
    ++n;
    EXPECT_EQ(e.path().filename().string().find("tmp-"), std::string::npos) << e.path();
    EXPECT_EQ(mode_of(e.path()), 0644u) << e.path();
  }
  EXPECT_EQ(n, 8u * 25u + 1u);
  fs::remove_all(d);
}

TEST(AtomicFile, FailureLeavesNothing) {
  const fs::path d = fresh_dir("fail");
  EXPECT_ANY_THROW(vanthu::write_file_atomic((d / "missing-dir" / "a").string(), "x"));
  EXPECT_TRUE(fs::is_empty(d));
  fs::remove_all(d);
}
