// Charts: an inline frame referring to a native chart part, the chart part
// with the data as cached values, its embedded workbook, relationships and
// content types.
#include <gtest/gtest.h>

#include "docx/docx_writer.h"
#include "sample_documents.h"
#include "support/docx_package_check.h"
#include "support/ooxml_validate.h"
#include "support/xml_query.h"
#include "support/zip_read.h"

namespace vanthu::docx {
namespace {

using test::XmlQuery;

constexpr const char* kC = "http://schemas.openxmlformats.org/drawingml/2006/chart";

// XmlQuery knows no c: prefix: chart elements are matched by local name and namespace.
std::string c(const std::string& local) { return "*[local-name()='" + local + "' and namespace-uri()='" + kC + "']"; }

class NativeChart : public ::testing::Test {
 protected:
  model::Document doc = samples::chart();
  std::map<std::string, std::string> parts = docx_parts(doc);
  XmlQuery q{parts.at("word/document.xml")};
  XmlQuery rels{parts.at("word/_rels/document.xml.rels")};
};

TEST_F(NativeChart, TheFrameReferencesTheChartPartAndKeepsSizeAndAltText) {
  EXPECT_EQ(q.count("//w:drawing/wp:inline"), 1);
  EXPECT_EQ(q.str("string(//wp:inline/wp:extent/@cx)"), std::to_string(pt(446).emu));
  EXPECT_EQ(q.str("string(//wp:inline/wp:extent/@cy)"), std::to_string(pt(250).emu));
  EXPECT_EQ(q.str("string(//wp:docPr/@descr)"), "Biểu đồ 1. Số tin, bài; Văn phòng Sở: 15,0");
  EXPECT_EQ(q.str("string(//a:graphicData/@uri)"), kC);
  EXPECT_EQ(q.count("//pic:pic"), 0);
  const std::string id = q.str("string(//a:graphicData/" + c("chart") + "/@r:id)");
  ASSERT_FALSE(id.empty());
  EXPECT_EQ(rels.str("string(//rel:Relationship[@Id='" + id + "']/@Target)"), "charts/chart1.xml");
  EXPECT_EQ(rels.str("string(//rel:Relationship[@Id='" + id + "']/@Type)"),
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart");
  EXPECT_EQ(parts.count("word/media/image1.png"), 0u);
}

TEST_F(NativeChart, TheCachedValuesAreTheData) {
  const XmlQuery chart(parts.at("word/charts/chart1.xml"));
  const std::string ser = "//" + c("barChart") + "/" + c("ser");
  EXPECT_EQ(chart.count(ser), 1);
  EXPECT_EQ(chart.str("string(" + ser + "/" + c("tx") + "//" + c("v") + ")"), "Số tin, bài năm 2018");
  EXPECT_EQ(chart.strings(ser + "/" + c("cat") + "//" + c("strCache") + "/" + c("pt") + "/" + c("v")),
            (std::vector<std::string>{"Văn phòng Sở", "Phòng TT-BC-XB", "Báo Lạng Sơn & Đài"}));
  EXPECT_EQ(chart.strings(ser + "/" + c("val") + "//" + c("numCache") + "/" + c("pt") + "/" + c("v")),
            (std::vector<std::string>{"15", "46.5", "1234"}));
  EXPECT_EQ(chart.str("string(" + ser + "/" + c("val") + "//" + c("formatCode") + ")"), "#,##0.0");
  EXPECT_EQ(chart.str("string(" + ser + "/" + c("cat") + "//" + c("ptCount") + "/@val)"), "3");
  // Bar colour, the scale the PDF's drawing uses, and the unit over the axis.
  EXPECT_EQ(chart.str("string(" + ser + "/" + c("spPr") + "/a:solidFill/a:srgbClr/@val)"), "386BB0");
  EXPECT_EQ(chart.str("string(//" + c("valAx") + "/" + c("scaling") + "/" + c("max") + "/@val)"), "1500");
  EXPECT_EQ(chart.str("string(//" + c("valAx") + "/" + c("majorUnit") + "/@val)"), "250");
  EXPECT_EQ(chart.str("normalize-space(//" + c("valAx") + "/" + c("title") + ")"), "(tin, bài)");
  EXPECT_EQ(chart.str("string(//" + c("autoTitleDeleted") + "/@val)"), "1");
}

TEST_F(NativeChart, ContentTypesAndTheWorkbookRelationship) {
  const XmlQuery types(parts.at("[Content_Types].xml"));
  EXPECT_EQ(types.str("string(//ct:Override[@PartName='/word/charts/chart1.xml']/@ContentType)"),
            "application/vnd.openxmlformats-officedocument.drawingml.chart+xml");
  EXPECT_EQ(types.str("string(//ct:Default[@Extension='xlsx']/@ContentType)"),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  const XmlQuery chart_rels(parts.at("word/charts/_rels/chart1.xml.rels"));
  const std::string id = XmlQuery(parts.at("word/charts/chart1.xml")).str("string(//" + c("externalData") + "/@r:id)");
  EXPECT_EQ(chart_rels.str("string(//rel:Relationship[@Id='" + id + "']/@Target)"), "../embeddings/chart1.xlsx");
  EXPECT_EQ(parts.count("word/embeddings/chart1.xlsx"), 0u);  // binary: not in the map of XML parts
}

TEST(NativeCharts, TheEmbeddedWorkbookHoldsTheSameDataAndValidates) {
  const auto entries = test::read_zip(write_docx(samples::chart(), {1522108800}));
  std::string xlsx;
  for (const auto& e : entries)
    if (e.name == "word/embeddings/chart1.xlsx") xlsx = e.data;
  ASSERT_FALSE(xlsx.empty());
  std::map<std::string, std::string> book;
  for (const auto& e : test::read_zip(xlsx)) book[e.name] = e.data;
  ASSERT_EQ(book.count("xl/worksheets/sheet1.xml"), 1u);
  for (const auto& [name, bytes] : book) {
    const auto errors = test::validate_ooxml_part(name, bytes);
    EXPECT_TRUE(errors.empty()) << test::join_errors(errors);
  }
  const std::string sheet = book["xl/worksheets/sheet1.xml"];
  for (const char* cell : {"<c r=\"B1\" t=\"inlineStr\"><is><t>Số tin, bài năm 2018</t></is></c>",
                           "<c r=\"A3\" t=\"inlineStr\"><is><t>Phòng TT-BC-XB</t></is></c>",
                           "<c r=\"B3\"><v>46.5</v></c>", "<c r=\"B4\"><v>1234</v></c>"})
    EXPECT_NE(sheet.find(cell), std::string::npos) << cell << "\n" << sheet;
}

TEST(NativeCharts, SameModelSameBytes) {
  EXPECT_EQ(write_docx(samples::chart(), {1522108800}), write_docx(samples::chart(), {1522108800}));
}

TEST(NativeCharts, TwoChartsGetTwoParts) {
  auto doc = samples::chart();
  doc.sections[0].blocks.push_back(doc.sections[0].blocks[1]);
  const auto parts = docx_parts(doc);
  EXPECT_EQ(parts.count("word/charts/chart2.xml"), 1u);
  EXPECT_EQ(XmlQuery(parts.at("word/document.xml")).strings("//wp:docPr/@name"),
            (std::vector<std::string>{"Chart 1", "Chart 2"}));
  const auto errors = test::check_docx_package(write_docx(doc, {1522108800}));
  EXPECT_TRUE(errors.empty()) << test::join_errors(errors);
}

TEST(NativeCharts, AChartWhoseSeriesDoesNotMatchItsCategoriesIsRefused) {
  auto doc = samples::chart();
  auto& image = std::get<model::Image>(doc.sections[0].blocks[1].value);
  auto bad = std::make_shared<model::Chart>(*image.chart);
  bad->series[0].values.pop_back();
  image.chart = bad;
  try {
    write_docx(doc);
    FAIL() << "no InvalidModel";
  } catch (const InvalidModel& e) {
    EXPECT_NE(std::string(e.what()).find("chart series has 2 values for 3 categories"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace vanthu::docx
