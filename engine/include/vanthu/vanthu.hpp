// vanthu — the public C++ API of the engine that issues Vietnamese
// administrative documents (DOCX and PDF laid out as Nghị định 30/2020/NĐ-CP
// prescribes). Only the C++ standard library is used in this header.
//
//   #include <vanthu/vanthu.hpp>
//   vanthu::Renderer renderer;                          // one per thread
//   vanthu::RenderResult r = renderer.render("ke-hoach", json_text);
//   if (!r.ok) for (auto& m : r.messages) std::cerr << m.text() << "\n";
//   else write(r.pdf);
//
// Link with -lvanthu (pkg-config vanthu, or find_package(vanthu) and the
// target vanthu::vanthu). Programs in other languages use the C API,
// <vanthu/vanthu.h>.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#if defined(__GNUC__)
#define VANTHU_PUBLIC __attribute__((visibility("default")))
#else
#define VANTHU_PUBLIC
#endif

namespace vanthu {

// The library's version, "MAJOR.MINOR.PATCH".
VANTHU_PUBLIC const char* version();

// Where the engine finds its templates and fonts, and the clock it writes
// into documents. Empty fields take the defaults of the installation.
struct Environment {
  std::string templates_dir;  // built-in templates (default: <prefix>/share/vanthu/templates)
  std::string fonts_dir;      // folder with Liberation Serif (default: Debian's fonts-liberation2)
  // Creation time written into documents, seconds since 1970 (UTC); unset =
  // the document's own date, so the same input gives the same bytes.
  std::optional<long long> timestamp;

  // The defaults, with VANTHU_TEMPLATES and SOURCE_DATE_EPOCH when set.
  VANTHU_PUBLIC static Environment from_process();
};

// One problem with the input: an error stops the document, a warning does
// not. `where` is "file:line:col" or a JSON path such as "$.nguoi_ky.ho_ten".
struct Message {
  bool error = true;
  std::string where;
  std::string message;
  VANTHU_PUBLIC std::string text() const;  // "where: error: message", as the CLI prints it
};

struct RenderOptions {
  bool docx = true;
  bool pdf = false;
  std::string data_name = "data.json";  // how messages name the data
  // Page margins in mm; each must lie inside the decree's range.
  std::optional<double> margin_top, margin_bottom, margin_left, margin_right;
};

struct RenderResult {
  bool ok = false;
  std::vector<Message> messages;  // errors (when !ok) and warnings
  std::string docx;               // the files' bytes, as asked
  std::string pdf;
};

struct TemplateSummary {
  std::string name;         // "ke-hoach": what render() takes
  std::string type;         // document type ("ke-hoach", "quyet-dinh", …)
  std::string description;  // one line
};

// Renders documents from a built-in template (or a template folder) and JSON
// data. Not thread-safe: use one Renderer per thread.
class Renderer {
 public:
  VANTHU_PUBLIC explicit Renderer(const Environment& environment = Environment::from_process());
  VANTHU_PUBLIC ~Renderer();
  Renderer(const Renderer&) = delete;
  Renderer& operator=(const Renderer&) = delete;

  // `data_json` is the text of a JSON object (UTF-8). Never throws for bad
  // input: the messages say what is wrong and where.
  VANTHU_PUBLIC RenderResult render(std::string_view template_name, std::string_view data_json,
                                    const RenderOptions& options = {});
  VANTHU_PUBLIC std::vector<TemplateSummary> templates() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// One finding of the Nghị định 30 checker.
struct Finding {
  std::string rule;     // the decree's clause: "PL1.II.4.b"
  std::string check;    // stable name of the test: "date.padding"
  bool error = true;    // false: a warning
  int paragraph = 0;    // 1-based paragraph of word/document.xml (0: the whole file)
  std::string excerpt;  // the paragraph's text, shortened
  std::string message;
  std::string fix;
};

struct CheckResult {
  bool readable = false;  // false: not a DOCX the checker can read (see `error`)
  std::string error;
  std::vector<Finding> findings;
  std::string json;       // the findings as the CLI's `--format json` prints them
  bool clean() const { return readable && findings.empty(); }
};

// Checks any DOCX (held in memory) against Nghị định 30. Thread-safe.
VANTHU_PUBLIC CheckResult check_docx(std::string_view docx_bytes, const std::string& name = "document.docx",
                                     const Environment& environment = Environment::from_process());

// One document per record of a JSON list (a decision per person). Files are
// written into `out_dir` on all cores; see docs/batch.md.
struct BatchRequest {
  std::string template_name;
  std::string data_path;          // JSON file holding the shared data and the list
  std::string each = "$";         // JSON path of the list ("$.danh_sach")
  std::string out_dir;            // one file per record
  bool docx = true, pdf = false;
  std::string name_pattern = "{{stt}}";  // file names, Mustache over the record
  std::optional<long long> start_number;  // record i gets "so" = start + i
  std::string combine;            // one .docx or .pdf with every record ("" = none)
  bool keep_going = false;        // go on after a failing record
  unsigned jobs = 0;              // worker threads; 0 = one per core
};

struct BatchResult {
  bool ok = false;
  size_t total = 0, succeeded = 0, failed = 0, files = 0;
  std::vector<Message> messages;  // problems before the batch started, and per record
};

VANTHU_PUBLIC BatchResult run_batch(const BatchRequest& request,
                                    const Environment& environment = Environment::from_process());

}  // namespace vanthu
