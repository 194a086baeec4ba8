// PL1 Mục II khoản 9: "Kính gửi" (ô 9a) 13–14 pt upright with a colon, one
// recipient on its line, several as "-" lines ending ";" and the last ".",
// the dashes under the colon; "Nơi nhận:" (ô 9b) 12 pt bold italic, flush
// left, then one "-" line per recipient, 11 pt upright, ";" at each end, the
// last "- Lưu: VT, <unit> <copies>.".
#include <cmath>
#include <regex>

#include "check/document_kind.h"
#include "check/rules.h"
#include "check/text_util.h"

namespace vanthu::check {

namespace {

bool starts_dash(const std::string& s) { return txt::starts_with(s, "-"); }

void check_noi_nhan(Context& c, const Segment& s) {
  const Paragraph& label = *s.noi_nhan.p;
  const std::string text = txt::content(label);
  if (text != "Nơi nhận:")
    c.error("PL1.II.9.d", "noi-nhan.label", &label, "the label reads \"" + text + "\"",
            "write \"Nơi nhận:\" alone on its line");
  const RunFacts f = run_facts(label);
  expect_size(c, "PL1.II.9.d", "noi-nhan.label", label, f, DecreePart::RecipientsLabel, "\"Nơi nhận:\"");
  if ((wants_bold(DecreePart::RecipientsLabel) && !f.all_bold) ||
      (wants_italic(DecreePart::RecipientsLabel) && !f.all_italic))
    c.error("PL1.II.9.d", "noi-nhan.label", &label, "\"Nơi nhận:\" must be bold italic", "set it bold and italic");
  if (label.props.align != Align::Left && label.props.align != Align::Justify)
    c.error("PL1.II.9.d", "noi-nhan.label", &label, "\"Nơi nhận:\" is not flush left", "align it left");
  if (s.noi_nhan_items.empty()) {
    c.error("PL1.II.9.d", "noi-nhan.items", &label, "no recipients under \"Nơi nhận:\"",
            "list the recipients, one \"- …;\" per line, and end with \"- Lưu: VT, <unit>.\"");
    return;
  }
  for (size_t i = 0; i < s.noi_nhan_items.size(); ++i) {
    const Paragraph& p = *s.noi_nhan_items[i].p;
    const std::string item = txt::content(p) + (s.noi_nhan_items[i].end ? " " + txt::content(*s.noi_nhan_items[i].end) : "");
    const bool last = i + 1 == s.noi_nhan_items.size();
    const RunFacts fi = run_facts(p);
    expect_size(c, "PL1.II.9.d", "noi-nhan.items", p, fi, DecreePart::Recipients, "the recipient list");
    expect_style(c, "PL1.II.9.d", "noi-nhan.items", p, fi, DecreePart::Recipients, "the recipient line");
    if (!starts_dash(item)) {
      c.error("PL1.II.9.d", "noi-nhan.items", &p,
              txt::starts_with(txt::ascii_dashes(item), "-") ? "the recipient line starts with a dash other than \"-\""
                                                              : "the recipient line does not start with \"-\"",
              "start it with \"- \"");
    }
    if (i == 0 && s.cong_van() && txt::fold(item) != txt::fold("- Như trên;"))
      c.warning("PL1.II.9.b", "noi-nhan.nhu-tren", &p,
                "the first recipient of a công văn is \"- Như trên;\" (the addressees of Kính gửi)",
                "start the list with \"- Như trên;\"");
    // "- " alone: a line whose text was deleted (typically "Lưu: VT" removed).
    if (const std::string d = txt::ascii_dashes(item); d == "-" || d == "-;" || d == "- ;" || d == "-.") {
      c.error("PL1.II.9.d", last ? "noi-nhan.luu" : "noi-nhan.items", &p,
              last ? "the last line of Nơi nhận is an empty \"- \": the \"Lưu: VT\" line is missing"
                   : "an empty recipient line \"- \"",
              last ? "end the list with \"- Lưu: VT, <unit abbreviation>.\"" : "remove the empty line");
      continue;
    }
    if (txt::is_blank(p)) continue;
    if (!last) {
      if (item.empty() || item.back() != ';')
        c.error("PL1.II.9.d", "noi-nhan.items", &p, "a recipient line must end with \";\"", "end it with \";\"");
      continue;
    }
    static const std::regex luu(R"(^-\s*Lưu\s*:\s*VT\s*(,\s*\S.*)?\.$)");
    if ((item.size() > 300 || !std::regex_match(item, luu)) && internal_note(s)) {
      c.warning("PL1.II.9.d", "noi-nhan.luu", &p,
                "the last line is \"" + txt::excerpt(item, 40) + "\", not \"- Lưu: VT, …\"; debatable: this looks like "
                "an internal note of a unit (no Số), which the văn thư does not register",
                "if the note is sent out through the văn thư, end the list with \"- Lưu: VT, <unit abbreviation>.\"");
    } else if (item.size() > 300 || !std::regex_match(item, luu)) {
      c.error("PL1.II.9.d", "noi-nhan.luu", &p,
              "the last line is \"" + txt::excerpt(item, 40) + "\"; it must be \"- Lưu: VT, <drafting unit> <copies>.\"",
              "end the list with \"- Lưu: VT, <unit abbreviation>.\"");
    }  // "- Lưu: VT." alone is allowed: the unit and copies are "nếu cần" in the PL3 models
  }
}

void check_kinh_gui(Context& c, const Segment& s) {
  const Paragraph& p = *s.kinh_gui.p;
  const std::string text = txt::content(p);
  const RunFacts f = run_facts(p);
  expect_size(c, "PL1.II.9.d", "kinh-gui.style", p, f, DecreePart::Addressee, "\"Kính gửi\"");
  if ((wants_regular(DecreePart::Addressee) && f.any_bold) || (wants_upright(DecreePart::Addressee) && f.any_italic))
    c.error("PL1.II.9.d", "kinh-gui.style", &p, "\"Kính gửi\" is bold or italic; the decree sets it regular, upright",
            "remove bold and italic");
  if (!txt::starts_with(text, "Kính gửi:"))
    c.error("PL1.II.9.d", "kinh-gui.form", &p, "\"Kính gửi\" must be followed by a colon", "write \"Kính gửi: …\"");
  const std::string rest = text.size() > std::string("Kính gửi:").size() ? text.substr(std::string("Kính gửi:").size()) : "";
  if (s.kinh_gui_items.empty()) {
    if (rest.find_first_not_of(' ') == std::string::npos && !txt::is_placeholder(text))
      c.error("PL1.II.9.d", "kinh-gui.form", &p, "no addressee after \"Kính gửi:\"",
              "write the addressee on the same line (\"Kính gửi: Bộ Nội vụ\") or one \"- …;\" line each");
    return;
  }
  if (rest.find_first_not_of(" \t") != std::string::npos && !txt::is_placeholder(rest))
    c.error("PL1.II.9.d", "kinh-gui.form", &p,
            "with several addressees, \"Kính gửi:\" stands alone and each addressee takes its own \"-\" line",
            "move the addressee to a \"- …;\" line");
  // One addressee goes on the label's line ("Kính gửi: Bộ Nội vụ"), not on a "-" line of its own.
  // (In a layout table the addressee's cell is on the label's row: the same line.)
  if (s.kinh_gui_items.size() == 1 && !s.kinh_gui_in_table && rest.find_first_not_of(" \t") == std::string::npos &&
      !txt::is_blank(*s.kinh_gui_items[0].p)) {
    std::string name = txt::ascii_dashes(txt::content(*s.kinh_gui_items[0].p));
    while (!name.empty() && (name.front() == '-' || name.front() == ' ')) name.erase(name.begin());
    while (!name.empty() && (name.back() == '.' || name.back() == ';' || name.back() == ' ')) name.pop_back();
    c.error("PL1.II.9.d", "kinh-gui.form", s.kinh_gui_items[0].p,
            "a single addressee is written on a \"-\" line of its own; with one addressee the decree writes it on "
            "the line of \"Kính gửi:\"",
            "write \"Kính gửi: " + txt::excerpt(name, 40) + ".\" on one line");
  }
  // Dashes aligned with each other, under the colon.
  int start0 = 0;
  bool tabs = false;
  for (size_t i = 0; i < s.kinh_gui_items.size(); ++i) {
    const Paragraph& item = *s.kinh_gui_items[i].p;
    const std::string t = txt::content(s.kinh_gui_items[i].last_line());
    const bool last = i + 1 == s.kinh_gui_items.size();
    const RunFacts fi = run_facts(item);
    expect_size(c, "PL1.II.9.d", "kinh-gui.style", item, fi, DecreePart::Addressee, "the addressee");
    for (const auto& r : item.runs)
      if (!r.text.empty() && r.text[0] == '\t') tabs = true;
    const int start = item.props.ind_left + item.props.first_line;
    if (i == 0) start0 = start;
    else if (!tabs && std::abs(start - start0) > 57)
      c.error("PL1.II.9.d", "kinh-gui.align", &item, "the addressees' dashes are not aligned with each other",
              "give every addressee line the same left indent");
    if (!txt::is_blank(item) && (t.empty() || t.back() != (last ? '.' : ';')))
      c.error("PL1.II.9.d", "kinh-gui.form", &item,
              last ? "the last addressee must end with \".\"" : "an addressee line must end with \";\"",
              std::string("end it with \"") + (last ? "." : ";") + "\"");
  }
  // In a layout table the label and the dashes are in different cells: their
  // positions are not comparable from the indents alone (not checked).
  if (!tabs && c.measurer != nullptr && !s.kinh_gui_in_table) {
    RunProps style = p.runs.empty() ? p.mark : p.runs.front().props;
    const double colon = (p.props.ind_left + p.props.first_line) / 20.0 + c.width_pt("Kính gửi", style);
    const double dash = start0 / 20.0;
    const double label = (p.props.ind_left + p.props.first_line) / 20.0;
    const std::string message = "the addressees' dashes start " + mm_of_pt(dash) + " from the margin, the colon of \"Kính gửi:\" at " + mm_of_pt(colon);
    const std::string fix = "indent the addressee lines to " + mm_of_pt(colon) + " so the dashes stand under the colon";
    // Not under the label at all: an error. Under the label but off the colon
    // by more than 3 mm: a warning (Mẫu 1.5 itself puts them 7,6 mm before it).
    if (dash < label - 8.5 || dash > colon + 8.5)
      c.error("PL1.II.9.d", "kinh-gui.align", s.kinh_gui_items.front().p, message, fix);
    else if (std::abs(dash - colon) > 8.5)
      c.warning("PL1.II.9.d", "kinh-gui.align", s.kinh_gui_items.front().p, message, fix);
  }
}

}  // namespace

void check_recipients(Context& c, const Segment& s) {
  if (s.kinh_gui) check_kinh_gui(c, s);
  else if (s.cong_van())
    c.error("PL1.II.9.b", "kinh-gui.missing", s.vv.p, "a công văn has no \"Kính gửi:\" line (ô 9a)",
            "add \"Kính gửi: <addressee>\" under the header");
  if (s.noi_nhan) check_noi_nhan(c, s);
  else if (!s.attached && s.kind == "bien-ban")
    c.warning("PL1.II.9.c", "noi-nhan.missing", s.body.empty() ? s.quoc_hieu.p : s.body.back().p,
              "no \"Nơi nhận:\" list (ô 9b); debatable for a biên bản, which closes with the signatures of "
              "those who made it and is often kept without a distribution list",
              "add \"Nơi nhận:\" with \"- Lưu: VT\" under the signatures if the biên bản is sent out");
  else if (!s.attached)
    c.error("PL1.II.9.c", "noi-nhan.missing", s.body.empty() ? s.quoc_hieu.p : s.body.back().p,
            "no \"Nơi nhận:\" list (ô 9b)",
            "add the closing table: \"Nơi nhận:\" and the recipients on the left, the signer on the right");
}

}  // namespace vanthu::check
