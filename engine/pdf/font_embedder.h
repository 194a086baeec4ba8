// Embedded fonts of one PDF: every face the text uses becomes a Type0 font
// with Identity-H encoding over a CIDFontType2 whose program is a subset
// made by hb-subset (ISO 32000-1 §9.7). Each distinct (glyph, text) pair
// gets its own CID, so that the ToUnicode map gives back exactly the text
// each glyph was shaped from (a glyph drawn for two different characters
// gets two CIDs), and a CIDToGIDMap stream maps CIDs to the subset's glyphs.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "pdf/pdf_file.h"

typedef struct hb_face_t hb_face_t;
typedef struct hb_font_t hb_font_t;
typedef struct _PangoFont PangoFont;

namespace vanthu::pdf {

class FontEmbedder {
 public:
  struct Face;  // one embedded font (defined in the .cpp)

  // What a content stream needs to select and position a Pango font.
  struct Use {
    Face* face = nullptr;
    int resource = 0;       // /F<resource>
    double size = 0;        // points
  };

  // `batch_fonts`: subsets keep the batch repertoire too (PdfOptions).
  explicit FontEmbedder(PdfFile& file, bool batch_fonts = false);
  ~FontEmbedder();
  FontEmbedder(const FontEmbedder&) = delete;
  FontEmbedder& operator=(const FontEmbedder&) = delete;

  Use use(PangoFont* font);

  // The CID of `glyph` drawn for `text` (UTF-8; empty for the second and
  // later glyphs of a cluster). CIDs start at 1; 0 stays .notdef.
  uint16_t cid(Face* face, uint32_t glyph, std::string_view text);

  // The advance of `cid` as written in /W (1/1000 em, 2 decimals), which
  // content streams must use to position the next glyph.
  double width(Face* face, uint16_t cid) const;

  // The face's glyph for U+0020, 0 if it has none.
  uint32_t space_glyph(Face* face) const;

  // The face's outline scaled to font units, for drawing glyphs as paths.
  hb_font_t* outline_font(Face* face) const;
  int units_per_em(Face* face) const;

  // "/F1 12 0 R /F2 14 0 R" for the shared resource dictionary.
  std::string resource_entries() const;

  // Writes the font objects (subset programs, descriptors, widths, ToUnicode
  // maps). Call once, after every page has been drawn. Throws
  // std::runtime_error when a face cannot be subset.
  void write_all();

 private:
  // cid() for a pair not in the packed table: a long pair or a new one.
  uint16_t long_or_new_cid(Face* face, uint32_t glyph, std::string_view text, uint64_t packed);
  PdfFile& file_;
  bool batch_fonts_ = false;
  std::vector<std::unique_ptr<Face>> faces_;
  std::unordered_map<hb_face_t*, Face*> by_hb_face_;
  std::unordered_map<PangoFont*, Use> by_pango_font_;
};

}  // namespace vanthu::pdf
