// Helpers for the hardening tests: render and check through the vanthu
// binary, rebuild an engine output with one part edited.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "check/zip_write.h"
#include "e2e/e2e_support.h"

namespace vanthu::test {

inline std::string bad_dir() { return source_dir() + "/tests/data/bad"; }
inline std::string shared_dir() { return env_or("VANTHU_SHARED_DIR", source_dir() + "/../shared"); }

inline RunResult vanthu(const std::string& args) { return run(quote(vanthu_binary()) + " " + args); }

inline RunResult render(const std::string& tpl, const std::string& data, const std::string& out) {
  return vanthu("render " + quote(tpl) + " " + quote(data) + " -o " + quote(out));
}

// Stdout of `vanthu check` only (the summary goes to stderr).
inline RunResult check_stdout(const std::string& docx, const std::string& extra = "") {
  return run(quote(vanthu_binary()) + " check " + quote(docx) + " " + extra + " 2>/dev/null; exit $?");
}

// The package at `path` with `part` passed through `edit`.
template <class Edit>
std::string edited_package(const std::string& path, const std::string& part, Edit edit) {
  auto entries = zip_entries(path);
  bool found = false;
  for (auto& [name, data] : entries)
    if (name == part) {
      data = edit(data);
      found = true;
    }
  if (!found) throw std::runtime_error("no part " + part + " in " + path);
  return write_zip(entries);
}

// Replaces the first `from` in `s` (throws when absent, so that a test
// whose edit no longer applies fails loudly).
inline std::string replace_once(std::string s, const std::string& from, const std::string& to) {
  const size_t pos = s.find(from);
  if (pos == std::string::npos) throw std::runtime_error("text not found: " + from);
  return s.replace(pos, from.size(), to);
}

}  // namespace vanthu::test
