// Pictures: an inline DrawingML picture and its media part.
#include <gtest/gtest.h>

#include "docx/docx_writer.h"
#include "sample_documents.h"
#include "support/xml_query.h"

namespace vanthu::docx {
namespace {

using test::XmlQuery;

class Picture : public ::testing::Test {
 protected:
  std::map<std::string, std::string> parts = docx_parts(samples::picture());
  XmlQuery q{parts.at("word/document.xml")};
  XmlQuery rels{parts.at("word/_rels/document.xml.rels")};
};

TEST_F(Picture, InlinePictureWithExtentInEmu) {
  EXPECT_EQ(q.count("//w:body/w:p/w:r/w:drawing/wp:inline"), 2);
  EXPECT_EQ(q.str("string(//wp:inline[1]/wp:extent/@cx)"), "720000");  // 20 mm
  EXPECT_EQ(q.str("string(//wp:inline[1]/wp:extent/@cy)"), "360000");  // 10 mm
  EXPECT_EQ(q.str("string(//wp:inline[1]//pic:spPr/a:xfrm/a:ext/@cx)"), "720000");
  EXPECT_EQ(q.str("string(//w:p[w:r/w:drawing][1]/w:pPr/w:jc/@w:val)"), "center");
}

TEST_F(Picture, DrawingIdsAreUniqueAndStable) {
  EXPECT_EQ(q.strings("//wp:docPr/@id"), (std::vector<std::string>{"1", "2"}));
  EXPECT_EQ(q.str("string((//wp:docPr)[1]/@descr)"), "Biểu đồ kết quả");
  EXPECT_EQ(q.count("(//wp:docPr)[2]/@descr"), 0);
}

TEST_F(Picture, IdenticalPicturesShareOneMediaPart) {
  const auto ids = q.strings("//a:blip/@r:embed");
  ASSERT_EQ(ids.size(), 2u);
  EXPECT_EQ(ids[0], ids[1]);
  EXPECT_EQ(rels.str("string(//rel:Relationship[@Id='" + ids[0] + "']/@Target)"), "media/image1.png");
  EXPECT_EQ(rels.str("string(//rel:Relationship[@Id='" + ids[0] + "']/@Type)"),
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image");
  EXPECT_EQ(rels.count("//rel:Relationship[contains(@Target, 'media/')]"), 1);
}

TEST_F(Picture, MediaIsLeftOutOfThePartsMapButDeclared) {
  EXPECT_EQ(parts.count("word/media/image1.png"), 0u);
  const XmlQuery types(parts.at("[Content_Types].xml"));
  EXPECT_EQ(types.str("string(//ct:Default[@Extension='png']/@ContentType)"), "image/png");
}

TEST_F(Picture, ExactLineSpacingBecomesAtLeastSoThePictureIsNotClipped) {
  EXPECT_EQ(q.str("string(//w:p[w:r/w:drawing][2]/w:pPr/w:spacing/@w:lineRule)"), "atLeast");
  EXPECT_EQ(q.str("string(//w:p[w:r/w:drawing][2]/w:pPr/w:spacing/@w:line)"), "280");
}

TEST(Pictures, DifferentPngsGetTheirOwnParts) {
  auto doc = samples::picture();
  auto& second = std::get<model::Image>(doc.sections[0].blocks[2].value);
  second.png += std::string("\0\0\0\0", 4);  // trailing bytes: still a PNG signature, other data
  const XmlQuery rels(docx_parts(doc).at("word/_rels/document.xml.rels"));
  EXPECT_EQ(rels.strings("//rel:Relationship[contains(@Target, 'media/')]/@Target"),
            (std::vector<std::string>{"media/image1.png", "media/image2.png"}));
}

}  // namespace
}  // namespace vanthu::docx
