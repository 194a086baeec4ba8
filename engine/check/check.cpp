#include "check/check.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "check/describe.h"
#include "check/document_kind.h"
#include "check/docx_reader.h"
#include "check/font_metrics.h"
#include "check/recognise.h"
#include "check/rules.h"
#include "check/rules_marks.h"
#include "check/wml_body.h"

namespace vanthu::check {

namespace {

// Widths come from the layout engine's measurer: Liberation Serif, the metric
// twin of Times New Roman. Text in other fonts is measured with it too; say so.
std::string measuring_note(const Document& doc, bool measured) {
  if (!measured) return "";
  std::set<std::string> others;
  std::vector<const Paragraph*> flat;
  flatten(doc.body, flat);
  for (const Paragraph* p : flat)
    for (const TextRun& r : p->runs)
      for (const std::string* f : {&r.props.font_ascii, &r.props.font_hansi})
        if (!f->empty() && *f != "Times New Roman" && others.size() < 8) others.insert(*f);
  if (others.empty()) return "";
  // Each other family is measured with its own metrics when installed, else
  // with fontconfig's substitute (the face LibreOffice draws it with).
  std::string own, substituted;
  for (const std::string& f : others) {
    const auto face = resolve_font(f);
    if (face && face->installed) own += (own.empty() ? "" : ", ") + f;
    else substituted += (substituted.empty() ? "" : ", ") + f + " with " + (face ? face->family : "Liberation Serif");
  }
  std::string note = "widths are measured with Liberation Serif for Times New Roman (its metric twin)";
  if (!own.empty()) note += "; with the installed fonts' own metrics for " + own;
  if (!substituted.empty()) note += "; not installed here, measured with fontconfig's substitute: " + substituted;
  return note;
}

// After kMaxRepeats findings of one check, one summary line: a misread
// region must not bury the rest under hundreds of lines.
constexpr int kMaxRepeats = 20;

void cap_repeats(std::vector<Finding>& findings) {
  std::map<std::string, int> seen;
  std::vector<Finding> kept;
  for (Finding& f : findings)
    if (++seen[f.check] <= kMaxRepeats) kept.push_back(std::move(f));
  for (const auto& [check, n] : seen)
    if (n > kMaxRepeats)
      for (const Finding& f : kept)
        if (f.check == check) {
          Finding more = f;
          more.paragraph = 0;
          more.part.clear();
          more.excerpt.clear();
          more.message = std::to_string(n - kMaxRepeats) + " more findings of the same check (not listed one by one)";
          more.fix.clear();
          kept.push_back(std::move(more));
          break;
        }
  findings = std::move(kept);
}

}  // namespace

Report check_docx(std::string_view bytes, const CheckOptions& options) {
  const Document doc = read_docx(bytes, options.limits);
  const std::vector<Segment> segments = recognise(doc);
  Report report;
  report.documents = static_cast<int>(segments.size());
  report.paragraphs = doc.paragraph_count;
  report.parts = describe(segments);
  Context c(doc, segments, options.measurer, report.findings);
  report.measuring_note = measuring_note(doc, options.measurer != nullptr);
  if (!segments.empty()) report.kind = kind_name(segments.front().kind);

  // A citizen's đơn has the Quốc hiệu but is not governed by the decree:
  // nothing is checked (the kind says so in the summary).
  bool administrative = segments.empty();
  for (const Segment& s : segments) administrative = administrative || s.kind != "not-administrative";
  if (!administrative) return report;

  check_page(c);
  check_fonts(c);
  check_page_numbers(c);
  check_marks(c);
  if (segments.empty() && is_appendix_file(doc)) {
    check_appendix_file(c);  // a phụ lục in a file of its own has no header (PL3 Mẫu 2.1, 2.2)
    report.documents = 1;
  }
  else if (segments.empty())
    c.error("PL1.II.1.a", "quoc-hieu.missing", nullptr,
            "no Quốc hiệu \"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\" found at the top of a document (in a header "
            "table, a line with tabs or a paragraph of its own), so the parts of the "
            "document (ô 1–9) could not be recognised",
            "lay out the header as a two-column borderless table: organ names and Số on the left, Quốc hiệu, "
            "Tiêu ngữ and the date on the right (PL1 Mục IV)");
  for (const Segment& s : segments) {
    if (s.kind == "not-administrative") continue;
    const size_t header_findings = c.findings_count();
    check_national(c, s);
    check_organ(c, s);
    check_number(c, s);
    check_date(c, s);
    if (s.layout == HeaderLayout::Tabs)
      c.mark_inferred(header_findings, "the header is laid out with tabs; its two columns were read as split at the tabs");
    check_title(c, s);
    if (has_legal_bases(s, s.kind)) check_bases(c, s);
    check_body(c, s);
    check_recipients(c, s);
    check_signer(c, s);
  }
  auto order = [](const Finding& f) {
    const int part = f.part.empty() ? 0 : f.part == "word/document.xml" ? 1 : 2;
    return std::make_tuple(part, f.part, f.paragraph);
  };
  std::stable_sort(report.findings.begin(), report.findings.end(),
                   [&](const Finding& a, const Finding& b) { return order(a) < order(b); });
  cap_repeats(report.findings);
  return report;
}

}  // namespace vanthu::check
