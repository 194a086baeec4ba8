// PL1 Mục II khoản 7: the signing authority (TM., Q., KT., TL., TUQ., upper
// case with a dot) and the titles in upper case, 13–14 pt, upright, bold;
// after KT./TL./TUQ. <head's title> the signer's own title on the next line;
// the name in lower case (capitalised), 13–14 pt, upright, bold.
#include <regex>

#include "check/rules.h"
#include "check/text_util.h"

namespace vanthu::check {

namespace {

bool is_note(const std::string& t) { return txt::starts_with(t, "(") || txt::starts_with(t, "["); }

}  // namespace

void check_signer(Context& c, const Segment& s) {
  if (!s.noi_nhan && !s.closing) return;  // reported as a missing Nơi nhận
  // Lines in parentheses are notes ("(Chữ ký, dấu)", "(Đã ký)"), possibly over two lines.
  std::vector<const Located*> lines;
  bool in_note = false;
  for (const Located& l : s.signer) {
    const std::string t = txt::content(*l.p);
    if (is_note(t)) in_note = true;
    if (!in_note) lines.push_back(&l);
    if (in_note && (txt::ends_with(t, ")") || txt::ends_with(t, "]"))) in_note = false;
  }
  if (lines.empty()) {
    if (!s.attached)
      c.error("PL1.II.7.đ", "signer.missing", s.noi_nhan.p,
              "no signer (quyền hạn, chức vụ and name) beside \"Nơi nhận\"",
              "put the signer's title and name in the right cell of the closing table");
    return;
  }
  // The name is the last line that is not all upper case; upper-case lines
  // after it give the signer's post in their own organ (a team leader's
  // "PHÓ GIÁM ĐỐC SỞ …" under the name), an addition the decree neither
  // asks nor forbids: not checked.
  size_t name_at = lines.size();
  while (name_at > 1 && txt::is_upper(txt::content(*lines[name_at - 1]->p)) && !run_facts(*lines[name_at - 1]->p).caps) {
    bool earlier_mixed = false;
    for (size_t k = 1; k + 1 < name_at; ++k) earlier_mixed = earlier_mixed || !txt::is_upper(txt::content(*lines[k]->p));
    if (!earlier_mixed) break;
    --name_at;
  }
  lines.resize(name_at);
  // An upper-case last line right under the title lines (no space left for
  // the signature) is a title too: the name is missing.
  const bool no_name = lines.size() >= 2 && txt::is_upper(txt::content(*lines.back()->p)) &&
                       lines.back()->p->number == lines[lines.size() - 2]->p->number + 1 &&
                       !txt::is_blank(*lines.back()->p);
  if (no_name) {
    c.error("PL1.II.7.đ", "signer.name", lines.front()->p,
            "the signer block has titles but no name under them",
            "add the signer's name (\"Nguyễn Văn A\") under the space for the signature");
    lines.push_back(lines.back());  // every real line is then checked as a title
  }
  const Located& name = *lines.back();
  const std::string name_text = txt::content(*name.p);
  if (lines.size() < 2) {
    c.error("PL1.II.7.đ", "signer.title-line", name.p, "the signer has a name but no title (chức vụ) above it",
            "add the title (e.g. \"GIÁM ĐỐC\") above the name");
  }
  static const std::regex prefix(R"(^(TM|Q|KT|TL|TUQ)\.\s+\S.*$)");
  static const std::regex loose(R"(^([Tt][Mm]|[Qq]|[Kk][Tt]|[Tt][Ll]|[Tt][Uu][Qq])[.]?(\s+|$).*)");
  for (size_t i = 0; i + 1 < lines.size(); ++i) {
    const Paragraph& p = *lines[i]->p;
    const std::string t = txt::content(p);
    const RunFacts f = run_facts(p);
    const bool placeholder = txt::is_blank(p);
    if (!placeholder && !txt::is_upper(t) && !f.caps)
      c.error("PL1.II.7.đ", "signer.style", &p, "the signer's title is not in upper case",
              "write \"" + txt::upper(t) + "\"");
    expect_size(c, "PL1.II.7.đ", "signer.style", p, f, DecreePart::Signer, "the signer's title");
    expect_style(c, "PL1.II.7.đ", "signer.style", p, f, DecreePart::Signer, "the signer's title");
    if (t.size() > 200 || placeholder) continue;
    std::smatch m;
    if (std::regex_match(t, m, prefix)) {
      const std::string mode = m[1];
      if ((mode == "KT" || mode == "TL" || mode == "TUQ") && i + 2 >= lines.size())
        c.error("PL1.II.7.b", "signer.title-line", &p,
                "\"" + mode + ".\" is followed by the head's title, then the signer's own title on the next line; "
                              "that line is missing",
                "add the signer's own title under \"" + t + "\" (e.g. \"PHÓ GIÁM ĐỐC\")");
    } else if (std::regex_match(t, m, loose)) {
      c.error("PL1.II.7.b", "signer.prefix", &p,
              "the authority \"" + m[1].str() + "\" must be written in upper case followed by a dot (\"" +
                  txt::upper(m[1].str()) + ". …\")",
              "write \"" + txt::upper(m[1].str()) + ". " + t.substr(static_cast<size_t>(m.position(2) + m.length(2))) + "\"");
    }
  }
  if (no_name || txt::is_blank(*name.p)) return;
  const RunFacts f = run_facts(*name.p);
  expect_size(c, "PL1.II.7.đ", "signer.name", *name.p, f, DecreePart::SignerName, "the signer's name");
  expect_style(c, "PL1.II.7.đ", "signer.name", *name.p, f, DecreePart::SignerName, "the signer's name");
  if (txt::is_upper(name_text) || f.caps)
    c.error("PL1.II.7.đ", "signer.name", name.p,
            "the signer's name is in upper case; the decree writes it in lower case with capitals (\"Nguyễn Văn A\")",
            "write the name with initial capitals only");
}

}  // namespace vanthu::check
