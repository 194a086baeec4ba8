// PL1 Mục I khoản 1–3: A4 paper, portrait (landscape only for sections with
// tables), margins top/bottom 20–25 mm, left 30–35 mm, right 15–20 mm.
#include <cmath>
#include <cstdio>

#include "check/rules.h"

namespace vanthu::check {

namespace {

constexpr int kA4Short = 11906, kA4Long = 16838;  // twips
constexpr int kPaperTolerance = 20;               // ~0.35 mm: rounding of writers
constexpr double kMarginTolerance = 0.1;          // mm: 35 mm is 1984.25 twips, written 1984 or 1985

std::string mm_text(double mm) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f mm", mm);
  std::string s = buf;
  if (s.size() > 5 && s.compare(s.size() - 5, 5, ".0 mm") == 0) s.erase(s.size() - 5, 2);
  for (char& ch : s)
    if (ch == '.') ch = ',';
  return s;
}

double to_mm(int twips) { return twips * 25.4 / 1440.0; }

bool section_has_content_table(const Context& c, const Section& s) {
  for (int b = s.first_block; b < s.end_block && b < static_cast<int>(c.doc.body.size()); ++b)
    if (const Table* t = c.doc.body[static_cast<size_t>(b)].table(); t && t->borders) return true;
  return false;
}

}  // namespace

void check_page(Context& c) {
  for (size_t i = 0; i < c.doc.sections.size(); ++i) {
    const Section& s = c.doc.sections[i];
    const std::string where = c.doc.sections.size() > 1 ? "section " + std::to_string(i + 1) + ": " : "";
    const int shorter = std::min(s.width, s.height), longer = std::max(s.width, s.height);
    if (s.width == 0 || s.height == 0) {
      c.error("PL1.I.1", "page.size", nullptr, where + "the page size is not stated (w:pgSz), so it depends on the application",
              "set A4: w:pgSz w:w=\"11906\" w:h=\"16838\"");
    } else if (std::abs(shorter - kA4Short) > kPaperTolerance || std::abs(longer - kA4Long) > kPaperTolerance) {
      c.error("PL1.I.1", "page.size", nullptr,
              where + "the paper is " + mm_text(to_mm(s.width)) + " × " + mm_text(to_mm(s.height)) +
                  "; the decree requires A4 (210 × 297 mm)",
              "set A4: w:pgSz w:w=\"11906\" w:h=\"16838\"");
    }
    // Landscape is allowed for a section that holds tables (ones not made
    // into separate appendices).
    if ((s.width > s.height || s.landscape) && !section_has_content_table(c, s))
      c.error("PL1.I.2", "page.orientation", nullptr,
              where + "the page is landscape without a table; the decree lays documents out along the long side of "
                      "A4 (portrait), landscape only for tables",
              "set portrait orientation (w:pgSz without w:orient=\"landscape\", width 11906, height 16838)");
    struct Edge {
      const char* name;
      int twips;
      double lo, hi;
    };
    const vn::nd30::Table& decree = vn::nd30::table();
    const Edge edges[] = {{"top", s.top, decree.top.min_mm, decree.top.max_mm},
                          {"bottom", s.bottom, decree.bottom.min_mm, decree.bottom.max_mm},
                          {"left", s.left, decree.left.min_mm, decree.left.max_mm},
                          {"right", s.right, decree.right.min_mm, decree.right.max_mm}};
    for (const Edge& e : edges) {
      const double mm = to_mm(std::abs(e.twips));
      if (mm >= e.lo - kMarginTolerance && mm <= e.hi + kMarginTolerance) continue;
      c.error("PL1.I.3", "page.margins", nullptr,
              where + "the " + e.name + " margin is " + mm_text(mm) + "; the decree's range is " + mm_text(e.lo).substr(0, mm_text(e.lo).size() - 3) +
                  "–" + mm_text(e.hi),
              std::string("set the ") + e.name + " margin between " + mm_text(e.lo) + " and " + mm_text(e.hi) + " (" +
                  std::to_string(static_cast<int>(std::ceil(e.lo * 1440 / 25.4))) + "–" +
                  std::to_string(static_cast<int>(std::floor(e.hi * 1440 / 25.4))) + " twips)");
    }
  }
}

}  // namespace vanthu::check
