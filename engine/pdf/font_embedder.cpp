#include "pdf/font_embedder.h"

#include <hb-ot.h>
#include <hb.h>
#include <pango/pango.h>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <mutex>
#include <stdexcept>

#include "pdf/pdf_syntax.h"
#include "pdf/subset_cache.h"

namespace vanthu::pdf {
namespace {

struct HbFontDeleter {
  void operator()(hb_font_t* f) const { hb_font_destroy(f); }
};

std::string postscript_name(hb_face_t* face) {
  char buf[128];
  unsigned int len = sizeof buf;
  hb_ot_name_get_utf8(face, HB_OT_NAME_ID_POSTSCRIPT_NAME, HB_LANGUAGE_INVALID, &len, buf);
  std::string n(buf, len);
  return n.empty() ? "Font" : n;
}

int16_t read_i16(const char* p) {
  return static_cast<int16_t>((static_cast<unsigned char>(p[0]) << 8) | static_cast<unsigned char>(p[1]));
}

// A deterministic subset tag (six capital letters, §9.6.4) from the glyphs kept.
std::string subset_tag(const std::string& ps_name, const std::vector<uint32_t>& glyphs) {
  uint64_t h = 1469598103934665603ull;
  auto mix = [&](uint64_t v) {
    h ^= v;
    h *= 1099511628211ull;
  };
  for (char c : ps_name) mix(static_cast<unsigned char>(c));
  for (uint32_t g : glyphs) mix(g);
  std::string tag;
  for (int i = 0; i < 6; ++i) {
    tag += static_cast<char>('A' + h % 26);
    h /= 26;
  }
  return tag;
}

// (glyph, text) as glyph << 35 | (length + 1) << 32 | text bytes, or 0 when
// the pair does not fit. The length is stored plus one so that no pair's key
// is 0 (glyph 0 with no text), which marks an empty slot.
uint64_t short_key(uint32_t glyph, std::string_view text) {
  if (glyph >= (1u << 27) || text.size() > 4) return 0;
  uint64_t bytes = 0;
  for (char c : text) bytes = bytes << 8 | static_cast<unsigned char>(c);
  return static_cast<uint64_t>(glyph) << 35 | static_cast<uint64_t>(text.size() + 1) << 32 | bytes;
}

// An open-addressing table from short keys to CIDs: a drawn glyph is looked
// up once per glyph of every page, and a std::unordered_map of strings
// hashed a string for each (2 % of a long list's time).
class CidTable {
 public:
  // The CID of `key`, 0 if none.
  uint16_t find(uint64_t key) const {
    if (keys_.empty()) return 0;
    for (size_t i = slot(key);; i = (i + 1) & (keys_.size() - 1)) {
      if (keys_[i] == key) return cids_[i];
      if (keys_[i] == 0) return 0;
    }
  }
  void insert(uint64_t key, uint16_t cid) {
    if (2 * (count_ + 1) > keys_.size()) grow();
    size_t i = slot(key);
    while (keys_[i] != 0) i = (i + 1) & (keys_.size() - 1);
    keys_[i] = key;
    cids_[i] = cid;
    ++count_;
  }

 private:
  size_t slot(uint64_t key) const {
    return static_cast<size_t>((key * 0x9E3779B97F4A7C15ull) >> 32) & (keys_.size() - 1);
  }
  void grow() {
    std::vector<uint64_t> keys = std::move(keys_);
    std::vector<uint16_t> cids = std::move(cids_);
    keys_.assign(keys.empty() ? 256 : 2 * keys.size(), 0);
    cids_.assign(keys_.size(), 0);
    count_ = 0;
    for (size_t i = 0; i < keys.size(); ++i)
      if (keys[i] != 0) insert(keys[i], cids[i]);
  }
  std::vector<uint64_t> keys_;  // 0: empty slot
  std::vector<uint16_t> cids_;
  size_t count_ = 0;
};

}  // namespace

struct FontEmbedder::Face {
  hb_face_t* hb_face = nullptr;  // Pango's; alive while the layouts are
  std::unique_ptr<hb_font_t, HbFontDeleter> unit_font;  // scale = units per em
  int upem = 1000;
  uint32_t space_glyph = 0;  // the glyph of U+0020, 0 if none
  std::string ps_name;
  std::string key;  // face_key(), made when the font is written
  int resource = 0;
  int type0_id = 0;
  // CID - 1 -> (glyph, text); and the reverse.
  std::vector<std::pair<uint32_t, std::string>> cids;
  std::vector<double> widths;  // by CID - 1, 1/1000 em
  // The usual pair (a glyph below 2^27 for at most 4 bytes of text) packed
  // into one integer (short_key); the others under the glyph's four bytes
  // followed by the text. A pair goes to the same table every time.
  CidTable cid_of_short;
  std::unordered_map<std::string, uint16_t> cid_of;
};

FontEmbedder::FontEmbedder(PdfFile& file, bool batch_fonts) : file_(file), batch_fonts_(batch_fonts) {}
FontEmbedder::~FontEmbedder() = default;

FontEmbedder::Use FontEmbedder::use(PangoFont* font) {
  auto known = by_pango_font_.find(font);
  if (known != by_pango_font_.end()) return known->second;
  hb_face_t* hb_face = hb_font_get_face(pango_font_get_hb_font(font));
  Face*& face = by_hb_face_[hb_face];
  if (!face) {
    auto f = std::make_unique<Face>();
    f->hb_face = hb_face;
    f->unit_font.reset(hb_font_create(hb_face));  // default scale: font units
    f->upem = static_cast<int>(hb_face_get_upem(hb_face));
    f->ps_name = postscript_name(hb_face);
    hb_codepoint_t space = 0;
    f->space_glyph = hb_font_get_nominal_glyph(f->unit_font.get(), 0x20, &space) ? space : 0;
    f->resource = static_cast<int>(faces_.size()) + 1;
    face = f.get();
    faces_.push_back(std::move(f));
  }
  PangoFontDescription* desc = pango_font_describe_with_absolute_size(font);
  Use u{face, face->resource, pango_font_description_get_size(desc) / static_cast<double>(PANGO_SCALE)};
  pango_font_description_free(desc);
  by_pango_font_.emplace(font, u);
  return u;
}

// The lookup of nearly every glyph, without the string key of the rare
// long pair, so that it needs no frame for one.
uint16_t FontEmbedder::cid(Face* face, uint32_t glyph, std::string_view text) {
  const uint64_t packed = short_key(glyph, text);
  if (packed != 0)
    if (const uint16_t known = face->cid_of_short.find(packed)) return known;
  return long_or_new_cid(face, glyph, text, packed);
}

uint16_t FontEmbedder::long_or_new_cid(Face* face, uint32_t glyph, std::string_view text, uint64_t packed) {
  std::string key;
  if (packed == 0) {
    key.assign(reinterpret_cast<const char*>(&glyph), sizeof glyph);
    key += text;
    auto it = face->cid_of.find(key);
    if (it != face->cid_of.end()) return it->second;
  }
  if (face->type0_id == 0) face->type0_id = file_.reserve();  // the first glyph makes the font part of the file
  if (face->cids.size() >= 0xFFFE) throw std::runtime_error("more than 65,534 distinct glyphs in one font");
  face->cids.emplace_back(glyph, std::string(text));
  const double advance = hb_font_get_glyph_h_advance(face->unit_font.get(), glyph);
  face->widths.push_back(std::round(advance * 1000.0 / face->upem * 100.0) / 100.0);
  auto id = static_cast<uint16_t>(face->cids.size());
  if (packed != 0) face->cid_of_short.insert(packed, id);
  else face->cid_of.emplace(std::move(key), id);
  return id;
}

double FontEmbedder::width(Face* face, uint16_t cid) const { return face->widths[cid - 1u]; }
uint32_t FontEmbedder::space_glyph(Face* face) const { return face->space_glyph; }
hb_font_t* FontEmbedder::outline_font(Face* face) const { return face->unit_font.get(); }
int FontEmbedder::units_per_em(Face* face) const { return face->upem; }

std::string FontEmbedder::resource_entries() const {
  std::string out;
  for (const auto& f : faces_) {
    if (f->type0_id == 0) continue;  // used for outlines only
    out += "/F" + std::to_string(f->resource) + ' ' + PdfFile::ref(f->type0_id) + ' ';
  }
  return out;
}

namespace {

std::string to_unicode_cmap(const std::vector<std::pair<uint32_t, std::string>>& cids) {
  std::string body;
  size_t count = 0;
  std::string block;
  auto flush = [&] {
    if (count == 0) return;
    body += std::to_string(count) + " beginbfchar\n" + block + "endbfchar\n";
    block.clear();
    count = 0;
  };
  char code[8];
  for (size_t i = 0; i < cids.size(); ++i) {
    if (cids[i].second.empty()) continue;  // a later glyph of a cluster: the first one carries the text
    std::snprintf(code, sizeof code, "%04X", static_cast<unsigned>(i + 1));
    block += '<';
    block += code;
    block += "> <" + utf16be_hex(cids[i].second) + ">\n";
    if (++count == 100) flush();  // at most 100 entries per block (PDF reference §5.9.2)
  }
  flush();
  return "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
         "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
         "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
         "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n" +
         body + "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
}

}  // namespace

void FontEmbedder::write_all() {
  for (const auto& fp : faces_) {
    Face& f = *fp;
    if (f.type0_id == 0) continue;
    std::vector<uint32_t> glyphs;
    glyphs.reserve(f.cids.size());
    for (const auto& c : f.cids) glyphs.push_back(c.first);

    // The subset keeps the glyphs drawn (and .notdef); documents with the
    // same glyphs share the program (pdf/subset_cache.h).
    std::vector<uint32_t> kept = glyphs;
    std::sort(kept.begin(), kept.end());
    kept.erase(std::unique(kept.begin(), kept.end()), kept.end());
    if (f.key.empty()) f.key = face_key(f.hb_face, f.ps_name);
    if (batch_fonts_) {
      const std::vector<uint32_t>& more = batch_repertoire(f.hb_face, f.key);
      std::vector<uint32_t> both;
      std::set_union(kept.begin(), kept.end(), more.begin(), more.end(), std::back_inserter(both));
      kept = std::move(both);
    }
    const std::shared_ptr<const SubsetProgram> program = subset_program(f.hb_face, f.key, f.ps_name, kept);
    std::string cid_to_gid(2 * (f.cids.size() + 1), '\0');
    for (size_t i = 0; i < f.cids.size(); ++i) {
      const uint32_t g = program->glyph_in_subset(f.cids[i].first);
      cid_to_gid[2 * (i + 1)] = static_cast<char>(g >> 8);
      cid_to_gid[2 * (i + 1) + 1] = static_cast<char>(g & 0xFF);
    }
    const int program_id = file_.reserve();
    file_.write_flate_stream(program_id, "/Length1 " + std::to_string(program->length), program->flate);
    const int map_id = file_.add_stream("", cid_to_gid, true);
    const int unicode_id = file_.add_stream("", to_unicode_cmap(f.cids), true);

    // Descriptor values in glyph space (1/1000 em).
    hb_font_t* uf = f.unit_font.get();
    const double k = 1000.0 / f.upem;
    std::string bbox = "[0 0 1000 1000]";
    hb_blob_t* head = hb_face_reference_table(f.hb_face, HB_TAG('h', 'e', 'a', 'd'));
    unsigned int head_len = 0;
    const char* h = hb_blob_get_data(head, &head_len);
    if (head_len >= 44)
      bbox = "[" + number(read_i16(h + 36) * k, 0) + ' ' + number(read_i16(h + 38) * k, 0) + ' ' +
             number(read_i16(h + 40) * k, 0) + ' ' + number(read_i16(h + 42) * k, 0) + ']';
    hb_blob_destroy(head);
    hb_position_t ascender = 0, descender = 0, cap_height = 0;
    hb_ot_metrics_get_position(uf, HB_OT_METRICS_TAG_HORIZONTAL_ASCENDER, &ascender);
    hb_ot_metrics_get_position(uf, HB_OT_METRICS_TAG_HORIZONTAL_DESCENDER, &descender);
    if (!hb_ot_metrics_get_position(uf, HB_OT_METRICS_TAG_CAP_HEIGHT, &cap_height)) cap_height = ascender;
    const double italic_angle = hb_style_get_value(uf, HB_STYLE_TAG_SLANT_ANGLE);
    const double weight = hb_style_get_value(uf, HB_STYLE_TAG_WEIGHT);
    // Flags (§9.8.2): Serif (2) + Nonsymbolic (32) + Italic (64).
    const int flags = 2 + 32 + (italic_angle != 0 ? 64 : 0);
    const std::string base_font = subset_tag(f.ps_name, glyphs) + '+' + f.ps_name;
    const int descriptor_id = file_.add(
        "<< /Type /FontDescriptor /FontName " + name(base_font) + " /Flags " + std::to_string(flags) +
        " /FontBBox " + bbox + " /ItalicAngle " + number(-std::fabs(italic_angle), 2) + " /Ascent " +
        number(ascender * k, 0) + " /Descent " + number(descender * k, 0) + " /CapHeight " +
        number(cap_height * k, 0) + " /StemV " + (weight >= 600 ? "120" : "80") + " /FontFile2 " +
        PdfFile::ref(program_id) + " >>");

    std::string widths = "[1 [";
    for (size_t i = 0; i < f.widths.size(); ++i) {
      if (i) widths += ' ';
      append_number(widths, f.widths[i], 2);
    }
    widths += "]]";
    const int cid_font_id = file_.add(
        "<< /Type /Font /Subtype /CIDFontType2 /BaseFont " + name(base_font) +
        " /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor " +
        PdfFile::ref(descriptor_id) + " /DW 0 /W " + widths + " /CIDToGIDMap " + PdfFile::ref(map_id) + " >>");
    file_.write(f.type0_id, "<< /Type /Font /Subtype /Type0 /BaseFont " + name(base_font) +
                                " /Encoding /Identity-H /DescendantFonts [" + PdfFile::ref(cid_font_id) +
                                "] /ToUnicode " + PdfFile::ref(unicode_id) + " >>");
  }
}

}  // namespace vanthu::pdf
