// What the register's commands share: option parsing, opening the register
// and writing issued files.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "register/register.h"

namespace vanthu::cli {

// Pulls "--register X" (or "--register=X") out of args; default_location()
// when absent.
std::string take_register_option(std::vector<std::string>& args);
// Opens the register, printing the error (nullptr) when it cannot.
std::unique_ptr<reg::Register> open_register(const std::string& location, const char* command);

// Writes the files (path, bytes) that must not exist yet. If one fails, the
// ones already written are removed and the error is thrown on, so that the
// register's transaction rolls back with no file left behind.
void write_new_files(const std::vector<std::pair<std::string, const std::string*>>& files);
// Removes files written by a deliver callback when the commit that followed
// failed (the number was not recorded, so the files must not stay).
void remove_files(const std::vector<std::string>& paths);
// The first of `paths` that exists, or "".
std::string first_existing(const std::vector<std::string>& paths);

}  // namespace vanthu::cli
