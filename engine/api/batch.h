// Batch issuing: one document per record of a JSON list (a decision per
// person), each record merged over the shared top-level data, written as
// separate files with names made from a Mustache pattern, or combined into
// one file where every record starts on a new page with its own page
// numbering. Records are built in parallel, one Engine per worker thread
// (an Engine and its FontSystem are not thread-safe). See docs/batch.md.
#pragma once

#include <atomic>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/status.h"
#include "api/engine.h"

namespace vanthu::batch {

enum class Format { Docx, Pdf, Both };

struct Options {
  std::string template_name;  // built-in name or template folder
  std::string data_path;      // JSON data file ("-" = standard input)
  std::string each = "$";     // JSON path of the list of records ("$.danh_sach")
  std::string out_dir;        // folder for one file per record; "" = none (needs `combine`)
  Format format = Format::Docx;
  std::string name_pattern = "{{stt}}";     // Mustache over the record, plus stt and vt
  std::optional<long long> start_number;    // record i gets "so" = start + i
  std::string combine;        // one .docx or .pdf holding every record; "" = none
  bool keep_going = false;    // go on after a failing record
  unsigned jobs = 0;          // worker threads; 0 = one per core
  bool transliterate = false; // ASCII file names (ICU "Any-Latin; Latin-ASCII")
  bool resume = false;     // skip records whose files are there and intact (batch manifest)
  bool overwrite = false;  // replace files in the folder that no batch wrote
  BuildOptions build;
  EngineConfig config = EngineConfig::from_process();  // templates, fonts, clock
  // Set (e.g. from a SIGINT handler) to stop: workers finish the file they
  // are writing and take no new record. Optional.
  const std::atomic<bool>* cancel = nullptr;
};

struct Progress {
  size_t done = 0;    // records finished (written or failed)
  size_t failed = 0;
  size_t total = 0;
  double elapsed_s = 0;
};

struct Failure {
  size_t index = 0;              // 0-based, as in the JSON path
  std::vector<std::string> lines;  // diagnostics, JSON paths relative to the data file
};

struct Result {
  size_t total = 0;      // records in the list
  size_t succeeded = 0;  // documents built (and written, unless combining failed)
  size_t failed = 0;
  size_t files = 0;      // files written
  size_t skipped = 0;    // records left as they were (--resume: files there and intact)
  size_t stale_removed = 0;  // temporary files of a killed run removed (--resume)
  bool stopped = false;  // stopped at a failure (no --keep-going)
  bool cancelled = false;  // stopped by Options::cancel
  double seconds = 0;
  std::vector<Failure> failures;       // sorted by index
  std::vector<std::string> warnings;   // each distinct warning once
};

// The JSON path syntax --each accepts: "$", "$.a.b", "$.a[2].b". Returns the
// steps (object keys, or "[n]" for array indices), or nullopt if malformed.
std::optional<std::vector<std::string>> parse_each_path(const std::string& path);

// Checks a file-name pattern (Mustache syntax) before any work starts.
bool check_name_pattern(const std::string& pattern, Diagnostics& diag);

// Runs the batch. Problems that stop it before any record is built (the
// template, the data file, the --each path, the output folder) go to `diag`
// and give a Result with total == 0. `progress` is called from the calling
// thread, about ten times a second and once at the end.
Result run(const Options& options, Diagnostics& diag, const std::function<void(const Progress&)>& progress = {});

// A file name made safe (exposed for tests): NFC; bidi controls, zero-width
// and other invisible characters removed; path separators, reserved
// and control characters become "-"; white space collapsed; no leading dots
// or dashes, no trailing dots; Windows device names prefixed with "_";
// at most `max_bytes` of UTF-8, cut between characters; with `ascii`,
// transliterated by ICU's "Any-Latin; Latin-ASCII" and anything left that is
// not ASCII dropped. May return "" (the caller then uses a fallback name).
std::string safe_file_name(const std::string& name, bool ascii, size_t max_bytes = 150);

}  // namespace vanthu::batch
