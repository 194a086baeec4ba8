// A readable account of what was recognised, for `vanthu check --parts` and
// for tests: one line per document and part, with paragraph numbers.
#include "check/describe.h"

#include "check/document_kind.h"
#include "check/text_util.h"

namespace vanthu::check {

namespace {

std::string where(const Located& l) {
  return l ? "\u00b6" + std::to_string(l.p->number) + " \"" + txt::excerpt(txt::content(*l.p), 40) + "\"" : "-";
}

std::string span(const std::vector<Located>& v) {
  if (v.empty()) return "-";
  std::string s = "\u00b6" + std::to_string(v.front().p->number);
  if (v.size() > 1) s += "–\u00b6" + std::to_string(v.back().p->number);
  return s + " (" + std::to_string(v.size()) + ")";
}

const char* kind(const RuleMark& m) {
  switch (m.kind) {
    case RuleMark::Kind::Border: return "border";
    case RuleMark::Kind::Shape: return "shape";
    case RuleMark::Kind::Underscores: return "underscores";
    default: return "none";
  }
}

}  // namespace

std::string describe(const std::vector<Segment>& segments) {
  std::string out;
  for (size_t i = 0; i < segments.size(); ++i) {
    const Segment& s = segments[i];
    out += "document " + std::to_string(i + 1) + (s.attached ? " (attached, kèm theo)" : "") +
           ", " + kind_name(s.kind) +
           (s.layout == HeaderLayout::Tabs ? ", header laid out with tabs"
            : s.layout == HeaderLayout::Paragraphs ? ", header as paragraphs" : "") + "\n";
    auto line = [&](const char* name, const std::string& v) { out += std::string("  ") + name + ": " + v + "\n"; };
    line("superior organ", span(s.superior));
    line("issuing organ", span(s.issuer) + ", rule " + kind(s.organ_rule));
    line("so", where(s.so));
    line("v/v", where(s.vv));
    line("quoc hieu", where(s.quoc_hieu));
    line("tieu ngu", where(s.tieu_ngu) + ", rule " + kind(s.tieu_ngu_rule));
    line("date", where(s.date));
    line("ten loai", where(s.ten_loai));
    line("trich yeu", span(s.trich_yeu) + ", rule " + kind(s.trich_yeu_rule));
    line("kinh gui", where(s.kinh_gui) + " + " + std::to_string(s.kinh_gui_items.size()) + " items");
    line("authority", where(s.authority));
    line("can cu", span(s.can_cu));
    line("decision", where(s.decision_word));
    line("body", span(s.body));
    line("noi nhan", where(s.noi_nhan) + " + " + std::to_string(s.noi_nhan_items.size()) + " items");
    line("signer", span(s.signer));
  }
  return out;
}

}  // namespace vanthu::check
