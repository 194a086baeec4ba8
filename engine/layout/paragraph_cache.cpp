#include "layout/paragraph_cache.h"

#include <cstdlib>
#include <cstring>

namespace vanthu::layout {
namespace {

template <typename T>
void put(std::string& key, const T& value) {
  char bytes[sizeof(T)];
  std::memcpy(bytes, &value, sizeof(T));
  key.append(bytes, sizeof(T));
}

void put_style(std::string& key, const model::RunStyle& s) {
  key += static_cast<char>(s.bold | s.italic << 1 | s.underline << 2 | s.superscript << 3);
  put(key, s.size_half_pt);
}

}  // namespace

std::string paragraph_key(const model::Paragraph& paragraph, double box_width, int page_number) {
  const model::ParagraphProps& p = paragraph.props;
  std::string key;
  key.reserve(64 + paragraph.runs.size() * 16);
  put(key, box_width);
  put(key, static_cast<int>(p.align));
  put(key, p.indent_left.emu);
  put(key, p.indent_right.emu);
  put(key, p.first_line.emu);
  put(key, static_cast<int>(p.line.rule));
  put(key, p.line.value);
  put_style(key, p.mark);
  put(key, p.tabs.size());
  for (const model::TabStop& t : p.tabs) {
    put(key, static_cast<int>(t.kind));
    put(key, t.position.emu);
  }
  bool page_field = false;
  for (const model::Run& r : paragraph.runs) {
    key += static_cast<char>(r.kind);
    put_style(key, r.style);
    put(key, r.text.size());
    key += r.text;
    page_field = page_field || r.kind == model::RunKind::PageNumber;
  }
  if (page_field) put(key, page_number);
  return key;
}

const CachedParagraph* ParagraphCache::find(const std::string& key) const {
  auto it = entries_.find(key);
  return it == entries_.end() ? nullptr : &it->second;
}

void ParagraphCache::insert(std::string key, CachedParagraph value) {
  if (entries_.size() >= kMaxEntries) entries_.clear();
  entries_.emplace(std::move(key), std::move(value));
}

bool ParagraphCache::enabled() {
  static const bool on = [] {
    const char* v = std::getenv("VANTHU_NO_PARAGRAPH_CACHE");
    return !(v && *v && *v != '0');
  }();
  return on;
}

}  // namespace vanthu::layout
