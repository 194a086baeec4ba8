// Subset font programs shared by the documents of a process. A subset
// depends only on the face and the set of glyphs kept, so documents whose
// glyph sets repeat (in a batch of decisions, the Italic and Bold Italic
// subsets are the same in every document, and often the others too) embed
// the same program bytes without subsetting and compressing them again.
// Each PDF still embeds its own copy: the cache saves work, not bytes.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

typedef struct hb_face_t hb_face_t;

namespace vanthu::pdf {

struct SubsetProgram {
  std::string flate;     // the TrueType program, Flate-encoded (zlib)
  size_t length = 0;     // its size before compression (/Length1)
  std::vector<std::pair<uint32_t, uint32_t>> new_glyph;  // (glyph of the face, glyph of the subset), by face glyph
  uint32_t glyph_in_subset(uint32_t glyph) const;        // 0 (.notdef) if not kept
};

// What tells a font file's face apart from others with the same name.
std::string face_key(hb_face_t* face, const std::string& ps_name);

// The glyphs of `face` for printable ASCII, the letters of Vietnamese
// (precomposed) and dashes and quotes, ascending: what the documents of a
// batch share.
const std::vector<uint32_t>& batch_repertoire(hb_face_t* face, const std::string& key);

// The subset of `face` keeping `glyphs` (ascending, unique) and .notdef,
// made on first use and kept for later documents (a bounded number of
// programs, shared by all threads). Throws std::runtime_error when HarfBuzz
// cannot subset the face.
std::shared_ptr<const SubsetProgram> subset_program(hb_face_t* face, const std::string& key,
                                                    const std::string& ps_name, const std::vector<uint32_t>& glyphs);

}  // namespace vanthu::pdf
