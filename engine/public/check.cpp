// vanthu::check_docx / check_docx_file: the Nghị định 30 checker for a DOCX.
#include <exception>
#include <memory>

#include "check/check.h"
#include "check/zip_package.h"
#include "core/bounded_read.h"
#include "layout/fonts.h"
#include "layout/measure.h"
#include "public/convert.h"
#include "vanthu/vanthu.hpp"

namespace vanthu {

namespace {

std::string formatted(const check::Report& report, const std::string& name, CheckOptions::Format format) {
  switch (format) {
    case CheckOptions::Format::text: return check::format_text(report, name);
    case CheckOptions::Format::sarif: return check::format_sarif(report, name);
    case CheckOptions::Format::json: break;
  }
  return check::format_json(report, name);
}

}  // namespace

CheckResult check_docx(std::string_view docx_bytes, const std::string& name, const Environment& environment) {
  return check_docx(docx_bytes, name, CheckOptions{}, environment);
}

CheckResult check_docx(std::string_view docx_bytes, const std::string& name, const CheckOptions& options,
                       const Environment& environment) {
  CheckResult result;
  // Widths are measured as the layout engine measures them (one font system
  // per call, so calls on several threads do not share Pango state).
  std::shared_ptr<layout::FontSystem> fonts;
  std::unique_ptr<model::TextMeasurer> measurer;
  try {
    fonts = layout::FontSystem::create(environment.fonts_dir);
    measurer = layout::make_measurer(fonts);
  } catch (const std::exception& e) {
    // Without the fonts, the checks that need widths are skipped.
    result.fonts_error = e.what();
  }
  check::CheckOptions check_options;
  check_options.measurer = measurer.get();
  try {
    const check::Report report = check::check_docx(docx_bytes, check_options);
    result.readable = true;
    for (const auto& f : report.findings)
      result.findings.push_back(
          {f.rule, f.check, f.severity == check::Severity::Error, f.paragraph, f.excerpt, f.message, f.fix});
    result.json = check::format_json(report, name);
    result.report = options.format == CheckOptions::Format::json ? result.json : formatted(report, name, options.format);
    result.parts = report.parts;
    result.kind = report.kind;
    result.documents = report.documents;
    result.paragraphs = report.paragraphs;
    result.measuring_note = report.measuring_note;
  } catch (const check::ReadError& e) {
    result.error = name + ": cannot read: " + e.what();
  } catch (const std::exception& e) {
    result.error = name + ": " + e.what();
  }
  return result;
}

CheckResult check_docx_file(const std::string& path, const CheckOptions& options, const Environment& environment) {
  std::string bytes;
  try {
    // The DOCX limit of check/zip_package.h, checked while reading (/dev/zero).
    bytes = read_bounded(path, static_cast<size_t>(check::PackageLimits{}.max_input_bytes), "DOCX file");
  } catch (const std::exception& e) {
    CheckResult result;
    result.error = e.what();
    return result;
  }
  return check_docx(bytes, path, options, environment);
}

}  // namespace vanthu
