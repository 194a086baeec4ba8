#include <cctype>
#include <cstring>
#include <cstdio>
#include <filesystem>
#include <sstream>
#include <stdexcept>

#include "cli/commands.h"
#include "cli/services.h"
#include "cli/sign_options.h"
#include "vanthu/vanthu.hpp"

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

bool parse_margins(const std::string& s, RenderOptions& o) {
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

void print_messages(const std::vector<Message>& messages) {
  for (const auto& m : messages) std::fprintf(stderr, "%s\n", m.text().c_str());
}

int render_command(const std::vector<std::string>& args) {
  std::vector<std::string> positional, outputs;
  std::string markup_out;
  RenderOptions options;
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
      set_file_sync(false);
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
#ifndef VANTHU_SERVICES_PROGRAM
  if (sign.any()) {  // signing is a service (cli/services.h)
    std::vector<std::string> all{"render"};
    all.insert(all.end(), args.begin(), args.end());
    return hand_over_to_services(all);
  }
#endif
  if (const std::string why = check_output_paths(positional, outputs, markup_out); !why.empty()) {
    std::fprintf(stderr, "vanthu render: %s\n", why.c_str());
    return 2;
  }

  // Only the formats asked for (RenderOptions makes a DOCX by default).
  options.docx = options.pdf = false;
  for (const auto& o : outputs) (format_of(o) == Format::Docx ? options.docx : options.pdf) = true;
  options.markup = !markup_out.empty();
  try {
    Renderer renderer;
    RenderResult r = renderer.render_file(positional[0], positional[1], options);
    if (r.stage == RenderStage::input) {
      if (!r.failure.empty()) throw std::runtime_error(r.failure);
      print_messages(r.messages);
      return 1;
    }
    // A built-in template named by its name: its folder is an input too.
    if (const std::string why = check_output_paths({r.template_folder}, outputs, markup_out); !why.empty()) {
      std::fprintf(stderr, "vanthu render: %s\n", why.c_str());
      return 2;
    }
    if (r.stage == RenderStage::markup) {
      if (!r.failure.empty()) throw std::runtime_error(r.failure);
      print_messages(r.messages);
      return 1;
    }
    // Every output was produced in memory; all are staged beside their
    // targets, then renamed together: an error leaves no file and changes none.
    std::vector<std::pair<std::string, std::string>> files;
    if (!markup_out.empty()) {
      files.emplace_back(markup_out, r.markup);
      // --markup alone (no -o) is for inspecting a template: the markup is
      // the command's only output and is written even when it then fails to
      // parse, which the messages below report against its lines.
      if (outputs.empty()) write_files(files);
    }
    if (!r.failure.empty() && r.stage == RenderStage::document) throw std::runtime_error(r.failure);
    // Warnings too; a failure of the machine is the last message (said below).
    std::vector<Message> shown = r.messages;
    if (!r.failure.empty()) shown.pop_back();
    print_messages(shown);
    if (!r.failure.empty()) throw std::runtime_error(r.failure);
    if (!r.ok) return 1;
    for (size_t i = 0; i < outputs.size(); ++i) {
      const auto& o = outputs[i];
      std::string& made = format_of(o) == Format::Docx ? r.docx : r.pdf;
      // Moved out at its format's last output (no second copy of a long list).
      bool later = false;
      for (size_t j = i + 1; j < outputs.size(); ++j) later = later || format_of(outputs[j]) == format_of(o);
      std::string bytes = later ? made : std::move(made);
#ifdef VANTHU_SERVICES_PROGRAM
      if (sign.any() && format_of(o) == Format::Pdf) bytes = sign_with_options(bytes, o, sign);
#endif
      files.emplace_back(o, std::move(bytes));
    }
    if (!outputs.empty()) write_files(files);
    return 0;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "vanthu: error: %s\n", e.what());
    return 1;
  }
}

}  // namespace vanthu::cli
