// The tagged text of every example keeps its words apart: where a line
// wraps or breaks, `pdfinfo -struct-text` (what a screen reader or reflow
// reads, ISO 32000-1 §14.8.2.5) must not run the last word of a line into
// the first word of the next ("giaothông"). Each word of the structure text
// must be a word of the same document's DOCX text, which has no line ends.
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string_view>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

std::string env_or(const char* name, const char* fallback) {
  const char* v = std::getenv(name);
  return v && *v ? v : fallback;
}

std::string source_dir() { return env_or("VANTHU_SOURCE_DIR", VANTHU_TEST_SOURCE_DIR); }
std::string vanthu() { return env_or("VANTHU_BINARY", VANTHU_TEST_BINARY); }

std::string run(const std::string& command, int* status = nullptr) {
  std::string out;
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) return out;
  char buf[8192];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, pipe)) > 0) out.append(buf, n);
  const int s = pclose(pipe);
  if (status) *status = s;
  return out;
}

std::string quote(const std::string& s) { return "'" + s + "'"; }

std::vector<std::string> words_of(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

std::string unescape_xml(std::string s) {
  static const std::vector<std::pair<std::string, std::string>> entities = {
      {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&apos;", "'"}, {"&amp;", "&"}};
  for (const auto& [from, to] : entities)
    for (size_t pos = 0; (pos = s.find(from, pos)) != std::string::npos; pos += to.size()) s.replace(pos, from.size(), to);
  return s;
}

// The words of a DOCX body: each paragraph's w:t texts joined, tabs and
// breaks as spaces (the same text the PDF draws, without line ends).
std::set<std::string> docx_words(const std::string& docx) {
  const std::string xml = run("unzip -p " + quote(docx) + " word/document.xml");
  std::set<std::string> words;
  std::string paragraph;
  auto flush = [&] {
    for (const std::string& w : words_of(paragraph)) words.insert(w);
    paragraph.clear();
  };
  // A plain scan (std::regex takes minutes on a long document).
  for (size_t pos = 0; (pos = xml.find('<', pos)) != std::string::npos;) {
    const size_t close = xml.find('>', pos);
    if (close == std::string::npos) break;
    const std::string_view tag(xml.data() + pos, close + 1 - pos);
    pos = close + 1;
    if (tag == "</w:p>") flush();
    else if (tag == "<w:tab/>" || tag == "<w:br/>") paragraph += ' ';
    else if ((tag.starts_with("<w:t>") || tag.starts_with("<w:t ")) && !tag.ends_with("/>")) {
      const size_t end = xml.find("</w:t>", pos);
      if (end == std::string::npos) break;
      paragraph += unescape_xml(xml.substr(pos, end - pos));
      pos = end;
    }
  }
  flush();
  return words;
}

// The structure text: the quoted strings of `pdfinfo -struct-text`.
std::vector<std::string> structure_words(const std::string& pdf, int& strings) {
  int status = 0;
  const std::string out = run("pdfinfo -struct-text " + quote(pdf) + " 2>&1", &status);
  EXPECT_EQ(status, 0) << out;
  std::vector<std::string> words;
  std::istringstream in(out);
  strings = 0;
  for (std::string line; std::getline(in, line);) {
    const size_t first = line.find_first_not_of(' ');
    if (first == std::string::npos || line[first] != '"' || line.size() < first + 2 || line.back() != '"') continue;
    ++strings;
    for (std::string& w : words_of(line.substr(first + 1, line.size() - first - 2))) words.push_back(std::move(w));
  }
  return words;
}

// Fails with every run-together word of `pdf` (words not in the DOCX).
void expect_words_apart(const std::string& pdf, const std::string& docx) {
  const std::set<std::string> known = docx_words(docx);
  ASSERT_GT(known.size(), 20u) << docx;
  int strings = 0;
  const std::vector<std::string> words = structure_words(pdf, strings);
  ASSERT_GT(strings, 5) << pdf << ": no structure text";
  std::vector<std::string> unknown;
  for (const std::string& w : words)
    if (!known.count(w)) unknown.push_back(w);
  std::string list;
  for (const std::string& w : unknown) list += " [" + w + "]";
  EXPECT_TRUE(unknown.empty()) << pdf << ": " << unknown.size() << " of " << words.size()
                               << " words of the structure text are not words of the document:" << list;
}

class TaggedText : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("vanthu-tagged-" + std::to_string(getpid()));
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path dir_;
};

std::string read_first_line(const fs::path& p) {
  std::ifstream in(p);
  std::string line;
  std::getline(in, line);
  return line;
}

TEST_F(TaggedText, EveryExampleRenderKeepsWordsApartAtLineEnds) {
  int documents = 0;
  for (const auto& entry : fs::directory_iterator(fs::path(source_dir()) / "examples")) {
    if (!fs::exists(entry.path() / "template")) continue;
    const std::string tpl = read_first_line(entry.path() / "template");
    for (const auto& f : fs::directory_iterator(entry.path())) {
      const std::string name = f.path().filename().string();
      if (name.rfind("data", 0) != 0 || f.path().extension() != ".json") continue;
      const std::string stem = (dir_ / (entry.path().filename().string() + "-" + f.path().stem().string())).string();
      int status = 0;
      const std::string out = run(quote(vanthu()) + " render " + tpl + ' ' + quote(f.path().string()) + " -o " +
                                      quote(stem + ".docx") + " -o " + quote(stem + ".pdf") + " 2>&1",
                                  &status);
      ASSERT_EQ(status, 0) << out;
      SCOPED_TRACE(f.path().string());
      expect_words_apart(stem + ".pdf", stem + ".docx");
      ++documents;
    }
  }
  EXPECT_GE(documents, 3);
}

TEST_F(TaggedText, EveryExampleBatchKeepsWordsApartAtLineEnds) {
  int documents = 0;
  for (const auto& entry : fs::directory_iterator(fs::path(source_dir()) / "examples")) {
    const fs::path spec = entry.path() / "batch";
    if (!fs::exists(spec)) continue;
    std::istringstream in(read_first_line(spec));
    std::string tpl, data, opt, options;
    in >> tpl >> data;
    // The example's options, with both formats so that each PDF has its DOCX.
    while (in >> opt) {
      if (opt == "--format") {
        in >> opt;
        continue;
      }
      options += ' ' + quote(opt);
    }
    const fs::path out_dir = dir_ / entry.path().filename();
    int status = 0;
    const std::string out = run(quote(vanthu()) + " batch " + tpl + ' ' + quote((entry.path() / data).string()) +
                                    " -o " + quote(out_dir.string()) + " --format both" + options + " 2>&1",
                                &status);
    ASSERT_EQ(status, 0) << out;
    // The first few (poppler's -struct-text takes a second per page here).
    std::vector<fs::path> pdfs;
    for (const auto& f : fs::directory_iterator(out_dir))
      if (f.path().extension() == ".pdf") pdfs.push_back(f.path());
    std::sort(pdfs.begin(), pdfs.end());
    if (pdfs.size() > 4) pdfs.resize(4);
    for (const fs::path& pdf : pdfs) {
      fs::path docx = pdf;
      docx.replace_extension(".docx");
      SCOPED_TRACE(pdf.string());
      expect_words_apart(pdf.string(), docx.string());
      ++documents;
    }
  }
  EXPECT_GE(documents, 1);
}

}  // namespace
