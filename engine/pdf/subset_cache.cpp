#include "pdf/subset_cache.h"

#include <hb-subset.h>
#include <hb.h>

#include <algorithm>
#include <cstdlib>
#include <deque>
#include <map>
#include <mutex>
#include <stdexcept>
#include <unordered_map>

#include "core/compress.h"

namespace vanthu::pdf {
namespace {

struct HbFaceDeleter {
  void operator()(hb_face_t* f) const { hb_face_destroy(f); }
};

// Cached programs at most: about 30 KB each.
constexpr size_t kMaxPrograms = 256;
// hb_subset_preprocess() builds the lookup tables subsetting needs once (about
// 2 ms a face here) and makes each later subset of that face cheaper, which
// pays off only over many subsets: a single render never preprocesses, a
// batch does after this many subsets of one face (cache misses only).
constexpr int kPreprocessAfter = 32;

struct FaceState {
  int subsets = 0;
  std::unique_ptr<hb_face_t, HbFaceDeleter> preprocessed;
};

struct Cache {
  std::mutex mutex;
  std::unordered_map<std::string, std::shared_ptr<const SubsetProgram>> programs;
  std::deque<std::string> order;  // oldest first, for eviction
  std::map<std::string, FaceState> faces;
};

// VANTHU_NO_SUBSET_CACHE=1 makes every document subset its fonts again (for
// benchmarks that compare with and without the cache in the same run).
bool cache_enabled() {
  static const bool enabled = [] {
    const char* v = std::getenv("VANTHU_NO_SUBSET_CACHE");
    return !(v && *v && *v != '0');
  }();
  return enabled;
}

Cache& cache() {
  static Cache* c = new Cache;  // never destroyed: worker threads may outlive static destruction order
  return *c;
}

std::shared_ptr<const SubsetProgram> make_program(hb_face_t* face, const std::string& ps_name,
                                                  const std::vector<uint32_t>& glyphs) {
  // The glyphs drawn plus .notdef (and, added by HarfBuzz, the components
  // of composite glyphs such as precomposed Vietnamese letters). Layout
  // tables are of no use inside a PDF.
  hb_subset_input_t* input = hb_subset_input_create_or_fail();
  if (!input) throw std::runtime_error("hb-subset: out of memory");
  hb_set_t* gset = hb_subset_input_glyph_set(input);
  hb_set_add(gset, 0);
  for (uint32_t g : glyphs) hb_set_add(gset, g);
  hb_set_t* drop = hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG);
  for (hb_tag_t t : {HB_TAG('G', 'S', 'U', 'B'), HB_TAG('G', 'P', 'O', 'S'), HB_TAG('G', 'D', 'E', 'F'),
                     HB_TAG('k', 'e', 'r', 'n'), HB_TAG('J', 'S', 'T', 'F'), HB_TAG('D', 'S', 'I', 'G'),
                     HB_TAG('g', 'a', 's', 'p'), HB_TAG('h', 'd', 'm', 'x'), HB_TAG('L', 'T', 'S', 'H'),
                     HB_TAG('V', 'D', 'M', 'X')})
    hb_set_add(drop, t);
  hb_subset_plan_t* plan = hb_subset_plan_create_or_fail(face, input);
  hb_subset_input_destroy(input);
  if (!plan) throw std::runtime_error("hb-subset cannot plan a subset of " + ps_name);
  auto program = std::make_shared<SubsetProgram>();
  const hb_map_t* old_to_new = hb_subset_plan_old_to_new_glyph_mapping(plan);
  program->new_glyph.reserve(glyphs.size());
  for (uint32_t g : glyphs) {
    hb_codepoint_t n = hb_map_get(old_to_new, g);
    program->new_glyph.emplace_back(g, n == HB_MAP_VALUE_INVALID ? 0 : n);
  }
  hb_face_t* subset = hb_subset_plan_execute_or_fail(plan);
  hb_subset_plan_destroy(plan);
  if (!subset) throw std::runtime_error("hb-subset cannot subset " + ps_name);
  hb_blob_t* blob = hb_face_reference_blob(subset);
  unsigned int len = 0;
  const char* data = hb_blob_get_data(blob, &len);
  program->length = len;
  program->flate = compress::zlib(std::string_view(data, len));
  hb_blob_destroy(blob);
  hb_face_destroy(subset);
  return program;
}

}  // namespace

const std::vector<uint32_t>& batch_repertoire(hb_face_t* face, const std::string& key) {
  static std::mutex mutex;
  static std::map<std::string, std::vector<uint32_t>>* by_face = new std::map<std::string, std::vector<uint32_t>>;
  std::lock_guard<std::mutex> lock(mutex);
  auto it = by_face->find(key);
  if (it != by_face->end()) return it->second;
  std::vector<uint32_t> glyphs;
  hb_font_t* font = hb_font_create(face);
  auto add = [&](uint32_t from, uint32_t to) {
    for (uint32_t c = from; c <= to; ++c) {
      hb_codepoint_t g = 0;
      if (hb_font_get_nominal_glyph(font, c, &g) && g != 0) glyphs.push_back(g);
    }
  };
  add(0x20, 0x7E);  // ASCII
  // The other letters of Vietnamese: with one mark in Latin-1 and Latin
  // Extended-A, with two in Latin Extended Additional.
  for (uint32_t c : {0xC0, 0xC1, 0xC2, 0xC3, 0xC8, 0xC9, 0xCA, 0xCC, 0xCD, 0xD2, 0xD3, 0xD4, 0xD5, 0xD9, 0xDA, 0xDD,
                     0xE0, 0xE1, 0xE2, 0xE3, 0xE8, 0xE9, 0xEA, 0xEC, 0xED, 0xF2, 0xF3, 0xF4, 0xF5, 0xF9, 0xFA, 0xFD,
                     0x102, 0x103, 0x110, 0x111, 0x128, 0x129, 0x168, 0x169, 0x1A0, 0x1A1, 0x1AF, 0x1B0})
    add(c, c);
  add(0x1EA0, 0x1EF9);
  add(0x2013, 0x2014);  // – —
  add(0x201C, 0x201D);  // “ ”
  hb_font_destroy(font);
  std::sort(glyphs.begin(), glyphs.end());
  glyphs.erase(std::unique(glyphs.begin(), glyphs.end()), glyphs.end());
  return by_face->emplace(key, std::move(glyphs)).first->second;
}

uint32_t SubsetProgram::glyph_in_subset(uint32_t glyph) const {
  auto it = std::lower_bound(new_glyph.begin(), new_glyph.end(), std::make_pair(glyph, uint32_t{0}));
  return it != new_glyph.end() && it->first == glyph ? it->second : 0;
}

std::string face_key(hb_face_t* face, const std::string& ps_name) {
  hb_blob_t* head = hb_face_reference_table(face, HB_TAG('h', 'e', 'a', 'd'));
  unsigned int head_len = 0;
  const char* head_data = hb_blob_get_data(head, &head_len);
  // The face's name, glyph count and 'head' checksum adjustment tell files apart.
  std::string key = ps_name + '/' + std::to_string(hb_face_get_glyph_count(face)) + '/' +
                    std::string(head_data, head_len >= 12 ? 12 : head_len);
  hb_blob_destroy(head);
  return key;
}

std::shared_ptr<const SubsetProgram> subset_program(hb_face_t* face, const std::string& key,
                                                    const std::string& ps_name, const std::vector<uint32_t>& glyphs) {
  std::string program_key = key;
  program_key += '\0';
  program_key.append(reinterpret_cast<const char*>(glyphs.data()), glyphs.size() * sizeof(uint32_t));
  Cache& c = cache();
  hb_face_t* source = face;
  {
    std::lock_guard<std::mutex> lock(c.mutex);
    auto it = c.programs.find(program_key);
    if (it != c.programs.end() && cache_enabled()) return it->second;
    FaceState& state = c.faces[key];
    if (++state.subsets > kPreprocessAfter && !state.preprocessed)
      state.preprocessed.reset(hb_subset_preprocess(face));
    if (state.preprocessed) source = state.preprocessed.get();
  }
  // Subset outside the lock: another thread may make the same program at
  // the same time; both are the same bytes, the first one stored is kept.
  std::shared_ptr<const SubsetProgram> program = make_program(source, ps_name, glyphs);
  std::lock_guard<std::mutex> lock(c.mutex);
  auto [it, inserted] = c.programs.emplace(program_key, program);
  if (inserted) {
    c.order.push_back(program_key);
    if (c.order.size() > kMaxPrograms) {
      c.programs.erase(c.order.front());
      c.order.pop_front();
    }
  }
  return it->second;
}

}  // namespace vanthu::pdf
