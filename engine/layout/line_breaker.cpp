#include "layout/line_breaker.h"

#include <hb.h>
#include <pango/pango.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <vector>

#include "layout/break_rules.h"
#include "layout/line_adjust.h"
#include "layout/line_fonts.h"
#include "layout/paragraph_shaper.h"
#include "layout/paragraph_text.h"

namespace vanthu::layout {
namespace {

constexpr gunichar kLineSeparatorChar = 0x2028;

struct GlyphsFree {
  void operator()(PangoGlyphString* g) const { pango_glyph_string_free(g); }
};
using Glyphs = std::unique_ptr<PangoGlyphString, GlyphsFree>;

bool is_latin_letter(gunichar c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= 0xC0 && c <= 0x24F) || (c >= 0x1E00 && c <= 0x1EFF);
}

// The characters whose itemisation the breaker knows: Pango puts them in one
// script run (Latin, or Common when there is no letter), one bidi level,
// one width run (none is upright, UAX #50) and no emoji run.
bool takes_char(gunichar c) {
  if (c >= 0x20 && c < 0x7F) return true;
  if (c >= 0xC0 && c <= 0x24F) return c != 0xD7 && c != 0xF7;
  if (c >= 0x300 && c <= 0x36F) return true;   // combining marks
  if (c >= 0x1E00 && c <= 0x1EFF) return true;  // Vietnamese letters
  if (c >= 0x2010 && c <= 0x2026) return true;  // dashes, quotes, bullet, ellipsis
  return c == kLineSeparatorChar;
}

// pango_glyph_string_set_size reallocates its arrays on every call; a
// string reused from paragraph to paragraph mostly has the room already.
void set_size(PangoGlyphString* g, int n) {
  if (n <= g->space) g->num_glyphs = n;
  else pango_glyph_string_set_size(g, n);
}

// A run as Pango's itemiser cuts it, shaped once.
struct Source {
  PangoItem item{};  // offset, length, num_chars, analysis (extra_attrs borrowed)
  int char_start = 0;
  const model::RunStyle* style = nullptr;
  const LineFont* font = nullptr;
  PangoGlyphString* glyphs = nullptr;  // in Breaker::source_glyphs_
  int prefix = 0;                      // its glyphs' running widths start at Breaker::prefix_[prefix]
};

// A Pango item, or what a line break left of one.
struct Piece {
  int source = 0;
  int char_start = 0, char_end = 0;
  int byte_start = 0, byte_end = 0;
  int num_chars() const { return char_end - char_start; }
};

struct Line {
  int start = 0, length = 0;
  std::vector<Piece> runs;                 // in order
  std::vector<PangoGlyphString*> glyphs;  // in Breaker::line_glyphs_
};

enum class Result { NoneFit, SomeFit, AllFit, EmptyFit, LineSeparator };

// One per thread, used for one paragraph after another: its buffers keep
// their room (a long list has tens of thousands of cells).
class Breaker {
 public:
  Breaker() : no_kerning_(pango_attr_font_features_new("kern=0")) { features_.data = no_kerning_; }
  ~Breaker() { pango_attribute_destroy(no_kerning_); }
  Breaker(const Breaker&) = delete;
  Breaker& operator=(const Breaker&) = delete;

  // Reads the text, cuts and shapes its runs; false when the paragraph is
  // not one the breaker takes.
  bool prepare(LineFonts& fonts, PangoContext* context, const ParagraphText& text, const LineFrame& frame,
               const model::RunStyle& mark);
  // The lines (the first line_count() of the vector; the others are room
  // kept from earlier paragraphs); valid until the next prepare().
  const std::vector<Line>& break_lines();
  size_t line_count() const { return line_count_; }
  // The runs of `line` as the line rules take them (in a buffer of its own).
  const std::vector<LineRun>& runs_of(const Line& line);
  const PangoLogAttr* log_attrs();
  int char_count() const { return n_chars_; }
  int char_of_byte(int byte) const;

 private:
  void shape(Source& src, bool latin);
  bool can_break_at(int offset, bool char_wrap);
  int extra_width(const Piece& item, int pos) const;
  int glyphs_width(const Piece& piece, int chars) const;
  void set_widths(Source& src);
  PangoGlyphString* cut(const Piece& piece);
  void insert_run(Line& line, const Piece& piece);
  Result process_item(Line& line, bool force_fit, bool no_break_at_end, bool is_last_item);
  void process_line(Line& line, int index);

  LineFonts* fonts_ = nullptr;
  PangoContext* context_ = nullptr;
  const ParagraphText* text_ = nullptr;
  const LineFrame* frame_ = nullptr;
  const model::RunStyle* mark_ = nullptr;
  PangoAttribute* no_kerning_;
  GSList features_{};  // the analysis' extra attributes: kern=0 only

  std::vector<Glyphs> source_glyphs_;  // one per source, reused
  std::vector<Glyphs> line_glyphs_;    // one per placed run, reused
  size_t line_glyphs_used_ = 0;
  std::vector<Line> lines_;
  size_t line_count_ = 0;
  std::vector<LineRun> line_runs_;
  std::vector<int> cuts_;
  PangoLanguage* language_ = nullptr;  // and HarfBuzz's name for it
  hb_language_t hb_language_ = HB_LANGUAGE_INVALID;

  int n_chars_ = 0;
  std::vector<int> byte_of_char_;  // n_chars_ + 1 entries
  std::vector<gunichar> chars_;
  std::vector<uint8_t> white_;     // g_unichar_isspace, per character
  std::vector<int> width_;         // Pango's logical width of each character
  std::vector<int> prefix_;        // per source: 0, then the running sum of its glyph widths
  std::vector<Source> sources_;
  std::vector<PangoLogAttr> attrs_;  // empty until needed

  // Pango's ParaBreakState, reduced to what this text needs.
  std::vector<Piece> items_;  // items_[next_item_..] are still to place
  size_t next_item_ = 0;
  int start_offset_ = 0;       // character offset of the item being placed
  int remaining_width_ = 0;
  bool item_shaped_ = false;   // state->glyphs != NULL: the item's widths are its log widths
};

// pango_shape_item (shape.c, pango_hb_shape) for a run whose characters
// all have glyphs in its font: the same HarfBuzz call on the font's own
// hb_font (Pango's wrapper font only differs for characters without a
// glyph), without the colour-glyph lookups Pango makes for every glyph.
void Breaker::shape(Source& src, bool latin) {
  const std::string& s = text_->text;
  hb_buffer_t* buf = fonts_->buffer();
  hb_buffer_set_direction(buf, HB_DIRECTION_LTR);
  hb_buffer_set_script(buf, latin ? HB_SCRIPT_LATIN : HB_SCRIPT_COMMON);
  if (src.item.analysis.language != language_) {  // the context's, the same for every run
    language_ = src.item.analysis.language;
    hb_language_ = hb_language_from_string(pango_language_to_string(language_), -1);
  }
  hb_buffer_set_language(buf, hb_language_);
  hb_buffer_set_cluster_level(buf, HB_BUFFER_CLUSTER_LEVEL_MONOTONE_CHARACTERS);
  hb_buffer_set_flags(buf, static_cast<hb_buffer_flags_t>(HB_BUFFER_FLAG_BOT | HB_BUFFER_FLAG_EOT));
  hb_buffer_set_invisible_glyph(buf, PANGO_GLYPH_EMPTY);
  const int offset = src.item.offset, length = src.item.length;
  hb_buffer_add_utf8(buf, s.data(), offset, offset, 0);  // the text before, as context
  hb_buffer_add_utf8(buf, s.data(), offset + length, offset, length);
  hb_buffer_add_utf8(buf, s.data(), static_cast<int>(s.size()), offset + length, 0);  // and after
  hb_shape(src.font->hb_font, buf, src.font->features.data(), static_cast<unsigned>(src.font->features.size()));

  unsigned count = 0;
  const hb_glyph_info_t* info = hb_buffer_get_glyph_infos(buf, &count);
  const hb_glyph_position_t* pos = hb_buffer_get_glyph_positions(buf, nullptr);
  PangoGlyphString* g = src.glyphs;
  set_size(g, static_cast<int>(count));
  int last_cluster = -1;
  for (unsigned i = 0; i < count; ++i) {
    PangoGlyphInfo& out = g->glyphs[i];
    out.glyph = info[i].codepoint;
    g->log_clusters[i] = static_cast<int>(info[i].cluster) - offset;
    out.attr.is_cluster_start = g->log_clusters[i] != last_cluster;
    out.attr.is_color = 0;
    last_cluster = g->log_clusters[i];
    out.geometry.width = pos[i].x_advance;
    out.geometry.x_offset = pos[i].x_offset;
    out.geometry.y_offset = -pos[i].y_offset;
    if (out.geometry.width < 0) {  // as pango_shape_internal
      out.geometry.width = -out.geometry.width;
      out.geometry.x_offset += out.geometry.width;
    }
  }
}

int Breaker::char_of_byte(int byte) const {
  return static_cast<int>(std::lower_bound(byte_of_char_.begin(), byte_of_char_.end(), byte) - byte_of_char_.begin());
}

bool Breaker::prepare(LineFonts& fonts, PangoContext* context, const ParagraphText& text, const LineFrame& frame,
                      const model::RunStyle& mark) {
  fonts_ = &fonts;
  context_ = context;
  text_ = &text;
  frame_ = &frame;
  mark_ = &mark;
  byte_of_char_.clear();
  chars_.clear();
  white_.clear();
  sources_.clear();
  attrs_.clear();
  prefix_.clear();
  items_.clear();
  next_item_ = 0;
  start_offset_ = 0;
  remaining_width_ = 0;
  item_shaped_ = false;
  line_count_ = 0;
  line_glyphs_used_ = 0;
  const std::string& s = text.text;
  if (s.empty() || frame.box_width <= 0) return false;
  bool latin = false;
  white_.reserve(s.size());
  for (const char* p = s.data(); p < s.data() + s.size(); p = g_utf8_next_char(p)) {
    const gunichar c = g_utf8_get_char(p);
    if (!takes_char(c)) return false;
    latin = latin || is_latin_letter(c);
    byte_of_char_.push_back(static_cast<int>(p - s.data()));
    chars_.push_back(c);
    // g_unichar_isspace: of the characters taken, the space and U+2028.
    white_.push_back(c == ' ' || c == kLineSeparatorChar);
  }
  n_chars_ = static_cast<int>(byte_of_char_.size());
  byte_of_char_.push_back(static_cast<int>(s.size()));
  // Pango makes one more, empty, line after a final line separator.
  if (s.size() >= 3 && s.compare(s.size() - 3, 3, kLineSeparator) == 0) return false;

  // Item boundaries: where an attribute that selects the font or the rise
  // starts or ends (one font per styled range in make_layout; Pango 1.50
  // itemises by those only and splits runs by the others, here the
  // underline of the same ranges, after breaking), and a line separator is
  // an item of its own.
  std::vector<int>& cuts = cuts_;
  cuts.assign({0, static_cast<int>(s.size())});
  for (const StyledRange& r : text_->ranges) {
    cuts.push_back(r.start);
    cuts.push_back(r.end);
  }
  for (size_t at = s.find(kLineSeparator); at != std::string::npos; at = s.find(kLineSeparator, at + 3)) {
    cuts.push_back(static_cast<int>(at));
    cuts.push_back(static_cast<int>(at) + 3);
  }
  std::sort(cuts.begin(), cuts.end());
  cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());

  PangoLanguage* language = pango_context_get_language(context_);
  width_.assign(static_cast<size_t>(n_chars_), 0);
  sources_.reserve(cuts.size() - 1);
  for (size_t k = 0; k + 1 < cuts.size(); ++k) {
    Source src;
    src.char_start = char_of_byte(cuts[k]);
    src.style = &text_->style_at(cuts[k], *mark_);
    const LineFont* font = fonts_->get(*src.style);
    if (!font) return false;
    src.font = font;
    for (int c = src.char_start; c < n_chars_ && byte_of_char_[static_cast<size_t>(c)] < cuts[k + 1]; ++c) {
      // Pango gives white space and separators the run's font; any other
      // character the font lacks would take a fallback font.
      if (!white_[static_cast<size_t>(c)] && !font->has_char(chars_[static_cast<size_t>(c)])) return false;
    }
    src.item.offset = cuts[k];
    src.item.length = cuts[k + 1] - cuts[k];
    src.item.num_chars = char_of_byte(cuts[k + 1]) - src.char_start;
    src.item.analysis.font = font->font;
    src.item.analysis.level = 0;
    src.item.analysis.gravity = PANGO_GRAVITY_SOUTH;
    src.item.analysis.flags = 0;
    src.item.analysis.script = latin ? PANGO_SCRIPT_LATIN : PANGO_SCRIPT_COMMON;
    src.item.analysis.language = language;
    src.item.analysis.extra_attrs = &features_;
    if (source_glyphs_.size() <= k) source_glyphs_.emplace_back(pango_glyph_string_new());
    src.glyphs = source_glyphs_[k].get();
    if (g_utf8_get_char(s.data() + src.item.offset) == kLineSeparatorChar)
      pango_shape_item(&src.item, s.data(), static_cast<int>(s.size()), nullptr, src.glyphs, PANGO_SHAPE_NONE);
    else
      shape(src, latin);
    set_widths(src);
    sources_.push_back(std::move(src));
  }
  return true;
}

// Pango's break attributes (get_items_log_attrs in pango-layout.c: the
// default rules, no tailoring for Latin, then the attributes that change
// breaks), from break_rules.h.
const PangoLogAttr* Breaker::log_attrs() {
  if (attrs_.empty()) break_attributes(chars_, attrs_);
  return attrs_.data();
}

bool Breaker::can_break_at(int offset, bool char_wrap) {
  if (offset == n_chars_) return true;
  const PangoLogAttr& a = log_attrs()[offset];
  return char_wrap ? a.is_char_break : a.is_line_break;
}

// find_break_extra_width: breaking after white space does not count its
// width. (No break inserts a hyphen: hyphens are off, and U+2027 is not
// taken.)
int Breaker::extra_width(const Piece& item, int pos) const {
  const int c = item.char_start + pos;
  if (pos > 0 && white_[static_cast<size_t>(c - 1)]) return -width_[static_cast<size_t>(c - 1)];
  return 0;
}

// Each character's logical width (pango_glyph_item_get_logical_widths)
// and the running sum of the glyph widths, for glyphs_width.
void Breaker::set_widths(Source& src) {
  const PangoGlyphString* g = src.glyphs;
  src.prefix = static_cast<int>(prefix_.size());
  int sum = 0;
  prefix_.push_back(0);
  for (int i = 0; i < g->num_glyphs; ++i) prefix_.push_back(sum += g->glyphs[i].geometry.width);
  // One glyph per character, each its own cluster (nearly all text): the
  // glyph's width is the character's.
  bool one_to_one = g->num_glyphs == src.item.num_chars;
  for (int i = 0; one_to_one && i < g->num_glyphs; ++i)
    one_to_one = g->log_clusters[i] == byte_of_char_[static_cast<size_t>(src.char_start + i)] - src.item.offset;
  if (one_to_one) {
    for (int i = 0; i < g->num_glyphs; ++i) width_[static_cast<size_t>(src.char_start + i)] = g->glyphs[i].geometry.width;
    return;
  }
  PangoGlyphItem glyph_item{};
  glyph_item.item = &src.item;
  glyph_item.glyphs = src.glyphs;
  pango_glyph_item_get_logical_widths(&glyph_item, text_->text.data(), width_.data() + src.char_start);
}

// The glyphs of a left-to-right run are in the order of their clusters:
// the first glyph of the characters from byte `at` of the run on.
int first_glyph_from(const PangoGlyphString* g, int at) {
  return static_cast<int>(std::lower_bound(g->log_clusters, g->log_clusters + g->num_glyphs, at) - g->log_clusters);
}

// The width of the first `chars` characters of `piece` shaped on their own:
// its glyphs cut from the run's.
int Breaker::glyphs_width(const Piece& piece, int chars) const {
  const Source& src = sources_[static_cast<size_t>(piece.source)];
  const int from = piece.byte_start - src.item.offset;
  const int to = byte_of_char_[static_cast<size_t>(piece.char_start + chars)] - src.item.offset;
  const int* prefix = prefix_.data() + src.prefix;
  return prefix[first_glyph_from(src.glyphs, to)] - prefix[first_glyph_from(src.glyphs, from)];
}

PangoGlyphString* Breaker::cut(const Piece& piece) {
  const Source& src = sources_[static_cast<size_t>(piece.source)];
  const int from = piece.byte_start - src.item.offset, to = piece.byte_end - src.item.offset;
  const PangoGlyphString* g = src.glyphs;
  const int first = first_glyph_from(g, from), last = first_glyph_from(g, to);
  if (line_glyphs_.size() <= line_glyphs_used_) line_glyphs_.emplace_back(pango_glyph_string_new());
  PangoGlyphString* out = line_glyphs_[line_glyphs_used_++].get();
  set_size(out, last - first);
  std::memcpy(out->glyphs, g->glyphs + first, sizeof(PangoGlyphInfo) * static_cast<size_t>(last - first));
  for (int i = first; i < last; ++i) out->log_clusters[i - first] = g->log_clusters[i] - from;
  return out;
}

void Breaker::insert_run(Line& line, const Piece& piece) {
  line.runs.push_back(piece);
  line.glyphs.push_back(cut(piece));  // the last of line_glyphs_ taken
  line.length += piece.byte_end - piece.byte_start;
}

// pango-layout.c, process_item, for this text: no tabs, no hyphens, no
// letter spacing, no ellipsis, wrapping by words, then by characters.
Result Breaker::process_item(Line& line, bool force_fit, bool no_break_at_end, bool is_last_item) {
  Piece& item = items_[next_item_];
  const int n = item.num_chars();
  bool processing_new_item = false;
  if (!item_shaped_) {
    item_shaped_ = true;
    processing_new_item = true;
  }
  if (chars_[static_cast<size_t>(item.char_start)] == kLineSeparatorChar) {
    insert_run(line, item);
    item_shaped_ = false;
    return Result::LineSeparator;
  }

  int width = 0;
  if (processing_new_item) width = glyphs_width(item, n);
  else
    for (int i = 0; i < n; ++i) width += width_[static_cast<size_t>(item.char_start + i)];

  int extra = !no_break_at_end && can_break_at(item.char_end, false) ? extra_width(item, n) : 0;
  const bool alone = n == 1 && line.runs.empty();
  if ((width + extra <= remaining_width_ || alone) && !no_break_at_end) {
    width = glyphs_width(item, n);
    if (width + extra <= remaining_width_ || alone) {
      insert_run(line, item);
      item_shaped_ = false;
      remaining_width_ = std::max(remaining_width_ - width, 0);
      return Result::AllFit;
    }
  }

  const int orig_width = width, orig_extra = extra;
  int break_width = width, break_extra = extra, break_num = n;
  const int safe = sources_[static_cast<size_t>(item.source)].font->safe_distance;
  bool char_wrap = false;
  for (;;) {
    width = 0;
    for (int num = 0; num < (no_break_at_end ? n : n + 1); ++num) {
      extra = extra_width(item, num);
      if (std::min(width + extra, width) > remaining_width_ + safe && break_num < n) break;
      if (can_break_at(item.char_start + num, char_wrap) && (num > 0 || !line.runs.empty())) {
        if (num == 0 || width + extra < remaining_width_ - safe) {
          break_num = num;
          break_width = width;
          break_extra = extra;
        } else {
          const int measured = glyphs_width(item, num);
          if (num > 0 && (num < n || !is_last_item) && white_[static_cast<size_t>(item.char_start + num - 1)])
            extra = -width_[static_cast<size_t>(item.char_start + num - 1)];
          else
            extra = 0;
          if (break_num == n || measured + extra <= remaining_width_ ||
              measured + extra < break_width + break_extra) {
            break_num = num;
            break_width = measured;
            break_extra = extra;
          }
        }
      }
      if (num < n) width += width_[static_cast<size_t>(item.char_start + num)];
    }
    if (!char_wrap && force_fit && break_width + break_extra > remaining_width_) {
      // Try again, breaking between any characters.
      char_wrap = true;
      break_num = n;
      break_width = orig_width;
      break_extra = orig_extra;
      continue;
    }
    break;
  }

  if (force_fit || break_width + break_extra <= remaining_width_) {
    remaining_width_ = std::max(remaining_width_ - (break_width + break_extra), 0);
    if (break_num == n) {
      insert_run(line, item);
      item_shaped_ = false;
      return Result::AllFit;
    }
    if (break_num == 0) return Result::EmptyFit;
    Piece head = item;
    head.char_end = item.char_start + break_num;
    head.byte_end = byte_of_char_[static_cast<size_t>(head.char_end)];
    insert_run(line, head);
    item.char_start = head.char_end;
    item.byte_start = head.byte_end;
    return Result::SomeFit;
  }
  item_shaped_ = false;
  return Result::NoneFit;
}

// pango-layout.c, process_line and pango_layout_line_postprocess.
void Breaker::process_line(Line& line, int index) {
  int line_width = static_cast<int>(std::max(frame_->layout_width, 1.0) * PANGO_SCALE);
  const int indent = static_cast<int>(frame_->first * PANGO_SCALE);
  if (index == 0 && indent >= 0) line_width -= indent;
  else if (index > 0 && indent < 0) line_width += indent;
  remaining_width_ = std::max(line_width, 0);

  bool have_break = false;
  int break_remaining_width = 0, break_start_offset = 0;
  size_t break_runs = 0;  // the runs kept when the line backs up to its last break
  bool wrapped = false;
  while (next_item_ < items_.size()) {
    const int old_num_chars = items_[next_item_].num_chars();
    const int old_remaining_width = remaining_width_;
    const bool first_item_in_line = line.runs.empty();
    const bool last_item_in_line = next_item_ + 1 == items_.size();
    const Result result = process_item(line, !have_break, false, last_item_in_line);
    if (result == Result::AllFit) {
      // can_break_in: only asked when there is more to place.
      if (!last_item_in_line) {
        for (int i = first_item_in_line ? 1 : 0; i < old_num_chars; ++i)
          if (can_break_at(start_offset_ + i, false)) {
            have_break = true;
            break_remaining_width = old_remaining_width;
            break_start_offset = start_offset_;
            break_runs = line.runs.size() - 1;
            break;
          }
      }
      ++next_item_;
      start_offset_ += old_num_chars;
      continue;
    }
    wrapped = true;
    if (result == Result::SomeFit) start_offset_ += old_num_chars - items_[next_item_].num_chars();
    else if (result == Result::LineSeparator) {
      ++next_item_;
      start_offset_ += old_num_chars;
    } else if (result == Result::NoneFit) {
      // Back up over the runs after the last break and break there.
      while (line.runs.size() > break_runs) {
        items_[--next_item_] = line.runs.back();
        line.length -= line.runs.back().byte_end - line.runs.back().byte_start;
        line.runs.pop_back();
        line.glyphs.pop_back();
        --line_glyphs_used_;  // it was the last taken
      }
      start_offset_ = break_start_offset;
      remaining_width_ = break_remaining_width;
      const int num_chars = items_[next_item_].num_chars();
      process_item(line, true, true, next_item_ + 1 == items_.size());
      start_offset_ += num_chars - items_[next_item_].num_chars();
    }
    break;
  }

  // zero_line_final_space: a line broken after white space does not show it.
  if (wrapped && !line.glyphs.empty()) {
    PangoGlyphString* g = line.glyphs.back();
    const int last = g->num_glyphs - 1;
    if (last >= 0 && start_offset_ > 0 && white_[static_cast<size_t>(start_offset_ - 1)] &&
        !(last >= 1 && g->log_clusters[last] == g->log_clusters[last - 1])) {
      g->glyphs[last].geometry.width = 0;
      g->glyphs[last].glyph = PANGO_GLYPH_EMPTY;
    }
  }
}

const std::vector<Line>& Breaker::break_lines() {
  for (size_t k = 0; k < sources_.size(); ++k) {
    const Source& src = sources_[k];
    items_.push_back({static_cast<int>(k), src.char_start, src.char_start + src.item.num_chars, src.item.offset,
                      src.item.offset + src.item.length});
  }
  int start = 0;
  for (int index = 0; next_item_ < items_.size(); ++index) {
    if (lines_.size() <= line_count_) lines_.emplace_back();
    Line& line = lines_[line_count_++];
    line.start = start;
    line.length = 0;
    line.runs.clear();
    line.glyphs.clear();
    process_line(line, index);
    start += line.length;
  }
  return lines_;
}

const std::vector<LineRun>& Breaker::runs_of(const Line& line) {
  line_runs_.clear();
  for (size_t i = 0; i < line.runs.size(); ++i)
    line_runs_.push_back({line.runs[i].byte_start, line.runs[i].byte_end - line.runs[i].byte_start, line.glyphs[i],
                          &sources_[static_cast<size_t>(line.runs[i].source)].item.analysis});
  return line_runs_;
}

}  // namespace

bool line_breaker_enabled() {
  static const bool enabled = [] {
    const char* v = std::getenv("VANTHU_PANGO_LINES");
    return !(v && *v && std::strcmp(v, "0") != 0);
  }();
  return enabled;
}

std::optional<CachedParagraph> break_paragraph(const FontSystem& fonts, const model::Paragraph& paragraph,
                                               double box_width, int page_number) {
  const model::ParagraphProps& p = paragraph.props;
  const LineFrame frame(p, box_width);
  thread_local Breaker breaker;

  // As shape_paragraph: while a line ends in italic text that Writer would
  // not fit, force that line to break earlier and break again.
  std::vector<int> forced;
  for (int pass = 0;; ++pass) {
    const ParagraphText text = build_paragraph_text(paragraph, page_number, forced);
    if (text.text.find('\t') != std::string::npos) return std::nullopt;
    if (!breaker.prepare(fonts.line_fonts(), fonts.context(), text, frame, p.mark)) return std::nullopt;
    const std::vector<Line>& lines = breaker.break_lines();
    const size_t count = breaker.line_count();

    if (pass < kMaxBreakPasses && text.has_italic()) {
      int brk = -1;
      for (size_t i = 0; i < count && brk < 0; ++i) {
        const Line& line = lines[i];
        brk = italic_break(breaker.runs_of(line), line.start, line.start + line.length,
                           breaker.char_of_byte(line.start), text, p.mark, frame.avail(static_cast<int>(i)),
                           breaker.log_attrs(), breaker.char_count() + 1);
      }
      if (brk >= 0) {
        forced.insert(std::upper_bound(forced.begin(), forced.end(), brk), brk);
        continue;
      }
    }

    CachedParagraph out;
    out.has_page_field = text.has_page_field;
    out.lines.reserve(count);
    for (size_t i = 0; i < count; ++i) {
      const Line& line = lines[i];
      const std::vector<LineRun>& runs = breaker.runs_of(line);
      ShapedLine shaped =
          finish_line(text, p, frame, runs, line.start, line.length, static_cast<int>(i), i + 1 == count);
      Atom atom;
      atom.height = shaped.height;
      if (shaped.length_bytes > 0 && !shaped.text.empty()) {
        size_t glyph_count = 0;
        for (const PangoGlyphString* g : line.glyphs) glyph_count += static_cast<size_t>(g->num_glyphs);
        auto glyphs = std::make_shared<GlyphLine>(
            text.text.substr(static_cast<size_t>(line.start), static_cast<size_t>(line.length)), line.runs.size(),
            glyph_count);
        for (size_t r = 0; r < line.runs.size(); ++r) {
          const Piece& piece = line.runs[r];
          const model::RunStyle& style = text.style_at(piece.byte_start, p.mark);
          glyphs->add_run(runs[r].analysis->font, style.underline, run_rise(style), line.glyphs[r],
                          piece.byte_start - line.start, piece.byte_end - piece.byte_start, false);
        }
        Item item;
        item.kind = Item::Kind::Text;
        item.x = shaped.x;
        item.y = shaped.baseline;
        item.glyphs = std::move(glyphs);
        item.text = std::move(shaped.text);
        atom.items.push_back(std::move(item));
      }
      out.lines.push_back(std::move(atom));
    }
    return out;
  }
}

}  // namespace vanthu::layout
