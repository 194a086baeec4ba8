// The .docx container: entries and their order, content types and
// relationships made from the parts, dates, determinism.
#include <gtest/gtest.h>

#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <regex>
#include <set>

#include "docx/docx_writer.h"
#include "sample_documents.h"
#include "support/xml_query.h"
#include "support/zip_read.h"

namespace vanthu::docx {
namespace {

using test::read_zip;
using test::XmlQuery;

constexpr long long kDocumentDate = 1522108800;  // 2018-03-27 00:00:00 UTC

std::vector<std::string> names(const std::vector<test::ZipEntry>& entries) {
  std::vector<std::string> out;
  for (const auto& e : entries) out.push_back(e.name);
  return out;
}

TEST(Package, EntriesInFixedOrderAllDeflated) {
  const auto entries = read_zip(write_docx(samples::tables(), {kDocumentDate}));
  EXPECT_EQ(names(entries),
            (std::vector<std::string>{"[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml",
                                      "word/document.xml", "word/_rels/document.xml.rels", "word/styles.xml",
                                      "word/settings.xml", "word/fontTable.xml", "word/header1.xml",
                                      "word/header2.xml"}));
  for (const auto& e : entries) EXPECT_EQ(e.compression, ZIP_CM_DEFLATE) << e.name;
}

TEST(Package, MediaComeLastWithTheModelsBytes) {
  const auto entries = read_zip(write_docx(samples::picture(), {kDocumentDate}));
  ASSERT_EQ(entries.back().name, "word/media/image1.png");
  EXPECT_EQ(entries.back().data, samples::one_pixel_png());
}

TEST(Package, ZipHoldsExactlyTheXmlParts) {
  for (const auto& [name, doc] : samples::all()) {
    SCOPED_TRACE(name);
    const auto parts = docx_parts(doc, {kDocumentDate});
    size_t xml_entries = 0;
    for (const auto& e : read_zip(write_docx(doc, {kDocumentDate}))) {
      if (e.name.starts_with("word/media/") || e.name.starts_with("word/embeddings/")) continue;  // binary
      ++xml_entries;
      ASSERT_EQ(parts.count(e.name), 1u) << e.name;
      EXPECT_EQ(parts.at(e.name), e.data) << e.name;
    }
    EXPECT_EQ(xml_entries, parts.size());
  }
}

TEST(Package, ContentTypesCoverEveryPartAndNothingElse) {
  for (const auto& [name, doc] : samples::all()) {
    SCOPED_TRACE(name);
    const auto entries = read_zip(write_docx(doc));
    const XmlQuery types(entries.front().data);
    std::set<std::string> present;
    for (const auto& e : entries) present.insert("/" + e.name);
    for (const auto& e : entries) {
      if (e.name == "[Content_Types].xml") continue;
      const std::string ext = e.name.substr(e.name.rfind('.') + 1);
      const int overrides = types.count("//ct:Override[@PartName='/" + e.name + "']");
      const int defaults = types.count("//ct:Default[@Extension='" + ext + "']");
      EXPECT_TRUE(overrides == 1 || (overrides == 0 && defaults == 1)) << e.name;
    }
    for (const auto& part : types.strings("//ct:Override/@PartName")) EXPECT_EQ(present.count(part), 1u) << part;
    EXPECT_EQ(types.str("string(//ct:Override[@PartName='/word/document.xml']/@ContentType)"),
              "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml");
    EXPECT_EQ(types.count("//ct:Default[@Extension='png']"), name == "picture" ? 1 : 0);
  }
}

TEST(Package, EveryRelationshipTargetExists) {
  for (const auto& [name, doc] : samples::all()) {
    SCOPED_TRACE(name);
    const auto entries = read_zip(write_docx(doc));
    std::set<std::string> present_all;
    for (const auto& e : entries) present_all.insert(e.name);
    for (const auto& e : entries) {
      if (!e.name.ends_with(".rels")) continue;
      // "word/_rels/document.xml.rels" -> targets relative to "word/".
      const std::string base = e.name.substr(0, e.name.find("_rels/"));
      for (const auto& target : XmlQuery(e.data).strings("//rel:Relationship/@Target"))
        EXPECT_EQ(present_all.count(std::filesystem::path(base + target).lexically_normal().generic_string()), 1u)
            << e.name << " -> " << target;  // "word/charts/../embeddings/chart1.xlsx"
    }
    const XmlQuery package_rels(entries[1].data);
    EXPECT_EQ(package_rels.str("string(//rel:Relationship[@Target='word/document.xml']/@Type)"),
              "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument");
  }
}

TEST(Package, EveryEntryCarriesTheTimestampAsUtcWallClock) {
  const long long when = 1522150496;  // 2018-03-27 11:34:56 UTC
  const std::string zip = write_docx(samples::tables(), {when});
  // Local file header: modification time at offset 10, date at 12 (MS-DOS format).
  ASSERT_GT(zip.size(), 14u);
  auto u16 = [&](size_t at) { return static_cast<unsigned>(static_cast<uint8_t>(zip[at])) |
                                     static_cast<unsigned>(static_cast<uint8_t>(zip[at + 1])) << 8; };
  EXPECT_EQ(u16(10), (11u << 11) | (34u << 5) | (56u / 2));
  EXPECT_EQ(u16(12), ((2018u - 1980u) << 9) | (3u << 5) | 27u);
  const auto entries = read_zip(zip);
  for (const auto& e : entries) EXPECT_EQ(e.mtime, entries.front().mtime) << e.name;

  // The same bytes whatever the machine's time zone.
  const char* old = std::getenv("TZ");
  const std::string saved = old != nullptr ? old : "";
  setenv("TZ", "ICT-7", 1);  // POSIX form: UTC+7 without needing tzdata
  tzset();
  const std::string in_hanoi = write_docx(samples::tables(), {when});
  if (old != nullptr) setenv("TZ", saved.c_str(), 1);
  else unsetenv("TZ");
  tzset();
  EXPECT_EQ(in_hanoi, zip);
}

TEST(Package, DeterministicBytes) {
  for (const auto& [name, doc] : samples::all()) {
    SCOPED_TRACE(name);
    const std::string a = write_docx(doc, {kDocumentDate});
    const std::string b = write_docx(doc, {kDocumentDate});
    const model::Document copy = doc;
    EXPECT_EQ(a, b);
    EXPECT_EQ(a, write_docx(copy, {kDocumentDate}));
  }
}

TEST(Package, TimestampChangesOnlyTheDates) {
  const auto doc = samples::two_sections();
  const auto before = docx_parts(doc, {kDocumentDate});
  const auto after = docx_parts(doc, {kDocumentDate + 86400 * 400 + 3661});
  ASSERT_EQ(before.size(), after.size());
  for (const auto& [name, xml] : before) {
    if (name == "docProps/core.xml") continue;
    EXPECT_EQ(xml, after.at(name)) << name;
  }
  const std::regex date(R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ)");
  EXPECT_NE(before.at("docProps/core.xml"), after.at("docProps/core.xml"));
  EXPECT_EQ(std::regex_replace(before.at("docProps/core.xml"), date, "D"),
            std::regex_replace(after.at("docProps/core.xml"), date, "D"));
  EXPECT_NE(write_docx(doc, {kDocumentDate}), write_docx(doc, {kDocumentDate + 2}));
}

TEST(Package, CoreAndAppProperties) {
  const auto parts = docx_parts(samples::tables(), {kDocumentDate});
  const XmlQuery core(parts.at("docProps/core.xml"));
  EXPECT_EQ(core.str("string(//dc:title)"), "Kế hoạch phát động phong trào thi đua");
  EXPECT_EQ(core.str("string(//dc:subject)"), "Kế hoạch số 293/KH-STTTT");
  EXPECT_EQ(core.str("string(//dc:creator)"), "Sở Thông tin và Truyền thông tỉnh Lạng Sơn");
  EXPECT_EQ(core.str("string(//dc:language)"), "vi-VN");
  EXPECT_EQ(core.str("string(//dcterms:created)"), "2018-03-27T00:00:00Z");
  EXPECT_EQ(core.str("string(//dcterms:modified)"), "2018-03-27T00:00:00Z");
  EXPECT_EQ(core.str("string(//dcterms:created/@xsi:type)"), "dcterms:W3CDTF");
  const XmlQuery app(parts.at("docProps/app.xml"));
  EXPECT_EQ(app.str("string(//ep:Application)"), "vanthu");
}

TEST(Package, EmptyMetadataIsLeftOut) {
  auto doc = samples::single_section({});
  doc.meta = {};
  doc.meta.language.clear();
  const XmlQuery core(docx_parts(doc).at("docProps/core.xml"));
  EXPECT_EQ(core.count("//dc:*"), 0);
  EXPECT_EQ(core.count("//dcterms:*"), 2);
}

}  // namespace
}  // namespace vanthu::docx
