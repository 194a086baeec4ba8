// One table of the decree (vn/nd30_table.h) serves the realiser and the
// checker: an altered copy put in force (a test-only override) changes the
// rendered output and the range `vanthu check` accepts alike.
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "api/engine.h"
#include "check/check.h"
#include "e2e_support.h"
#include "layout/fonts.h"
#include "layout/measure.h"
#include "vn/nd30_table.h"

namespace vanthu {
namespace {

namespace nd30 = vn::nd30;
using test::source_dir;

struct Rendered {
  model::Document doc;
  std::string docx;
};

Rendered render_official_letter() {
  Engine engine;
  Diagnostics diag;
  auto tpl = engine.load_template("cong-van", diag);
  EXPECT_TRUE(tpl) << diag.format();
  const auto data = engine.load_data(source_dir() + "/examples/cong-van-trien-khai-atgt-2018/data.json", diag);
  auto doc = engine.build(*tpl, data, "data.json", diag);
  EXPECT_TRUE(doc) << diag.format();
  Rendered r{*doc, engine.to_docx(*doc)};
  return r;
}

// The size (half-points) of the first run whose text starts with `prefix`, in
// the body and its tables; 0 if there is none.
int size_of_run(const std::vector<model::Block>& blocks, const std::string& prefix) {
  for (const model::Block& b : blocks) {
    if (const auto* p = std::get_if<model::Paragraph>(&b.value)) {
      for (const model::Run& r : p->runs)
        if (r.text.rfind(prefix, 0) == 0) return r.style.size_half_pt;
    } else if (const auto* t = std::get_if<model::Table>(&b.value)) {
      for (const auto& row : t->rows)
        for (const auto& cell : row.cells)
          if (int s = size_of_run(cell.blocks, prefix)) return s;
    }
  }
  return 0;
}

// The style of the first run whose text starts with `prefix`; nullptr if none.
const model::RunStyle* style_of_run(const std::vector<model::Block>& blocks, const std::string& prefix) {
  for (const model::Block& b : blocks) {
    if (const auto* p = std::get_if<model::Paragraph>(&b.value)) {
      for (const model::Run& r : p->runs)
        if (r.text.rfind(prefix, 0) == 0) return &r.style;
    } else if (const auto* t = std::get_if<model::Table>(&b.value)) {
      for (const auto& row : t->rows)
        for (const auto& cell : row.cells)
          if (const model::RunStyle* s = style_of_run(cell.blocks, prefix)) return s;
    }
  }
  return nullptr;
}

std::set<std::string> verdicts(const std::string& docx) {
  static auto fonts = layout::FontSystem::create();
  static auto measurer = layout::make_measurer(fonts);
  check::CheckOptions o;
  o.measurer = measurer.get();
  std::set<std::string> out;
  for (const auto& f : check::check_docx(docx, o).findings) out.insert(f.rule + " " + f.check);
  return out;
}

// With `altered` in force: the letter rendered again, and the verdicts of
// the checker on it and on `before` (rendered under the decree's table).
struct UnderAltered {
  Rendered after;
  std::set<std::string> after_verdicts, before_verdicts;
};
UnderAltered under(const nd30::Table& altered, const Rendered& before) {
  nd30::testing::TableOverride in_force(altered);
  UnderAltered u;
  u.after = render_official_letter();
  u.after_verdicts = verdicts(u.after.docx);
  u.before_verdicts = verdicts(before.docx);
  return u;
}

TEST(DecreeTable, ChosenValuesLieInsideTheirRanges) {
  const nd30::Table& t = nd30::decree_table();
  for (size_t i = 0; i < nd30::kPartCount; ++i) {
    const nd30::PartRule& r = t.parts[i];
    EXPECT_GT(r.min, 0) << "part " << i;
    EXPECT_LE(r.min, r.chosen) << "part " << i;
    EXPECT_LE(r.chosen, r.max) << "part " << i;
  }
  for (const nd30::MarginRule* m : {&t.top, &t.bottom, &t.left, &t.right}) {
    EXPECT_LE(m->min_mm, m->chosen_mm);
    EXPECT_LE(m->chosen_mm, m->max_mm);
  }
  EXPECT_EQ(&nd30::table(), &t) << "no override is in force";
}

// The table's weights and slants describe what the realiser writes for the
// parts a công văn has (so the table cannot drift from the output unseen);
// where the decree sets none (Any) the engine writes regular, upright text.
TEST(DecreeTable, TheOutputHasTheTablesSizesWeightsAndSlants) {
  const Rendered r = render_official_letter();
  const struct {
    nd30::Part part;
    const char* starts;
  } parts[] = {
      {nd30::Part::NationalName, "CỘNG HÒA"}, {nd30::Part::Motto, "Độc lập"},
      {nd30::Part::Number, "Số:"},             {nd30::Part::PlaceDate, "Lạng Sơn, ngày"},
      {nd30::Part::AbstractCongVan, "V/v"},   {nd30::Part::RecipientsLabel, "Nơi nhận:"},
      {nd30::Part::Organ, "ỦY BAN NHÂN DÂN"}, {nd30::Part::Addressee, "Kính gửi:"},
      {nd30::Part::Recipients, "- Chủ tịch"},
  };
  for (const auto& p : parts) {
    SCOPED_TRACE(p.starts);
    const model::RunStyle* s = style_of_run(r.doc.sections.at(0).blocks, p.starts);
    ASSERT_NE(s, nullptr);
    const nd30::PartRule& rule = nd30::decree_table()[p.part];
    EXPECT_EQ(s->size_half_pt, rule.chosen);
    EXPECT_EQ(s->bold, rule.weight == nd30::Weight::Bold);
    EXPECT_EQ(s->italic, rule.slant == nd30::Slant::Italic);
  }
}

// The Số line: 13 pt in the decree (PL1 §II.3). Altered to 14 pt, the engine
// writes 14 pt and the checker accepts 14 pt and refuses 13 pt.
TEST(DecreeTable, ChangingTheNumberSizeChangesTheOutputAndTheCheck) {
  const Rendered before = render_official_letter();
  const int size_before = size_of_run(before.doc.sections.at(0).blocks, "Số:");
  ASSERT_EQ(size_before, nd30::decree_table()[nd30::Part::Number].chosen);
  EXPECT_EQ(verdicts(before.docx).count("PL1.II.3.c so.style"), 0u);

  nd30::Table altered = nd30::decree_table();
  altered[nd30::Part::Number] = {28, 28, 28, nd30::Weight::Regular, nd30::Slant::Upright};
  const auto [after, after_under_altered, before_under_altered] = under(altered, before);
  EXPECT_EQ(size_of_run(after.doc.sections.at(0).blocks, "Số:"), 28) << "the realiser did not follow the table";
  EXPECT_EQ(after_under_altered.count("PL1.II.3.c so.style"), 0u) << "the checker refuses the size the table chose";
  EXPECT_EQ(before_under_altered.count("PL1.II.3.c so.style"), 1u) << "the checker did not follow the table";
  // The override is gone: the decree's table refuses 14 pt again.
  EXPECT_EQ(verdicts(after.docx).count("PL1.II.3.c so.style"), 1u);
}

// The place and date: italic in the decree (PL1 §II.4). Altered to upright,
// the engine writes it upright, and the checker accepts upright and refuses
// the italic line: the checker's style rules read the table too.
TEST(DecreeTable, ChangingTheDateSlantChangesTheOutputAndTheCheck) {
  const Rendered before = render_official_letter();
  const char* date = "Lạng Sơn, ngày";
  ASSERT_NE(style_of_run(before.doc.sections.at(0).blocks, date), nullptr);
  EXPECT_TRUE(style_of_run(before.doc.sections.at(0).blocks, date)->italic);
  EXPECT_EQ(verdicts(before.docx).count("PL1.II.4.c date.style"), 0u);

  nd30::Table altered = nd30::decree_table();
  altered[nd30::Part::PlaceDate].slant = nd30::Slant::Upright;
  const auto [after, after_under_altered, before_under_altered] = under(altered, before);
  EXPECT_FALSE(style_of_run(after.doc.sections.at(0).blocks, date)->italic) << "the realiser did not follow the table";
  EXPECT_EQ(after_under_altered.count("PL1.II.4.c date.style"), 0u) << "the checker refuses the slant the table chose";
  EXPECT_EQ(before_under_altered.count("PL1.II.4.c date.style"), 1u) << "the checker did not follow the table";
  EXPECT_EQ(verdicts(after.docx).count("PL1.II.4.c date.style"), 1u);
}

// The signer's name: bold in the decree (PL1 §II.7). Altered to regular, the
// output and the check follow.
TEST(DecreeTable, ChangingTheSignerNameWeightChangesTheOutputAndTheCheck) {
  const Rendered before = render_official_letter();
  nd30::Table altered = nd30::decree_table();
  altered[nd30::Part::SignerName].weight = nd30::Weight::Regular;
  const auto [after, after_under_altered, before_under_altered] = under(altered, before);
  EXPECT_EQ(verdicts(before.docx).count("PL1.II.7.đ signer.name"), 0u);
  EXPECT_EQ(after_under_altered.count("PL1.II.7.đ signer.name"), 0u);
  EXPECT_EQ(before_under_altered.count("PL1.II.7.đ signer.name"), 1u);
  EXPECT_EQ(verdicts(after.docx).count("PL1.II.7.đ signer.name"), 1u);
}

// The left margin: 30–35 mm, 30 chosen. Altered to 32–35 with 32 chosen,
// the page follows and the checker refuses the 30 mm of the decree's choice.
TEST(DecreeTable, ChangingTheLeftMarginChangesThePageAndTheCheck) {
  const Rendered before = render_official_letter();
  nd30::Table altered = nd30::decree_table();
  altered.left = {32, 35, 32};
  const auto [after, after_under_altered, before_under_altered] = under(altered, before);
  EXPECT_EQ(before.doc.sections.at(0).page.margin_left, mm(30));
  EXPECT_EQ(after.doc.sections.at(0).page.margin_left, mm(32));
  EXPECT_EQ(after_under_altered.count("PL1.I.3 page.margins"), 0u);
  EXPECT_EQ(before_under_altered.count("PL1.I.3 page.margins"), 1u);
  EXPECT_EQ(verdicts(before.docx).count("PL1.I.3 page.margins"), 0u);
}

}  // namespace
}  // namespace vanthu
