#include "api/environment.h"
#include "server/server.h"

#include <httplib.h>

#include <sys/socket.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <thread>

#include "core/atomic_file.h"
#include "server/connection_queue.h"
#include "server/context.h"
#include "server/http_util.h"

namespace vanthu::server {

std::string builtin_web_dir() {
  if (const char* env = std::getenv("VANTHU_WEB"); env && *env) return env;
  return std::string(VANTHU_DATA_DIR) + "/web";
}

namespace {

size_t cores() {
  const unsigned n = std::thread::hardware_concurrency();
  return n ? n : 2;
}

}  // namespace

Context::Context(const Options& o)
    : options(o),
      accounts(o.users),
      engines(o.render_jobs ? o.render_jobs : cores(), [] { return std::make_unique<Engine>(); }),
      measurers(o.render_jobs ? o.render_jobs : cores(), [] { return std::make_unique<Measurer>(); }),
      batches(o.work_dir, static_cast<unsigned>(o.render_jobs ? o.render_jobs : cores())) {
  const std::string where = o.register_location.empty() ? reg::default_location() : o.register_location;
  reg::Register::open(where);  // creates and migrates it now: a wrong location fails at start, not at the first issue
  registers = std::make_unique<Pool<reg::Register>>(o.render_jobs ? o.render_jobs : cores(),
                                                    [where] { return reg::Register::open(where); });
  Diagnostics diag;
  for (auto& t : tmpl::builtin_templates(diag, EngineConfig::from_process().templates_dir)) templates.emplace(t.name, std::move(t));
  if (diag.has_errors()) throw Error("the built-in templates do not load:\n" + diag.format());
  if (o.sign.enabled()) signer = std::make_unique<OrganSigner>(o.sign);
  if (!o.sign.trust.empty()) trust_pem = read_file(o.sign.trust);
}

Context::~Context() = default;

struct Server::Impl {
  Options options;
  std::unique_ptr<Context> ctx;
  httplib::Server http;
  std::atomic<size_t> cut_off{0};  // counted by the ConnectionQueue httplib owns
  int port = 0;
  int listen_fd = -1;
  std::thread thread;
  std::mutex mutex;
  bool stopped = false;

  void configure() {
    const std::string web = options.web_dir.empty() ? builtin_web_dir() : options.web_dir;
    if (!std::filesystem::is_directory(web)) throw Error(web + ": no such folder (the web page's files)");
    // Static files: cpp-httplib refuses paths that climb out of the folder
    // ("..", encoded or not); tests/server checks it.
    http.set_mount_point("/", web);
    http.set_file_extension_and_mimetype_mapping("js", "text/javascript; charset=utf-8");
    http.set_file_extension_and_mimetype_mapping("html", "text/html; charset=utf-8");
    http.set_file_extension_and_mimetype_mapping("css", "text/css; charset=utf-8");
    http.set_file_extension_and_mimetype_mapping("json", "application/json; charset=utf-8");
    http.set_default_headers({
        // The page's own scripts only; the preview is a blob: PDF in a frame.
        {"Content-Security-Policy",
         "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
         "frame-src 'self' blob:; object-src 'self' blob:; frame-ancestors 'self'; base-uri 'none'; form-action 'self'"},
        {"X-Content-Type-Options", "nosniff"},
        {"Referrer-Policy", "no-referrer"},
    });

    http.set_payload_max_length(options.max_body_bytes);
    http.set_read_timeout(std::chrono::milliseconds(options.io_timeout_ms));
    http.set_write_timeout(std::chrono::milliseconds(options.io_timeout_ms));
    http.set_keep_alive_timeout(5);
    // httplib closes a connection after 5 requests by default, so busy
    // clients reconnect all the time; each reconnection goes through the
    // accept queue (below). 1000 requests per connection, as nginx does.
    http.set_keep_alive_max_count(1000);
    // The listening socket: httplib listens with a backlog of 5
    // (CPPHTTPLIB_LISTEN_BACKLOG, compiled into Debian's library), so 32
    // clients reconnecting at once overflowed the accept queue and some got
    // a connection that was then reset ("Read" errors in bench/serve_load).
    // Its descriptor is kept here and listen() called again with the
    // system's maximum after binding (Linux updates the backlog).
    http.set_socket_options([this](socket_t sock) {
      httplib::default_socket_options(sock);
      listen_fd = sock;
    });
    // httplib writes the headers and the body separately: with Nagle's
    // algorithm and the client's delayed ACK that costs ~40 ms per response.
    http.set_tcp_nodelay(true);
    http.new_task_queue = [this]() -> httplib::TaskQueue* {
      auto* q = new ConnectionQueue(options.connections, options.max_waiting,
                                    std::chrono::milliseconds(options.request_timeout_ms), port, cut_off, !options.quiet);
      return q;
    };
    http.set_post_routing_handler([](const httplib::Request& req, httplib::Response& res) {
      if (req.path.rfind("/api/", 0) == 0) res.set_header("Cache-Control", "no-store");
    });
    http.set_logger([this](const httplib::Request& req, const httplib::Response& res) {
      ConnectionQueue::response_written();
      if (!options.quiet) std::fprintf(stderr, "%s %s %d %zu\n", req.method.c_str(), req.path.c_str(), res.status, res.body.size());
    });
    http.set_error_handler([](const httplib::Request& req, httplib::Response& res) {
      if (!res.body.empty()) return;
      if (res.status == 413)
        send_error(res, 413, "too_large", "the request body is larger than the server accepts");
      else if (res.status == 404)
        send_error(res, 404, "not_found", "no such resource: " + req.path);
      else if (res.status == 400)
        send_error(res, 400, "bad_request", "malformed request");
      else
        send_error(res, res.status, "error", "HTTP " + std::to_string(res.status));
    });
    http.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr ep) {
      std::string what = "internal error";
      try {
        std::rethrow_exception(ep);
      } catch (const std::exception& e) {
        what = e.what();
      } catch (...) {
      }
      send_error(res, 500, "internal", what);
    });
    add_session_routes(http, *ctx);
    add_document_routes(http, *ctx);
    add_check_routes(http, *ctx);
    add_batch_routes(http, *ctx);
    add_register_routes(http, *ctx);
    add_sign_routes(http, *ctx);
  }
};

Server::Server(const Options& options) : impl_(std::make_unique<Impl>()) {
  impl_->options = options;
  impl_->ctx = std::make_unique<Context>(options);
  impl_->configure();
}

Server::~Server() { stop(); }

void Server::start() {
  Impl& m = *impl_;
  if (m.options.port == 0) {
    m.port = m.http.bind_to_any_port(m.options.host);
    if (m.port <= 0) throw Error("cannot listen on " + m.options.host);
  } else {
    if (!m.http.bind_to_port(m.options.host, m.options.port))
      throw Error("cannot listen on " + m.options.host + ":" + std::to_string(m.options.port) + " (in use?)");
    m.port = m.options.port;
  }
  if (m.listen_fd >= 0) ::listen(m.listen_fd, SOMAXCONN);
  m.thread = std::thread([&m] { m.http.listen_after_bind(); });
}

void Server::stop() {
  Impl& m = *impl_;
  std::lock_guard lock(m.mutex);
  if (m.stopped || !m.thread.joinable()) return;
  m.stopped = true;
  m.http.stop();   // closes the listening socket; workers finish their requests
  m.thread.join(); // listen_after_bind returns after the task queue's shutdown
}

void Server::wait() {
  while (true) {
    {
      std::lock_guard lock(impl_->mutex);
      if (impl_->stopped) return;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
}

int Server::port() const { return impl_->port; }

size_t Server::slow_clients_cut_off() const { return impl_->cut_off.load(); }

}  // namespace vanthu::server
