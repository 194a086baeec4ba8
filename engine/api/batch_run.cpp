// The batch runner: loads the template and data once, names every record's
// files, then builds the records on worker threads (one Engine each) and
// writes each file atomically, or keeps the documents to combine them.
#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <exception>
#include <filesystem>
#include <iostream>
#include <iterator>
#include <mutex>
#include <set>
#include <thread>

#include "api/batch.h"
#include "api/batch_detail.h"
#include "api/batch_folder.h"
#include "core/output_set.h"
#include "core/atomic_file.h"
#include "derive/derive.h"
#include "template/catalog.h"
#include "template/data.h"

namespace vanthu::batch {

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

bool ends_with(const std::string& s, const char* ext) {
  const size_t n = std::char_traits<char>::length(ext);
  if (s.size() < n) return false;
  std::string tail = s.substr(s.size() - n);
  for (char& c : tail) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return tail == ext;
}

// The shared state of one run.
struct Run {
  const Options& o;
  const tmpl::TemplateInfo& tpl;
  const detail::Records& records;
  const std::vector<std::string>& names;  // file stems by record (empty when not writing files)
  // The dates of each record as naming parsed them (derive::parse_dates),
  // handed to the build so it parses none again; empty when naming read
  // no record field.
  const std::vector<tmpl::DataDates>& dates;
  const bool keep_documents;              // --combine
  detail::OutputFolder* folder = nullptr;  // the locked output folder (when writing files)
  std::string template_hash;              // of the markup, part of each record's input hash
  std::vector<std::optional<model::Document>> documents;

  std::atomic<size_t> next{0};
  std::atomic<size_t> done{0};
  std::atomic<size_t> failed{0};
  std::atomic<size_t> files{0};
  std::atomic<size_t> succeeded{0};
  std::atomic<size_t> skipped{0};
  std::atomic<bool> stop{false};

  std::mutex mutex;        // guards the vectors below and `workers_left`
  std::condition_variable wake;
  size_t workers_left = 0;
  std::vector<Failure> failures;
  std::set<std::string> warnings;

  Run(const Options& o, const tmpl::TemplateInfo& tpl, const detail::Records& r, const std::vector<std::string>& names,
      const std::vector<tmpl::DataDates>& dates, bool keep)
      : o(o), tpl(tpl), records(r), names(names), dates(dates), keep_documents(keep) {
    if (keep) documents.resize(r.list.size());
  }

  void fail(size_t index, std::vector<std::string> lines) {
    failed.fetch_add(1);
    if (!o.keep_going) stop.store(true);
    std::lock_guard<std::mutex> lock(mutex);
    failures.push_back({index, std::move(lines)});
  }

  // Builds record `i` and writes its files (all formats produced in memory
  // first, so a failure leaves no file of that record).
  void record(Engine& engine, size_t i) {
    const nlohmann::json& rec = records.list[i];
    if (!rec.is_object()) {
      fail(i, {o.each + "[" + std::to_string(i) + "]: error: a record must be a JSON object, not " +
               std::string(rec.type_name())});
      return;
    }
    nlohmann::json data = detail::merge_record(records.shared, rec);
    if (o.start_number) data["so"] = *o.start_number + static_cast<long long>(i);
    // What the record's files are made from: the template, the merged
    // record, the format and the layout options.
    std::vector<std::string> file_names;
    std::string input_hash;
    if (!names.empty()) {
      if (o.format != Format::Pdf) file_names.push_back(names[i] + ".docx");
      if (o.format != Format::Docx) file_names.push_back(names[i] + ".pdf");
      const BuildOptions& b = o.build;
      auto mm = [](const std::optional<double>& v) { return v ? std::to_string(*v) : std::string("-"); };
      input_hash = detail::sha256_hex(template_hash + "\n" + data.dump() + "\n" + std::to_string(static_cast<int>(o.format)) +
                                      "\n" + mm(b.margin_top) + "," + mm(b.margin_bottom) + "," + mm(b.margin_left) + "," +
                                      mm(b.margin_right));
      if (o.resume && !keep_documents && folder->up_to_date(file_names, input_hash)) {
        skipped.fetch_add(1);
        succeeded.fetch_add(1);
        return;
      }
    }
    Diagnostics diag;
    std::optional<model::Document> doc =
        engine.build(tpl, std::move(data), o.data_path, diag, o.build, dates.empty() ? nullptr : &dates[i]);
    std::vector<std::string> lines;
    for (const auto& d : diag.items()) {
      Diagnostic placed = d;
      placed.where = detail::relocate(d.where, rec, o.each, i);
      if (d.severity == Diagnostic::Severity::Error) {
        lines.push_back(placed.format());
      } else {
        std::lock_guard<std::mutex> lock(mutex);
        warnings.insert(placed.format());
      }
    }
    if (!doc) {
      if (lines.empty()) lines.push_back("error: the document could not be built");
      fail(i, std::move(lines));
      return;
    }
    if (!names.empty()) {
      // Both formats staged, then renamed together: a failure leaves no
      // file of the record (OutputSet never touches the process umask).
      std::vector<std::pair<std::string, std::string>> out;
      for (const std::string& f : file_names)
        out.emplace_back(f, f.size() > 4 && f.compare(f.size() - 4, 4, ".pdf") == 0 ? engine.to_pdf(*doc) : engine.to_docx(*doc));
      OutputSet staged;
      for (const auto& [name, bytes] : out) staged.stage((fs::path(o.out_dir) / name).string(), bytes);
      folder->begin(file_names);
      staged.commit();
      folder->done(out, input_hash);
      files.fetch_add(out.size());
    }
    if (keep_documents) documents[i] = std::move(*doc);
    succeeded.fetch_add(1);
  }

  void worker() {
    try {
      Engine engine(o.config);
      engine.set_batch_fonts(true);  // one font program per face for most documents (pdf_writer.h)
      for (;;) {
        if (stop.load() || (o.cancel && o.cancel->load())) break;
        const size_t i = next.fetch_add(1);
        if (i >= records.list.size()) break;
        try {
          record(engine, i);
        } catch (const std::exception& e) {
          fail(i, {"error: " + std::string(e.what())});
        }
        done.fetch_add(1);
      }
    } catch (const std::exception& e) {  // the Engine itself could not start (fonts)
      fail(records.list.size(), {"error: " + std::string(e.what())});
      stop.store(true);
    }
    std::lock_guard<std::mutex> lock(mutex);
    --workers_left;
    wake.notify_all();
  }
};

// The file stem of every record. Rendering the --name pattern over the
// merged record is the costly part and runs on `jobs` threads (a Namer
// each); names are then made unique in record order, so collisions are
// settled as if named one by one. A pattern that reads the record needs its
// derived values (vt.*): the record's dates are parsed for them by the derive
// stage's parse_dates and kept in `dates` for the build.
std::vector<std::string> file_names(const Options& o, const tmpl::TemplateInfo& tpl, const detail::Records& records,
                                    unsigned jobs, std::vector<std::string>& warnings,
                                    std::vector<tmpl::DataDates>& dates) {
  const size_t n = records.list.size();
  std::vector<std::string> stems(n);
  if (detail::Namer(o.name_pattern, o.transliterate).needs_record()) dates.resize(n);
  std::vector<std::exception_ptr> errors(jobs);
  auto make_stems = [&](unsigned k) {
    try {
      detail::Namer namer(o.name_pattern, o.transliterate);
      for (size_t i = k; i < n; i += jobs) {
        nlohmann::json d = nlohmann::json::object();
        if (namer.needs_record()) {
          d = detail::merge_record(records.shared, records.list[i]);
          if (o.start_number) d["so"] = *o.start_number + static_cast<long long>(i);
          dates[i] = derive::parse_dates(tpl, d);
          if (dates[i].at("$.ngay")) tmpl::add_derived_values(d, tpl.type, dates[i]);
          else tmpl::add_derived_values(d, tpl.type);  // a $.ngay the template does not declare as a date
        }
        d["stt"] = detail::padded_number(i, n);
        stems[i] = namer.stem(d, i, n);
      }
    } catch (...) {
      errors[k] = std::current_exception();
    }
  };
  std::vector<std::thread> threads;
  for (unsigned k = 1; k < jobs; ++k) threads.emplace_back(make_stems, k);
  make_stems(0);
  for (auto& t : threads) t.join();
  for (const auto& e : errors)
    if (e) std::rethrow_exception(e);

  detail::Namer namer(o.name_pattern, o.transliterate);
  std::vector<std::string> names;
  names.reserve(n);
  for (size_t i = 0; i < n; ++i) names.push_back(namer.unique(stems[i], i, warnings));
  return names;
}

// Files in the folder that the batch would replace but no batch wrote (a
// user's own "01.docx"): refused, all named (up to ten), unless --overwrite.
bool check_foreign_files(const detail::OutputFolder& folder, const std::vector<std::string>& names, const Options& o,
                         Diagnostics& diag) {
  if (o.overwrite) return true;
  size_t found = 0;
  for (const std::string& stem : names)
    for (const char* ext : {".docx", ".pdf"}) {
      if ((o.format == Format::Pdf && ext[1] == 'd') || (o.format == Format::Docx && ext[1] == 'p')) continue;
      if (!folder.foreign(stem + ext)) continue;
      if (++found <= 10)
        diag.error((fs::path(o.out_dir) / (stem + ext)).string(),
                   "exists and was not written by vanthu batch; --overwrite replaces it");
    }
  if (found > 10) diag.error(o.out_dir, std::to_string(found - 10) + " more files like these");
  return found == 0;
}

}  // namespace

Result run(const Options& o, Diagnostics& diag, const std::function<void(const Progress&)>& progress) {
  Result result;
  const auto start = Clock::now();
  auto seconds = [&] { return std::chrono::duration<double>(Clock::now() - start).count(); };

  // Set-up, on this thread: everything that would fail for every record.
  const auto steps = parse_each_path(o.each);
  if (!steps) {
    diag.error("--each", "\"" + o.each + "\" is not a JSON path such as $.danh_sach or $.don_vi[0].nguoi");
    return result;
  }
  if (o.out_dir.empty() && o.combine.empty()) {
    diag.error("-o", "give an output folder (-o) or a combined file (--combine)");
    return result;
  }
  if (!o.combine.empty() && !ends_with(o.combine, ".docx") && !ends_with(o.combine, ".pdf")) {
    diag.error(o.combine, "the combined file must end in .docx or .pdf");
    return result;
  }
  if (!check_name_pattern(o.name_pattern, diag)) return result;
  // The template and the data are read once, here; no Engine (and no
  // FontSystem) is needed for that.
  std::optional<tmpl::TemplateInfo> tpl = tmpl::load_template(o.template_name, diag, o.config.templates_dir);
  nlohmann::json data = tmpl::load_data_file(o.data_path, diag);
  if (!tpl || diag.has_errors()) return result;
  std::optional<detail::Records> records = detail::split_records(std::move(data), *steps, o.each, diag);
  if (!records) return result;
  const size_t n = records->list.size();
  if (n == 0) {
    diag.error(o.each, "the list of records is empty");
    return result;
  }
  result.total = n;
  unsigned jobs = o.jobs ? o.jobs : std::max(1u, std::thread::hardware_concurrency());
  jobs = static_cast<unsigned>(std::min<size_t>(jobs, n));

  // File names first, so collisions are settled in record order.
  std::vector<std::string> names;
  std::vector<tmpl::DataDates> dates;
  std::unique_ptr<detail::OutputFolder> folder;
  if (!o.out_dir.empty()) {
    folder = detail::OutputFolder::open(o.out_dir, diag);
    if (!folder) {
      result.total = 0;
      return result;
    }
    names = file_names(o, *tpl, *records, jobs, result.warnings, dates);
    if (!check_foreign_files(*folder, names, o, diag)) {
      result.total = 0;
      return result;
    }
    if (o.resume) result.stale_removed = folder->remove_stale_temporaries();
  }

  Run run(o, *tpl, *records, names, dates, !o.combine.empty());
  run.folder = folder.get();
  run.template_hash = detail::sha256_hex(tpl->markup);
  run.workers_left = jobs;
  std::vector<std::thread> threads;
  threads.reserve(jobs);
  for (unsigned k = 0; k < jobs; ++k) threads.emplace_back([&run] { run.worker(); });

  auto report = [&] {
    if (progress) progress({run.done.load(), run.failed.load(), n, seconds()});
  };
  {
    std::unique_lock<std::mutex> lock(run.mutex);
    while (run.workers_left > 0) {
      run.wake.wait_for(lock, std::chrono::milliseconds(100));
      lock.unlock();
      report();
      lock.lock();
    }
  }
  for (auto& t : threads) t.join();

  std::sort(run.failures.begin(), run.failures.end(), [](const Failure& a, const Failure& b) { return a.index < b.index; });
  result.failures = std::move(run.failures);
  result.failed = run.failed.load();
  result.stopped = run.stop.load() && !o.keep_going;
  result.cancelled = o.cancel && o.cancel->load();
  result.files = run.files.load();
  result.succeeded = run.succeeded.load();
  result.skipped = run.skipped.load();
  result.warnings.insert(result.warnings.end(), run.warnings.begin(), run.warnings.end());

  // The combined file: only when every record was built, or with --keep-going.
  if (!o.combine.empty() && !result.cancelled && (result.failed == 0 || o.keep_going)) {
    std::vector<model::Document> docs;
    for (auto& d : run.documents)
      if (d) docs.push_back(std::move(*d));
    run.documents.clear();
    if (!docs.empty()) {
      try {
        Engine engine(o.config);
        model::Document all = detail::combine(docs);
        docs.clear();
        const std::string bytes = ends_with(o.combine, ".pdf") ? engine.to_pdf(all) : engine.to_docx(all);
        write_file_atomic(o.combine, bytes);
        ++result.files;
      } catch (const std::exception& e) {
        result.failures.push_back({n, {o.combine + ": error: " + e.what()}});
        ++result.failed;
      }
    }
  }
  result.seconds = seconds();
  report();
  return result;
}

}  // namespace vanthu::batch
