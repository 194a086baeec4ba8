// Golden files for every example: the model dump, the layout dump (pages of
// positioned lines), the DOCX's word/document.xml and its chart parts
// (word/charts/chartN.xml), pretty-printed. All are
// reviewable text under tests/golden/<example>/. After an intended change,
// regenerate them with the one switch
//     VANTHU_UPDATE_GOLDEN=1 ctest -R Golden
// and review the diff.
#include <gtest/gtest.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include "e2e/e2e_support.h"
#include "layout/fonts.h"
#include "layout/layout.h"
#include "layout/pages.h"
#include "model/dump.h"
#include "api/engine.h"

namespace vanthu::test {
namespace {

std::string pretty_xml(const std::string& xml) {
  xmlDocPtr doc = xmlReadMemory(xml.data(), static_cast<int>(xml.size()), "part.xml", "UTF-8",
                                XML_PARSE_NONET | XML_PARSE_NOBLANKS);
  if (!doc) return xml;
  xmlChar* out = nullptr;
  int size = 0;
  xmlDocDumpFormatMemoryEnc(doc, &out, &size, "UTF-8", 1);
  std::string s(reinterpret_cast<char*>(out), static_cast<size_t>(size));
  xmlFree(out);
  xmlFreeDoc(doc);
  return s;
}

struct Case {
  std::string example, tpl, data, stem;
};

std::vector<Case> cases() {
  std::vector<Case> out;
  for (const auto& dir : fs::directory_iterator(source_dir() + "/examples")) {
    if (!dir.is_directory() || !fs::exists(dir.path() / "template")) continue;
    std::string tpl = text::collapse_spaces(slurp((dir.path() / "template").string()));
    for (const auto& f : fs::directory_iterator(dir.path())) {
      const std::string name = f.path().filename().string();
      if (name.rfind("data", 0) == 0 && f.path().extension() == ".json")
        out.push_back({dir.path().filename().string(), tpl, f.path().string(), f.path().stem().string()});
    }
  }
  std::sort(out.begin(), out.end(), [](const Case& a, const Case& b) { return a.data < b.data; });
  return out;
}

void check_golden(const std::string& path, const std::string& actual) {
  if (std::getenv("VANTHU_UPDATE_GOLDEN")) {
    fs::create_directories(fs::path(path).parent_path());
    write(path, actual);
    return;
  }
  ASSERT_TRUE(fs::exists(path)) << path << " is missing: run VANTHU_UPDATE_GOLDEN=1 ctest -R Golden";
  const std::string expected = slurp(path);
  if (expected == actual) return;
  // The first differing line, to make the failure readable.
  std::istringstream e(expected), a(actual);
  std::string le, la;
  int line = 0;
  while (true) {
    ++line;
    const bool ge = static_cast<bool>(std::getline(e, le)), ga = static_cast<bool>(std::getline(a, la));
    if (!ge || !ga || le != la) break;
  }
  ADD_FAILURE() << path << " differs at line " << line << "\n  golden: " << le << "\n  actual: " << la
                << "\n(after an intended change: VANTHU_UPDATE_GOLDEN=1 ctest -R Golden, then review the diff)";
}

TEST(Golden, EveryExampleMatchesItsGoldenFiles) {
  setenv("SOURCE_DATE_EPOCH", "1522108800", 1);
  Engine engine;
  auto fonts = layout::FontSystem::create();
  const auto all = cases();
  ASSERT_FALSE(all.empty());
  for (const auto& c : all) {
    SCOPED_TRACE(c.data);
    Diagnostics diag;
    auto tpl = engine.load_template(c.tpl, diag);
    ASSERT_TRUE(tpl) << diag.format();
    auto doc = engine.build(*tpl, engine.load_data(c.data, diag), c.data, diag);
    ASSERT_TRUE(doc) << diag.format();
    const std::string base = source_dir() + "/tests/golden/" + c.example + "/" + c.stem;
    check_golden(base + ".model.txt", model::dump(*doc));
    check_golden(base + ".layout.txt", layout::dump(layout::layout_document(*doc, *fonts)));
    const std::string docx = engine.to_docx(*doc);
    const std::string path = (fs::temp_directory_path() / ("golden-" + c.stem + ".docx")).string();
    write(path, docx);
    for (const auto& [name, bytes] : zip_entries(path))
      if (name == "word/document.xml") check_golden(base + ".document.xml", pretty_xml(bytes));
      else if (name.rfind("word/charts/chart", 0) == 0 && name.ends_with(".xml"))  // "data.chart1.xml"
        check_golden(base + "." + name.substr(name.rfind('/') + 1), pretty_xml(bytes));
    fs::remove(path);
  }
}

}  // namespace
}  // namespace vanthu::test
