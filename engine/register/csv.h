// CSV (RFC 4180: comma-separated, fields in double quotes may hold commas,
// quotes doubled and line breaks) for the register's import and export.
#pragma once

#include <string>
#include <vector>

#include "core/status.h"

namespace vanthu::reg::csv {

struct Record {
  int line = 0;                     // 1-based line where the record starts
  std::vector<std::string> fields;
  std::vector<int> columns;         // 1-based column (byte) where each field starts
};

// Parses `text` (a UTF-8 BOM is skipped). Errors name file:line:column.
std::vector<Record> parse(const std::string& text, const std::string& file_name, Diagnostics& diag);

// One field, quoted when it needs to be.
std::string field(const std::string& value);

}  // namespace vanthu::reg::csv
