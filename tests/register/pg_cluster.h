// A throwaway PostgreSQL server for the tests: initdb in a temporary folder,
// listening only on a Unix socket in that folder, stopped and deleted when
// the test program ends. PostgreSQL refuses to run as root, so as root the
// server runs as the "postgres" user (created by Debian's package) through
// runuser, with the folder given to it; as any other user it runs as that
// user.
#pragma once

#include <string>

namespace vanthu::test {

class PgCluster {
 public:
  // The cluster of this test program, started at the first call. Returns
  // nullptr (with the reason in `why`) if PostgreSQL's programs are missing.
  static PgCluster* get(std::string* why);
  // A new, empty database on the cluster; its connection URL.
  std::string new_database();
  ~PgCluster();

 private:
  PgCluster() = default;
  bool start(std::string* why);
  std::string dir_, bin_, user_;
  int databases_ = 0;
  bool running_ = false;
};

}  // namespace vanthu::test
