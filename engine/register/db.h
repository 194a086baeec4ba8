// The two databases behind the register, reduced to what it needs: run SQL
// with parameters, read rows of text, and a write transaction that
// serialises allocation (SQLite: BEGIN IMMEDIATE, which takes the database's
// write lock at once; PostgreSQL: BEGIN, then SELECT … FOR UPDATE on the
// series counter). SQL is written once with "?" placeholders; the
// PostgreSQL connection turns them into $1, $2, …
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace vanthu::reg::db {

// A parameter: NULL, an integer or text.
using Value = std::variant<std::monostate, long long, std::string>;
// A result cell: NULL or its text.
using Cell = std::optional<std::string>;
using ResultRows = std::vector<std::vector<Cell>>;

class Connection {
 public:
  virtual ~Connection() = default;
  virtual std::string backend() const = 0;   // "sqlite" | "postgresql"
  // Statements without parameters (several, separated by ";").
  virtual void exec(const std::string& sql) = 0;
  virtual ResultRows query(const std::string& sql, const std::vector<Value>& params = {}) = 0;
  virtual void begin_write() = 0;
  virtual void begin_read() = 0;   // a consistent snapshot for reading
  virtual void commit() = 0;
  virtual void rollback() noexcept = 0;
  // Appended to the SELECT of a series counter inside a write transaction.
  virtual const char* lock_suffix() const = 0;
  // The column type of an auto-numbered primary key.
  virtual const char* id_column() const = 0;
  // Serialises schema migration between processes (inside begin_write).
  virtual void lock_schema() = 0;
};

std::unique_ptr<Connection> open_sqlite(const std::string& path);
std::unique_ptr<Connection> open_postgresql(const std::string& url);

// Rolls back on scope exit unless committed.
class Transaction {
 public:
  Transaction(Connection& c, bool write) : c_(c) { write ? c.begin_write() : c.begin_read(); }
  ~Transaction() {
    if (!done_) c_.rollback();
  }
  void commit() {
    c_.commit();
    done_ = true;
  }
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;

 private:
  Connection& c_;
  bool done_ = false;
};

}  // namespace vanthu::reg::db
