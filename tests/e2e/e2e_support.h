// Helpers for end-to-end tests: run the vanthu binary and the tools a user
// would use (LibreOffice, pdftotext), read DOCX packages, temporary folders.
#pragma once

#include <sys/wait.h>
#include <zip.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "core/unicode.h"

namespace vanthu::test {

namespace fs = std::filesystem;

inline std::string env_or(const char* name, const std::string& fallback) {
  const char* v = std::getenv(name);
  return v && *v ? v : fallback;
}
#ifndef VANTHU_TEST_SOURCE_DIR
#define VANTHU_TEST_SOURCE_DIR "."
#endif
#ifndef VANTHU_TEST_BINARY
#define VANTHU_TEST_BINARY "vanthu"
#endif
inline std::string source_dir() { return env_or("VANTHU_SOURCE_DIR", VANTHU_TEST_SOURCE_DIR); }
inline std::string vanthu_binary() { return env_or("VANTHU_BINARY", VANTHU_TEST_BINARY); }

struct RunResult {
  int status = -1;
  std::string out;  // stdout and stderr together
};

// Runs a shell command line, capturing its output.
inline RunResult run(const std::string& cmd) {
  RunResult r;
  FILE* p = popen((cmd + " 2>&1").c_str(), "r");
  if (!p) return r;
  std::array<char, 4096> buf{};
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) r.out.append(buf.data(), n);
  const int st = pclose(p);
  r.status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
  return r;
}

inline std::string quote(const std::string& s) {
  std::string q = "'";
  for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return q + "'";
}

inline bool have_tool(const std::string& name) { return run("command -v " + name + " >/dev/null").status == 0; }

// A fresh temporary folder, removed with the object.
struct TempDir {
  fs::path path;
  TempDir() {
    std::random_device rd;
    path = fs::temp_directory_path() / ("vanthu-test-" + std::to_string(rd()) + std::to_string(rd()));
    fs::create_directories(path);
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
  std::string operator/(const std::string& name) const { return (path / name).string(); }
};

inline std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Every example data file (examples/*/data*.json) with the template named in
// its folder's `template` file, sorted by path.
struct Example {
  std::string tpl, data;
};
inline std::vector<Example> examples() {
  std::vector<Example> out;
  for (const auto& dir : fs::directory_iterator(source_dir() + "/examples")) {
    if (!dir.is_directory() || !fs::exists(dir.path() / "template")) continue;
    const std::string tpl = text::collapse_spaces(slurp((dir.path() / "template").string()));
    for (const auto& f : fs::directory_iterator(dir.path()))
      if (f.path().filename().string().rfind("data", 0) == 0 && f.path().extension() == ".json")
        out.push_back({tpl, f.path().string()});
  }
  std::sort(out.begin(), out.end(), [](const Example& a, const Example& b) { return a.data < b.data; });
  return out;
}

inline void write(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary);
  out << bytes;
}

// The entries of a zip package, in order, by name.
inline std::vector<std::pair<std::string, std::string>> zip_entries(const std::string& path) {
  std::vector<std::pair<std::string, std::string>> out;
  int err = 0;
  zip_t* z = zip_open(path.c_str(), ZIP_RDONLY, &err);
  if (!z) return out;
  const zip_int64_t n = zip_get_num_entries(z, 0);
  for (zip_int64_t i = 0; i < n; ++i) {
    zip_stat_t st;
    zip_stat_index(z, i, 0, &st);
    std::string data(st.size, '\0');
    zip_file_t* f = zip_fopen_index(z, i, 0);
    if (f) {
      zip_fread(f, data.data(), st.size);
      zip_fclose(f);
    }
    out.emplace_back(st.name, std::move(data));
  }
  zip_close(z);
  return out;
}

// LibreOffice converts `docx` to PDF in `outdir` with its own profile (so
// parallel tests and a user's LibreOffice do not collide). Returns the PDF path or "".
inline std::string soffice_to_pdf(const std::string& docx, const std::string& outdir) {
  const std::string profile = "file://" + outdir + "/lo-profile";
  RunResult r = run("soffice -env:UserInstallation=" + profile + " --headless --convert-to pdf --outdir " + quote(outdir) +
              " " + quote(docx));
  const std::string pdf = (fs::path(outdir) / fs::path(docx).stem()).string() + ".pdf";
  return fs::exists(pdf) ? pdf : std::string();
}

inline std::string pdftotext(const std::string& pdf, const std::string& args = "") {
  return run("pdftotext " + args + " " + quote(pdf) + " -").out;
}

// Collapses white space and folds case (Vietnamese-aware), for comparing text.
inline std::string fold(const std::string& s) { return text::collapse_spaces(text::lower(text::nfc(s))); }

}  // namespace vanthu::test
