// `vanthu serve`: runs the web application and HTTP API until SIGTERM or
// SIGINT (requests in flight finish first). Also creates accounts:
// --init-admin NAME (the first account) and --add-user NAME --role ROLE.
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <map>
#include <string>

#include "cli/commands.h"
#include "server/accounts.h"
#include "server/server.h"

namespace vanthu::cli {

namespace {

const char* kServeUsage =
    "usage: vanthu serve [--host 127.0.0.1] [--port 8080] [--users vanthu-users.sqlite]\n"
    "                    [--register FILE.sqlite|postgresql://…]\n"
    "                    [--web DIR] [--work DIR] [--jobs N] [--connections 64] [--max-body-mb 32]\n"
    "                    [--request-timeout 10] [--insecure-cookies] [--quiet]\n"
    "                    [--sign-key ORGAN.p12 | --sign-pkcs11-uri pkcs11:… --sign-cert CHAIN.pem\n"
    "                     [--sign-pkcs11-module LIB.so]] [--sign-seal SEAL.png --sign-seal-mm 36]\n"
    "                    [--sign-trust CA.pem]\n"
    "       vanthu serve --users FILE --init-admin NAME      (first account, role quan_tri)\n"
    "       vanthu serve --users FILE --add-user NAME --role chuyen_vien|van_thu|quan_tri\n"
    "                    [--display-name \"Họ tên\"]\n"
    "  The password of a new account is read from VANTHU_PASSWORD, else from the\n"
    "  first line of standard input. The signing key's password comes from\n"
    "  VANTHU_KEY_PASSWORD, the token's PIN from VANTHU_PKCS11_PIN (never the\n"
    "  command line, which other users can read). See docs/server.md.\n";

// A password from the environment or the first line of standard input.
std::string read_password() {
  if (const char* env = std::getenv("VANTHU_PASSWORD"); env && *env) return env;
  std::string line;
  std::getline(std::cin, line);
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return line;
}

int add_user(const server::Options& o, const std::string& name, const std::string& display, const std::string& role_s,
             bool first) {
  const auto role = server::role_from_name(role_s);
  if (!role) {
    std::fprintf(stderr, "vanthu serve: --role must be chuyen_vien, van_thu or quan_tri\n");
    return 2;
  }
  server::Accounts accounts(o.users);
  if (first && accounts.user_count() > 0) {
    std::fprintf(stderr, "vanthu serve: %s already has accounts; use --add-user\n", o.users.c_str());
    return 1;
  }
  std::string error;
  if (!accounts.create_user(name, display, *role, read_password(), error)) {
    std::fprintf(stderr, "vanthu serve: %s\n", error.c_str());
    return 1;
  }
  accounts.audit("(command line)", "user.create", name + " (" + role_s + ")");
  std::fprintf(stderr, "vanthu serve: account %s (%s) created in %s\n", name.c_str(), role_s.c_str(), o.users.c_str());
  return 0;
}

}  // namespace

int serve_command(const std::vector<std::string>& args) {
  server::Options o;
  std::string init_admin, add, role, display;
  // Options taking a text value, and where it goes.
  const std::map<std::string, std::string*> text_options = {
      {"--host", &o.host},         {"--users", &o.users},         {"--register", &o.register_location},
      {"--work", &o.work_dir},     {"--web", &o.web_dir},         {"--init-admin", &init_admin},
      {"--add-user", &add},        {"--role", &role},             {"--display-name", &display},
      {"--sign-key", &o.sign.key}, {"--sign-pkcs11-uri", &o.sign.pkcs11_uri}, {"--sign-cert", &o.sign.cert},
      {"--sign-pkcs11-module", &o.sign.pkcs11_module}, {"--sign-seal", &o.sign.seal_png},
      {"--sign-trust", &o.sign.trust}};
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    auto value = [&]() -> const std::string* {
      if (i + 1 >= args.size()) {
        std::fprintf(stderr, "vanthu serve: %s needs a value\n%s", a.c_str(), kServeUsage);
        return nullptr;
      }
      return &args[++i];
    };
    auto number = [&](long long lo, long long hi, long long& out) {
      const std::string* v = value();
      if (!v) return false;
      char* end = nullptr;
      out = std::strtoll(v->c_str(), &end, 10);
      if (v->empty() || *end || out < lo || out > hi) {
        std::fprintf(stderr, "vanthu serve: %s takes a number from %lld to %lld\n", a.c_str(), lo, hi);
        return false;
      }
      return true;
    };
    long long n = 0;
    if (auto it = text_options.find(a); it != text_options.end()) {
      const std::string* v = value();
      if (!v) return 2;
      *it->second = *v;
    } else if (a == "--port") {
      if (!number(0, 65535, n)) return 2;
      o.port = static_cast<int>(n);
    } else if (a == "--jobs") {
      if (!number(1, 256, n)) return 2;
      o.render_jobs = static_cast<size_t>(n);
    } else if (a == "--connections") {
      if (!number(2, 4096, n)) return 2;
      o.connections = static_cast<size_t>(n);
    } else if (a == "--max-body-mb") {
      if (!number(1, 1024, n)) return 2;
      o.max_body_bytes = static_cast<size_t>(n) << 20;
    } else if (a == "--request-timeout") {
      if (!number(1, 3600, n)) return 2;
      o.request_timeout_ms = static_cast<int>(n * 1000);
    } else if (a == "--sign-seal-mm") {
      if (!number(10, 100, n)) return 2;
      o.sign.seal_mm = static_cast<double>(n);
    } else if (a == "--insecure-cookies") {
      o.secure_cookies = false;
    } else if (a == "--quiet") {
      o.quiet = true;
    } else if (a == "--help" || a == "-h") {
      std::fputs(kServeUsage, stdout);
      return 0;
    } else {
      std::fprintf(stderr, "vanthu serve: unknown argument %s\n%s", a.c_str(), kServeUsage);
      return 2;
    }
  }
  if (!o.sign.key.empty() && !o.sign.pkcs11_uri.empty()) {
    std::fprintf(stderr, "vanthu serve: give one signing key: --sign-key or --sign-pkcs11-uri\n");
    return 2;
  }
  if (!o.sign.pkcs11_uri.empty() && o.sign.cert.empty()) {
    std::fprintf(stderr, "vanthu serve: --sign-pkcs11-uri needs --sign-cert <chain.pem>\n");
    return 2;
  }
  if (const char* p = std::getenv("VANTHU_KEY_PASSWORD")) o.sign.password = p;
  if (const char* p = std::getenv("VANTHU_PKCS11_PIN")) o.sign.pin = p;
  try {
    if (!init_admin.empty()) return add_user(o, init_admin, display, "quan_tri", true);
    if (!add.empty()) return add_user(o, add, display, role, false);

    // SIGTERM/SIGINT are blocked in every thread and taken by sigwait here,
    // so the stop runs as ordinary code, not in a signal handler.
    sigset_t stop_signals;
    sigemptyset(&stop_signals);
    sigaddset(&stop_signals, SIGTERM);
    sigaddset(&stop_signals, SIGINT);
    pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

    server::Server srv(o);
    srv.start();
    std::fprintf(stderr, "vanthu serve: listening on http://%s:%d/ (accounts in %s, register %s)\n", o.host.c_str(),
                 srv.port(), o.users.c_str(), o.register_location.empty() ? "at the default location" : "given");
    std::fflush(stderr);
    int sig = 0;
    sigwait(&stop_signals, &sig);
    std::fprintf(stderr, "vanthu serve: %s received, finishing the requests in flight\n", sig == SIGTERM ? "SIGTERM" : "SIGINT");
    srv.stop();
    std::fprintf(stderr, "vanthu serve: stopped\n");
    return 0;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "vanthu serve: error: %s\n", e.what());
    return 1;
  }
}

}  // namespace vanthu::cli
