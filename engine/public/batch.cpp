// vanthu::run_batch: one document per record, over api/batch.h.
#include "api/batch.h"
#include "public/convert.h"
#include "vanthu/vanthu.hpp"

namespace vanthu {

bool BatchRequest::valid_each(std::string_view each) { return batch::parse_each_path(std::string(each)).has_value(); }

std::vector<Message> BatchRequest::check_name_pattern(const std::string& pattern) {
  Diagnostics diag;
  batch::check_name_pattern(pattern, diag);
  return pub::messages(diag);
}

BatchResult run_batch(const BatchRequest& request, const Environment& environment) {
  batch::Options o;
  o.template_name = request.template_name;
  o.data_path = request.data_path;
  o.each = request.each;
  o.out_dir = request.out_dir;
  o.format = request.docx && request.pdf ? batch::Format::Both
             : request.pdf                ? batch::Format::Pdf
                                          : batch::Format::Docx;
  o.name_pattern = request.name_pattern;
  o.start_number = request.start_number;
  o.combine = request.combine;
  o.keep_going = request.keep_going;
  o.jobs = request.jobs;
  o.transliterate = request.transliterate;
  o.resume = request.resume;
  o.overwrite = request.overwrite;
  o.cancel = request.cancel;
  o.config = pub::engine_config(environment);

  Diagnostics diag;
  BatchResult result;
  if (!batch::check_name_pattern(o.name_pattern, diag)) {
    result.messages = result.setup = pub::messages(diag);
    return result;
  }
  std::function<void(const batch::Progress&)> progress;
  if (request.progress)
    progress = [&request](const batch::Progress& p) { request.progress({p.done, p.failed, p.total, p.elapsed_s}); };
  batch::Result r = batch::run(o, diag, progress);
  result.total = r.total;
  result.succeeded = r.succeeded;
  result.failed = r.failed;
  result.files = r.files;
  result.skipped = r.skipped;
  result.stale_removed = r.stale_removed;
  result.stopped = r.stopped;
  result.cancelled = r.cancelled;
  result.seconds = r.seconds;
  result.messages = result.setup = pub::messages(diag);
  for (const auto& f : r.failures)
    for (const auto& line : f.lines) result.messages.push_back({true, "", line});
  for (const auto& w : r.warnings) result.messages.push_back({false, "", w});
  for (auto& f : r.failures) result.failures.push_back({f.index, std::move(f.lines)});
  result.warnings = std::move(r.warnings);
  result.ok = !diag.has_errors() && r.total > 0 && r.failed == 0 && !r.cancelled;
  return result;
}

}  // namespace vanthu
