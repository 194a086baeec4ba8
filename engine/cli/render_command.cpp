#include <cctype>
#include <cstring>
#include <cstdio>
#include <sstream>

#include "cli/commands.h"
#include "core/atomic_file.h"
#include "vanthu/vanthu.h"

namespace vanthu::cli {

namespace {

enum class Format { Docx, Pdf, Unknown };

Format format_of(const std::string& path) {
  auto ends = [&](const char* ext) {
    const size_t n = std::strlen(ext);
    if (path.size() < n) return false;
    std::string tail = path.substr(path.size() - n);
    for (char& c : tail) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return tail == ext;
  };
  if (ends(".docx")) return Format::Docx;
  if (ends(".pdf")) return Format::Pdf;
  return Format::Unknown;
}

bool parse_margins(const std::string& s, BuildOptions& o) {
  std::vector<double> v;
  std::stringstream ss(s);
  std::string part;
  while (std::getline(ss, part, ',')) {
    try {
      size_t used = 0;
      v.push_back(std::stod(part, &used));
      if (used != part.size()) return false;
    } catch (...) {
      return false;
    }
  }
  if (v.size() != 4) return false;
  o.margin_top = v[0];
  o.margin_bottom = v[1];
  o.margin_left = v[2];
  o.margin_right = v[3];
  return true;
}

}  // namespace

void print_diagnostics(const std::string& text) { std::fputs(text.c_str(), stderr); }

int render_command(const std::vector<std::string>& args) {
  std::vector<std::string> positional, outputs;
  std::string markup_out;
  BuildOptions options;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    auto value = [&](const char* what) -> const std::string* {
      if (i + 1 >= args.size()) {
        std::fprintf(stderr, "vanthu render: %s needs a value\n", what);
        return nullptr;
      }
      return &args[++i];
    };
    if (a == "-o" || a == "--output") {
      const std::string* v = value("-o");
      if (!v) return 2;
      outputs.push_back(*v);
    } else if (a == "--margins") {
      const std::string* v = value("--margins");
      if (!v) return 2;
      if (!parse_margins(*v, options)) {
        std::fprintf(stderr, "vanthu render: --margins takes four numbers in mm: T,B,L,R (e.g. 20,20,30,15)\n");
        return 2;
      }
    } else if (a == "--markup") {
      const std::string* v = value("--markup");
      if (!v) return 2;
      markup_out = *v;
    } else if (a.size() > 1 && a[0] == '-' && a != "-") {
      std::fprintf(stderr, "vanthu render: unknown option %s (see vanthu --help)\n", a.c_str());
      return 2;
    } else {
      positional.push_back(a);
    }
  }
  if (positional.size() != 2 || (outputs.empty() && markup_out.empty())) {
    std::fprintf(stderr, "usage: vanthu render <template> <data.json> -o <out.docx|out.pdf> [-o <out2>]\n");
    return 2;
  }
  for (const auto& o : outputs)
    if (format_of(o) == Format::Unknown) {
      std::fprintf(stderr, "vanthu render: %s: the output must end in .docx or .pdf\n", o.c_str());
      return 2;
    }

  try {
    Engine engine;
    Diagnostics diag;
    auto tpl = engine.load_template(positional[0], diag);
    nlohmann::json data = engine.load_data(positional[1], diag);
    if (diag.has_errors() || !tpl) {
      print_diagnostics(diag.format());
      return 1;
    }
    if (!markup_out.empty()) {
      Diagnostics md;
      const std::string xml = engine.markup(*tpl, data, md);
      if (md.has_errors()) {
        print_diagnostics(md.format());
        return 1;
      }
      write_file_atomic(markup_out, xml);
    }
    auto doc = engine.build(*tpl, std::move(data), positional[1], diag, options);
    print_diagnostics(diag.format());  // warnings too
    if (!doc) return 1;
    // Every output is produced in memory first: an error leaves no file.
    std::vector<std::pair<std::string, std::string>> files;
    for (const auto& o : outputs)
      files.emplace_back(o, format_of(o) == Format::Docx ? engine.to_docx(*doc) : engine.to_pdf(*doc));
    for (const auto& [path, bytes] : files) write_file_atomic(path, bytes);
    return 0;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "vanthu: error: %s\n", e.what());
    return 1;
  }
}

}  // namespace vanthu::cli
