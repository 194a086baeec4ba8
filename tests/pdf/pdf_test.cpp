// The PDF writer: fonts, text round trip, structure, PDF/A-2b elements and
// determinism, checked with poppler-utils and qpdf on the written file and
// with QPDF's API on the bytes.
#ifndef POINTERHOLDER_TRANSITION
#define POINTERHOLDER_TRANSITION 4  // QPDF 11: no PointerHolder compatibility warning
#endif
#include <cairo.h>
#include <gtest/gtest.h>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "core/unicode.h"
#include "layout/layout.h"
#include "pdf/pdf_writer.h"
#include "pdf/pdfa.h"
#include "pdf/sample_document.h"

namespace vanthu::pdf {
namespace {

namespace fs = std::filesystem;
using QOH = QPDFObjectHandle;

std::shared_ptr<layout::FontSystem> fonts() {
  static std::shared_ptr<layout::FontSystem> f = layout::FontSystem::create();
  return f;
}

const std::string& sample_pdf() {
  static const std::string bytes = write_pdf(testing::sample_plan(), *fonts());
  return bytes;
}

class TempFile {
 public:
  explicit TempFile(const std::string& bytes) {
    path_ = (fs::temp_directory_path() / ("vanthu-pdf-test-" + std::to_string(getpid()) + "-" +
                                          std::to_string(counter_++) + ".pdf"))
                .string();
    std::ofstream(path_, std::ios::binary) << bytes;
  }
  ~TempFile() { fs::remove(path_); }
  const std::string& path() const { return path_; }

 private:
  static inline int counter_ = 0;
  std::string path_;
};

struct CommandResult {
  int status = -1;
  std::string output;
};

CommandResult run(const std::string& command) {
  CommandResult r;
  FILE* pipe = popen((command + " 2>&1").c_str(), "r");
  if (!pipe) return r;
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, pipe)) > 0) r.output.append(buf, n);
  r.status = pclose(pipe);
  return r;
}

// QPDF does not copy the buffer: `bytes` must outlive the returned object.
std::unique_ptr<QPDF> open(const std::string& bytes) {
  auto pdf = std::make_unique<QPDF>();
  pdf->processMemoryFile("test", bytes.data(), bytes.size());
  return pdf;
}

TEST(PdfTest, EveryFontIsAnEmbeddedSubsetWithUnicodeMap) {
  TempFile file(sample_pdf());
  CommandResult r = run("pdffonts " + file.path());
  ASSERT_EQ(r.status, 0) << r.output;
  std::istringstream lines(r.output);
  std::string line;
  int fonts_seen = 0;
  while (std::getline(lines, line)) {
    if (line.rfind("name", 0) == 0 || line.rfind("----", 0) == 0 || line.empty()) continue;
    ++fonts_seen;
    EXPECT_NE(line.find("+LiberationSerif"), std::string::npos) << line;
    // Columns: name type encoding emb sub uni object ID.
    std::istringstream cols(line.substr(line.find(' ')));
    std::vector<std::string> words;
    for (std::string w; cols >> w;) words.push_back(w);
    ASSERT_GE(words.size(), 5u) << line;
    size_t n = words.size();
    EXPECT_EQ(words[n - 5], "yes") << "embedded: " << line;
    EXPECT_EQ(words[n - 4], "yes") << "subset: " << line;
    EXPECT_EQ(words[n - 3], "yes") << "unicode: " << line;
  }
  EXPECT_GE(fonts_seen, 3) << r.output;  // regular, bold, italic at least
}

TEST(PdfTest, TextComesBackInNfc) {
  TempFile file(sample_pdf());
  CommandResult r = run("pdftotext -enc UTF-8 " + file.path() + " -");
  ASSERT_EQ(r.status, 0) << r.output;
  EXPECT_EQ(text::nfc(r.output), r.output);
  EXPECT_EQ(r.output.find("\xEF\xBF\xBD"), std::string::npos) << "U+FFFD in the extracted text";
  // Drawing labels ("Năm 2018" in the sample's chart) are outlines, not text: see drawing_painter.h.
  for (const char* s : {"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: 293/KH-STTTT",
                        "Quảng Nam, ngày 27 tháng 3 năm 2018", "KẾ HOẠCH", "Kinh phí (triệu đồng)", "Nguyễn Văn A",
                        "PHỤ LỤC"})
    EXPECT_NE(r.output.find(s), std::string::npos) << s;
}

// Text the font has no single glyph for: a letter with a combining mark
// that has no precomposed form (two glyphs, one cluster), and a no-break
// space (the same glyph as a space in Liberation Serif, another character).
// Each glyph's CID carries the text it was shaped from.
TEST(PdfTest, ClustersAndSharedGlyphsComeBackAsTheirCharacters) {
  model::Document doc = testing::document({testing::a4_section()});
  model::Paragraph p;
  const std::string text = "Mã x\u0303 q\u0323 và 10\u00A0000 đồng, \u05E9\u05DC\u05D5\u05DD";
  p.runs.push_back(model::Run{model::RunKind::Text, text, {}});
  doc.sections[0].blocks.push_back(model::Block{p});
  const std::string bytes = write_pdf(doc, *fonts());
  TempFile file(bytes);
  CommandResult r = run("pdftotext -enc UTF-8 " + file.path() + " -");
  ASSERT_EQ(r.status, 0) << r.output;
  EXPECT_NE(r.output.find("x\u0303"), std::string::npos) << r.output;
  EXPECT_NE(r.output.find("q\u0323"), std::string::npos) << r.output;
  // A right-to-left word (Hebrew "shalom", glyphs in visual order): each
  // letter is mapped once, so the word comes back whole.
  EXPECT_NE(r.output.find("\u05E9\u05DC\u05D5\u05DD"), std::string::npos) << r.output;
  EXPECT_EQ(r.output.find("\xEF\xBF\xBD"), std::string::npos) << "U+FFFD in the extracted text";
  // pdftotext prints a no-break space as a space, so look at the map itself.
  auto pdf = open(bytes);
  std::string maps;
  for (QOH obj : pdf->getAllObjects())
    if (obj.isDictionary() && obj.hasKey("/ToUnicode")) {
      auto data = obj.getKey("/ToUnicode").getStreamData(qpdf_dl_generalized);
      maps.append(reinterpret_cast<const char*>(data->getBuffer()), data->getSize());
    }
  EXPECT_NE(maps.find("> <00A0>"), std::string::npos) << maps;
  EXPECT_NE(maps.find("> <0020>"), std::string::npos) << maps;
}

// An emoji has no glyph in Liberation Serif and there is no fallback font:
// drawing .notdef would break PDF/A-2, so the PDF is refused with the
// character and its line named.
TEST(PdfTest, CharacterWithoutGlyphIsAClearError) {
  model::Document doc = testing::document({testing::a4_section()});
  model::Paragraph p;
  p.runs.push_back(model::Run{model::RunKind::Text, "Chúc mừng \xF0\x9F\x98\x80 năm mới", {}});
  doc.sections[0].blocks.push_back(model::Block{p});
  try {
    write_pdf(doc, *fonts());
    FAIL() << "expected an exception";
  } catch (const std::runtime_error& e) {
    const std::string what = e.what();
    EXPECT_NE(what.find("U+1F600"), std::string::npos) << what;
    EXPECT_NE(what.find("Chúc mừng"), std::string::npos) << what;
  }
}

TEST(PdfTest, JustifiedLinesComeBackAsLaidOut) {
  model::Document doc = testing::sample_plan(4);
  layout::Pages pages = layout::layout_document(doc, *fonts());
  TempFile file(write_pdf(pages, doc.meta, *fonts()));
  CommandResult r = run("pdftotext -enc UTF-8 -layout " + file.path() + " -");
  ASSERT_EQ(r.status, 0);
  std::string collapsed = text::collapse_spaces(r.output);
  int checked = 0;
  for (const layout::Item& it : pages.pages[0].items) {
    if (it.kind != layout::Item::Kind::Text || it.text.size() < 60) continue;
    std::string line = text::collapse_spaces(it.text);
    EXPECT_NE(collapsed.find(line), std::string::npos) << line;
    ++checked;
  }
  EXPECT_GE(checked, 5);
}

TEST(PdfTest, QpdfCheckPasses) {
  TempFile file(sample_pdf());
  CommandResult r = run("qpdf --check " + file.path());
  EXPECT_EQ(r.status, 0) << r.output;
  EXPECT_NE(r.output.find("No syntax or stream encoding errors found"), std::string::npos) << r.output;
}

TEST(PdfTest, PdfaElementsArePresent) {
  auto pdf = open(sample_pdf());
  EXPECT_EQ(pdf->getPDFVersion(), "1.5");
  QOH root = pdf->getRoot();
  QOH info = pdf->getTrailer().getKey("/Info");
  EXPECT_EQ(info.getKey("/CreationDate").getUTF8Value(), "D:20180327070000+07'00'");
  EXPECT_EQ(info.getKey("/ModDate").getUTF8Value(), "D:20180327070000+07'00'");
  EXPECT_EQ(info.getKey("/Title").getUTF8Value(), "Kế hoạch ứng dụng công nghệ thông tin năm 2018");
  EXPECT_EQ(info.getKey("/Author").getUTF8Value(), "Sở Thông tin và Truyền thông tỉnh Quảng Nam");

  int cid_fonts = 0;
  for (QOH obj : pdf->getAllObjects()) {
    if (obj.isDictionary() && obj.getKey("/Subtype").isNameAndEquals("/CIDFontType2")) {
      ++cid_fonts;
      // PDF/A-2 wants /CIDToGIDMap on every CIDFontType2: a stream here,
      // two bytes (the subset's glyph) per CID.
      QOH map = obj.getKey("/CIDToGIDMap");
      ASSERT_TRUE(map.isStream());
      auto data = map.getStreamData(qpdf_dl_generalized);
      EXPECT_GE(data->getSize(), 4u);
      EXPECT_EQ(data->getSize() % 2, 0u);
    }
  }
  EXPECT_GE(cid_fonts, 1);

  QOH metadata = root.getKey("/Metadata");
  ASSERT_TRUE(metadata.isStream());
  EXPECT_TRUE(metadata.getDict().getKey("/Subtype").isNameAndEquals("/XML"));
  EXPECT_FALSE(metadata.getDict().hasKey("/Filter")) << "XMP must be stored uncompressed";
  auto data = metadata.getRawStreamData();
  std::string xmp(reinterpret_cast<const char*>(data->getBuffer()), data->getSize());
  for (const char* s : {"<pdfaid:part>2</pdfaid:part>", "<pdfaid:conformance>B</pdfaid:conformance>",
                        "Kế hoạch ứng dụng công nghệ thông tin năm 2018</rdf:li>",
                        "<rdf:li>Sở Thông tin và Truyền thông tỉnh Quảng Nam</rdf:li>",
                        "<xmp:CreatorTool>vanthu</xmp:CreatorTool>", "<xmp:CreateDate>2018-03-27T07:00:00+07:00",
                        "<pdf:Producer>"})
    EXPECT_NE(xmp.find(s), std::string::npos) << s << "\n" << xmp;
  std::string producer = info.getKey("/Producer").getUTF8Value();
  EXPECT_NE(xmp.find("<pdf:Producer>" + producer + "</pdf:Producer>"), std::string::npos) << producer;

  QOH intents = root.getKey("/OutputIntents");
  ASSERT_TRUE(intents.isArray());
  ASSERT_EQ(intents.getArrayNItems(), 1);
  QOH intent = intents.getArrayItem(0);
  EXPECT_TRUE(intent.getKey("/S").isNameAndEquals("/GTS_PDFA1"));
  QOH icc = intent.getKey("/DestOutputProfile");
  ASSERT_TRUE(icc.isStream());
  EXPECT_EQ(icc.getDict().getKey("/N").getIntValue(), 3);
  auto profile = icc.getStreamData();
  ASSERT_GT(profile->getSize(), 128u);
  EXPECT_EQ(std::string(reinterpret_cast<const char*>(profile->getBuffer()) + 36, 4), "acsp");

  EXPECT_EQ(root.getKey("/Lang").getUTF8Value(), "vi-VN");
  QOH id = pdf->getTrailer().getKey("/ID");
  ASSERT_TRUE(id.isArray());
  EXPECT_EQ(id.getArrayNItems(), 2);
}

TEST(PdfTest, StructureOutlineAndPages) {
  auto pdf = open(sample_pdf());
  QOH root = pdf->getRoot();
  ASSERT_TRUE(root.hasKey("/StructTreeRoot"));
  EXPECT_TRUE(root.getKey("/MarkInfo").getKey("/Marked").isBool());
  // Find the figure and its alternative text.
  std::vector<std::string> tags;
  std::string alt;
  std::function<void(QOH)> walk = [&](QOH e) {
    if (e.isArray()) {
      for (int i = 0; i < e.getArrayNItems(); ++i) walk(e.getArrayItem(i));
      return;
    }
    if (!e.isDictionary()) return;
    if (e.getKey("/S").isName()) tags.push_back(e.getKey("/S").getName());
    if (e.getKey("/S").isNameAndEquals("/Figure") && e.hasKey("/Alt")) alt = e.getKey("/Alt").getUTF8Value();
    if (e.hasKey("/K")) walk(e.getKey("/K"));
  };
  walk(root.getKey("/StructTreeRoot").getKey("/K"));
  for (const char* t : {"/Document", "/Sect", "/H1", "/H2", "/P", "/Table", "/TR", "/TH", "/TD", "/Figure"})
    EXPECT_NE(std::find(tags.begin(), tags.end(), t), tags.end()) << t;
  EXPECT_EQ(alt, "Biểu đồ kinh phí theo năm");

  QOH outlines = root.getKey("/Outlines");
  ASSERT_TRUE(outlines.isDictionary());
  std::vector<std::string> titles;
  for (QOH o = outlines.getKey("/First"); o.isDictionary(); o = o.getKey("/Next")) {
    titles.push_back(o.getKey("/Title").getUTF8Value());
    for (QOH c = o.getKey("/First"); c.isDictionary(); c = c.getKey("/Next"))
      titles.push_back("  " + c.getKey("/Title").getUTF8Value());
  }
  ASSERT_GE(titles.size(), 3u);
  EXPECT_EQ(titles[0], "KẾ HOẠCH");
  EXPECT_EQ(titles[1], "  I. MỤC TIÊU 1");
  EXPECT_EQ(titles.back(), "PHỤ LỤC");

  std::vector<QPDFPageObjectHelper> pages = QPDFPageDocumentHelper(*pdf).getAllPages();
  ASSERT_GE(pages.size(), 3u);
  QOH first = pages.front().getObjectHandle().getKey("/MediaBox");
  QOH last = pages.back().getObjectHandle().getKey("/MediaBox");
  EXPECT_NEAR(first.getArrayItem(2).getNumericValue(), 595.28, 0.01);
  EXPECT_NEAR(first.getArrayItem(3).getNumericValue(), 841.89, 0.01);
  EXPECT_NEAR(last.getArrayItem(2).getNumericValue(), 841.89, 0.01);  // landscape annex
  EXPECT_NEAR(last.getArrayItem(3).getNumericValue(), 595.28, 0.01);
}

TEST(PdfTest, SameInputGivesTheSameBytes) {
  model::Document doc = testing::sample_plan();
  std::string a = write_pdf(doc, *fonts());
  auto other_fonts = layout::FontSystem::create();
  std::string b = write_pdf(doc, *other_fonts);
  EXPECT_EQ(a.size(), b.size());
  EXPECT_TRUE(a == b) << "two renders differ";
  EXPECT_EQ(a, sample_pdf());
  // The timestamp option wins over the document date.
  PdfOptions later;
  later.timestamp = 1522108800 + 86400;
  std::string c = write_pdf(doc, *fonts(), later);
  EXPECT_NE(c.find("D:20180328070000+07'00'"), std::string::npos);
}

// One FontSystem per thread (it is not thread-safe itself); threads that
// each own one produce the same bytes as the main thread.
TEST(PdfTest, OneFontSystemPerThreadGivesTheSameBytes) {
  model::Document doc = testing::sample_plan();
  std::string results[2];
  std::thread workers[2];
  for (int i = 0; i < 2; ++i)
    workers[i] = std::thread([&doc, &results, i] {
      auto own = layout::FontSystem::create();
      results[i] = write_pdf(doc, *own);
    });
  for (auto& w : workers) w.join();
  EXPECT_TRUE(results[0] == sample_pdf());
  EXPECT_TRUE(results[1] == sample_pdf());
}

TEST(PdfTest, PlainPdfWithoutPdfaParts) {
  PdfOptions plain;
  plain.pdfa = false;
  const std::string bytes = write_pdf(testing::sample_plan(2), *fonts(), plain);
  auto pdf = open(bytes);  // QPDF reads the buffer in place: keep it alive
  EXPECT_FALSE(pdf->getRoot().hasKey("/Metadata"));
  EXPECT_FALSE(pdf->getRoot().hasKey("/OutputIntents"));
  EXPECT_EQ(pdf->getRoot().getKey("/Lang").getUTF8Value(), "vi-VN");
  EXPECT_EQ(pdf->getTrailer().getKey("/Info").getKey("/CreationDate").getUTF8Value(), "D:20180327070000+07'00'");
}

TEST(PdfTest, IccProfileHasAPinnedDate) {
  std::string a = srgb_icc_profile();
  EXPECT_EQ(static_cast<unsigned char>(a[8]), 2u);  // ICC major version 2
  EXPECT_EQ(a.substr(36, 4), "acsp");
  // Creation date (bytes 24-35): 2000-01-01 00:00:00, not the clock's time.
  const unsigned char pinned[12] = {0x07, 0xD0, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0};
  EXPECT_EQ(a.substr(24, 12), std::string(reinterpret_cast<const char*>(pinned), 12));
}

std::string tiny_png() {
  cairo_surface_t* s = cairo_image_surface_create(CAIRO_FORMAT_RGB24, 12, 8);
  cairo_t* cr = cairo_create(s);
  cairo_set_source_rgb(cr, 0.2, 0.4, 0.8);
  cairo_paint(cr);
  cairo_destroy(cr);
  std::string out;
  cairo_surface_write_to_png_stream(
      s,
      [](void* c, const unsigned char* d, unsigned int n) {
        static_cast<std::string*>(c)->append(reinterpret_cast<const char*>(d), n);
        return CAIRO_STATUS_SUCCESS;
      },
      &out);
  cairo_surface_destroy(s);
  return out;
}

TEST(PdfTest, PictureWithoutDrawingIsEmbeddedFromItsPng) {
  model::Document doc = testing::document({testing::a4_section()});
  model::Image img;
  img.width = pt(120);
  img.height = pt(80);
  img.png = tiny_png();
  img.description = "Ảnh";
  doc.sections[0].blocks.push_back(model::Block{img});
  const std::string bytes = write_pdf(doc, *fonts());
  auto pdf = open(bytes);
  int images = 0;
  for (QOH obj : pdf->getAllObjects())
    if (obj.isStream() && obj.getDict().getKey("/Subtype").isNameAndEquals("/Image")) {
      ++images;
      EXPECT_EQ(obj.getDict().getKey("/Width").getIntValue(), 12);
      EXPECT_EQ(obj.getDict().getKey("/Height").getIntValue(), 8);
    }
  EXPECT_EQ(images, 1);
}

TEST(PdfTest, BadPictureIsAClearError) {
  model::Document doc = testing::document({testing::a4_section()});
  model::Image img;
  img.width = img.height = pt(10);
  img.png = "not a png";
  doc.sections[0].blocks.push_back(model::Block{img});
  try {
    write_pdf(doc, *fonts());
    FAIL() << "expected an exception";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("PNG"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace vanthu::pdf
