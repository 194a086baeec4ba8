// LibreOffice opens what the writer makes: each sample is converted to PDF
// with soffice (skipped when LibreOffice or poppler-utils are not
// installed) and the PDF's text, pages and sizes are checked with poppler.
#include <gtest/gtest.h>

#include <unistd.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <set>
#include <string>

#include "docx/docx_writer.h"
#include "sample_documents.h"
#include "support/xml_query.h"
#include "support/zip_read.h"

namespace vanthu::docx {
namespace {

namespace fs = std::filesystem;

bool on_path(const std::string& program) {
  const char* path = std::getenv("PATH");
  if (path == nullptr) return false;
  std::string dirs = path;
  for (size_t start = 0; start <= dirs.size();) {
    const size_t end = std::min(dirs.find(':', start), dirs.size());
    const fs::path candidate = fs::path(dirs.substr(start, end - start)) / program;
    if (access(candidate.c_str(), X_OK) == 0) return true;
    start = end + 1;
  }
  return false;
}

std::string run(const std::string& command) {
  std::string out;
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(command.c_str(), "r"), pclose);
  if (!pipe) return out;
  std::array<char, 4096> buf;
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), pipe.get())) > 0) out.append(buf.data(), n);
  return out;
}

// Runs of white space folded to one space, so that checks do not depend on
// where LibreOffice breaks lines or how pdftotext lays them out.
std::string fold_spaces(const std::string& s) {
  std::string out;
  for (char c : s) {
    const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\f' || c == '\r';
    if (space) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  return out;
}

// Converts lazily, each sample once per process: under ctest every test runs
// in a process of its own and converts only what it looks at.
class LibreOffice : public ::testing::Test {
 protected:
  static inline fs::path dir;
  static inline std::string skip_reason;
  static inline std::set<std::string> converted;  // "name.pdf", "resaved/name.docx"

  static void SetUpTestSuite() {
    if (!on_path("soffice")) {
      skip_reason = "LibreOffice (soffice) is not installed";
      return;
    }
    if (!on_path("pdftotext") || !on_path("pdfinfo") || !on_path("pdfimages")) {
      skip_reason = "poppler-utils are not installed";
      return;
    }
    char tmpl[] = "/tmp/vanthu-docx-lo-XXXXXX";
    if (mkdtemp(tmpl) == nullptr) {
      skip_reason = "no temporary folder";
      return;
    }
    dir = tmpl;
    for (const auto& [name, doc] : samples::all())
      std::ofstream(dir / (name + ".docx"), std::ios::binary) << write_docx(doc, {1522108800});
  }

  static void TearDownTestSuite() {
    if (!dir.empty()) {
      std::error_code ignored;
      fs::remove_all(dir, ignored);
    }
  }

  void SetUp() override {
    if (!skip_reason.empty()) GTEST_SKIP() << skip_reason;
  }

  // One soffice run for the samples not converted to `format` yet. A private
  // profile: no clash with a running LibreOffice, nothing left in $HOME.
  static void convert(const std::vector<std::string>& names, const std::string& format, const fs::path& out) {
    std::string files;
    for (const auto& name : names) {
      const std::string key = (out / name).string() + "." + format;
      if (converted.insert(key).second) files += " " + (dir / (name + ".docx")).string();
    }
    if (files.empty()) return;
    const std::string filter = format == "pdf" ? "pdf" : "'docx:MS Word 2007 XML'";
    const std::string command = "timeout 300 soffice -env:UserInstallation=file://" + (dir / "profile").string() +
                                " --headless --norestore --convert-to " + filter + " --outdir " + out.string() +
                                files + " >> " + (dir / "soffice.log").string() + " 2>&1";
    EXPECT_EQ(std::system(command.c_str()), 0) << "soffice failed, see " << (dir / "soffice.log");
  }

  static std::string pdf(const std::string& name) {
    convert({name}, "pdf", dir);
    const fs::path p = dir / (name + ".pdf");
    EXPECT_TRUE(fs::exists(p)) << p;
    return p.string();
  }
  static std::string text(const std::string& name, int page = 0) {
    const std::string pages = page > 0 ? " -f " + std::to_string(page) + " -l " + std::to_string(page) : "";
    return fold_spaces(run("pdftotext -layout" + pages + " " + pdf(name) + " -"));
  }
  static std::string info(const std::string& name) { return run("pdfinfo -f 1 -l 9 " + pdf(name)); }
};

TEST_F(LibreOffice, OpensEverySample) {
  std::vector<std::string> names;
  for (const auto& [name, doc] : samples::all()) names.push_back(name);
  convert(names, "pdf", dir);
  for (const auto& [name, doc] : samples::all()) EXPECT_NE(info(name).find("Pages:"), std::string::npos) << name;
}

TEST_F(LibreOffice, VietnameseTextComesThrough) {
  const std::string t = text("administrative_letter");
  for (const char* expected : {"UBND TỈNH LẠNG SƠN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                               "Độc lập - Tự do - Hạnh phúc", "Lạng Sơn, ngày 27 tháng 3 năm 2018", "KẾ HOẠCH",
                               "I. Mục đích, yêu cầu", "Nơi nhận:", "GIÁM ĐỐC", "Nguyễn Văn A"})
    EXPECT_NE(t.find(expected), std::string::npos) << expected << "\n--- text:\n" << t;
  EXPECT_NE(info("administrative_letter").find("Pages:           1"), std::string::npos);
}

TEST_F(LibreOffice, SectionsPagesOrientationAndNumbers) {
  const std::string i = info("two_sections");
  EXPECT_NE(i.find("Pages:           2"), std::string::npos) << i;
  EXPECT_NE(i.find("Page    1 size:  595.3"), std::string::npos) << i;
  EXPECT_NE(i.find("Page    2 size:  841.89 x 595.3"), std::string::npos) << i;
  // Page 1 hides its number; the annex restarts at 1 and shows it.
  const std::string first = text("two_sections", 1);
  EXPECT_EQ(first.find_first_of("0123456789"), std::string::npos) << first;
  const std::string second = text("two_sections", 2);
  EXPECT_TRUE(second.rfind(" 1 PHỤ LỤC", 0) == 0 || second.rfind("1 PHỤ LỤC", 0) == 0) << second;
}

TEST_F(LibreOffice, TablesKeepTheirCellsApart) {
  const std::string t = text("tables");
  for (const char* expected : {"TT", "Nội dung", "Toàn thể công chức, viên chức, người lao động", "cuối",
                               "Nơi nhận 2", "KT. GIÁM ĐỐC 2"})
    EXPECT_NE(t.find(expected), std::string::npos) << expected << "\n--- text:\n" << t;
}

TEST_F(LibreOffice, AdjacentTablesStayTwoTables) {
  // Without the paragraph between them LibreOffice merges the bordered table
  // and the borderless closing table into one (and drops the borders).
  convert({"tables"}, "docx", dir / "resaved");
  std::ifstream file(dir / "resaved" / "tables.docx", std::ios::binary);
  const std::string bytes((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
  const auto entries = test::read_zip(bytes);
  std::string document;
  for (const auto& e : entries)
    if (e.name == "word/document.xml") document = e.data;
  ASSERT_FALSE(document.empty());
  const test::XmlQuery q(document);
  EXPECT_EQ(q.count("/w:document/w:body/w:tbl"), 2);
  EXPECT_EQ(q.count("/w:document/w:body/w:tbl[1]/w:tr"), 4);
  EXPECT_EQ(q.count("/w:document/w:body/w:tbl[1]/w:tr/w:tc/w:tbl"), 1);
}

TEST_F(LibreOffice, PictureIsEmbedded) {
  const std::string list = run("pdfimages -list " + pdf("picture"));
  // Header lines, then one line per image drawn: the PNG is used twice.
  int images = 0;
  for (size_t at = 0; (at = list.find("\n", at)) != std::string::npos; ++at)
    if (list.compare(at + 1, 4, "   1") == 0) ++images;
  EXPECT_EQ(images, 2) << list;
  EXPECT_NE(text("picture").find("Hình 1"), std::string::npos);
}

}  // namespace
}  // namespace vanthu::docx
