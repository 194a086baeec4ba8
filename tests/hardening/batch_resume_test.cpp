// Issue 16: the batch's output folder. A lock, --overwrite for files no
// batch wrote, --resume after an interruption, and a record that fails
// leaves none of its files. The kill test stops a batch with SIGKILL at
// random moments many times, resumes, and compares the folder with an
// uninterrupted run byte for byte.
#include <gtest/gtest.h>
#include <sys/file.h>
#include <fcntl.h>
#include <unistd.h>

#include <chrono>
#include <map>
#include <random>

#include <nlohmann/json.hpp>

#include "hardening_support.h"

namespace vanthu::test {
namespace {

const char* kTemplate = "quyet-dinh-khen-thuong-ca-nhan";
std::string batch_data() { return source_dir() + "/examples/khen-thuong-atgt-2018/batch-ca-nhan.json"; }

std::string batch_cmd(const std::string& data, const std::string& out, const std::string& extra = "") {
  return quote(vanthu_binary()) + " batch " + kTemplate + " " + quote(data) + " --each '$.danh_sach' --format both -o " +
         quote(out) + " --jobs 2 " + extra;
}

// The visible files of `dir` and their bytes.
std::map<std::string, std::string> files_of(const std::string& dir) {
  std::map<std::string, std::string> out;
  for (const auto& e : fs::directory_iterator(dir)) {
    const std::string name = e.path().filename().string();
    if (name[0] != '.') out[name] = slurp(e.path().string());
  }
  return out;
}

std::vector<std::string> hidden_files(const std::string& dir) {
  std::vector<std::string> out;
  for (const auto& e : fs::directory_iterator(dir)) {
    const std::string name = e.path().filename().string();
    if (name[0] == '.') out.push_back(name);
  }
  std::sort(out.begin(), out.end());
  return out;
}

TEST(BatchFolder, SecondBatchIntoALockedFolderIsRefused) {
  TempDir tmp;
  fs::create_directories(tmp.path / "out");
  // Hold the lock as a running batch would.
  const int fd = ::open((tmp / "out/.vanthu-batch.lock").c_str(), O_RDWR | O_CREAT, 0666);
  ASSERT_GE(fd, 0);
  ASSERT_EQ(::flock(fd, LOCK_EX | LOCK_NB), 0);
  const RunResult r = run(batch_cmd(batch_data(), tmp / "out"));
  ::close(fd);
  EXPECT_EQ(r.status, 1) << r.out;
  EXPECT_NE(r.out.find("another vanthu batch is writing into this folder"), std::string::npos) << r.out;
  EXPECT_TRUE(files_of(tmp / "out").empty());
  // Released: the same command works.
  EXPECT_EQ(run(batch_cmd(batch_data(), tmp / "out")).status, 0);
}

TEST(BatchFolder, FileNotWrittenByABatchNeedsOverwrite) {
  TempDir tmp;
  fs::create_directories(tmp.path / "out");
  write(tmp / "out/03.pdf", "the user's own file");
  RunResult r = run(batch_cmd(batch_data(), tmp / "out"));
  EXPECT_EQ(r.status, 1) << r.out;
  EXPECT_NE(r.out.find("03.pdf: error: exists and was not written by vanthu batch; --overwrite replaces it"),
            std::string::npos) << r.out;
  EXPECT_EQ(files_of(tmp / "out").size(), 1u) << "nothing is written when a file is in the way";
  EXPECT_EQ(slurp(tmp / "out/03.pdf"), "the user's own file");
  // A rerun over the batch's own files needs no --overwrite.
  r = run(batch_cmd(batch_data(), tmp / "out", "--overwrite"));
  EXPECT_EQ(r.status, 0) << r.out;
  EXPECT_EQ(files_of(tmp / "out").size(), 24u);
  r = run(batch_cmd(batch_data(), tmp / "out"));
  EXPECT_EQ(r.status, 0) << r.out;
}

TEST(BatchFolder, ResumeSkipsIntactFilesAndRedoesTheOthers) {
  TempDir tmp;
  ASSERT_EQ(run(batch_cmd(batch_data(), tmp / "ref")).status, 0);
  ASSERT_EQ(run(batch_cmd(batch_data(), tmp / "out")).status, 0);
  // A damaged file, a deleted one, a stale temporary file of a killed run.
  write(tmp / "out/02.docx", "damaged");
  fs::remove(tmp.path / "out/07.pdf");
  write(tmp / "out/.05.pdf.vanthu-tmp-999-1-abc", "partial");
  const RunResult r = run(batch_cmd(batch_data(), tmp / "out", "--resume"));
  EXPECT_EQ(r.status, 0) << r.out;
  EXPECT_NE(r.out.find("removed 1 temporary files"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("10 records skipped"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("4 files written"), std::string::npos) << r.out;
  EXPECT_EQ(files_of(tmp / "out"), files_of(tmp / "ref"));
}

TEST(BatchFolder, ResumeRedoesRecordsWhoseDataChanged) {
  TempDir tmp;
  ASSERT_EQ(run(batch_cmd(batch_data(), tmp / "out")).status, 0);
  nlohmann::json d = nlohmann::json::parse(slurp(batch_data()));
  d["danh_sach"][0]["ho_ten"] = "Hoàng Văn Đạt Mới";
  write(tmp / "changed.json", d.dump());
  const RunResult r = run(batch_cmd(tmp / "changed.json", tmp / "out", "--resume"));
  EXPECT_EQ(r.status, 0) << r.out;
  EXPECT_NE(r.out.find("11 records skipped"), std::string::npos) << r.out;
  ASSERT_EQ(run(batch_cmd(tmp / "changed.json", tmp / "ref")).status, 0);
  EXPECT_EQ(files_of(tmp / "out"), files_of(tmp / "ref"));
}

TEST(BatchFolder, FailingRecordLeavesNoneOfItsFiles) {
  TempDir tmp;
  // An emoji: the DOCX can hold it, the PDF cannot draw it (no glyph).
  nlohmann::json d = nlohmann::json::parse(slurp(batch_data()));
  d["danh_sach"][2]["ho_ten"] = "Nông Thị Hà \U0001F600";
  write(tmp / "d.json", d.dump());
  const RunResult r = run(batch_cmd(tmp / "d.json", tmp / "out", "--keep-going"));
  EXPECT_EQ(r.status, 1) << r.out;
  const auto files = files_of(tmp / "out");
  EXPECT_EQ(files.size(), 22u) << r.out;
  EXPECT_EQ(files.count("03.docx"), 0u) << "the DOCX of the failed record was left behind";
  for (const std::string& h : hidden_files(tmp / "out"))
    EXPECT_EQ(h.find("vanthu-tmp"), std::string::npos) << h;
}

TEST(BatchFolder, KilledAtRandomMomentsThenResumedGivesTheSameFiles) {
  TempDir tmp;
  // Twice the records of the example, so a run lasts long enough to be hit.
  nlohmann::json d = nlohmann::json::parse(slurp(batch_data()));
  nlohmann::json more = d["danh_sach"];
  for (auto& rec : more) rec["ho_ten"] = rec["ho_ten"].get<std::string>() + " B";
  for (auto& rec : more) d["danh_sach"].push_back(rec);
  write(tmp / "d.json", d.dump());

  const auto t0 = std::chrono::steady_clock::now();
  ASSERT_EQ(run(batch_cmd(tmp / "d.json", tmp / "ref")).status, 0);
  const double full_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  const auto reference = files_of(tmp / "ref");
  ASSERT_EQ(reference.size(), 48u);

  std::random_device rd;
  const unsigned seed = rd();
  std::mt19937 rng(seed);
  std::uniform_real_distribution<double> moment(0.0, full_ms * 1.1 / 1000.0);
  int killed = 0, runs = 0;
  // Five times: from an empty folder, kill at a random moment and resume
  // until a run completes; then compare with the uninterrupted run.
  for (int cycle = 0; cycle < 5; ++cycle) {
    fs::remove_all(tmp.path / "out");
    for (int i = 0; i < 30; ++i) {
      char delay[32];
      std::snprintf(delay, sizeof delay, "%.3f", moment(rng));
      // `timeout -s KILL`: SIGKILL, no handler runs, nothing is cleaned up.
      const RunResult r =
          run("timeout -s KILL " + std::string(delay) + " " + batch_cmd(tmp / "d.json", tmp / "out", "--resume"));
      ++runs;
      if (r.status == 0) break;
      ASSERT_EQ(r.status, 137) << r.out << " (seed " << seed << ")";  // 128 + SIGKILL, from timeout
      ++killed;
    }
    const RunResult last = run(batch_cmd(tmp / "d.json", tmp / "out", "--resume"));
    ASSERT_EQ(last.status, 0) << last.out << " (seed " << seed << ")";
    const auto got = files_of(tmp / "out");
    ASSERT_EQ(got.size(), reference.size()) << "seed " << seed;
    for (const auto& [name, bytes] : reference) {
      auto it = got.find(name);
      ASSERT_NE(it, got.end()) << name << " is missing (seed " << seed << ")";
      EXPECT_TRUE(it->second == bytes) << name << " differs from the uninterrupted run (seed " << seed << ")";
    }
    for (const std::string& h : hidden_files(tmp / "out"))
      EXPECT_EQ(h.find("vanthu-tmp"), std::string::npos) << h << " left behind (seed " << seed << ")";
  }
  EXPECT_GE(killed, 5) << "too few runs were killed to test anything (seed " << seed << ")";
  std::printf("kill-and-resume: %d of %d runs killed by SIGKILL in 5 cycles, seed %u, full run %.0f ms\n", killed, runs, seed,
              full_ms);
}

}  // namespace
}  // namespace vanthu::test
