// Several processes issuing at once, and processes killed in the middle of
// an issue: on both backends, the numbers stay distinct and consecutive and
// no half-recorded row is left.
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <map>
#include <thread>

#include "register/register_fixture.h"

namespace vanthu::test {

namespace {

// Every row of `year` is whole (hash and data as rendered) and the numbers
// are exactly 1..n; returns n.
long long check_consecutive(reg::Register& r, int year) {
  auto rows = r.list({.year = year});
  std::vector<long long> numbers;
  for (const auto& row : rows) {
    numbers.push_back(row.number);
    EXPECT_EQ(row.outputs.size(), 1u) << row.symbol;
    if (!row.outputs.empty()) EXPECT_EQ(row.outputs[0].sha256.size(), 64u) << row.symbol;
    EXPECT_EQ(nlohmann::json::parse(row.data_json).value("so", 0LL), row.number) << row.symbol;
  }
  std::sort(numbers.begin(), numbers.end());
  for (size_t i = 0; i < numbers.size(); ++i) {
    EXPECT_EQ(numbers[i], static_cast<long long>(i + 1)) << "duplicate or gap at position " << i;
    if (numbers[i] != static_cast<long long>(i + 1)) break;
  }
  for (const auto& c : r.counters(year))
    if (c.series == "chung" && c.organ == "STTTT") EXPECT_EQ(c.next, static_cast<long long>(numbers.size()) + 1);
  return static_cast<long long>(numbers.size());
}

int wait_for(pid_t pid) {
  int status = 0;
  waitpid(pid, &status, 0);
  return status;
}

}  // namespace

TEST_P(RegisterTest, EightProcessesIssuing500EachGet4000ConsecutiveNumbers) {
  constexpr int kProcesses = 8, kEach = 500;
  open();  // creates the schema before the race (the race on creation is the kill test's)
  std::vector<pid_t> children;
  for (int p = 0; p < kProcesses; ++p) {
    const pid_t pid = fork();
    ASSERT_GE(pid, 0);
    if (pid == 0) {
      int code = 0;
      try {
        auto r = reg::Register::open(location_);
        for (int i = 0; i < kEach && code == 0; ++i) {
          Diagnostics d;
          if (!r->issue(plan_request("2026-07-01", "Tiến trình " + std::to_string(p) + " văn bản " + std::to_string(i)), d))
            code = 3;
        }
      } catch (const std::exception& e) {
        std::fprintf(stderr, "child %d: %s\n", p, e.what());
        code = 4;
      }
      _exit(code);  // no destructors: the parent owns the test server
    }
    children.push_back(pid);
  }
  for (pid_t pid : children) {
    const int status = wait_for(pid);
    EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << "status " << status;
  }
  auto r = open();
  EXPECT_EQ(check_consecutive(*r, 2026), kProcesses * kEach);
  // Each process's documents are all there, in its own order.
  std::map<std::string, std::vector<long long>> by_process;
  for (const auto& row : r->list({.year = 2026}))
    by_process[row.summary.substr(0, row.summary.find(" văn bản"))].push_back(row.number);
  EXPECT_EQ(by_process.size(), static_cast<size_t>(kProcesses));
  for (const auto& [who, numbers] : by_process) {
    EXPECT_EQ(numbers.size(), static_cast<size_t>(kEach)) << who;
    EXPECT_TRUE(std::is_sorted(numbers.begin(), numbers.end())) << who;
  }
}

TEST_P(RegisterTest, AProcessKilledMidIssueLeavesNoHalfRowAndNoLostNumber) {
  {
    auto r = open();
    Diagnostics d;
    ASSERT_TRUE(r->issue(plan_request("2026-08-01"), d)) << d.format();
  }
  // Killed after the row is written and before the commit.
  for (int round = 0; round < 2; ++round) {
    int fds[2];
    ASSERT_EQ(pipe(fds), 0);
    const pid_t pid = fork();
    ASSERT_GE(pid, 0);
    if (pid == 0) {
      close(fds[0]);
      try {
        auto r = reg::Register::open(location_);
        Diagnostics d;
        r->issue(plan_request("2026-08-02"), d, [&](const reg::Issued&) {
          (void)!write(fds[1], "x", 1);
          for (;;) pause();
        });
      } catch (...) {
      }
      _exit(5);
    }
    close(fds[1]);
    char c = 0;
    ASSERT_EQ(read(fds[0], &c, 1), 1);  // the child holds the counter, its row inserted
    close(fds[0]);
    kill(pid, SIGKILL);
    EXPECT_TRUE(WIFSIGNALED(wait_for(pid)));
  }
  // Killed at arbitrary moments of a loop of issues (opening, rendering,
  // committing).
  for (int round = 0; round < 4; ++round) {
    const pid_t pid = fork();
    ASSERT_GE(pid, 0);
    if (pid == 0) {
      try {
        auto r = reg::Register::open(location_);
        for (;;) {
          Diagnostics d;
          r->issue(plan_request("2026-08-03"), d);
        }
      } catch (...) {
      }
      _exit(5);
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(150 + 97 * round));
    kill(pid, SIGKILL);
    EXPECT_TRUE(WIFSIGNALED(wait_for(pid)));
  }
  auto r = open();
  const long long n = check_consecutive(*r, 2026);
  std::printf("rows after the kills: %lld\n", n);
  EXPECT_GE(n, 1);
  Diagnostics d;
  auto next = r->issue(plan_request("2026-08-04"), d);
  ASSERT_TRUE(next) << d.format();
  EXPECT_EQ(next->row.number, n + 1);
}

}  // namespace vanthu::test
