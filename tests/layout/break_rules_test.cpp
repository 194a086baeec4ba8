// The line breaker's break attributes (layout/break_rules.h) are Pango's:
// pango_default_break then pango_attr_break with make_layout's attributes,
// compared on random strings of the characters the breaker takes.
#include <gtest/gtest.h>
#include <pango/pango.h>

#include <random>
#include <string>
#include <vector>

#include "layout/break_rules.h"

namespace vanthu::layout {
namespace {

std::vector<PangoLogAttr> pangos(const std::string& text, int n_chars) {
  std::vector<PangoLogAttr> attrs(static_cast<size_t>(n_chars) + 1);
  pango_default_break(text.data(), static_cast<int>(text.size()), nullptr, attrs.data(), n_chars + 1);
  PangoAttrList* list = pango_attr_list_new();
  pango_attr_list_insert(list, pango_attr_insert_hyphens_new(FALSE));
  for (size_t i = 1; i + 1 < text.size(); ++i) {  // as make_layout (paragraph_shaper.cpp)
    if (text[i] != '/' || text[i - 1] == ' ' || text[i + 1] == ' ') continue;
    PangoAttribute* keep = pango_attr_allow_breaks_new(FALSE);
    keep->start_index = static_cast<guint>(i);
    keep->end_index = static_cast<guint>(g_utf8_next_char(text.data() + i + 1) - text.data());
    pango_attr_list_insert(list, keep);
  }
  pango_attr_break(text.data(), static_cast<int>(text.size()), list, 0, attrs.data(), n_chars + 1);
  pango_attr_list_unref(list);
  return attrs;
}

TEST(BreakRules, ArePangosOnRandomText) {
  // Every class the breaker's text has, punctuation weighted up.
  std::vector<gunichar> alphabet;
  for (gunichar c = 0x20; c < 0x7F; ++c) alphabet.push_back(c);
  for (gunichar c : {0xC0u, 0xE0u, 0x1EA1u, 0x1EC7u, 0x111u, 0x1B0u, 0x300u, 0x301u, 0x323u, 0x34Fu, 0x2028u})
    alphabet.push_back(c);
  for (gunichar c = 0x2010; c <= 0x2026; ++c) alphabet.push_back(c);
  const std::string common = "a aa 1 1 ";
  std::mt19937 rng(17);
  int failures = 0;
  for (int round = 0; round < 40000 && failures < 5; ++round) {
    std::vector<gunichar> chars;
    std::string text;
    const int len = std::uniform_int_distribution<int>(1, 14)(rng);
    for (int k = 0; k < len; ++k) {
      gunichar c = rng() % 3 == 0 ? static_cast<gunichar>(common[rng() % common.size()]) : alphabet[rng() % alphabet.size()];
      chars.push_back(c);
      char buf[8];
      text.append(buf, static_cast<size_t>(g_unichar_to_utf8(c, buf)));
    }
    std::vector<PangoLogAttr> mine;
    break_attributes(chars, mine);
    const std::vector<PangoLogAttr> theirs = pangos(text, static_cast<int>(chars.size()));
    for (size_t i = 0; i <= chars.size(); ++i) {
      const PangoLogAttr &a = mine[i], &b = theirs[i];
      if (a.is_line_break != b.is_line_break || a.is_char_break != b.is_char_break ||
          a.is_mandatory_break != b.is_mandatory_break || a.is_white != b.is_white ||
          a.is_cursor_position != b.is_cursor_position) {
        std::string codes;
        for (gunichar c : chars) codes += " U+" + std::to_string(c);
        ADD_FAILURE() << "\"" << text << "\" (" << codes << ") at " << i << ": line " << a.is_line_break << "/"
                      << b.is_line_break << " char " << a.is_char_break << "/" << b.is_char_break << " mandatory "
                      << a.is_mandatory_break << "/" << b.is_mandatory_break << " white " << a.is_white << "/"
                      << b.is_white << " cursor " << a.is_cursor_position << "/" << b.is_cursor_position;
        ++failures;
        break;
      }
    }
  }
}

}  // namespace
}  // namespace vanthu::layout
