// Effective formatting as Word computes it: document defaults, then the
// paragraph style (and the styles it is based on), then the character style,
// then direct formatting. Enough for fonts, sizes, bold/italic, alignment,
// indents, spacing and paragraph borders. Toggle properties (bold, italic)
// are taken as plain overrides, which is what every generator we read writes.
#pragma once

#include <libxml/tree.h>

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "check/wml.h"

namespace vanthu::check {

struct RunPatch {
  std::optional<std::string> ascii, hansi, ascii_theme, hansi_theme;
  std::optional<int> size;
  std::optional<bool> bold, italic, caps, vanish, underline;
  std::optional<VertAlign> valign;
  std::optional<std::string> color;
  std::optional<int> char_spacing;
};

struct ParaPatch {
  std::optional<Align> align;
  std::optional<int> ind_left, ind_right, first_line;
  std::optional<int> before, after, line;
  std::optional<LineRule> line_rule;
  std::optional<bool> contextual_spacing;
  std::optional<Border> top, bottom, left, right;
  std::optional<int> num_id, num_level;
  std::optional<std::vector<int>> tabs;
};

RunPatch parse_rpr(const xmlNode* rPr);
ParaPatch parse_ppr(const xmlNode* pPr);

// The theme's major/minor Latin fonts, for w:asciiTheme="minorHAnsi" etc.
struct ThemeFonts {
  std::string major, minor;
};
ThemeFonts parse_theme(const xmlDoc* theme);

void apply(RunProps& props, const RunPatch& patch, const ThemeFonts& theme);
void apply(ParaProps& props, const ParaPatch& patch);

class StyleSheet {
 public:
  // `styles` may be null (no styles part): Word's built-in defaults apply.
  void load(const xmlDoc* styles, ThemeFonts theme);

  ParaProps paragraph(const std::string& style_id, const ParaPatch& direct) const;
  // Run formatting inside a paragraph of style `para_style`.
  RunProps run(const std::string& para_style, const std::string& char_style, const RunPatch& direct) const;
  // Cell margins a table style sets (left, right), if any.
  std::optional<std::pair<int, int>> cell_margins(const std::string& table_style) const;
  const std::string& default_table_style() const { return default_table_; }

 private:
  struct Style {
    std::string type, based_on;
    ParaPatch ppr;
    RunPatch rpr;
    std::optional<int> margin_left, margin_right;
  };
  std::vector<const Style*> chain(const std::string& id, const char* type) const;

  std::map<std::string, Style> styles_;
  RunPatch default_rpr_;
  ParaPatch default_ppr_;
  std::string default_paragraph_, default_character_, default_table_;
  ThemeFonts theme_;
};

// List numbering (numbering.xml): the label each numbered paragraph shows.
class Numbering {
 public:
  void load(const xmlDoc* numbering);
  // The label of the next paragraph numbered (num_id, level): "-", "1.", "a)".
  // Advances the counters, so call it once per paragraph in document order.
  std::string next_label(int num_id, int level);

 private:
  struct Level {
    std::string format = "decimal";  // numFmt
    std::string text;                // lvlText, "%1."
    int start = 1;
  };
  std::map<int, std::map<int, Level>> abstract_;  // abstractNumId -> levels
  std::map<int, int> num_to_abstract_;
  std::map<int, std::map<int, int>> counters_;    // numId -> level -> value
};

}  // namespace vanthu::check
