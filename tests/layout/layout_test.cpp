// Line breaking, page numbering, sections, structure and errors.
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "layout/layout.h"
#include "layout/measure.h"
#include "layout/model_builder.h"

#ifndef VANTHU_TEST_SOURCE_DIR
#define VANTHU_TEST_SOURCE_DIR "."
#endif

namespace vanthu::layout {
namespace {

using testing::a4_section;
using testing::cell;
using testing::document;
using testing::ParaBuilder;
using testing::repeat;
using testing::sized;

std::shared_ptr<FontSystem> fonts() {
  static std::shared_ptr<FontSystem> fs = FontSystem::create();
  return fs;
}

std::vector<const Item*> body(const Page& page) {
  std::vector<const Item*> out;
  for (const Item& it : page.items)
    if (it.kind == Item::Kind::Text && it.node >= 0) out.push_back(&it);
  return out;
}

const Item* page_number(const Page& page) {
  for (const Item& it : page.items)
    if (it.kind == Item::Kind::Text && it.node < 0) return &it;
  return nullptr;
}

std::vector<std::string> split_words(const std::string& s) {
  std::vector<std::string> words;
  std::istringstream in(s);
  for (std::string w; in >> w;) words.push_back(w);
  return words;
}

const char* kLongParagraph =
    "Căn cứ Luật Giao thông đường bộ ngày 13 tháng 11 năm 2008; Nghị quyết số 88/NQ-CP ngày 24 tháng 8 năm 2011 "
    "của Chính phủ về tăng cường thực hiện các giải pháp trọng tâm bảo đảm trật tự an toàn giao thông; Sở Thông "
    "tin và Truyền thông phát động phong trào thi đua bảo đảm trật tự an toàn giao thông năm 2018 trong toàn thể "
    "công chức, viên chức và người lao động, gắn với việc thực hiện nhiệm vụ chính trị của cơ quan, đơn vị; "
    "tuyên truyền sâu rộng đến mọi tầng lớp nhân dân về ý thức chấp hành pháp luật khi tham gia giao thông.";

// The lines of a justified paragraph are what a greedy breaker computes
// from the measurer's widths: each line takes the most words whose natural
// width fits (the first line is shorter by its indent).
TEST(LayoutTest, JustifiedParagraphBreaksWhereTheMeasuredWordsFit) {
  auto measurer = make_measurer(fonts());
  model::RunStyle s14 = sized(28);
  auto doc = document({a4_section({ParaBuilder(kLongParagraph).first_line(twips(567))})});
  Pages pages = layout_document(doc, *fonts());
  auto lines = body(pages.pages.at(0));

  double column = doc.sections[0].page.text_width().pt();
  std::vector<std::string> words = split_words(kLongParagraph);
  std::vector<std::string> expected;
  size_t w = 0;
  while (w < words.size()) {
    double avail = column - (expected.empty() ? twips(567).pt() : 0.0);
    std::string line = words[w++];
    while (w < words.size()) {
      std::string longer = line + " " + words[w];
      if (measurer->width(longer, s14).pt() > avail + 1e-3) break;
      line = longer;
      ++w;
    }
    expected.push_back(line);
  }
  ASSERT_EQ(lines.size(), expected.size()) << dump(pages);
  for (size_t i = 0; i < lines.size(); ++i) {
    std::string got = lines[i]->text;
    while (!got.empty() && got.back() == ' ') got.pop_back();
    EXPECT_EQ(got, expected[i]) << "line " << i;
  }
  // Justified: every line but the last starts at the margin (after the
  // indent) and the text is stretched to the right margin; the last is not.
  EXPECT_NEAR(lines[0]->x, doc.sections[0].page.margin_left.pt() + twips(567).pt(), 0.01);
  for (size_t i = 1; i < lines.size(); ++i) EXPECT_NEAR(lines[i]->x, doc.sections[0].page.margin_left.pt(), 0.01);
  EXPECT_EQ(measurer->line_count(std::get<model::Paragraph>(doc.sections[0].blocks[0].value),
                                 doc.sections[0].page.text_width()),
            static_cast<int>(expected.size()));
}

TEST(LayoutTest, PageNumbersRestartPerSectionAndFollowThePageSize) {
  std::vector<model::Block> many;
  for (int i = 0; i < 60; ++i) many.push_back(ParaBuilder("Đoạn " + std::to_string(i)));
  model::Section annex = a4_section({ParaBuilder("PHỤ LỤC"), ParaBuilder("Trang sau").page_break_before()});
  annex.page.width = mm(297);
  annex.page.height = mm(210);
  annex.page.landscape = true;
  annex.numbering.restart_at = 1;
  annex.numbering.hide_on_first_page = false;
  model::Section unnumbered = a4_section({ParaBuilder("Không số")});
  unnumbered.numbering.enabled = false;
  Pages pages = layout_document(document({a4_section(many), annex, unnumbered}), *fonts());
  ASSERT_EQ(pages.pages.size(), 5u) << dump(pages);

  EXPECT_EQ(page_number(pages.pages[0]), nullptr);  // none on page 1
  ASSERT_NE(page_number(pages.pages[1]), nullptr);
  EXPECT_EQ(page_number(pages.pages[1])->text, "2");
  EXPECT_EQ(pages.pages[2].number, 1);  // the annex restarts at 1 and shows it
  ASSERT_NE(page_number(pages.pages[2]), nullptr);
  EXPECT_EQ(page_number(pages.pages[2])->text, "1");
  EXPECT_EQ(page_number(pages.pages[3])->text, "2");
  EXPECT_EQ(page_number(pages.pages[4]), nullptr);  // numbering disabled
  EXPECT_EQ(pages.pages[4].number, 3);             // but the count goes on

  EXPECT_NEAR(pages.pages[2].width, 841.89, 0.01);
  EXPECT_NEAR(pages.pages[2].height, 595.28, 0.01);
  // Centred over the landscape text column.
  const Page& land = pages.pages[2];
  double centre = (annex.page.margin_left.pt() + (annex.page.width - annex.page.margin_right).pt()) / 2;
  const Item* n = page_number(land);
  auto measurer = make_measurer(fonts());
  EXPECT_NEAR(n->x + measurer->width("1", sized(26)).pt() / 2, centre, 0.01);
  // Body text of the landscape page uses the wider column: one line.
  EXPECT_EQ(body(pages.pages[0]).size() + body(pages.pages[1]).size(), 60u);
}

TEST(LayoutTest, PageFieldInTheBodyPrintsTheCurrentPage) {
  std::vector<model::Block> blocks;
  for (int i = 0; i < 50; ++i) blocks.push_back(ParaBuilder("Đoạn " + std::to_string(i)));
  blocks.push_back(ParaBuilder("Trang ").kind(model::RunKind::PageNumber).run(" của văn bản"));
  Pages pages = layout_document(document({a4_section(blocks)}), *fonts());
  ASSERT_EQ(pages.pages.size(), 2u);
  EXPECT_EQ(body(pages.pages[1]).back()->text, "Trang 2 của văn bản");
}

TEST(LayoutTest, LayoutTablesTagTheirParagraphsOnly) {
  model::Table header;
  header.layout_table = true;
  header.columns = {mm(60), mm(105)};
  model::TableRow r;
  r.cells = {cell({ParaBuilder("SỞ THÔNG TIN")}), cell({ParaBuilder("CỘNG HÒA")})};
  header.rows = {r};
  model::Table data = header;
  data.layout_table = false;
  data.rows[0].repeat_header = true;
  Pages pages = layout_document(document({a4_section({model::Block{header}, model::Block{data}})}), *fonts());
  std::vector<std::string> tags;
  for (const StructNode& n : pages.structure) tags.push_back(n.tag);
  EXPECT_EQ(tags, (std::vector<std::string>{"Document", "Sect", "P", "P", "Table", "TR", "TH", "P", "TH", "P"}));
  auto lines = body(pages.pages[0]);
  ASSERT_EQ(lines.size(), 4u);
  EXPECT_EQ(pages.structure[static_cast<size_t>(lines[0]->node)].parent, 1);  // under the Sect
}

TEST(LayoutTest, TableSpansAndVerticalAlignment) {
  model::Table t;
  t.columns = {mm(30), mm(30), mm(30)};
  t.borders = true;
  model::TableRow r1, r2;
  r1.cells = {cell({ParaBuilder("A").align(model::Align::Left)}, 2), cell({ParaBuilder("B"), ParaBuilder("D")})};
  r1.cells[0].valign = model::VAlign::Bottom;
  r2.cells = {cell({ParaBuilder("E")}), cell({ParaBuilder("F")}), cell({ParaBuilder("G")})};
  t.rows = {r1, r2};
  Pages pages = layout_document(document({a4_section({model::Block{t}})}), *fonts());
  auto lines = body(pages.pages[0]);
  ASSERT_EQ(lines.size(), 6u) << dump(pages);
  // "A" spans two columns and sits at the bottom of a two-line row.
  EXPECT_EQ(lines[0]->text, "A");
  EXPECT_EQ(lines[2]->text, "D");
  EXPECT_NEAR(lines[0]->y, lines[2]->y, 0.01);
  EXPECT_NEAR(lines[1]->x, twips(1701).pt() + mm(60).pt() + twips(108).pt(), 0.01);  // third grid column
  EXPECT_NEAR(lines[3]->y - lines[2]->y, 0.5 + kSingleLineEm * 14, 0.01);  // the border between the rows

  model::Table bad = t;
  bad.rows[1].cells.push_back(cell({ParaBuilder("H")}));
  try {
    layout_document(document({a4_section({model::Block{bad}})}), *fonts());
    FAIL() << "expected an exception";
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("row 2"), std::string::npos) << e.what();
  }
  EXPECT_THROW(layout_document(model::Document{}, *fonts()), std::invalid_argument);
}

TEST(LayoutTest, RuleIsDrawnAtItsPlace) {
  model::Rule rule;
  rule.length = pt(100);
  rule.space_before = pt(2);
  rule.space_after = pt(6);
  rule.align = model::Align::Center;
  Pages pages =
      layout_document(document({a4_section({ParaBuilder("KẾ HOẠCH"), model::Block{rule}, ParaBuilder("Nội dung")})}),
                      *fonts());
  const Item* line = nullptr;
  for (const Item& it : pages.pages[0].items)
    if (it.kind == Item::Kind::Line) line = &it;
  ASSERT_NE(line, nullptr);
  double column_left = twips(1701).pt(), column_right = (mm(210) - twips(850)).pt();
  EXPECT_NEAR(line->x, (column_left + column_right) / 2 - 50, 0.01);
  EXPECT_NEAR(line->x2 - line->x, 100, 0.01);
  auto lines = body(pages.pages[0]);
  double first_bottom = lines[0]->y + kDescentEm * 14;
  EXPECT_NEAR(line->y, first_bottom + 2 + 0.25, 0.01);
  // Below: the 0.5 pt line, a 1 pt gap, then max(6 pt after, 0 before).
  EXPECT_NEAR(lines[1]->y, first_bottom + 2 + 0.5 + 1 + 6 + kAscentEm * 14, 0.01);
}

// The page dump of a small document, compared with a reviewed copy. Set
// VANTHU_UPDATE_GOLDEN=1 to rewrite the file after an intended change.
TEST(LayoutTest, DumpMatchesTheGoldenFile) {
  model::Table t;
  t.columns = {twips(1000), twips(8354)};
  t.borders = true;
  model::TableRow r;
  r.cells = {cell({ParaBuilder("1").align(model::Align::Center)}), cell({ParaBuilder(repeat("Nội dung ô ", 12))})};
  t.rows = {r};
  model::Rule rule;
  rule.length = pt(60);
  auto doc = document({a4_section({ParaBuilder("KẾ HOẠCH", sized(28, true)).align(model::Align::Center).heading(model::StructTag::H1, 0),
                                    model::Block{rule}, ParaBuilder(kLongParagraph).first_line(twips(567)).before(6),
                                    model::Block{t}})});
  std::string got = dump(layout_document(doc, *fonts()));
  const char* src = std::getenv("VANTHU_SOURCE_DIR");
  std::string path = std::string(src ? src : VANTHU_TEST_SOURCE_DIR) + "/tests/layout/golden/small-plan.dump";
  if (std::getenv("VANTHU_UPDATE_GOLDEN")) std::ofstream(path, std::ios::binary) << got;
  std::ifstream in(path, std::ios::binary);
  ASSERT_TRUE(in) << "missing " << path << " (run with VANTHU_UPDATE_GOLDEN=1)";
  std::string want((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_EQ(got, want);
}

}  // namespace
}  // namespace vanthu::layout
