// The độ khẩn stamps (PL1 §III.2): "KHẨN" in a 20 × 8 mm frame, "THƯỢNG
// KHẨN" 40 × 8, "HỎA TỐC" 30 × 8. The frame is measured where a reader sees
// it: the four strokes drawn in the PDF's page content, and the grid column
// of the one-cell table in the DOCX.
#include <gtest/gtest.h>

#include <cmath>
#include <regex>

#include "e2e/e2e_support.h"

namespace vanthu::test {
namespace {

struct Segment {
  double x1, y1, x2, y2;
};

// Every "x y m x2 y2 l S" stroke of the uncompressed page content.
std::vector<Segment> strokes(const std::string& qdf) {
  std::vector<Segment> out;
  static const std::regex op(R"(([-\d.]+) ([-\d.]+) m ([-\d.]+) ([-\d.]+) l S)");
  for (auto it = std::sregex_iterator(qdf.begin(), qdf.end(), op); it != std::sregex_iterator(); ++it)
    out.push_back({std::stod((*it)[1]), std::stod((*it)[2]), std::stod((*it)[3]), std::stod((*it)[4])});
  return out;
}

bool near(double a, double b, double tol = 0.3) { return std::fabs(a - b) <= tol; }

// A closed rectangle of width w and height h (points) made of two
// horizontal and two vertical strokes.
bool has_frame(const std::vector<Segment>& s, double w, double h) {
  for (const auto& top : s) {
    if (!near(top.y1, top.y2, 0.01) || !near(std::fabs(top.x2 - top.x1), w)) continue;
    const double left = std::min(top.x1, top.x2), right = std::max(top.x1, top.x2);
    bool bottom = false, lside = false, rside = false;
    for (const auto& o : s) {
      if (near(o.y1, o.y2, 0.01) && near(std::fabs(o.y1 - top.y1), h) && near(std::min(o.x1, o.x2), left) &&
          near(std::max(o.x1, o.x2), right))
        bottom = true;
      if (near(o.x1, o.x2, 0.01) && near(std::fabs(o.y2 - o.y1), h, 0.6)) {
        if (near(o.x1, left)) lside = true;
        if (near(o.x1, right)) rside = true;
      }
    }
    if (bottom && lside && rside) return true;
  }
  return false;
}

TEST(Marks, UrgencyFramesHaveTheDecreesSizeInThePdfAndTheDocx) {
  if (!have_tool("qpdf")) GTEST_SKIP() << "qpdf is not installed";
  const std::string base = slurp(source_dir() + "/examples/cong-van-trien-khai-atgt-2018/data.json");
  const fs::path dir = fs::temp_directory_path() / "vanthu-marks-test";
  fs::create_directories(dir);
  const struct {
    const char* level;
    double mm;
  } cases[] = {{"KHẨN", 20}, {"THƯỢNG KHẨN", 40}, {"HỎA TỐC", 30}};
  for (const auto& c : cases) {
    SCOPED_TRACE(c.level);
    std::string data = std::regex_replace(base, std::regex(R"("do_khan": "[^"]*")"),
                                          std::string("\"do_khan\": \"") + c.level + "\"");
    ASSERT_NE(data.find(c.level), std::string::npos);
    const std::string json = (dir / "data.json").string(), pdf = (dir / "cv.pdf").string(),
                      docx = (dir / "cv.docx").string(), qdf = (dir / "cv.qdf").string();
    write(json, data);
    const RunResult r = run(quote(vanthu_binary()) + " render cong-van " + quote(json) + " -o " + quote(pdf) + " -o " +
                            quote(docx));
    ASSERT_EQ(r.status, 0) << r.out;
    ASSERT_LE(run("qpdf --qdf --object-streams=disable " + quote(pdf) + " " + quote(qdf)).status, 3);
    const double w = c.mm / 25.4 * 72, h = 8 / 25.4 * 72;
    EXPECT_TRUE(has_frame(strokes(slurp(qdf)), w, h)) << "no " << c.mm << " × 8 mm frame in the PDF";
    std::string document;
    for (const auto& [name, bytes] : zip_entries(docx))
      if (name == "word/document.xml") document = bytes;
    const int twips = static_cast<int>(std::lround(c.mm / 25.4 * 1440));
    EXPECT_NE(document.find("<w:gridCol w:w=\"" + std::to_string(twips) + "\"/>"), std::string::npos)
        << "no one-column table " << twips << " twips wide in the DOCX";
    EXPECT_NE(document.find("w:hRule=\"atLeast\""), std::string::npos);
  }
  fs::remove_all(dir);
}

}  // namespace
}  // namespace vanthu::test

namespace vanthu::test {
namespace {

// `vanthu check` measures the stamp too: a KHẨN frame widened to 35 mm in
// the DOCX is a finding (PL1.III.2 khan.frame), the engine's own is not.
TEST(Marks, CheckFindsAnUrgencyFrameOfTheWrongSize) {
  const fs::path dir = fs::temp_directory_path() / "vanthu-marks-check";
  fs::create_directories(dir);
  const std::string good = (dir / "cv.docx").string(), bad = (dir / "bad.docx").string();
  const std::string data = source_dir() + "/examples/cong-van-trien-khai-atgt-2018/data.json";
  ASSERT_EQ(run(quote(vanthu_binary()) + " render cong-van " + quote(data) + " -o " + quote(good)).status, 0);
  const RunResult clean = run(quote(vanthu_binary()) + " check " + quote(good));
  EXPECT_EQ(clean.status, 0) << clean.out;
  // 1134 twips = 20 mm; 1984 twips = 35 mm.
  const std::string script =
      "import sys, zipfile\n"
      "src, dst = sys.argv[1], sys.argv[2]\n"
      "with zipfile.ZipFile(src) as a, zipfile.ZipFile(dst, 'w', zipfile.ZIP_DEFLATED) as b:\n"
      "    for i in a.infolist():\n"
      "        d = a.read(i.filename)\n"
      "        if i.filename == 'word/document.xml':\n"
      "            assert b'<w:gridCol w:w=\"1134\"/>' in d\n"
      "            d = d.replace(b'<w:gridCol w:w=\"1134\"/>', b'<w:gridCol w:w=\"1984\"/>')\n"
      "            d = d.replace(b'<w:tcW w:w=\"1134\"', b'<w:tcW w:w=\"1984\"')\n"
      "        b.writestr(i, d)\n";
  write((dir / "widen.py").string(), script);
  const RunResult w = run("/usr/bin/python3 " + quote((dir / "widen.py").string()) + " " + quote(good) + " " + quote(bad));
  ASSERT_EQ(w.status, 0) << w.out;
  const RunResult r = run(quote(vanthu_binary()) + " check " + quote(bad));
  EXPECT_EQ(r.status, 1) << r.out;
  EXPECT_NE(r.out.find("khan.frame"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("20 × 8 mm"), std::string::npos) << r.out;
  fs::remove_all(dir);
}

}  // namespace
}  // namespace vanthu::test
