// Every XML part the writer produces is valid against the OOXML schemas
// (WordprocessingML, DrawingML, extended properties) or, for the OPC parts
// the shared folder has no schema for, against the structural rules of
// tests/support/ooxml_validate.h. The validator itself is tested to fail.
#include <gtest/gtest.h>

#include "docx/docx_writer.h"
#include "docx/opc_package.h"
#include "sample_documents.h"
#include "support/docx_package_check.h"
#include "support/ooxml_validate.h"

namespace vanthu::docx {
namespace {

using test::join_errors;
using test::validate_ooxml_part;

class EverySample : public ::testing::TestWithParam<int> {};

TEST_P(EverySample, EveryPartIsValid) {
  const auto samples = samples::all();
  const auto& [name, doc] = samples[static_cast<size_t>(GetParam())];
  SCOPED_TRACE(name);
  const auto parts = docx_parts(doc, {1522108800});
  ASSERT_GE(parts.size(), 9u);
  for (const auto& [part, xml] : parts) {
    const auto errors = validate_ooxml_part(part, xml);
    EXPECT_TRUE(errors.empty()) << join_errors(errors);
  }
}

TEST_P(EverySample, ZippedPackagePassesTheWholePackageCheck) {
  const auto samples = samples::all();
  const auto& [name, doc] = samples[static_cast<size_t>(GetParam())];
  const auto errors = test::check_docx_package(write_docx(doc, {1522108800}));
  EXPECT_TRUE(errors.empty()) << join_errors(errors);
}

INSTANTIATE_TEST_SUITE_P(Samples, EverySample, ::testing::Range(0, static_cast<int>(samples::all().size())),
                         [](const auto& info) { return samples::all()[static_cast<size_t>(info.param)].first; });

// A WordprocessingML part breaking the schema is reported with the line and
// the element's path.
TEST(Validator, RejectsPropertiesOutOfSchemaOrder) {
  const std::string xml =
      "<?xml version=\"1.0\"?>\n"
      "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">\n"
      "<w:body><w:p><w:pPr><w:jc w:val=\"center\"/>\n"
      "<w:spacing w:before=\"0\"/></w:pPr></w:p></w:body></w:document>\n";
  const auto errors = validate_ooxml_part("word/document.xml", xml);
  ASSERT_EQ(errors.size(), 1u) << join_errors(errors);
  EXPECT_NE(errors[0].find("word/document.xml:4:"), std::string::npos) << errors[0];
  EXPECT_NE(errors[0].find("spacing"), std::string::npos) << errors[0];
  EXPECT_NE(errors[0].find("/w:document/w:body/w:p/w:pPr/w:spacing"), std::string::npos) << errors[0];
}

TEST(Validator, RejectsUnknownAttributeAndBadValue) {
  const std::string xml =
      "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
      "<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val=\"big\"/></w:rPr></w:rPrDefault></w:docDefaults>"
      "<w:style w:type=\"paragraph\" w:colour=\"red\"/></w:styles>";
  EXPECT_EQ(validate_ooxml_part("word/styles.xml", xml).size(), 2u);
}

TEST(Validator, RejectsDrawingMarkupInsidePicture) {
  // a:graphicData holds xsd:any processContents="strict": the picture is checked too.
  const std::string xml =
      "<w:hdr xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
      "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" "
      "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
      "xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><w:p><w:r><w:drawing>"
      "<wp:inline><wp:extent cx=\"1\" cy=\"1\"/><wp:docPr id=\"1\" name=\"x\"/><a:graphic>"
      "<a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:pic><pic:bogus/>"
      "</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p></w:hdr>";
  const auto errors = validate_ooxml_part("word/header1.xml", xml);
  ASSERT_FALSE(errors.empty());
  EXPECT_NE(errors[0].find("bogus"), std::string::npos) << errors[0];
}

TEST(Validator, RejectsMalformedXml) {
  const auto errors = validate_ooxml_part("word/settings.xml", "<w:settings xmlns:w=\"x\"><a></w:settings>");
  ASSERT_FALSE(errors.empty());
  EXPECT_EQ(errors[0].rfind("word/settings.xml:1:", 0), 0u) << errors[0];
}

TEST(Validator, ChecksRelationshipsStructure) {
  const std::string xml =
      "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      "<Relationship Id=\"rId1\" Type=\"t\" Target=\"a.xml\"/>"
      "<Relationship Id=\"rId1\" Type=\"t\" Target=\"b.xml\"/>"
      "<Relationship Id=\"2x\" Type=\"t\"/></Relationships>";
  const auto errors = validate_ooxml_part("_rels/.rels", xml);
  EXPECT_EQ(errors.size(), 3u) << join_errors(errors);  // duplicate id, bad id, no Target
}

TEST(Validator, ChecksContentTypesStructure) {
  const std::string xml =
      "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
      "<Default Extension=\"rels\"/><Override PartName=\"word/document.xml\" ContentType=\"x\"/>"
      "<Bogus/></Types>";
  EXPECT_EQ(validate_ooxml_part("[Content_Types].xml", xml).size(), 3u);
}

TEST(Validator, ChecksCoreProperties) {
  const std::string xml =
      "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
      "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\">"
      "<dc:title>a</dc:title><dc:title>b</dc:title><dcterms:created>2018</dcterms:created><dc:rights/>"
      "</cp:coreProperties>";
  EXPECT_EQ(validate_ooxml_part("docProps/core.xml", xml).size(), 3u);
}

TEST(PackageCheck, FindsBrokenZipsUncoveredPartsAndDanglingTargets) {
  EXPECT_EQ(test::check_docx_package("not a zip").size(), 1u);
  // A package made by hand: the document's relationship points at a missing
  // part and the content types leave word/extra.bin out.
  const std::string rels =
      "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      "<Relationship Id=\"rId1\" Type=\"t\" Target=\"word/document.xml\"/></Relationships>";
  const std::string doc_rels =
      "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      "<Relationship Id=\"rId1\" Type=\"t\" Target=\"media/gone.png\"/></Relationships>";
  const std::string document =
      "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body/></w:document>";
  const std::string types =
      "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
      "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
      "<Override PartName=\"/word/document.xml\" ContentType=\"x\"/></Types>";
  const std::vector<opc::Part> parts = {{"[Content_Types].xml", "x", types, nullptr},
                                        {"_rels/.rels", "x", rels, nullptr},
                                        {"word/document.xml", "x", document, nullptr},
                                        {"word/_rels/document.xml.rels", "x", doc_rels, nullptr},
                                        {"word/extra.bin", "x", "data", nullptr}};
  const auto errors = test::check_docx_package(opc::zip_package(parts, 0));
  ASSERT_EQ(errors.size(), 2u) << join_errors(errors);
  EXPECT_EQ(errors[0], "[Content_Types].xml: no content type for word/extra.bin");
  EXPECT_EQ(errors[1], "word/_rels/document.xml.rels: target media/gone.png is not in the package");
}

TEST(Validator, ValidatesExtendedProperties) {
  const std::string ok =
      "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
      "<Application>vanthu</Application></Properties>";
  EXPECT_TRUE(validate_ooxml_part("docProps/app.xml", ok).empty());
  const std::string bad =
      "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
      "<DocSecurity>none</DocSecurity></Properties>";
  EXPECT_FALSE(validate_ooxml_part("docProps/app.xml", bad).empty());
}

}  // namespace
}  // namespace vanthu::docx
