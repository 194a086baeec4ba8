// Subset programs are shared between documents with the same glyphs: the
// same program for the same set, another for another set, and glyph
// numbers mapped as hb-subset numbered them.
#include <gtest/gtest.h>
#include <hb.h>

#include "pdf/subset_cache.h"

namespace vanthu::pdf {
namespace {

hb_face_t* liberation_serif() {
  static hb_face_t* face = [] {
    hb_blob_t* blob = hb_blob_create_from_file("/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf");
    hb_face_t* f = hb_face_create(blob, 0);
    hb_blob_destroy(blob);
    return f;
  }();
  return face;
}

TEST(SubsetCache, SameGlyphsShareOneProgramOtherGlyphsGetAnother) {
  hb_face_t* face = liberation_serif();
  ASSERT_GT(hb_face_get_glyph_count(face), 100u);
  const std::string key = face_key(face, "LiberationSerif");
  auto a = subset_program(face, key, "LiberationSerif", {36, 68, 69});
  auto b = subset_program(face, key, "LiberationSerif", {36, 68, 69});
  auto c = subset_program(face, key, "LiberationSerif", {36, 68, 70});
  EXPECT_EQ(a.get(), b.get());
  EXPECT_NE(a.get(), c.get());
  EXPECT_NE(a->flate, c->flate);
  EXPECT_GT(a->length, 100u);
  // hb-subset keeps the order of glyph numbers: .notdef, then the three.
  EXPECT_EQ(a->glyph_in_subset(36), 1u);
  EXPECT_EQ(a->glyph_in_subset(68), 2u);
  EXPECT_EQ(a->glyph_in_subset(69), 3u);
  EXPECT_EQ(a->glyph_in_subset(70), 0u);  // not kept: .notdef
}

}  // namespace
}  // namespace vanthu::pdf
