// PL1 Mục II khoản 4: "<Địa danh>, ngày DD tháng M năm YYYY", lower case
// except the place's initials, 13–14 pt, italic, a comma after the place;
// days below 10 and months 1 and 2 with a leading zero, other months without.
#include <regex>

#include "check/rules.h"
#include "check/text_util.h"
#include "vn/format.h"

namespace vanthu::check {

namespace {

std::string two(int n) { return (n < 10 ? "0" : "") + std::to_string(n); }

std::string day_text(int d) { return two(d); }
std::string month_text(int m) { return m <= 2 ? two(m) : std::to_string(m); }

}  // namespace

void check_date(Context& c, const Segment& s) {
  if (!s.date) {
    // Biên bản (PL3 Mẫu 1.9) has no date line: its time is in the text.
    const bool bien_ban = s.kind == "bien-ban";
    if (!s.attached && s.quoc_hieu && !bien_ban)
      c.error("PL1.II.4.c", "date.missing", s.tieu_ngu ? s.tieu_ngu.p : s.quoc_hieu.p,
              "no place and date line (\"<Địa danh>, ngày … tháng … năm …\") under the Quốc hiệu (ô 4)",
              "add the line, italic 13–14 pt, centred under the Tiêu ngữ, on the row of the Số line");
    return;
  }
  const Paragraph& p = *s.date.p;
  const std::string text = txt::content(p);
  const RunFacts f = run_facts(p);
  expect_size(c, "PL1.II.4.c", "date.style", p, f, DecreePart::PlaceDate, "the place and date line");
  expect_style(c, "PL1.II.4.c", "date.style", p, f, DecreePart::PlaceDate, "the place and date line");
  if (text.size() > 300) {
    c.error("PL1.II.4.b", "date.form", &p, "the place and date line is " + std::to_string(text.size()) + " bytes long",
            "write \"<Địa danh>, ngày DD tháng M năm YYYY\"");
    return;
  }
  // The blank of the official models ("…, ngày …… tháng …… năm ……") or one
  // left for the văn thư to fill in ("Hà Nội, ngày    tháng    năm 2024").
  static const std::regex blank(R"(^(.*?)\s*,?\s*ngày\s*(\S*)\s*tháng\s*(\S*)\s*năm\s*(\S*)\s*$)");
  std::smatch b;
  if (txt::is_placeholder(text)) return;
  static const std::regex form(R"(^(.+?)(\s*)(,?)\s*ngày\s+([0-9]{1,2})\s+tháng\s+([0-9]{1,2})\s+năm\s+([0-9]{4})\s*(\.?)$)");
  std::smatch m;
  if (!std::regex_match(text, m, form)) {
    if (std::regex_match(text, b, blank) && (b[2].str().empty() || b[3].str().empty())) return;  // to be filled in
    c.error("PL1.II.4.b", "date.form", &p,
            "the date line \"" + text + "\" is not \"<Địa danh>, ngày DD tháng M năm YYYY\" in Arabic digits",
            "write e.g. \"Hà Nội, ngày 05 tháng 3 năm 2020\"");
    return;
  }
  const std::string place = m[1];
  if (m[3].str().empty() || !m[2].str().empty())
    c.error("PL1.II.4.c", "date.place", &p, "the place \"" + place + "\" must be followed directly by a comma",
            "write \"" + place + ", ngày …\"");
  if (!place.empty()) {
    size_t n = 1;
    while (n < place.size() && (static_cast<unsigned char>(place[n]) & 0xC0) == 0x80) ++n;
    const std::string first = place.substr(0, n);
    if (txt::upper(first) != first)  // a lower-case letter
      c.error("PL1.II.4.c", "date.place", &p, "the place name \"" + place + "\" does not start with a capital letter",
              "capitalise the place name (Phụ lục II), e.g. \"" + txt::upper(first) + place.substr(n) + "\"");
  }
  const std::string ds = m[4], ms = m[5], ys = m[6];
  const int day = std::stoi(ds), month = std::stoi(ms), year = std::stoi(ys);
  if (!vn::is_valid_date(year, month, day)) {
    c.error("PL1.II.4.b", "date.valid", &p, "\"ngày " + ds + " tháng " + ms + " năm " + ys + "\" is not a real date",
            "write the date the document is issued");
    return;
  }
  if (ds != day_text(day))
    c.error("PL1.II.4.b", "date.padding", &p,
            "the day is written \"" + ds + "\"; " +
                (day < 10 ? "days below 10 take a leading zero" : std::string("days from 10 take no leading zero")),
            "write \"ngày " + day_text(day) + "\"");
  if (ms != month_text(month))
    c.error("PL1.II.4.b", "date.padding", &p,
            "the month is written \"" + ms + "\"; " +
                (month <= 2 ? "months 1 and 2 take a leading zero" : std::string("only months 1 and 2 take a leading zero")),
            "write \"tháng " + month_text(month) + "\"");
  if (!m[7].str().empty())
    c.error("PL1.II.4.c", "date.form", &p, "the date line ends with a full stop", "remove the full stop");
}

}  // namespace vanthu::check
