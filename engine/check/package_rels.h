// OPC relationships (_rels/*.rels): which part plays which role.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "check/zip_package.h"

namespace vanthu::check {

struct Relationship {
  std::string type;    // the full type URI
  std::string target;  // resolved part name, "word/styles.xml"
};

// Relationships of `source_part` ("" = the package itself), by Id. Missing
// .rels part: empty map. External targets are left out.
std::map<std::string, Relationship> read_relationships(const ZipPackage& pkg, const std::string& source_part);

// The first relationship whose type ends with `suffix` ("/styles").
std::optional<std::string> target_of_type(const std::map<std::string, Relationship>& rels, std::string_view suffix);

}  // namespace vanthu::check
