// PL1 Mục II khoản 6 điểm a: the căn cứ ban hành in lower case, italic,
// 13–14 pt, one per paragraph, each ending with ";" and the last with ".".
#include "check/rules.h"
#include "check/text_util.h"

namespace vanthu::check {

void check_bases(Context& c, const Segment& s) {
  for (size_t i = 0; i < s.can_cu.size(); ++i) {
    const Paragraph& p = *s.can_cu[i].p;
    const std::string text = txt::content(p);
    const RunFacts f = run_facts(p);
    const bool last = i + 1 == s.can_cu.size();
    if (!txt::is_blank(p)) expect_style(c, "PL1.II.6.a", "can-cu.italic", p, f, DecreePart::Bases, "the căn cứ");
    expect_size(c, "PL1.II.6.a", "can-cu.size", p, f, DecreePart::Bases, "the căn cứ");
    if (txt::is_blank(p)) continue;
    const std::string lower = txt::lower(text);
    if (lower.find("; căn cứ") != std::string::npos || lower.find(";căn cứ") != std::string::npos)
      c.error("PL1.II.6.a", "can-cu.one-per-line", &p, "two căn cứ share one paragraph",
              "start a new paragraph for each căn cứ");
    const char want = last ? '.' : ';';
    if (text.empty() || text.back() != want) {
      std::string fix = text;
      while (!fix.empty() && (fix.back() == ';' || fix.back() == '.' || fix.back() == ',' || fix.back() == ':'))
        fix.pop_back();
      c.error("PL1.II.6.a", "can-cu.punctuation", &p,
              std::string(last ? "the last căn cứ must end with \".\"" : "a căn cứ that is not the last must end with \";\"") +
                  " (it ends \"" + txt::tail(text, 8) + "\")",
              std::string("end it with \"") + want + "\"");
    }
  }
}

}  // namespace vanthu::check
