// Load benchmark of `vanthu serve` on loopback: requests per second and
// p50/p99 latency of rendering the seed plan to PDF over HTTP at 1, 8 and 32
// concurrent clients (keep-alive connections), beside the in-process render
// time of the same document, and how many cores the server kept busy (its
// CPU time over wall time, from /proc). Bounded in time: each level runs
// for `seconds`. Prints figures; asserts nothing.
//
//   serve_load [vanthu binary=build/vanthu] [seconds=5] [data=examples/ke-hoach-atgt-2018/data.json]
#include <httplib.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/atomic_file.h"
#include "api/engine.h"

namespace {

using Clock = std::chrono::steady_clock;

double percentile(std::vector<double> v, double p) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  return v[std::min(v.size() - 1, static_cast<size_t>(p * static_cast<double>(v.size())))];
}

// utime + stime of a process, in seconds.
double cpu_seconds(pid_t pid) {
  std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
  std::string s((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::istringstream rest(s.substr(s.rfind(')') + 2));
  std::string field;
  double ticks = 0;
  for (int i = 3; i <= 15 && rest >> field; ++i)
    if (i == 14 || i == 15) ticks += std::stod(field);
  return ticks / static_cast<double>(sysconf(_SC_CLK_TCK));
}

}  // namespace

int main(int argc, char** argv) {
  const std::string binary = argc > 1 ? argv[1] : "build/vanthu";
  const double seconds = argc > 2 ? std::atof(argv[2]) : 5;
  const std::string data_path = argc > 3 ? argv[3] : "examples/ke-hoach-atgt-2018/data.json";
  const std::string body = vanthu::read_file(data_path);

  // In-process: the same document, warm Engine; data parsed from the file
  // every time, as the server parses every request's body.
  vanthu::Engine engine;
  std::optional<vanthu::tmpl::TemplateInfo> tpl;
  {
    vanthu::Diagnostics diag;
    tpl = engine.load_template("ke-hoach", diag);
    if (!tpl || diag.has_errors()) {
      std::fputs(diag.format().c_str(), stderr);
      return 1;
    }
  }
  auto render_local = [&] {
    vanthu::Diagnostics diag;
    const auto s = Clock::now();
    auto data = engine.load_data(data_path, diag);
    auto doc = engine.build(*tpl, data, data_path, diag);
    const std::string pdf = engine.to_pdf(*doc);
    return std::chrono::duration<double, std::micro>(Clock::now() - s).count();
  };
  std::vector<double> local;
  {
    const auto until = Clock::now() + std::chrono::duration<double>(std::min(seconds, 3.0));
    for (int i = 0; i < 3 || Clock::now() < until; ++i) {
      const double us = render_local();
      if (i >= 3) local.push_back(us);
    }
  }
  std::printf("in-process render of %s to PDF: p50 %.0f us, p99 %.0f us (%zu runs, one thread)\n", data_path.c_str(),
              percentile(local, 0.5), percentile(local, 0.99), local.size());

  // The server, as a separate process, with an account and an API token.
  const auto dir = std::filesystem::temp_directory_path() / ("vanthu-serve-load-" + std::to_string(getpid()));
  std::filesystem::create_directories(dir);
  const std::string users = (dir / "users.sqlite").string(), log = (dir / "server.log").string();
  const std::string add = "VANTHU_PASSWORD=bench-password " + binary + " serve --users " + users +
                          " --add-user bench --role chuyen_vien 2>/dev/null";
  if (std::system(add.c_str()) != 0) {
    std::fprintf(stderr, "serve_load: cannot create the account with %s\n", binary.c_str());
    return 1;
  }
  const pid_t pid = fork();
  if (pid == 0) {
    if (!freopen(log.c_str(), "w", stderr)) _exit(127);
    execl(binary.c_str(), "vanthu", "serve", "--port", "0", "--users", users.c_str(), "--register",
          (dir / "register.sqlite").c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  int port = 0;
  for (int i = 0; i < 300 && !port; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    std::ifstream in(log);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const size_t at = text.find("listening on http://127.0.0.1:");
    if (at != std::string::npos) port = std::atoi(text.c_str() + at + 30);
  }
  if (!port) {
    std::fprintf(stderr, "serve_load: the server did not start\n");
    kill(pid, SIGTERM);
    return 1;
  }
  std::string token;
  {
    httplib::Client c("127.0.0.1", port);
    auto r = c.Post("/api/login", R"({"username":"bench","password":"bench-password"})", "application/json");
    const std::string cookie = r ? r->get_header_value("Set-Cookie").substr(0, r->get_header_value("Set-Cookie").find(';')) : "";
    auto t = c.Post("/api/tokens", {{"Cookie", cookie}, {"X-CSRF-Token", nlohmann::json::parse(r->body)["csrf"].get<std::string>()}},
                    R"({"name":"bench"})", "application/json");
    token = nlohmann::json::parse(t->body)["token"];
  }
  const httplib::Headers auth = {{"Authorization", "Bearer " + token}};
  {  // Warm the server's Engines.
    httplib::Client c("127.0.0.1", port);
    for (int i = 0; i < 4; ++i) c.Post("/api/render/ke-hoach?format=pdf", auth, body, "application/json");
  }

  std::printf("server on loopback (%u cores), POST /api/render/ke-hoach?format=pdf, %.0f s per level:\n",
              std::thread::hardware_concurrency(), seconds);
  std::printf("%8s %10s %10s %10s %12s %8s\n", "clients", "req/s", "p50 us", "p99 us", "cores busy", "errors");
  for (int clients : {1, 8, 32}) {
    std::vector<std::vector<double>> lat(static_cast<size_t>(clients));
    std::atomic<int> errors{0};
    const double cpu0 = cpu_seconds(pid);
    const auto start = Clock::now();
    const auto until = start + std::chrono::duration<double>(seconds);
    std::vector<std::thread> threads;
    for (int k = 0; k < clients; ++k)
      threads.emplace_back([&, k] {
        httplib::Client c("127.0.0.1", port);
        c.set_keep_alive(true);
        c.set_tcp_nodelay(true);
        c.set_read_timeout(60, 0);
        auto last_done = Clock::now();
        int on_connection = 0;  // requests answered on the current connection
        while (Clock::now() < until) {
          const auto s = Clock::now();
          auto r = c.Post("/api/render/ke-hoach?format=pdf", auth, body, "application/json");
          if (!r || r->status != 200 || r->body.size() < 1000) {
            // How long the connection had been idle, and how many requests it
            // had carried: tells a keep-alive race from a server fault.
            if (errors++ < 3)
              std::fprintf(stderr, "  error: %s (idle %.0f ms before it, after %d requests on the connection)\n",
                           r ? ("HTTP " + std::to_string(r->status) + " " + r->body.substr(0, 200)).c_str()
                             : httplib::to_string(r.error()).c_str(),
                           std::chrono::duration<double, std::milli>(s - last_done).count(), on_connection);
            on_connection = 0;
            last_done = Clock::now();
            continue;
          }
          on_connection = r->get_header_value("Connection") == "close" ? 0 : on_connection + 1;
          last_done = Clock::now();
          lat[static_cast<size_t>(k)].push_back(std::chrono::duration<double, std::micro>(Clock::now() - s).count());
        }
      });
    for (auto& t : threads) t.join();
    const double wall = std::chrono::duration<double>(Clock::now() - start).count();
    const double cpu = cpu_seconds(pid) - cpu0;
    std::vector<double> all;
    for (auto& v : lat) all.insert(all.end(), v.begin(), v.end());
    std::printf("%8d %10.1f %10.0f %10.0f %12.2f %8d\n", clients, static_cast<double>(all.size()) / wall,
                percentile(all, 0.5), percentile(all, 0.99), cpu / wall, errors.load());
    if (clients == 1)
      std::printf("         server overhead at p50, 1 client: %.0f us over the in-process render\n",
                  percentile(all, 0.5) - percentile(local, 0.5));
  }
  {  // Server overhead, paired: an in-process render and a request one after
     // the other, so that both see the same load on a shared machine; the
     // median of the differences is what the server adds.
    httplib::Client c("127.0.0.1", port);
    c.set_keep_alive(true);
    c.set_tcp_nodelay(true);
    std::vector<double> diff, served, inproc;
    const auto until = Clock::now() + std::chrono::duration<double>(seconds);
    while (Clock::now() < until) {
      const double l = render_local();
      const auto s = Clock::now();
      auto r = c.Post("/api/render/ke-hoach?format=pdf", auth, body, "application/json");
      if (!r || r->status != 200) continue;
      const double h = std::chrono::duration<double, std::micro>(Clock::now() - s).count();
      served.push_back(h);
      inproc.push_back(l);
      diff.push_back(h - l);
    }
    std::printf("paired, 1 client (%zu pairs): server p50 %.0f us, in-process p50 %.0f us, "
                "median added by the server %.0f us\n",
                diff.size(), percentile(served, 0.5), percentile(inproc, 0.5), percentile(diff, 0.5));
  }
  kill(pid, SIGTERM);
  int status = 0;
  waitpid(pid, &status, 0);
  {  // What the server said besides its access log (cut-off connections, errors).
    std::ifstream in(log);
    for (std::string line; std::getline(in, line);)
      if (line.rfind("vanthu serve:", 0) == 0 && line.find("listening") == std::string::npos) std::printf("%s\n", line.c_str());
  }
  std::filesystem::remove_all(dir);
  return 0;
}
