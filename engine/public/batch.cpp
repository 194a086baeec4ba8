// vanthu::run_batch: one document per record, over api/batch.h.
#include "api/batch.h"
#include "public/convert.h"
#include "vanthu/vanthu.hpp"

namespace vanthu {

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
  o.config = pub::engine_config(environment);

  Diagnostics diag;
  BatchResult result;
  if (!batch::check_name_pattern(o.name_pattern, diag)) {
    result.messages = pub::messages(diag);
    return result;
  }
  const batch::Result r = batch::run(o, diag);
  result.total = r.total;
  result.succeeded = r.succeeded;
  result.failed = r.failed;
  result.files = r.files;
  result.messages = pub::messages(diag);
  for (const auto& f : r.failures)
    for (const auto& line : f.lines) result.messages.push_back({true, "", line});
  for (const auto& w : r.warnings) result.messages.push_back({false, "", w});
  result.ok = !diag.has_errors() && r.total > 0 && r.failed == 0 && !r.cancelled;
  return result;
}

}  // namespace vanthu
