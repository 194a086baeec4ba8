// Text form of the laid-out pages, for golden tests and review.
#include <charconv>
#include <string>

#include "layout/pages.h"

namespace vanthu::layout {
namespace {

// Locale-independent, two decimals, never "-0.00".
std::string num(double v) {
  char buf[32];
  auto res = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed, 2);
  std::string s(buf, res.ptr);
  return s == "-0.00" ? "0.00" : s;
}

std::string escaped(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '\t') out += "\\t";
    else if (c == '\\') out += "\\\\";
    else out += c;
  }
  return out;
}

}  // namespace

std::string dump(const Pages& pages) {
  std::string out;
  for (size_t i = 0; i < pages.pages.size(); ++i) {
    const Page& p = pages.pages[i];
    out += "page " + std::to_string(i + 1) + " size " + num(p.width) + "x" + num(p.height) + " section " +
           std::to_string(p.section + 1) + " number " + std::to_string(p.number) +
           (p.shows_number ? " shown" : " hidden") + "\n";
    for (const Item& it : p.items) {
      switch (it.kind) {
        case Item::Kind::Text:
          out += "  text " + num(it.x) + " " + num(it.y) + " " + escaped(it.text) + "\n";
          break;
        case Item::Kind::Line:
          out += "  line " + num(it.x) + " " + num(it.y) + " " + num(it.x2) + " " + num(it.y2) + " w " +
                 num(it.line_width) + "\n";
          break;
        case Item::Kind::Drawing:
          out += "  drawing " + num(it.x) + " " + num(it.y) + " " + num(it.width) + "x" + num(it.height) + "\n";
          break;
        case Item::Kind::Png:
          out += "  png " + num(it.x) + " " + num(it.y) + " " + num(it.width) + "x" + num(it.height) + "\n";
          break;
        case Item::Kind::Anchor:  // nothing drawn; named in the PDF only
          break;
      }
    }
  }
  for (const OutlineEntry& e : pages.outline)
    out += "outline " + std::to_string(e.level) + " page " + std::to_string(e.page + 1) + " " + num(e.y) + " " +
           e.title + "\n";
  return out;
}

}  // namespace vanthu::layout
