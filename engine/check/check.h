// `vanthu check`: a Nghị định 30/2020 conformance checker for any DOCX.
//
//   vanthu::check::CheckOptions options;
//   options.measurer = measurer.get();        // layout engine text widths (optional)
//   auto report = vanthu::check::check_docx(bytes, options);   // throws ReadError
//   std::cout << vanthu::check::format_text(report, "file.docx");
//
// The rules, their clauses and what is recognised are listed in docs/check.md.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "check/errors.h"
#include "check/finding.h"
#include "check/zip_package.h"
#include "model/measure.h"

namespace vanthu::check {

struct CheckOptions {
  // Measures text like the layout engine (PangoMeasurer). Without one, the
  // checks that need widths (Quốc hiệu on one line, rule lengths, page count)
  // are skipped.
  model::TextMeasurer* measurer = nullptr;
  PackageLimits limits;
};

struct Report {
  std::vector<Finding> findings;
  int documents = 0;   // documents recognised (header tables with a Quốc hiệu)
  int paragraphs = 0;  // paragraphs read in word/document.xml
  std::string parts;   // what was recognised, one line per part (describe.h)
  std::string kind;    // the kind of document decided first (document_kind.h); "" = none recognised
  // Which font the widths were measured with, when the document names
  // others ("" when everything is Times New Roman or nothing is measured).
  std::string measuring_note;
  bool clean() const { return findings.empty(); }
};

// Reads and checks a DOCX held in memory. Throws ReadError when the bytes
// cannot be read as a DOCX (exit status 2 of the CLI).
Report check_docx(std::string_view bytes, const CheckOptions& options = {});

// One line per finding: "file:¶12: error PL1.II.4.b [date.padding] message (fix: …) «excerpt»".
std::string format_text(const Report& report, const std::string& file);
// A JSON array with one object per finding.
std::string format_json(const Report& report, const std::string& file);
// A SARIF 2.1.0 log with one run (report_sarif.cpp).
std::string format_sarif(const Report& report, const std::string& file);

}  // namespace vanthu::check
