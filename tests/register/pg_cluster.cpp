#include "register/pg_cluster.h"

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <memory>

#include <libpq-fe.h>

namespace vanthu::test {

namespace {

int run(const std::string& cmd) { return std::system(cmd.c_str()); }

std::string find_bin() {
  for (const char* v : {"16", "15", "17", "14"}) {
    std::string dir = std::string("/usr/lib/postgresql/") + v + "/bin";
    if (std::filesystem::exists(dir + "/initdb")) return dir;
  }
  return {};
}

}  // namespace

PgCluster* PgCluster::get(std::string* why) {
  static std::unique_ptr<PgCluster> cluster;
  static bool tried = false;
  if (!tried) {
    tried = true;
    auto c = std::unique_ptr<PgCluster>(new PgCluster);
    if (c->start(why)) cluster = std::move(c);
  }
  return cluster.get();
}

bool PgCluster::start(std::string* why) {
  bin_ = find_bin();
  if (bin_.empty()) {
    *why = "PostgreSQL's initdb not found (apt-get install postgresql)";
    return false;
  }
  char tmpl[] = "/tmp/vanthu-pg-XXXXXX";
  if (!mkdtemp(tmpl)) {
    *why = "mkdtemp failed";
    return false;
  }
  dir_ = tmpl;
  std::string as;  // the prefix that runs a command as the server's user
  if (geteuid() == 0) {
    const passwd* pw = getpwnam("postgres");
    if (!pw) {
      *why = "running as root and there is no \"postgres\" user to run the server";
      return false;
    }
    if (chown(dir_.c_str(), pw->pw_uid, pw->pw_gid) != 0) {
      *why = "cannot give " + dir_ + " to postgres";
      return false;
    }
    as = "runuser -u postgres -- ";
    user_ = "postgres";
  } else {
    const passwd* pw = getpwuid(geteuid());
    user_ = pw ? pw->pw_name : "postgres";
  }
  const std::string q = "'" + dir_ + "'";
  if (run(as + bin_ + "/initdb -D " + q + "/data -A trust -U vanthu -E UTF8 --locale=C --no-sync >" + q +
          "/initdb.log 2>&1") != 0) {
    *why = "initdb failed (see " + dir_ + "/initdb.log)";
    return false;
  }
  // No TCP (listen_addresses empty), socket in the folder, fsync off: a
  // test server that nothing else can reach and that is fast to throw away.
  if (run(as + bin_ + "/pg_ctl -D " + q + "/data -l " + q + "/server.log -w -o \"-k " + dir_ +
          " -c listen_addresses= -c fsync=off -c max_connections=40\" start >/dev/null 2>&1") != 0) {
    *why = "pg_ctl start failed (see " + dir_ + "/server.log)";
    return false;
  }
  running_ = true;
  user_ = as;  // kept for stop
  return true;
}

std::string PgCluster::new_database() {
  const std::string name = "t" + std::to_string(getpid()) + "_" + std::to_string(++databases_);
  const std::string admin = "postgresql:///postgres?host=" + dir_ + "&user=vanthu";
  PGconn* c = PQconnectdb(admin.c_str());
  if (PQstatus(c) == CONNECTION_OK) PQclear(PQexec(c, ("CREATE DATABASE " + name).c_str()));
  PQfinish(c);
  return "postgresql:///" + name + "?host=" + dir_ + "&user=vanthu";
}

PgCluster::~PgCluster() {
  if (running_) run(user_ + bin_ + "/pg_ctl -D '" + dir_ + "/data' -m immediate -w stop >/dev/null 2>&1");
  std::error_code ec;
  std::filesystem::remove_all(dir_, ec);
}

}  // namespace vanthu::test
