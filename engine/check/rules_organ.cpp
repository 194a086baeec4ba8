// PL1 Mục II khoản 2: the issuing organ's name in upper case, 12–13 pt,
// upright, bold, centred under the superior organ's name (upper case,
// 12–13 pt, upright), with a solid rule 1/3 to 1/2 as long as the name's
// line, centred.
#include "check/rules.h"
#include "check/text_util.h"

namespace vanthu::check {

void check_organ(Context& c, const Segment& s) {
  if (s.issuer.empty() && s.kind == "bien-ban") {
    c.warning("PL1.II.2.b", "organ.missing", s.quoc_hieu.p,
              "no name of the issuing organ in the header (ô 2); debatable for a biên bản made jointly by "
              "several organs, whose participants are listed in the text",
              "put the name of the organ that keeps the biên bản at the top left");
    return;
  }
  if (s.issuer.empty()) {
    c.error("PL1.II.2.b", "organ.missing", s.quoc_hieu.p,
            "no name of the issuing organ in the header's left column (ô 2)",
            "put the organ's name (and its superior's above it) in the left cell of the header table");
    return;
  }
  bool placeholder = false;
  for (const Located& l : s.superior) {
    const Paragraph& p = *l.p;
    const std::string text = txt::content(p);
    if (txt::is_blank(p)) placeholder = true;
    const RunFacts f = run_facts(p);
    if (!txt::is_upper(text) && !f.caps)
      c.error("PL1.II.2.b", "organ.style", &p, "the superior organ's name is not in upper case",
              "write the name in upper case (\"" + txt::upper(text) + "\")");
    expect_size(c, "PL1.II.2.b", "organ.style", p, f, DecreePart::ParentOrgan, "the superior organ's name");
    expect_style(c, "PL1.II.2.b", "organ.style", p, f, DecreePart::ParentOrgan, "the superior organ's name");
  }
  for (const Located& l : s.issuer) {
    const Paragraph& p = *l.p;
    const std::string text = txt::content(p);
    if (txt::is_blank(p)) placeholder = true;
    const RunFacts f = run_facts(p);
    if (!txt::is_upper(text) && !f.caps)
      c.error("PL1.II.2.b", "organ.style", &p, "the issuing organ's name is not in upper case",
              "write the name in upper case (\"" + txt::upper(text) + "\")");
    expect_size(c, "PL1.II.2.b", "organ.style", p, f, DecreePart::Organ, "the issuing organ's name");
    expect_style(c, "PL1.II.2.b", "organ.style", p, f, DecreePart::Organ, "the issuing organ's name");
    if (p.props.align != Align::Center)
      c.error("PL1.II.2.b", "organ.style", &p, "the issuing organ's name is not centred",
              "centre the name in its column");
  }
  // The rule: against the longest line of the issuing organ's name.
  double width = -1;
  for (const Located& l : s.issuer) width = std::max(width, line_width_pt(c, l));
  expect_rule(c, "PL1.II.2.b", "organ.rule", s.issuer.back(), s.organ_rule, placeholder ? -1 : width, 0.30, 0.53,
              "the issuing organ's name", "1/3 to 1/2 as long as the name's line");
}

}  // namespace vanthu::check
