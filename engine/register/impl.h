// Internals shared by the register's source files.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "register/db.h"
#include "register/register.h"
#include "template/catalog.h"
#include "vanthu/vanthu.h"

namespace vanthu::reg {

struct Register::Impl {
  std::unique_ptr<db::Connection> db;
  std::string location;
  int version = 0;
  std::unique_ptr<Engine> engine;  // created at the first render
  // Templates loaded by issue(), by name: loaded once per Register (a
  // changed template folder is read again by a new Register).
  std::map<std::string, std::unique_ptr<tmpl::TemplateInfo>> templates;
  Engine& render_engine() {
    if (!engine) engine = std::make_unique<Engine>();
    return *engine;
  }
};

// The columns of entries in the order row_from_cells reads them.
extern const char* const kRowColumns;
Row row_from_cells(const std::vector<db::Cell>& cells);
std::optional<Row> load_row(db::Connection& c, long long id, bool lock);
// Inserts a row (its id is ignored) and returns the new id.
long long insert_row(db::Connection& c, const Row& r);
// Writes every column of an existing row.
void update_row(db::Connection& c, const Row& r);
void add_event(db::Connection& c, std::optional<long long> entry, const std::string& action, const std::string& by,
               const std::string& detail);

std::vector<Series> load_series(db::Connection& c);
// The series a document goes to: `wanted` if given (must exist and be
// active), else the first active, non-secret series of the organ (or of any
// organ) whose types include `type_key`, else one with no types. Errors to
// diag at `where`.
std::optional<Series> choose_series(const std::vector<Series>& all, const std::string& wanted, const std::string& organ,
                                    const std::string& type_key, const std::string& where, Diagnostics& diag);

// Locks the counter of (series, organ, year), creating it at 1, and returns
// the next number. Inside a write transaction.
long long lock_counter(db::Connection& c, const std::string& series, const std::string& organ, int year);
void set_counter(db::Connection& c, const std::string& series, const std::string& organ, int year, long long next);

// The user running the process, for issued_by when none is given.
std::string current_user();
std::string sha256_hex(std::string_view bytes);
std::string outputs_json(const std::vector<OutputFile>& files);
// "Kế hoạch" for "ke-hoach"; "Công văn" when the type has no name.
std::string type_display_name(const std::string& type_key);

}  // namespace vanthu::reg

namespace vanthu::reg {
// The rows as CSV with the columns import_csv reads (register_csv.cpp).
std::string export_csv(const std::vector<Row>& rows);
}  // namespace vanthu::reg
