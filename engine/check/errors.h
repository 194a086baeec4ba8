// The error `vanthu check` raises when a file cannot be read as a DOCX at
// all (not a zip, a zip bomb, no word/document.xml, malformed XML): the CLI
// maps it to exit status 2, as opposed to findings (status 1).
#pragma once

#include <stdexcept>
#include <string>

namespace vanthu::check {

struct ReadError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

}  // namespace vanthu::check
