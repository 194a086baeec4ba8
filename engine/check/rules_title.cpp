// PL1 Mục II khoản 5: the tên loại in upper case, 13–14 pt, upright, bold,
// centred; the trích yếu right under it in lower case, 13–14 pt, upright,
// bold, with a solid rule 1/3 to 1/2 of its line, centred. A công văn has no
// tên loại: its trích yếu follows "V/v" under the Số, 12–13 pt, upright, not
// bold, centred, 6 pt below the Số line.
#include "check/rules.h"
#include "check/text_util.h"

namespace vanthu::check {

namespace {

void check_vv(Context& c, const Segment& s) {
  const Paragraph& p = *s.vv.p;
  const std::string text = txt::content(p);
  const RunFacts f = run_facts(p);
  if (!txt::starts_with(text, "V/v "))
    c.error("PL1.II.5.b", "vv.form", &p, "the trích yếu of a công văn starts \"V/v \" (capital V, small v)",
            "write \"V/v " + (text.size() > 4 ? text.substr(4) : std::string("…")) + "\"");
  expect_size(c, "PL1.II.5.b", "vv.style", p, f, DecreePart::AbstractCongVan, "the \"V/v\" trích yếu");
  expect_style(c, "PL1.II.5.b", "vv.style", p, f, DecreePart::AbstractCongVan, "the \"V/v\" trích yếu");
  if (p.props.align != Align::Center)
    c.error("PL1.II.5.b", "vv.style", &p, "the \"V/v\" trích yếu is not centred under the Số line",
            "centre it in the left column of the header");
  if (s.so && p.props.before + s.so.p->props.after < 100)
    c.warning("PL1.II.5.b", "vv.spacing", &p,
              "the \"V/v\" line is " + std::to_string((p.props.before + s.so.p->props.after) / 20) +
                  " pt below the Số line; the decree sets 6 pt",
              "set 6 pt spacing before the V/v paragraph (w:spacing w:before=\"120\")");
}

}  // namespace

void check_title(Context& c, const Segment& s) {
  if (s.vv) check_vv(c, s);
  if (!s.ten_loai) {
    if (!s.vv && s.quoc_hieu)
      c.error("PL1.II.5.b", "ten-loai.missing", s.quoc_hieu.p,
              "no tên loại (\"QUYẾT ĐỊNH\", \"KẾ HOẠCH\", …) centred under the header, and no \"V/v\" trích yếu of a "
              "công văn under the Số",
              "add the tên loại in upper case, 13–14 pt bold, centred, with the trích yếu under it");
    return;
  }
  const Paragraph& name = *s.ten_loai.p;
  const RunFacts nf = run_facts(name);
  expect_size(c, "PL1.II.5.b", "ten-loai.style", name, nf, DecreePart::TypeName, "the tên loại");
  expect_style(c, "PL1.II.5.b", "ten-loai.style", name, nf, DecreePart::TypeName, "the tên loại");
  if (name.props.align != Align::Center)
    c.error("PL1.II.5.b", "ten-loai.style", &name, "the tên loại is not centred", "centre it (w:jc w:val=\"center\")");
  if (s.trich_yeu.empty()) return;
  bool placeholder = false;
  double width = -1;
  for (const Located& l : s.trich_yeu) {
    const Paragraph& p = *l.p;
    const std::string text = txt::content(p);
    placeholder = placeholder || txt::is_blank(p);
    const RunFacts f = run_facts(p);
    expect_size(c, "PL1.II.5.b", "trich-yeu.style", p, f, DecreePart::Abstract, "the trích yếu");
    if (!placeholder) expect_style(c, "PL1.II.5.b", "trich-yeu.style", p, f, DecreePart::Abstract, "the trích yếu");
    if (txt::is_upper(text) && text.size() > 12)
      c.error("PL1.II.5.b", "trich-yeu.style", &p, "the trích yếu is in upper case; the decree sets it in lower case",
              "write it in sentence case");
    width = std::max(width, line_width_pt(c, l));
  }
  // In an attached document the rule closes the "(Kèm theo …)" line, for
  // which the decree gives no length: only its presence is checked.
  expect_rule(c, "PL1.II.5.b", "trich-yeu.rule", s.trich_yeu.back(), s.trich_yeu_rule,
              placeholder || s.attached ? -1 : width, 0.30,
              0.53, "the trích yếu", "1/3 to 1/2 as long as the trích yếu's line");
}

}  // namespace vanthu::check
