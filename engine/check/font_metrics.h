// The real font of a run that names a family other than Times New Roman:
// found through the system's fontconfig (the family when it is installed,
// else fontconfig's substitute, the face LibreOffice draws it with), and its
// advance widths read with FreeType. Times New Roman text is measured by the
// layout engine's measurer (Liberation Serif, its metric twin), as the
// engine lays out its own PDF.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace vanthu::check {

struct FontFace {
  std::string family;     // what fontconfig gave for the requested family
  bool installed = false; // the requested family itself (not a substitute)
};

// What `family` is drawn with (bold/italic faces resolve the same family).
// nullopt when fontconfig has no font at all.
std::optional<FontFace> resolve_font(const std::string& family);

// Width in points of `utf8` on one line in `family` at `size_pt` (advance
// widths, no kerning; trailing spaces counted), or nullopt when the font
// cannot be loaded.
std::optional<double> font_width_pt(const std::string& family, bool bold, bool italic, double size_pt,
                                    std::string_view utf8);

}  // namespace vanthu::check
