#include "check/font_metrics.h"

#include <fontconfig/fontconfig.h>
#include <ft2build.h>
#include FT_FREETYPE_H

#include <map>
#include <memory>
#include <mutex>
#include <strings.h>
#include <unordered_map>

namespace vanthu::check {

namespace {

std::mutex& mutex() {
  static std::mutex m;
  return m;
}

// The system configuration, loaded once (the layout engine keeps its own,
// private one with only the bundled fonts).
FcConfig* system_config() {
  static FcConfig* config = FcInitLoadConfigAndFonts();
  return config;
}

FT_Library freetype() {
  static FT_Library lib = [] {
    FT_Library l = nullptr;
    if (FT_Init_FreeType(&l) != 0) l = nullptr;
    return l;
  }();
  return lib;
}

struct Match {
  std::string file, family;
  int index = 0;
};

std::optional<Match> match(const std::string& family, bool bold, bool italic) {
  FcConfig* config = system_config();
  if (config == nullptr) return std::nullopt;
  FcPattern* pat = FcPatternCreate();
  FcPatternAddString(pat, FC_FAMILY, reinterpret_cast<const FcChar8*>(family.c_str()));
  FcPatternAddInteger(pat, FC_WEIGHT, bold ? FC_WEIGHT_BOLD : FC_WEIGHT_REGULAR);
  FcPatternAddInteger(pat, FC_SLANT, italic ? FC_SLANT_ITALIC : FC_SLANT_ROMAN);
  FcConfigSubstitute(config, pat, FcMatchPattern);
  FcDefaultSubstitute(pat);
  FcResult result = FcResultNoMatch;
  FcPattern* found = FcFontMatch(config, pat, &result);
  FcPatternDestroy(pat);
  if (found == nullptr) return std::nullopt;
  Match m;
  FcChar8* s = nullptr;
  if (FcPatternGetString(found, FC_FILE, 0, &s) == FcResultMatch) m.file = reinterpret_cast<const char*>(s);
  if (FcPatternGetString(found, FC_FAMILY, 0, &s) == FcResultMatch) m.family = reinterpret_cast<const char*>(s);
  FcPatternGetInteger(found, FC_INDEX, 0, &m.index);
  FcPatternDestroy(found);
  if (m.file.empty()) return std::nullopt;
  return m;
}

// A loaded face with its advances (font units) by code point.
struct Face {
  FT_Face face = nullptr;
  std::unordered_map<char32_t, long> advances;
  ~Face() {
    if (face) FT_Done_Face(face);
  }
};

Face* face_for(const Match& m) {
  static std::map<std::pair<std::string, int>, std::unique_ptr<Face>> faces;
  auto key = std::make_pair(m.file, m.index);
  auto it = faces.find(key);
  if (it != faces.end()) return it->second.get();
  auto f = std::make_unique<Face>();
  if (freetype() == nullptr || FT_New_Face(freetype(), m.file.c_str(), m.index, &f->face) != 0) f->face = nullptr;
  Face* out = f->face ? f.get() : nullptr;
  faces.emplace(key, std::move(f));
  return out;
}

// Decodes UTF-8 (invalid bytes are skipped).
std::u32string decode(std::string_view s) {
  std::u32string out;
  for (size_t i = 0; i < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    int n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (n == 0 || i + n > s.size()) {
      ++i;
      continue;
    }
    char32_t cp = n == 1 ? c : c & (0x7F >> n);
    for (int k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    out += cp;
    i += n;
  }
  return out;
}

}  // namespace

std::optional<FontFace> resolve_font(const std::string& family) {
  std::lock_guard<std::mutex> lock(mutex());
  static std::map<std::string, std::optional<FontFace>> cache;
  auto it = cache.find(family);
  if (it != cache.end()) return it->second;
  std::optional<FontFace> out;
  if (auto m = match(family, false, false)) out = FontFace{m->family, strcasecmp(m->family.c_str(), family.c_str()) == 0};
  cache.emplace(family, out);
  return out;
}

std::optional<double> font_width_pt(const std::string& family, bool bold, bool italic, double size_pt,
                                    std::string_view utf8) {
  std::lock_guard<std::mutex> lock(mutex());
  static std::map<std::tuple<std::string, bool, bool>, std::optional<Match>> matches;
  const auto key = std::make_tuple(family, bold, italic);
  auto it = matches.find(key);
  if (it == matches.end()) it = matches.emplace(key, match(family, bold, italic)).first;
  if (!it->second) return std::nullopt;
  Face* face = face_for(*it->second);
  if (face == nullptr || face->face->units_per_EM == 0) return std::nullopt;
  long units = 0;
  for (char32_t cp : decode(utf8)) {
    auto a = face->advances.find(cp);
    if (a == face->advances.end()) {
      long adv = 0;
      const FT_UInt glyph = FT_Get_Char_Index(face->face, cp);
      if (FT_Load_Glyph(face->face, glyph, FT_LOAD_NO_SCALE | FT_LOAD_NO_HINTING) == 0)
        adv = face->face->glyph->advance.x;
      a = face->advances.emplace(cp, adv).first;
    }
    units += a->second;
  }
  return static_cast<double>(units) * size_pt / face->face->units_per_EM;
}

}  // namespace vanthu::check
