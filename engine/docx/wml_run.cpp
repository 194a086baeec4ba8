// Runs: w:r with its w:rPr, text, breaks, tabs and the PAGE field.
#include "docx/wml_writer.h"

namespace vanthu::docx {
namespace {

bool needs_preserve(const std::string& text) {
  // Without xml:space="preserve" Word drops leading and trailing spaces and
  // folds repeated ones.
  return text.front() == ' ' || text.back() == ' ' || text.find("  ") != std::string::npos;
}

void write_text(XmlWriter& w, const char* element, const std::string& text) {
  w.start(element);
  if (needs_preserve(text)) w.attr("xml:space", "preserve");
  w.text(text);
  w.end();
}

void write_field_char(XmlWriter& w, const model::RunStyle& style, const char* type) {
  w.start("w:r");
  write_run_props(w, "w:rPr", style);
  w.start("w:fldChar");
  w.attr("w:fldCharType", type);
  w.end();
  w.end();
}

// A complex field (ECMA-376 §17.16.18): begin, instruction, separate, the
// cached result Word shows until it updates fields, end.
void write_page_field(XmlWriter& w, const model::RunStyle& style) {
  write_field_char(w, style, "begin");
  w.start("w:r");
  write_run_props(w, "w:rPr", style);
  write_text(w, "w:instrText", " PAGE ");
  w.end();
  write_field_char(w, style, "separate");
  w.start("w:r");
  write_run_props(w, "w:rPr", style);
  write_text(w, "w:t", "1");
  w.end();
  write_field_char(w, style, "end");
}

}  // namespace

// Children in the order of EG_RPrBase (wml.xsd): b, i, sz, szCs, u, vertAlign.
void write_run_props(XmlWriter& w, const char* element, const model::RunStyle& style) {
  w.start(element);
  if (style.bold) w.empty("w:b");
  if (style.italic) w.empty("w:i");
  w.val_int("w:sz", style.size_half_pt);
  w.val_int("w:szCs", style.size_half_pt);
  if (style.underline) w.val("w:u", "single");
  if (style.superscript) w.val("w:vertAlign", "superscript");
  w.end();
}

void write_run(XmlWriter& w, const model::Run& run) {
  switch (run.kind) {
    case model::RunKind::Text:
      if (run.text.empty()) return;  // nothing to show
      w.start("w:r");
      write_run_props(w, "w:rPr", run.style);
      write_text(w, "w:t", run.text);
      w.end();
      return;
    case model::RunKind::LineBreak:
      w.start("w:r");
      write_run_props(w, "w:rPr", run.style);
      w.empty("w:br");
      w.end();
      return;
    case model::RunKind::Tab:
      w.start("w:r");
      write_run_props(w, "w:rPr", run.style);
      w.empty("w:tab");
      w.end();
      return;
    case model::RunKind::PageNumber:
      write_page_field(w, run.style);
      return;
  }
}

}  // namespace vanthu::docx
