// PL1 Mục II khoản 3: "Số" in lower case, 13 pt, upright, then ":"; the
// number in Arabic digits, 01–09 below 10; "/" then the ký hiệu in upper
// case, groups joined by "-" without spaces: the Phụ lục III abbreviation of
// the type, then the organ's (for công văn: the organ's, then the unit's).
// Administrative documents carry no year (that is for legal normative ones).
#include <regex>

#include "check/document_kind.h"
#include "check/rules.h"
#include "check/text_util.h"
#include "vn/doc_types.h"
#include "vn/format.h"

namespace vanthu::check {

namespace {

const vn::DocType* type_by_name(const std::string& name) {
  const std::string f = txt::fold(name);
  for (const auto& t : vn::doc_types())
    if (!t.name.empty() && txt::fold(t.name) == f) return &t;
  return nullptr;
}

const vn::DocType* type_by_abbreviation(const std::string& abbr) {
  for (const auto& t : vn::doc_types())
    if (!t.abbreviation.empty() && t.abbreviation == abbr) return &t;
  return nullptr;
}

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> out;
  size_t start = 0;
  for (;;) {
    const size_t end = s.find(sep, start);
    out.push_back(s.substr(start, end == std::string::npos ? std::string::npos : end - start));
    if (end == std::string::npos) return out;
    start = end + 1;
  }
}

bool all_digits(const std::string& s) {
  if (s.empty()) return false;
  for (char ch : s)
    if (ch < '0' || ch > '9') return false;
  return true;
}

void check_symbol(Context& c, const Segment& s, const Paragraph& p, const std::string& number,
                  const std::string& symbol) {
  if (symbol.find(' ') != std::string::npos) {
    c.error("PL1.II.3.c", "so.symbol", &p, "the ký hiệu \"" + symbol + "\" contains spaces",
            "join the groups of the ký hiệu with \"-\" and no spaces");
  }
  // An en/em dash between the groups is one mistake (reported here), not a
  // ký hiệu of one group: the groups are read across it.
  const std::string dashed = txt::ascii_dashes(symbol);
  if (dashed != symbol)
    c.error("PL1.II.3.c", "so.symbol", &p, "the ký hiệu \"" + symbol + "\" joins its groups with an en/em dash",
            "join the groups with a hyphen-minus \"-\"");
  std::string compact;
  for (char ch : dashed)
    if (ch != ' ') compact += ch;
  std::vector<std::string> groups;
  for (const std::string& part : split(compact, '/'))
    for (const std::string& g : split(part, '-')) groups.push_back(g);
  for (const std::string& g : groups)
    if (g.size() == 4 && all_digits(g) && (g.rfind("19", 0) == 0 || g.rfind("20", 0) == 0)) {
      c.error("PL1.II.3.b", "so.year", &p,
              "the ký hiệu carries a year (" + g + "); administrative documents have none (the year is for legal "
                                                   "normative documents, \"30/2020/NĐ-CP\")",
              "write \"Số: " + number + "/" + compact.substr(compact.find('/') + 1) + "\" without the year");
      return;
    }
  if (compact.find('/') != std::string::npos)
    c.error("PL1.II.3.c", "so.symbol", &p, "the ký hiệu has a second \"/\"",
            "use one \"/\" between the number and the ký hiệu, and \"-\" between its groups");
  groups = split(split(compact, '/').back(), '-');
  for (const std::string& g : groups) {
    if (g.empty()) {
      c.error("PL1.II.3.c", "so.symbol", &p, "the ký hiệu \"" + symbol + "\" has an empty group",
              "write the groups joined by single hyphens, e.g. \"QĐ-UBND\"");
      return;
    }
    // The abbreviations of Phụ lục III may mix cases (TTr, CTr, QyĐ); other groups are upper case.
    if (!type_by_abbreviation(g) && txt::upper(g) != g) {
      c.error("PL1.II.3.c", "so.symbol", &p, "the ký hiệu group \"" + g + "\" is not in upper case",
              "write \"" + txt::upper(g) + "\"");
      return;
    }
  }
  if (groups.size() < 2)
    c.error("PL3.I", "so.symbol", &p, "the ký hiệu \"" + symbol + "\" has one group only",
            s.cong_van() ? "write the organ's and the drafting unit's abbreviations, e.g. \"UBND-VX\""
                         : "write the type's and the organ's abbreviations, e.g. \"QĐ-UBND\"");
  const std::string first = groups.front();
  if (s.ten_loai) {
    const std::string name = txt::content(*s.ten_loai.p);
    const vn::DocType* type = type_by_name(name);
    if (type != nullptr && !type->abbreviation.empty() && first != type->abbreviation) {
      const vn::DocType* other = type_by_abbreviation(first);
      c.error("PL3.I", "so.type-abbreviation", &p,
              "the ký hiệu starts with \"" + first + "\"" +
                  (other ? " (" + other->name + ")" : std::string()) + " but the document is a " + name +
                  ", abbreviated \"" + type->abbreviation + "\" in Phụ lục III",
              "write \"" + type->abbreviation + "-<organ>\"");
    }
  } else if (s.cong_van()) {
    if (const vn::DocType* other = type_by_abbreviation(first); other && groups.size() >= 2)
      c.warning("PL1.II.3.b", "so.type-abbreviation", &p,
                "the ký hiệu of this công văn starts with \"" + first + "\", the abbreviation of " + other->name +
                    "; a công văn's ký hiệu is <organ>-<drafting unit>",
                "write the organ's abbreviation first, e.g. \"UBND-VX\"");
  }
}

}  // namespace

void check_number(Context& c, const Segment& s) {
  if (!s.so) {
    // A biên bản may go unnumbered when the organ does not number its biên bản (PL3 Mẫu 1.9).
    const bool bien_ban = s.ten_loai && txt::fold(txt::content(*s.ten_loai.p)) == txt::fold("BIÊN BẢN");
    if (!s.attached && internal_note(s))
      c.warning("PL1.II.3.c", "so.missing", s.issuer.back().p,
                "no \"Số:\" line under the organ's name (ô 3); debatable: the issuer is a unit inside an organ "
                "(\"" + txt::content(*s.issuer.back().p) + "\"), and its internal notes are often not numbered",
                "if the note is registered by the văn thư, add \"Số: <nn>/<ký hiệu>\" under the unit's name");
    else if (!s.attached && !s.issuer.empty() && !bien_ban)
      c.error("PL1.II.3.c", "so.missing", s.issuer.back().p, "no \"Số:\" line under the organ's name (ô 3)",
              "add \"Số: <nn>/<ký hiệu>\" centred under the issuing organ's name, 13 pt");
    return;
  }
  const Paragraph& p = *s.so.p;
  const std::string text = txt::content(p);
  const RunFacts f = run_facts(p);
  expect_size(c, "PL1.II.3.c", "so.style", p, f, DecreePart::Number, "the Số line");
  expect_style(c, "PL1.II.3.c", "so.style", p, f, DecreePart::Number, "the Số line");
  if (txt::is_placeholder(text)) return;  // a blank of the official models ("Số:    /QĐ-…")
  if (text.size() > 200) {  // also keeps std::regex (recursive) away from long input
    c.error("PL1.II.3.c", "so.form", &p, "the Số line is " + std::to_string(text.size()) + " bytes long",
            "write e.g. \"Số: 05/QĐ-UBND\"");
    return;
  }
  static const std::regex form(R"(^(Số|SỐ|số)\s*(:?)\s*([0-9]*)\s*/\s*(.*)$)");
  std::smatch m;
  if (!std::regex_match(text, m, form)) {
    c.error("PL1.II.3.c", "so.form", &p, "the Số line \"" + text + "\" is not \"Số: <number>/<ký hiệu>\"",
            "write e.g. \"Số: 05/QĐ-UBND\"");
    return;
  }
  if (m[1] != "Số")
    c.error("PL1.II.3.c", "so.form", &p, "\"Số\" is written \"" + m[1].str() + "\"; the decree writes it in lower case",
            "write \"Số:\"");
  if (m[2].str().empty())
    c.error("PL1.II.3.c", "so.form", &p, "there is no colon after \"Số\"", "write \"Số: " + m[3].str() + "/…\"");
  const std::string number = m[3];
  if (number.empty()) {
    // Left blank for the văn thư to fill in on issue (PL3 models): nothing to check.
  } else if (number.size() > 9) {
    c.error("PL1.II.3.a", "so.form", &p, "the number " + number + " is not a register number", "");
  } else {
    const long n = std::stol(number);
    if (n < 1)
      c.error("PL1.II.3.a", "so.form", &p, "the number is " + number + "; numbering starts at 01 each year",
              "use the number from the register");
    else if (number.size() < static_cast<size_t>(vn::nd30::table().number_digits))
      c.error("PL1.II.3.c", "so.padding", &p, "the number " + number + " is below 10 and needs one leading zero",
              "write \"" + vn::document_number(n) + "\"");
    else if (number.size() > static_cast<size_t>(vn::nd30::table().number_digits) && number[0] == '0')
      c.error("PL1.II.3.c", "so.padding", &p, "the number " + number + " has a leading zero; only 01–09 are padded",
              "write \"" + std::to_string(n) + "\"");
  }
  const std::string symbol = m[4];
  if (symbol.empty()) {
    c.error("PL1.II.3.b", "so.symbol", &p, "there is no ký hiệu after the \"/\"", "write e.g. \"/QĐ-UBND\"");
    return;
  }
  check_symbol(c, s, p, number.empty() ? "…" : number, symbol);
}

}  // namespace vanthu::check
