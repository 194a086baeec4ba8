// Content written as lines in the data ("# Mục đích, yêu cầu", "- Tạo sự…"),
// turned into nested divisions. Nested Mustache sections cannot express
// recursive content safely (a missing key falls back to an outer object),
// so the nesting is read from the line prefixes instead.
#include "template/outline.h"

namespace vanthu::tmpl {

namespace {

struct Line {
  int depth = -1;         // -1: not a heading
  bool untitled = false;  // "#." form
  bool item = false;      // "- " form
  sem::Text text;
};

// Removes `n` bytes from the start of the text (across spans) and leading spaces.
void drop_prefix(sem::Text& t, size_t n) {
  while (!t.empty() && n > 0) {
    auto& s = t.front().text;
    const size_t k = std::min(n, s.size());
    s.erase(0, k);
    n -= k;
    if (s.empty() && !t.front().line_break) t.erase(t.begin());
  }
  while (!t.empty() && !t.front().line_break && !t.front().text.empty() && t.front().text[0] == ' ') {
    t.front().text.erase(0, 1);
    if (t.front().text.empty()) t.erase(t.begin());
  }
}

Line classify(sem::Text t) {
  Line l;
  const std::string head = t.empty() || t.front().line_break ? std::string() : t.front().text;
  size_t hashes = 0;
  while (hashes < head.size() && head[hashes] == '#') ++hashes;
  if (hashes >= 1 && hashes <= 4 && hashes < head.size() && (head[hashes] == ' ' || head[hashes] == '.')) {
    l.depth = static_cast<int>(hashes) - 1;
    l.untitled = head[hashes] == '.';
    drop_prefix(t, hashes + (l.untitled ? 1 : 0));
  } else if (head.rfind("\\#", 0) == 0) {
    drop_prefix(t, 1);  // "\#" is a literal "#"
  } else if (head.rfind("- ", 0) == 0) {
    l.item = true;
    drop_prefix(t, 2);
  }
  l.text = std::move(t);
  return l;
}

// Consumes lines from `i` that belong at `depth` or deeper.
std::vector<sem::Node> build(const std::vector<Line>& lines, size_t& i, int depth) {
  std::vector<sem::Node> out;
  while (i < lines.size()) {
    const Line& l = lines[i];
    if (l.depth >= 0 && l.depth < depth) break;
    ++i;
    if (l.depth >= 0) {
      sem::Section s;
      if (l.untitled) {
        if (!l.text.empty()) s.children.emplace_back(sem::Paragraph{l.text});
      } else {
        s.title = l.text;
      }
      std::vector<sem::Node> inner = build(lines, i, l.depth + 1);
      s.children.insert(s.children.end(), std::make_move_iterator(inner.begin()), std::make_move_iterator(inner.end()));
      out.emplace_back(std::move(s));
    } else if (l.item) {
      out.emplace_back(sem::Item{l.text});
    } else if (!l.text.empty()) {
      out.emplace_back(sem::Paragraph{l.text});
    }
  }
  return out;
}

}  // namespace

std::vector<sem::Node> outline_to_nodes(const std::vector<sem::Text>& raw) {
  std::vector<Line> lines;
  lines.reserve(raw.size());
  for (const auto& t : raw) lines.push_back(classify(t));
  size_t i = 0;
  return build(lines, i, 0);
}

}  // namespace vanthu::tmpl
