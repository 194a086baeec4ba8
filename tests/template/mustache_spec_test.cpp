// The official Mustache spec (../shared/mustache-spec/*.json) through
// render_mustache, against a checked-in list of expected failures. The test
// fails when a case outside the list fails and when a listed case passes, so
// the list always says exactly where we deviate.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <set>
#include <sstream>

#include "template/mustache.h"

namespace vanthu::tmpl {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

fs::path this_dir() { return fs::path(__FILE__).parent_path(); }

fs::path spec_dir() {
  if (const char* shared = std::getenv("VANTHU_SHARED_DIR")) return fs::path(shared) / "mustache-spec";
  if (const char* source = std::getenv("VANTHU_SOURCE_DIR"))
    return fs::path(source) / ".." / "shared" / "mustache-spec";
  return this_dir() / ".." / ".." / ".." / "shared" / "mustache-spec";
}

fs::path expected_failures_file() {
  if (const char* source = std::getenv("VANTHU_SOURCE_DIR"))
    return fs::path(source) / "tests" / "template" / "mustache-spec-expected-failures.txt";
  return this_dir() / "mustache-spec-expected-failures.txt";
}

std::set<std::string> read_expected_failures() {
  std::ifstream in(expected_failures_file());
  EXPECT_TRUE(in) << "cannot read " << expected_failures_file();
  std::set<std::string> out;
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    EXPECT_TRUE(out.insert(line).second) << "listed twice: " << line;
  }
  return out;
}

// The spec's code lambdas (~lambdas.json), written by hand in C++ after the
// reference implementations in the file.
std::map<std::string, std::function<std::string(const std::string&)>> spec_lambda(const std::string& test) {
  using Fn = std::function<std::string(const std::string&)>;
  if (test == "Interpolation") return {{"lambda", Fn([](const std::string&) { return std::string("world"); })}};
  if (test == "Interpolation - Expansion")
    return {{"lambda", Fn([](const std::string&) { return std::string("{{planet}}"); })}};
  if (test == "Interpolation - Alternate Delimiters")
    return {{"lambda", Fn([](const std::string&) { return std::string("|planet| => {{planet}}"); })}};
  if (test == "Interpolation - Multiple Calls") {
    auto calls = std::make_shared<int>(0);
    return {{"lambda", Fn([calls](const std::string&) { return std::to_string(++*calls); })}};
  }
  if (test == "Escaping") return {{"lambda", Fn([](const std::string&) { return std::string(">"); })}};
  if (test == "Section")
    return {{"lambda", Fn([](const std::string& text) { return std::string(text == "{{x}}" ? "yes" : "no"); })}};
  if (test == "Section - Expansion")
    return {{"lambda", Fn([](const std::string& text) { return text + "{{planet}}" + text; })}};
  if (test == "Section - Alternate Delimiters")
    return {{"lambda", Fn([](const std::string& text) { return text + "{{planet}} => |planet|" + text; })}};
  if (test == "Section - Multiple Calls")
    return {{"lambda", Fn([](const std::string& text) { return "__" + text + "__"; })}};
  // The spec's lambda returns false; ours cannot, and is never called here.
  if (test == "Inverted Section") return {{"lambda", Fn([](const std::string&) { return std::string(); })}};
  return {};
}

struct Outcome {
  bool passed = false;
  std::string detail;
};

Outcome run_case(const std::string& file, const json& test) {
  MustacheOptions options;
  options.xml_escape = false;
  if (test.contains("partials"))
    for (const auto& [name, text] : test["partials"].items()) options.partials[name] = text.get<std::string>();
  json data = test.value("data", json::object());
  if (file == "~lambdas.json") {
    options.expanding_lambdas = spec_lambda(test["name"]);
    if (options.expanding_lambdas.empty()) return {false, "no C++ version of this lambda"};
    data.erase("lambda");
  }
  Diagnostics diag;
  const std::string actual =
      render_mustache(test["template"].get<std::string>(), "template", data, options, diag);
  const std::string expected = test["expected"];
  if (actual == expected) return {true, {}};
  return {false, "expected: " + json(expected).dump() + "\n  actual:   " + json(actual).dump() +
                     (diag.items().empty() ? "" : "\n  " + diag.format())};
}

TEST(MustacheSpec, FailsExactlyTheListedCases) {
  const fs::path dir = spec_dir();
  ASSERT_TRUE(fs::is_directory(dir)) << "no spec at " << dir;
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(dir))
    if (entry.path().extension() == ".json") files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  ASSERT_FALSE(files.empty());

  std::set<std::string> expected_failures = read_expected_failures();
  std::set<std::string> seen;
  int total = 0, total_passed = 0;
  for (const auto& path : files) {
    std::ifstream in(path);
    const json spec = json::parse(in);
    const std::string file = path.filename().string();
    int passed = 0;
    for (const auto& test : spec["tests"]) {
      // ~inheritance.json names two cases alike: the second is "name (2)".
      const std::string name = test["name"];
      std::string key = file + ":" + name;
      for (int n = 2; seen.count(key); ++n) key = file + ":" + name + " (" + std::to_string(n) + ")";
      seen.insert(key);
      const Outcome outcome = run_case(file, test);
      const bool listed = expected_failures.erase(key) > 0;
      if (outcome.passed) ++passed;
      if (!outcome.passed && !listed)
        ADD_FAILURE() << key << " fails\n  template: " << test["template"].dump() << "\n  " << outcome.detail;
      if (outcome.passed && listed)
        ADD_FAILURE() << key << " now passes: remove it from " << expected_failures_file().filename();
    }
    const int count = static_cast<int>(spec["tests"].size());
    std::cout << file << ": " << passed << "/" << count << " passed\n";
    total += count;
    total_passed += passed;
  }
  std::cout << "all: " << total_passed << "/" << total << " passed\n";
  for (const auto& stale : expected_failures) ADD_FAILURE() << "listed but not in the spec: " << stale;
}

}  // namespace
}  // namespace vanthu::tmpl
