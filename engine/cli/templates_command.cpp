// `vanthu templates`: the built-in templates for a new user — each one's
// fields with their meaning and an example value, a starting data file
// (--example) and the JSON Schema of its data (--schema).
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "vanthu/vanthu.hpp"

namespace vanthu::cli {

namespace {

constexpr const char* kTemplatesUsage =
    "usage: vanthu templates                      list the templates and their fields\n"
    "       vanthu templates <name>               one template's fields\n"
    "       vanthu templates <name> --example [-o data.json]   a starting data file\n"
    "       vanthu templates <name> --schema [-o schema.json]  the JSON Schema (draft 2020-12) of its data\n";

void print_fields(const TemplateInfo& t) {
  std::printf("%s\n  %s\n", t.name.c_str(), t.description.c_str());
  for (const auto& f : t.fields) {
    std::string line = "  " + f.path + " (" + f.kind + ")";
    if (!f.meaning.empty()) line += ": " + f.meaning;
    if (!f.example.empty()) {
      std::string ex = f.example;
      if (ex.size() > 70) ex = ex.substr(0, 67) + "...";
      line += "  e.g. " + ex;
    }
    std::printf("%s\n", line.c_str());
  }
}

}  // namespace

int templates_command(const std::vector<std::string>& args) {
  std::string name, out;
  bool example = false, schema = false;
  for (size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--example") example = true;
    else if (args[i] == "--schema") schema = true;
    else if (args[i] == "-o" && i + 1 < args.size()) out = args[++i];
    else if (!args[i].empty() && args[i][0] != '-' && name.empty()) name = args[i];
    else {
      std::fputs(kTemplatesUsage, stderr);
      return 2;
    }
  }
  if ((example || schema) && (name.empty() || (example && schema))) {
    std::fputs(kTemplatesUsage, stderr);
    return 2;
  }
  std::vector<Message> messages;
  auto has_errors = [&] {
    for (const auto& m : messages)
      if (m.error) return true;
    return false;
  };
  if (name.empty()) {
    for (const auto& t : list_templates(&messages)) {
      print_fields(t);
      std::printf("\n");
    }
    print_messages(messages);
    return has_errors() ? 1 : 0;
  }
  auto t = find_template(name, &messages);
  if (!t) {
    print_messages(messages);
    return 1;
  }
  if (!example && !schema) {
    print_fields(*t);
    return 0;
  }
  const std::string text = (example ? example_data(name) : template_schema(name)) + "\n";
  if (out.empty()) {
    std::fputs(text.c_str(), stdout);
    return 0;
  }
  // Never overwrite the user's data file: a starting file is written only where none is.
  std::error_code ec;
  if (std::filesystem::exists(out, ec)) {
    std::fprintf(stderr, "%s: error: the file exists; vanthu does not overwrite it\n", out.c_str());
    return 1;
  }
  try {
    write_files({{out, text}});
  } catch (const std::exception& e) {
    std::fprintf(stderr, "%s: error: %s\n", out.c_str(), e.what());
    return 1;
  }
  return 0;
}

}  // namespace vanthu::cli
