// `vanthu serve`: the clerks' web application and the HTTP API, on
// cpp-httplib (docs/server.md).
//
//   vanthu::server::Options o;  o.port = 0;          // any free port
//   vanthu::server::Server s(o);                      // throws vanthu::Error
//   s.start();  ... s.port() ...;  s.stop();          // stop(): in-flight requests finish
#pragma once

#include <memory>
#include <string>

namespace vanthu::server {

// The organ's key for "ký số của cơ quan" over HTTP (docs/server.md): a
// PKCS#12 file or a key on a PKCS#11 token, loaded when the server starts.
// Empty key and uri: the server does not sign (POST /api/sign answers 501).
struct SignConfig {
  std::string key;            // .p12 file
  std::string password;       // its password (VANTHU_KEY_PASSWORD)
  std::string pkcs11_uri;     // or a token key: RFC 7512 URI
  std::string pkcs11_module;  // the PKCS#11 library ("" = p11-kit's proxy)
  std::string pin;            // the token's user PIN (VANTHU_PKCS11_PIN)
  std::string cert;           // the token key's certificate chain (PEM)
  std::string seal_png;       // the seal drawn on main documents (optional)
  double seal_mm = 0;         // its real diameter
  std::string trust;          // CA certificates (PEM) for POST /api/verify ("" = chains not checked)
  bool enabled() const { return !key.empty() || !pkcs11_uri.empty(); }
};

struct Options {
  std::string host = "127.0.0.1";
  int port = 8080;                   // 0: any free port (see Server::port)
  std::string users = "vanthu-users.sqlite";  // accounts, sessions, tokens, audit
  std::string register_location;     // SQLite path or postgresql:// URL; "" = reg::default_location()
  std::string web_dir;               // "" = the built-in web/ folder
  std::string work_dir;              // batch jobs' files; "" = the system's temporary folder
  size_t connections = 64;           // HTTP worker threads (each holds one connection)
  size_t max_waiting = 256;          // accepted connections waiting for a worker
  size_t render_jobs = 0;            // Engines (renders at once); 0 = one per core
  size_t max_body_bytes = 32u << 20; // request bodies (JSON data, DOCX uploads)
  int request_timeout_ms = 10000;    // to read a whole request (a slow client is cut off)
  int io_timeout_ms = 5000;          // each read / write on the socket
  bool secure_cookies = true;        // the Secure flag; off only for plain-HTTP tests on another host than localhost
  bool quiet = false;                // no access log on stderr
  SignConfig sign;                   // the organ's signature (optional)
};

class Server {
 public:
  explicit Server(const Options& options);
  ~Server();  // stops
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Binds and serves on a background thread. Throws vanthu::Error when the
  // address cannot be bound.
  void start();
  // Stops accepting, lets requests in flight finish, joins the workers.
  void stop();
  // Blocks until stop() has completed.
  void wait();
  int port() const;
  // Connections cut off because a request took longer than request_timeout_ms.
  size_t slow_clients_cut_off() const;

  struct Impl;

 private:
  std::unique_ptr<Impl> impl_;
};

// The built-in web/ folder (VANTHU_WEB overrides it).
std::string builtin_web_dir();

}  // namespace vanthu::server
