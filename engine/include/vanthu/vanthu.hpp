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

#include <atomic>
#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
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
  // Also the markup the template produced (after Mustache), for inspecting a
  // template: RenderResult::markup.
  bool markup = false;
  std::string data_name = "data.json";  // how messages name the data (render(); render_file() uses the path)
  // Page margins in mm; each must lie inside the decree's range.
  std::optional<double> margin_top, margin_bottom, margin_left, margin_right;
};

// How far a rendering got; where it stopped when it failed.
enum class RenderStage {
  input,     // reading the template or the data
  markup,    // making the markup (only with RenderOptions::markup)
  document,  // building the document
  output,    // writing the DOCX / PDF bytes
  done,      // every output asked for is in the result
};

struct RenderResult {
  bool ok = false;
  RenderStage stage = RenderStage::input;  // `done` when ok
  // Errors (when !ok) and warnings. When the stage stopped on the markup,
  // the markup's own messages only.
  std::vector<Message> messages;
  std::string docx;               // the files' bytes, as asked
  std::string pdf;
  std::string markup;             // with RenderOptions::markup, once made (even if it then fails to parse)
  std::string template_folder;    // the template's folder, once the template was read
  // A failure of the machine (I/O, fonts: an exception), not of the input:
  // its text. It is then also the last of `messages`.
  std::string failure;
};

struct TemplateSummary {
  std::string name;         // "ke-hoach": what render() takes
  std::string type;         // document type ("ke-hoach", "quyet-dinh", …)
  std::string description;  // one line
};

// One field a template's data may have.
struct TemplateField {
  std::string path;     // "$.nguoi_ky.ho_ten", "$.noi_dung[*].tieu_de"
  std::string kind;     // "string", "text", "integer", "date", …; a trailing "?" = optional
  std::string meaning;  // one line ("" = none given)
  std::string example;  // an example value as compact JSON text ("" = none given)
};

// A template described for its user (`vanthu templates`).
struct TemplateInfo {
  std::string name;
  std::string type;
  std::string description;
  std::string folder;                // where its files are
  std::vector<TemplateField> fields;  // as the template declares them
};

// The built-in templates with their fields. `messages` (optional) receives
// the problems with templates that could not be read.
VANTHU_PUBLIC std::vector<TemplateInfo> list_templates(std::vector<Message>* messages = nullptr,
                                                       const Environment& environment = Environment::from_process());
// One template, by built-in name or folder; nullopt (and why, in `messages`)
// when it cannot be read.
VANTHU_PUBLIC std::optional<TemplateInfo> find_template(std::string_view name, std::vector<Message>* messages = nullptr,
                                                        const Environment& environment = Environment::from_process());
// The JSON Schema (draft 2020-12) of a template's data, and a starting data
// file, as JSON text indented by two spaces (no final newline); "" when the
// template cannot be read (find_template says why).
VANTHU_PUBLIC std::string template_schema(std::string_view name,
                                          const Environment& environment = Environment::from_process());
VANTHU_PUBLIC std::string example_data(std::string_view name,
                                       const Environment& environment = Environment::from_process());

// Writes every file or none: each is staged beside its target, then all are
// renamed into place (a target replaced before a failure is restored).
// Throws std::runtime_error naming the file.
VANTHU_PUBLIC void write_files(const std::vector<std::pair<std::string, std::string>>& path_and_bytes);
// Whether the files the library writes (write_files, run_batch) are synced to
// disk before they are renamed into place; process-wide, on by default
// (off: faster, unsafe on power loss; the CLI's --no-sync).
VANTHU_PUBLIC void set_file_sync(bool sync);

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
  // The same with the data read from a file ("-" = standard input), with the
  // size limit checked while reading; messages name the file by `data_path`.
  VANTHU_PUBLIC RenderResult render_file(std::string_view template_name, const std::string& data_path,
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

struct CheckOptions {
  enum class Format { json, text, sarif };
  Format format = Format::json;  // of CheckResult::report
};

struct CheckResult {
  bool readable = false;  // false: not a DOCX the checker can read (see `error`)
  // Why not: "<name>: cannot read: <reason>" (check_docx_file: or the reason
  // the file could not be read).
  std::string error;
  std::vector<Finding> findings;
  std::string json;       // the findings as the CLI's `--format json` prints them
  std::string report;     // the findings in CheckOptions::format (text: one line each; sarif: a SARIF 2.1.0 log)
  std::string parts;      // what was recognised, one line per part (`vanthu check --parts`)
  std::string kind;       // the kind of document recognised ("" = none)
  int documents = 0;      // documents recognised (header tables with a Quốc hiệu)
  int paragraphs = 0;     // paragraphs read
  std::string measuring_note;  // which font the widths were measured with, when the document names others
  std::string fonts_error;     // the fonts could not be loaded: the checks that need widths were skipped
  bool clean() const { return readable && findings.empty(); }
};

// Checks any DOCX (held in memory) against Nghị định 30. Thread-safe.
VANTHU_PUBLIC CheckResult check_docx(std::string_view docx_bytes, const std::string& name = "document.docx",
                                     const Environment& environment = Environment::from_process());
VANTHU_PUBLIC CheckResult check_docx(std::string_view docx_bytes, const std::string& name, const CheckOptions& options,
                                     const Environment& environment = Environment::from_process());
// The same for a file (read up to the checker's size limit); messages name it by `path`.
VANTHU_PUBLIC CheckResult check_docx_file(const std::string& path, const CheckOptions& options = {},
                                          const Environment& environment = Environment::from_process());

struct BatchProgress {
  size_t done = 0;  // records finished (written or failed)
  size_t failed = 0;
  size_t total = 0;
  double elapsed_s = 0;
};

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
  bool transliterate = false;     // ASCII file names (Nguyễn Đức -> Nguyen Duc)
  bool resume = false;            // skip records whose files are there and intact
  bool overwrite = false;         // replace files in the folder that no batch wrote
  // Set (e.g. from a signal handler) to stop: the files being written are
  // completed, no new record is taken. Optional.
  const std::atomic<bool>* cancel = nullptr;
  // Called on the calling thread about ten times a second and at the end.
  std::function<void(const BatchProgress&)> progress;

  // The JSON paths `each` accepts: "$", "$.a.b", "$.a[2].b".
  VANTHU_PUBLIC static bool valid_each(std::string_view each);
  // The problems of a file-name pattern (Mustache syntax); empty when usable.
  VANTHU_PUBLIC static std::vector<Message> check_name_pattern(const std::string& pattern);
};

struct BatchFailure {
  size_t index = 0;                // the record, 0-based (total: the batch itself)
  std::vector<std::string> lines;  // its messages, JSON paths relative to the data file
};

struct BatchResult {
  bool ok = false;
  size_t total = 0, succeeded = 0, failed = 0, files = 0;
  std::vector<Message> messages;  // problems before the batch started, and per record
  // The same, structured (what `vanthu batch` prints):
  std::vector<Message> setup;          // problems before any record was built (then total == 0)
  std::vector<BatchFailure> failures;  // by record
  std::vector<std::string> warnings;   // each distinct warning once
  size_t skipped = 0;                  // records whose files were there and intact (resume)
  size_t stale_removed = 0;            // temporary files of an interrupted run removed (resume)
  bool stopped = false;                // stopped at the first failure (no keep_going)
  bool cancelled = false;              // stopped by `cancel`
  double seconds = 0;
};

VANTHU_PUBLIC BatchResult run_batch(const BatchRequest& request,
                                    const Environment& environment = Environment::from_process());

}  // namespace vanthu
