#include <cctype>
#include <cstring>
#include <cstdio>
#include <filesystem>
#include <sstream>

#include "cli/commands.h"
#include "api/engine.h"
#include "cli/sign_options.h"
#include "core/output_set.h"

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

// The outputs must not name an input (--markup data.json would overwrite
// the user's data) nor each other; the markup must end in .xml. Returns the
// problem, or "".
std::string check_output_paths(const std::vector<std::string>& inputs, const std::vector<std::string>& outputs,
                               const std::string& markup) {
  namespace fs = std::filesystem;
  auto same = [](const std::string& a, const std::string& b) {
    std::error_code ec;
    if (fs::exists(a, ec) && fs::exists(b, ec)) return fs::equivalent(a, b, ec);
    return fs::weakly_canonical(a, ec) == fs::weakly_canonical(b, ec);
  };
  std::vector<std::string> all = outputs;
  if (!markup.empty()) {
    const std::string tail = markup.size() >= 4 ? markup.substr(markup.size() - 4) : markup;
    if (tail != ".xml" && tail != ".XML") return markup + ": the markup file (--markup) must end in .xml";
    all.push_back(markup);
  }
  for (size_t i = 0; i < all.size(); ++i) {
    for (const std::string& in : inputs) {
      std::error_code ec;
      if (in == "-") continue;
      if (same(all[i], in)) return all[i] + ": is an input of this command; choose another output name";
      // A template folder: none of its files may be overwritten either.
      if (fs::is_directory(in, ec))
        for (const auto& e : fs::directory_iterator(in, ec))
          if (same(all[i], e.path().string())) return all[i] + ": is a file of the template; choose another output name";
    }
    for (size_t k = 0; k < i; ++k)
      if (same(all[i], all[k])) return all[i] + ": is named twice as an output";
  }
  return {};
}

}  // namespace

void print_diagnostics(const std::string& text) { std::fputs(text.c_str(), stderr); }

int render_command(const std::vector<std::string>& args) {
  std::vector<std::string> positional, outputs;
  std::string markup_out;
  BuildOptions options;
  SignOptions sign;  // a key given: the PDF outputs are signed (docs/signing.md)
  for (size_t i = 0; i < args.size(); ++i) {
    if (const int taken = take_sign_option("render", args, i, sign)) {
      if (taken < 0) return 2;
      continue;
    }
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
    } else if (a == "--no-sync") {
      set_sync_outputs(false);
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
  if (sign.any() && !check_sign_options("render", sign)) return 2;
  bool any_pdf = false;
  for (const auto& o : outputs) any_pdf = any_pdf || format_of(o) == Format::Pdf;
  if (sign.any() && !any_pdf) {
    std::fprintf(stderr, "vanthu render: the signing options need a .pdf output\n");
    return 2;
  }
  if (const std::string why = check_output_paths(positional, outputs, markup_out); !why.empty()) {
    std::fprintf(stderr, "vanthu render: %s\n", why.c_str());
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
    // A built-in template named by its name: its folder is an input too.
    const std::string tpl_dir = std::filesystem::path(tpl->markup_path).parent_path().string();
    if (const std::string why = check_output_paths({tpl_dir}, outputs, markup_out); !why.empty()) {
      std::fprintf(stderr, "vanthu render: %s\n", why.c_str());
      return 2;
    }
    // Every output is produced in memory, staged beside its target, then
    // all are renamed together: an error leaves no file and changes none.
    OutputSet files;
    if (!markup_out.empty()) {
      Diagnostics md;
      const std::string xml = engine.markup(*tpl, data, md);
      if (md.has_errors()) {
        print_diagnostics(md.format());
        return 1;
      }
      files.stage(markup_out, xml);
      // --markup alone (no -o) is for inspecting a template: the markup is
      // the command's only output and is written even when it then fails to
      // parse, which the diagnostics below report against its lines.
      if (outputs.empty()) files.commit();
    }
    auto doc = engine.build(*tpl, std::move(data), positional[1], diag, options);
    print_diagnostics(diag.format());  // warnings too
    if (!doc) return 1;
    for (size_t i = 0; i < outputs.size(); ++i) {
      const auto& o = outputs[i];
      // The last output consumes the document: it is freed as soon as the writer is done with it.
      std::string bytes = i + 1 < outputs.size()
                              ? (format_of(o) == Format::Docx ? engine.to_docx(*doc) : engine.to_pdf(*doc))
                              : (format_of(o) == Format::Docx ? engine.to_docx(std::move(*doc))
                                                              : engine.to_pdf(std::move(*doc)));
      if (sign.any() && format_of(o) == Format::Pdf) bytes = sign_with_options(bytes, o, sign);
      files.stage(o, std::move(bytes));
    }
    files.commit();
    return 0;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "vanthu: error: %s\n", e.what());
    return 1;
  }
}

}  // namespace vanthu::cli
