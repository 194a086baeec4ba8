// vanthu::check_docx: the Nghị định 30 checker for a DOCX in memory.
#include <exception>
#include <memory>

#include "check/check.h"
#include "layout/fonts.h"
#include "layout/measure.h"
#include "public/convert.h"
#include "vanthu/vanthu.hpp"

namespace vanthu {

CheckResult check_docx(std::string_view docx_bytes, const std::string& name, const Environment& environment) {
  CheckResult result;
  // Widths are measured as the layout engine measures them (one font system
  // per call, so calls on several threads do not share Pango state).
  std::shared_ptr<layout::FontSystem> fonts;
  std::unique_ptr<model::TextMeasurer> measurer;
  try {
    fonts = layout::FontSystem::create(environment.fonts_dir);
    measurer = layout::make_measurer(fonts);
  } catch (const std::exception&) {
    // Without the fonts, the checks that need widths are skipped.
  }
  check::CheckOptions options;
  options.measurer = measurer.get();
  try {
    const check::Report report = check::check_docx(docx_bytes, options);
    result.readable = true;
    for (const auto& f : report.findings)
      result.findings.push_back(
          {f.rule, f.check, f.severity == check::Severity::Error, f.paragraph, f.excerpt, f.message, f.fix});
    result.json = check::format_json(report, name);
  } catch (const std::exception& e) {
    result.error = name + ": cannot read: " + e.what();
  }
  return result;
}

}  // namespace vanthu
