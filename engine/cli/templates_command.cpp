// `vanthu templates`: the built-in templates for a new user — each one's
// fields with their meaning and an example value, a starting data file
// (--example) and the JSON Schema of its data (--schema).
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "api/environment.h"
#include "cli/commands.h"
#include "core/atomic_file.h"
#include "template/catalog.h"
#include "template/field_schema.h"

namespace vanthu::cli {

namespace {

constexpr const char* kTemplatesUsage =
    "usage: vanthu templates                      list the templates and their fields\n"
    "       vanthu templates <name>               one template's fields\n"
    "       vanthu templates <name> --example [-o data.json]   a starting data file\n"
    "       vanthu templates <name> --schema [-o schema.json]  the JSON Schema (draft 2020-12) of its data\n";

void print_fields(const tmpl::TemplateInfo& t) {
  std::printf("%s\n  %s\n", t.name.c_str(), t.description.c_str());
  for (const auto& f : t.fields) {
    std::string line = "  " + f.path + " (" + f.kind + ")";
    if (auto h = t.help.find(f.path); h != t.help.end()) {
      if (!h->second.meaning.empty()) line += ": " + h->second.meaning;
      if (!h->second.example.is_null()) {
        std::string ex = h->second.example.dump(-1, ' ', false);
        if (ex.size() > 70) ex = ex.substr(0, 67) + "...";
        line += "  e.g. " + ex;
      }
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
  Diagnostics diag;
  if (name.empty()) {
    for (const auto& t : tmpl::builtin_templates(diag, EngineConfig::from_process().templates_dir)) {
      print_fields(t);
      std::printf("\n");
    }
    print_diagnostics(diag.format());
    return diag.has_errors() ? 1 : 0;
  }
  auto t = tmpl::load_template(name, diag, EngineConfig::from_process().templates_dir);
  if (!t) {
    print_diagnostics(diag.format());
    return 1;
  }
  if (!example && !schema) {
    print_fields(*t);
    return 0;
  }
  const std::string text = (example ? tmpl::example_data(*t).dump(2, ' ', false) : tmpl::field_schema(*t).dump(2, ' ', false)) + "\n";
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
    write_file_atomic(out, text);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "%s: error: %s\n", out.c_str(), e.what());
    return 1;
  }
  return 0;
}

}  // namespace vanthu::cli
