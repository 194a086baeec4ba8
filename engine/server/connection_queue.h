// The worker pool behind cpp-httplib, with what the library lacks: a bound
// on waiting connections and a deadline for reading each request.
//
// cpp-httplib's read timeout applies to each read, so a client sending one
// byte a second would hold a worker forever. Here every connection has a
// deadline while its request is being read (from the accept, and again after
// each response on a kept-alive connection); a watchdog thread shuts down the
// socket of a connection past its deadline. While a handler runs the
// deadline is lifted (the handler's work is bounded by itself, the response
// by the write timeout).
//
// httplib 0.11 hands the pool only a closure holding the socket, so the pool
// finds the socket the listening thread has just accepted by its inode (see
// connection_queue.cpp).
#pragma once

#include <httplib.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

namespace vanthu::server {

class ConnectionQueue : public httplib::TaskQueue {
 public:
  using Clock = std::chrono::steady_clock;
  // `threads` workers; at most `max_waiting` accepted connections wait for
  // one (more are closed at once); `request_timeout` to read a request;
  // `cut_off` counts the connections closed for being too slow.
  ConnectionQueue(size_t threads, size_t max_waiting, std::chrono::milliseconds request_timeout, int listen_port,
                  std::atomic<size_t>& cut_off, bool log_cut_off);
  ~ConnectionQueue() override;

  void enqueue(std::function<void()> fn) override;
  void shutdown() override;  // runs the waiting connections to the end, joins the workers

  // Called on the worker thread: the request has been read in full (by the
  // route handlers, once the body is in: httplib's pre-routing handler runs
  // before the body is read) / the response has been written (the logger).
  static void request_read();
  static void response_written();

 private:
  struct Connection {
    int fd = -1;
    unsigned long inode = 0;
    Clock::time_point deadline = Clock::time_point::max();
  };
  struct Task {
    std::function<void()> fn;
    Connection* conn;
  };
  void worker();
  void watchdog();
  Connection* find_new_socket();

  const std::chrono::milliseconds timeout_;
  const size_t max_waiting_;
  const int port_;
  mutable std::mutex mutex_;
  std::condition_variable ready_, watchdog_wake_;
  std::deque<Task> tasks_;
  std::map<unsigned long, std::unique_ptr<Connection>> live_;  // by socket inode
  std::atomic<size_t>& cut_off_;
  const bool log_cut_off_;
  bool stopping_ = false, watchdog_stop_ = false;
  std::vector<std::thread> workers_;
  std::thread watchdog_;
};

}  // namespace vanthu::server
