#include "server/connection_queue.h"

#include <dirent.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>

namespace vanthu::server {

namespace {

// The connection the current worker thread is serving.
struct ThreadState {
  std::mutex* mutex = nullptr;
  void* conn = nullptr;
  std::chrono::milliseconds timeout{0};
};
thread_local ThreadState t_state;

unsigned long socket_inode(int fd) {
  struct stat st;
  if (fstat(fd, &st) != 0 || !S_ISSOCK(st.st_mode)) return 0;
  return static_cast<unsigned long>(st.st_ino);
}

int local_port(int fd) {
  sockaddr_storage addr{};
  socklen_t len = sizeof addr;
  if (getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) != 0) return -1;
  if (addr.ss_family == AF_INET) return ntohs(reinterpret_cast<sockaddr_in*>(&addr)->sin_port);
  if (addr.ss_family == AF_INET6) return ntohs(reinterpret_cast<sockaddr_in6*>(&addr)->sin6_port);
  return -1;
}

bool is_connected(int fd) {
  sockaddr_storage addr{};
  socklen_t len = sizeof addr;
  return getpeername(fd, reinterpret_cast<sockaddr*>(&addr), &len) == 0;
}

}  // namespace

ConnectionQueue::ConnectionQueue(size_t threads, size_t max_waiting, std::chrono::milliseconds request_timeout,
                                 int listen_port, std::atomic<size_t>& cut_off, bool log_cut_off)
    : timeout_(request_timeout), max_waiting_(max_waiting), port_(listen_port), cut_off_(cut_off),
      log_cut_off_(log_cut_off) {
  for (size_t i = 0; i < threads; ++i) workers_.emplace_back([this] { worker(); });
  watchdog_ = std::thread([this] { watchdog(); });
}

ConnectionQueue::~ConnectionQueue() { shutdown(); }

// The socket accepted last: one on the server's port, connected, whose inode
// is not a live connection's. Inodes of sockets are not reused while the
// socket is open, unlike descriptor numbers, which a worker may have just
// closed and accept() may have just handed out again. Called on the
// listening thread right after accept(), so exactly one such socket exists.
ConnectionQueue::Connection* ConnectionQueue::find_new_socket() {
  DIR* dir = opendir("/proc/self/fd");
  if (!dir) return nullptr;
  Connection* found = nullptr;
  const int self = dirfd(dir);
  while (dirent* e = readdir(dir)) {
    if (e->d_name[0] == '.') continue;
    const int fd = std::atoi(e->d_name);
    if (fd == self) continue;
    const unsigned long inode = socket_inode(fd);
    if (!inode || live_.count(inode) || local_port(fd) != port_ || !is_connected(fd)) continue;
    auto conn = std::make_unique<Connection>();
    conn->fd = fd;
    conn->inode = inode;
    conn->deadline = Clock::now() + timeout_;
    found = conn.get();
    live_.emplace(inode, std::move(conn));
    break;
  }
  closedir(dir);
  return found;
}

void ConnectionQueue::enqueue(std::function<void()> fn) {
  std::unique_lock lock(mutex_);
  Connection* conn = find_new_socket();
  if (tasks_.size() >= max_waiting_ && conn) {
    // Too many waiting: refuse this connection (the closure still runs, on
    // a socket already shut down, and returns at once).
    ::shutdown(conn->fd, SHUT_RDWR);
  }
  tasks_.push_back({std::move(fn), conn});
  ready_.notify_one();
}

void ConnectionQueue::worker() {
  for (;;) {
    Task task;
    {
      std::unique_lock lock(mutex_);
      ready_.wait(lock, [&] { return stopping_ || !tasks_.empty(); });
      if (tasks_.empty()) return;  // stopping and nothing left
      task = std::move(tasks_.front());
      tasks_.pop_front();
      // The time to read the first request starts when a worker takes it.
      if (task.conn) task.conn->deadline = Clock::now() + timeout_;
    }
    t_state = {&mutex_, task.conn, timeout_};
    task.fn();  // serves the connection, then closes its socket
    t_state = {};
    if (task.conn) {
      std::lock_guard lock(mutex_);
      live_.erase(task.conn->inode);
    }
  }
}

void ConnectionQueue::request_read() {
  if (!t_state.conn) return;
  std::lock_guard lock(*t_state.mutex);
  static_cast<Connection*>(t_state.conn)->deadline = Clock::time_point::max();
}

void ConnectionQueue::response_written() {
  if (!t_state.conn) return;
  std::lock_guard lock(*t_state.mutex);
  static_cast<Connection*>(t_state.conn)->deadline = Clock::now() + t_state.timeout;
}

void ConnectionQueue::watchdog() {
  std::unique_lock lock(mutex_);
  while (!watchdog_stop_) {  // until the last worker is done: slow clients are cut off during shutdown too
    watchdog_wake_.wait_for(lock, std::chrono::milliseconds(200));
    const auto now = Clock::now();
    for (auto& [inode, conn] : live_) {
      if (conn->deadline > now) continue;
      // Under the lock the worker cannot have erased it; its descriptor is
      // still this socket unless the worker closed it a moment ago, which the
      // inode check catches.
      if (socket_inode(conn->fd) == inode) {
        ::shutdown(conn->fd, SHUT_RDWR);
        ++cut_off_;
        if (log_cut_off_)
          std::fprintf(stderr, "vanthu serve: connection cut off: no complete request within %lld ms\n",
                       static_cast<long long>(timeout_.count()));
      }
      conn->deadline = Clock::time_point::max();
    }
  }
}

void ConnectionQueue::shutdown() {
  {
    std::lock_guard lock(mutex_);
    if (stopping_ && workers_.empty()) return;
    stopping_ = true;
  }
  ready_.notify_all();
  for (auto& t : workers_) t.join();
  workers_.clear();
  {
    std::lock_guard lock(mutex_);
    watchdog_stop_ = true;
  }
  watchdog_wake_.notify_all();
  if (watchdog_.joinable()) watchdog_.join();
}

}  // namespace vanthu::server
