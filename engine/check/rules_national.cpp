// PL1 Mục II khoản 1: Quốc hiệu "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" upper
// case, 12–13 pt, upright, bold, on one line; Tiêu ngữ "Độc lập - Tự do -
// Hạnh phúc", 13–14 pt, upright, bold, with a solid rule as long as the line.
#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include "check/rules.h"
#include "check/text_util.h"

namespace vanthu::check {

namespace {

constexpr const char* kQuocHieu = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
constexpr const char* kQuocHieuOld = "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM";  // tone mark as in the Mục V sample
constexpr const char* kTieuNgu = "Độc lập - Tự do - Hạnh phúc";

void check_quoc_hieu(Context& c, const Located& l, const Located& rest) {
  const Paragraph& p = *l.p;
  const std::string text = rest ? txt::content(p) + " " + txt::content(*rest.p) : txt::content(p);
  RunFacts f = run_facts(p);
  if (rest) {
    const RunFacts g = run_facts(*rest.p);
    f.all_bold = f.all_bold && g.all_bold;
    f.any_italic = f.any_italic || g.any_italic;
    f.min_size = std::min(f.min_size, g.min_size);
    f.max_size = std::max(f.max_size, g.max_size);
  }
  if (text != kQuocHieu && text != kQuocHieuOld) {
    if (!txt::is_upper(text) && !f.caps)
      c.error("PL1.II.1.a", "quoc-hieu.text", &p, "the Quốc hiệu must be in upper case",
              std::string("write \"") + kQuocHieu + "\"");
    else if (txt::upper(text) != kQuocHieu && txt::upper(text) != kQuocHieuOld)
      c.error("PL1.II.1.a", "quoc-hieu.text", &p, "the Quốc hiệu reads \"" + text + "\"",
              std::string("write \"") + kQuocHieu + "\" with single spaces");
  }
  expect_size(c, "PL1.II.1.a", "quoc-hieu.style", p, f, DecreePart::NationalName, "the Quốc hiệu");
  expect_style(c, "PL1.II.1.a", "quoc-hieu.style", p, f, DecreePart::NationalName, "the Quốc hiệu");
  if (rest) {
    c.error("PL1.II.1.a", "quoc-hieu.one-line", &p, "the Quốc hiệu is broken over two lines by a line break",
            "remove the line break; the Quốc hiệu is one line");
    return;
  }
  const double width = c.text_width_pt(p);
  const double box = line_box_pt(l);
  if (width > 0 && width > box + 0.5)
    c.error("PL1.II.1.a", "quoc-hieu.one-line", &p,
            "the Quốc hiệu is " + mm_of_pt(width) + " wide at " + pt_text(f.max_size) + " but its column holds " +
                mm_of_pt(box) + " (cell width minus cell margins): it wraps onto two lines",
            "widen the right column of the header table to at least " + mm_of_pt(width + 1) +
                " of text width, or set the Quốc hiệu in 12 pt");
  else if (const double lo = c.text_width_pt_libreoffice(p); width > 0 && lo > box)
    c.warning("PL1.II.1.a", "quoc-hieu.one-line", &p,
              "the Quốc hiệu fits its column (" + mm_of_pt(box) + ") as Word draws it, but LibreOffice does not "
              "condense the one-character runs of it and draws it " + mm_of_pt(lo) + " wide: it wraps onto two "
              "lines there",
              "condense whole words rather than single spaces, widen the right column, or set the Quốc hiệu in 12 pt");
}

void check_tieu_ngu(Context& c, const Segment& s) {
  const Paragraph& p = *s.tieu_ngu.p;
  const std::string text = txt::content(p);
  if (text != kTieuNgu) {
    std::string why = "the Tiêu ngữ reads \"" + text + "\"";
    if (txt::ascii_dashes(text) != text) why += ": the phrases are joined by en/em dashes, the decree uses hyphens (-)";
    else if (text.find(" - ") == std::string::npos) why += ": the hyphens need a space on each side";
    else if (txt::is_upper(text)) why += ": only the first letter of each phrase is upper case";
    c.error("PL1.II.1.b", "tieu-ngu.text", &p, why, std::string("write \"") + kTieuNgu + "\"");
  }
  const RunFacts f = run_facts(p);
  expect_size(c, "PL1.II.1.b", "tieu-ngu.style", p, f, DecreePart::Motto, "the Tiêu ngữ");
  expect_style(c, "PL1.II.1.b", "tieu-ngu.style", p, f, DecreePart::Motto, "the Tiêu ngữ");
  expect_rule(c, "PL1.II.1.b", "tieu-ngu.rule", s.tieu_ngu, s.tieu_ngu_rule, line_width_pt(c, s.tieu_ngu), 0.9, 1.1,
              "the Tiêu ngữ", "as long as the Tiêu ngữ line");
}

}  // namespace

// A Quốc hiệu set after tabs ("UBND TỈNH …<tab><tab>CỘNG HÒA …") starts
// where the tabs put it and must end before the right margin. Only default
// tab stops are resolved: a custom stop may be centred or right-aligned,
// which the reader does not keep.
void check_quoc_hieu_after_tabs(Context& c, const Segment& s) {
  const Paragraph* source = nullptr;
  for (const auto& [right, from] : s.tab_sources)
    if (right == s.quoc_hieu.p) source = from;
  if (source == nullptr || !source->props.tabs.empty() || s.quoc_hieu_rest) return;
  const ParaProps& pp = source->props;
  double pos = pp.ind_left + pp.first_line;  // twips from the margin
  int side = 0;  // 0 before any letter, 1 left text, 2 the tabs after it, 3 the right column's first letter
  for (const TextRun& r : source->runs) {
    std::string piece;
    auto flush = [&] {
      const double w = piece.empty() ? 0 : c.width_pt(piece, r.props, true);
      if (w > 0) pos += w * 20;
      piece.clear();
    };
    for (char ch : r.text) {
      if (ch == '\t') {
        flush();
        if (side == 1) side = 2;
        pos = (static_cast<int>(pos) / 720 + 1) * 720.0;  // the next default stop
        continue;
      }
      if (ch != ' ' && side == 0) side = 1;
      if (ch != ' ' && side == 2) {
        side = 3;
        break;
      }
      piece += ch;
    }
    if (side == 3) break;
    flush();
  }
  if (side != 3) return;
  const double width = c.text_width_pt(*s.quoc_hieu.p);
  const double room = (s.quoc_hieu.box - pp.ind_right - pos) / 20.0;
  if (width > line_box_pt(s.quoc_hieu) + 0.5) return;  // wider than the page: already reported
  if (width > 0 && width > room + 0.5)
    c.error("PL1.II.1.a", "quoc-hieu.one-line", s.quoc_hieu.p,
            "the Quốc hiệu starts " + mm_of_pt(pos / 20.0) + " from the margin after the tabs and is " +
                mm_of_pt(width) + " wide, but only " + mm_of_pt(room) + " is left before the right margin: it wraps "
                "onto two lines",
            "lay the header out as a two-column borderless table, or set the Quốc hiệu in 12–13 pt");
}

void check_national(Context& c, const Segment& s) {
  check_quoc_hieu(c, s.quoc_hieu, s.quoc_hieu_rest);
  if (s.layout == HeaderLayout::Tabs) check_quoc_hieu_after_tabs(c, s);
  if (!s.tieu_ngu) {
    c.error("PL1.II.1.b", "tieu-ngu.missing", s.quoc_hieu.p,
            "no Tiêu ngữ \"Độc lập - Tự do - Hạnh phúc\" directly under the Quốc hiệu",
            std::string("add the line \"") + kTieuNgu + "\" under the Quốc hiệu, 13–14 pt bold");
    return;
  }
  check_tieu_ngu(c, s);
}

}  // namespace vanthu::check
