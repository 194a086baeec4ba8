// The floor of a PDF page: what any engine drawing the same text with the
// same fonts must at least do. Three parts, timed separately with a
// microsecond clock (the thread's CPU time) over N repetitions:
//   shape     HarfBuzz shaping of every text run of the laid-out document
//             (the same strings, fonts and sizes vanthu draws; no line
//             breaking, no Pango),
//   subset    hb-subset of each face to the glyphs shaped (a fresh subset
//             every repetition, from a face preprocessed once, as a batch
//             would; no cache),
//   compress  Flate (libdeflate, core/compress.h at the level the writer
//             uses) of the subset programs and of content streams of
//             similar size (a Tm and one hex string of its glyphs per
//             run, one stream per page at the writer's level for page contents,
//             written once outside the timed steps: until 2026-12-02 the
//             shape step also timed snprintf and std::set for every glyph,
//             which made it 3-4 times HarfBuzz's time).
// Not a test: figures are printed, never asserted.
//
//   floor <template> <data.json> [N=100]
#include <hb-subset.h>
#include <hb.h>
#include <pango/pango.h>
#include <time.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>
#include <vector>

#include "core/compress.h"
#include "layout/layout.h"
#include "api/engine.h"

namespace {

struct Run {
  hb_font_t* font;  // Pango's, at the run's size
  hb_face_t* face;
  std::string text;
  size_t page;
};

// CPU time of this thread, in microseconds (nanosecond clock): on a shared,
// loaded machine the wall clock also counts other processes' time.
double now_us() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) * 1e6 + static_cast<double>(ts.tv_nsec) / 1e3;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: floor <template> <data.json> [N=100]\n");
    return 2;
  }
  const int n = argc > 3 ? std::atoi(argv[3]) : 100;
  vanthu::Engine engine;
  vanthu::Diagnostics diag;
  auto tpl = engine.load_template(argv[1], diag);
  nlohmann::json data = engine.load_data(argv[2], diag);
  if (!tpl || diag.has_errors()) {
    std::fputs(diag.format().c_str(), stderr);
    return 1;
  }
  auto doc = engine.build(*tpl, data, argv[2], diag);
  if (!doc) {
    std::fputs(diag.format().c_str(), stderr);
    return 1;
  }
  auto fonts = vanthu::layout::FontSystem::create();
  const vanthu::layout::Pages pages = vanthu::layout::layout_document(*doc, *fonts);

  // The text runs as drawn: each run of each line, with its Pango font.
  std::vector<Run> runs;
  size_t characters = 0;
  for (size_t page_index = 0; page_index < pages.pages.size(); ++page_index)
    for (const auto& item : pages.pages[page_index].items) {
      if (item.kind != vanthu::layout::Item::Kind::Text) continue;
      const vanthu::layout::GlyphLine& line = *item.glyphs;
      for (const vanthu::layout::GlyphRun& run : line.runs()) {
        hb_font_t* font = pango_font_get_hb_font(run.font);
        runs.push_back({font, hb_font_get_face(font), std::string(line.text(run)), page_index});
        characters += run.text_length;
      }
    }
  std::map<hb_face_t*, hb_face_t*> preprocessed;
  for (const Run& r : runs)
    if (!preprocessed.count(r.face)) preprocessed[r.face] = hb_subset_preprocess(r.face);

  hb_feature_t no_kern;
  hb_feature_from_string("kern=0", -1, &no_kern);
  double shape_us = 0, subset_us = 0, compress_us = 0;
  size_t out_bytes = 0;
  // The content stream the compression step compresses: one "<glyph>" per
  // glyph and a Tm per run, written once outside the timed steps (how fast
  // a program formats text is not the floor of shaping).
  std::vector<std::string> content(pages.pages.size());
  for (int rep = 0; rep < n; ++rep) {
    const bool first = rep == 0;
    double t0 = now_us();
    std::map<hb_face_t*, hb_set_t*> glyphs;
    hb_buffer_t* buf = hb_buffer_create();
    for (const Run& r : runs) {
      hb_buffer_clear_contents(buf);
      hb_buffer_add_utf8(buf, r.text.data(), static_cast<int>(r.text.size()), 0, -1);
      hb_buffer_guess_segment_properties(buf);
      hb_shape(r.font, buf, &no_kern, 1);
      unsigned int count = 0;
      const hb_glyph_info_t* info = hb_buffer_get_glyph_infos(buf, &count);
      hb_set_t*& set = glyphs[r.face];
      if (!set) set = hb_set_create();
      for (unsigned int i = 0; i < count; ++i) hb_set_add(set, info[i].codepoint);
      if (first) {
        const double pause = now_us();
        static const char kHex[] = "0123456789ABCDEF";
        std::string& stream = content[r.page];
        stream += "1 0 0 1 100.00 700.00 Tm\n<";
        for (unsigned int i = 0; i < count; ++i) {
          const uint32_t g = info[i].codepoint & 0xFFFF;
          const char hex[4] = {kHex[g >> 12], kHex[(g >> 8) & 15], kHex[(g >> 4) & 15], kHex[g & 15]};
          stream.append(hex, sizeof hex);
        }
        stream += "> Tj\n";
        t0 += now_us() - pause;
      }
    }
    hb_buffer_destroy(buf);
    double t1 = now_us();
    std::vector<std::string> programs;
    for (const auto& [face, set] : glyphs) {
      hb_subset_input_t* input = hb_subset_input_create_or_fail();
      hb_set_t* gset = hb_subset_input_glyph_set(input);
      hb_set_add(gset, 0);
      hb_set_union(gset, set);
      hb_set_destroy(set);
      hb_face_t* subset = hb_subset_or_fail(preprocessed[face], input);
      hb_subset_input_destroy(input);
      hb_blob_t* blob = hb_face_reference_blob(subset);
      unsigned int len = 0;
      const char* bytes = hb_blob_get_data(blob, &len);
      programs.emplace_back(bytes, len);
      hb_blob_destroy(blob);
      hb_face_destroy(subset);
    }
    double t2 = now_us();
    for (const std::string& p : programs) out_bytes += vanthu::compress::zlib(p).size();
    for (const std::string& page : content)
      out_bytes += vanthu::compress::zlib(page, vanthu::compress::Level::PageContent).size();
    double t3 = now_us();
    shape_us += t1 - t0;
    subset_us += t2 - t1;
    compress_us += t3 - t2;
  }
  const double np = static_cast<double>(pages.pages.size());
  const double total = (shape_us + subset_us + compress_us) / n;
  std::printf("RESULT floor pages=%zu runs=%zu chars=%zu n=%d shape_us_per_doc=%.1f subset_us_per_doc=%.1f "
              "compress_us_per_doc=%.1f floor_us_per_doc=%.1f floor_us_per_page=%.1f bytes_per_doc=%zu\n",
              pages.pages.size(), runs.size(), characters, n, shape_us / n, subset_us / n, compress_us / n, total,
              total / np, out_bytes / static_cast<size_t>(n));
  for (auto& [face, pre] : preprocessed) hb_face_destroy(pre);
  return 0;
}
