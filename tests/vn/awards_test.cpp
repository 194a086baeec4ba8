// Award amounts of commendation decisions: coefficient × mức lương cơ sở in
// force on the decision date, rounded to tens of thousands of đồng. Each
// expected amount below was multiplied and rounded by hand.
#include <gtest/gtest.h>

#include <stdexcept>

#include "vn/awards.h"

namespace vanthu::vn {
namespace {

TEST(BaseSalary, StandardTableByDate) {
  const struct {
    Date date;
    int64_t amount;
  } cases[] = {
      {{2016, 5, 1}, 1210000},  {{2017, 6, 30}, 1210000}, {{2017, 7, 1}, 1300000},
      {{2018, 3, 27}, 1300000}, {{2018, 6, 30}, 1300000}, {{2018, 7, 1}, 1390000},
      {{2019, 6, 30}, 1390000}, {{2019, 7, 1}, 1490000},  {{2023, 6, 30}, 1490000},
      {{2023, 7, 1}, 1800000},  {{2024, 6, 30}, 1800000}, {{2024, 7, 1}, 2340000},
      {{2030, 1, 1}, 2340000},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(date_iso(c.date));
    EXPECT_EQ(BaseSalaryTable::standard().amount_on(c.date), c.amount);
  }
}

TEST(BaseSalary, SourcesAreNamed) {
  const auto& t = BaseSalaryTable::standard();
  EXPECT_EQ(t.period_on({2016, 5, 1}).source, "Nghị định 47/2016/NĐ-CP");
  EXPECT_EQ(t.period_on({2017, 12, 1}).source, "Nghị định 47/2017/NĐ-CP");
  EXPECT_EQ(t.period_on({2019, 1, 1}).source, "Nghị định 72/2018/NĐ-CP");
  EXPECT_EQ(t.period_on({2020, 1, 1}).source, "Nghị định 38/2019/NĐ-CP");
  EXPECT_EQ(t.period_on({2024, 1, 1}).source, "Nghị định 24/2023/NĐ-CP");
  EXPECT_EQ(t.period_on({2025, 1, 1}).source, "Nghị định 73/2024/NĐ-CP");
  EXPECT_EQ(t.periods().size(), 6u);
}

TEST(BaseSalary, BeforeTheTableIsAnError) {
  EXPECT_THROW(BaseSalaryTable::standard().amount_on({2016, 4, 30}), std::out_of_range);
  EXPECT_THROW(BaseSalaryTable::standard().amount_on({2016, 2, 30}), std::invalid_argument);
}

TEST(BaseSalary, CallerTableOverrides) {
  // Given in any order; a later amount added by the caller.
  const BaseSalaryTable t({{{2026, 7, 1}, 2530000, "test"}, {{2024, 7, 1}, 2340000, "Nghị định 73/2024/NĐ-CP"}});
  EXPECT_EQ(t.amount_on({2026, 6, 30}), 2340000);
  EXPECT_EQ(t.amount_on({2026, 7, 1}), 2530000);
  EXPECT_THROW(t.amount_on({2024, 6, 30}), std::out_of_range);
  EXPECT_EQ(t.periods().front().from, (Date{2024, 7, 1}));
}

TEST(BaseSalary, RejectsBadTables) {
  EXPECT_THROW(BaseSalaryTable({}), std::invalid_argument);
  EXPECT_THROW(BaseSalaryTable({{{2024, 7, 1}, 1, ""}, {{2024, 7, 1}, 2, ""}}), std::invalid_argument);
  EXPECT_THROW(BaseSalaryTable({{{2024, 7, 1}, 0, ""}}), std::invalid_argument);
  EXPECT_THROW(BaseSalaryTable({{{2023, 2, 30}, 1000, ""}}), std::invalid_argument);
}

struct AmountCase {
  const char* key;
  Date decision;
  int64_t up;       // AwardRounding::UpToTenThousand
  int64_t nearest;  // AwardRounding::NearestTenThousand
};

std::ostream& operator<<(std::ostream& os, const AmountCase& c) { return os << c.key << " " << date_iso(c.decision); }

const AmountCase kAmounts[] = {
    // 1.210.000 (from 01/5/2016)
    {"chien-si-thi-dua-co-so", {2016, 10, 1}, 1210000, 1210000},
    {"lao-dong-tien-tien", {2016, 10, 1}, 370000, 360000},            // 363.000
    {"tap-the-lao-dong-tien-tien", {2016, 10, 1}, 970000, 970000},    // 968.000
    {"tap-the-lao-dong-xuat-sac", {2016, 10, 1}, 1820000, 1820000},   // 1.815.000, a tie: half up
    {"giay-khen", {2016, 10, 1}, 370000, 360000},                     // 363.000
    {"giay-khen-tap-the", {2016, 10, 1}, 730000, 730000},             // 726.000
    {"bang-khen", {2016, 10, 1}, 1210000, 1210000},
    {"bang-khen-tap-the", {2016, 10, 1}, 2420000, 2420000},
    // 1.300.000 (from 01/7/2017): the seed plan's date
    {"lao-dong-tien-tien", {2018, 3, 27}, 390000, 390000},
    {"tap-the-lao-dong-tien-tien", {2018, 3, 27}, 1040000, 1040000},
    {"tap-the-lao-dong-xuat-sac", {2018, 3, 27}, 1950000, 1950000},
    {"giay-khen-tap-the", {2018, 3, 27}, 780000, 780000},
    // 1.390.000 (from 01/7/2018)
    {"lao-dong-tien-tien", {2018, 12, 20}, 420000, 420000},           // 417.000
    {"tap-the-lao-dong-tien-tien", {2018, 12, 20}, 1120000, 1110000}, // 1.112.000
    {"tap-the-lao-dong-xuat-sac", {2018, 12, 20}, 2090000, 2090000},  // 2.085.000, a tie
    {"giay-khen-tap-the", {2018, 12, 20}, 840000, 830000},            // 834.000
    // 1.490.000 (from 01/7/2019): thuvienphapluat.vn's worked examples
    {"lao-dong-tien-tien", {2020, 12, 25}, 450000, 450000},           // 447.000
    {"tap-the-lao-dong-tien-tien", {2020, 12, 25}, 1200000, 1190000}, // 1.192.000
    {"tap-the-lao-dong-xuat-sac", {2020, 12, 25}, 2240000, 2240000},  // 2.235.000, a tie
    {"giay-khen-tap-the", {2020, 12, 25}, 900000, 890000},            // 894.000
    {"chien-si-thi-dua-co-so", {2023, 6, 30}, 1490000, 1490000},
    // 1.800.000 (from 01/7/2023)
    {"chien-si-thi-dua-co-so", {2023, 12, 29}, 1800000, 1800000},
    {"lao-dong-tien-tien", {2023, 12, 29}, 540000, 540000},
    {"tap-the-lao-dong-tien-tien", {2023, 12, 29}, 1440000, 1440000},
    {"tap-the-lao-dong-xuat-sac", {2023, 12, 29}, 2700000, 2700000},
    // 2.340.000 (from 01/7/2024)
    {"chien-si-thi-dua-co-so", {2024, 12, 30}, 2340000, 2340000},
    {"lao-dong-tien-tien", {2024, 12, 30}, 710000, 700000},           // 702.000
    {"tap-the-lao-dong-tien-tien", {2024, 12, 30}, 1880000, 1870000}, // 1.872.000
    {"tap-the-lao-dong-xuat-sac", {2024, 12, 30}, 3510000, 3510000},
    {"giay-khen", {2024, 12, 30}, 710000, 700000},                    // 702.000
    {"giay-khen-tap-the", {2024, 12, 30}, 1410000, 1400000},          // 1.404.000
    {"bang-khen", {2024, 7, 1}, 2340000, 2340000},
    {"bang-khen-tap-the", {2024, 7, 1}, 4680000, 4680000},
};

class AwardAmount : public ::testing::TestWithParam<AmountCase> {};

TEST_P(AwardAmount, BothRoundingModes) {
  const AmountCase& c = GetParam();
  const AwardType& type = AwardCatalog::standard().at(c.key);
  EXPECT_EQ(award_amount(type, c.decision), c.up);
  EXPECT_EQ(award_amount(type, c.decision, BaseSalaryTable::standard(), AwardRounding::UpToTenThousand), c.up);
  EXPECT_EQ(award_amount(type, c.decision, BaseSalaryTable::standard(), AwardRounding::NearestTenThousand),
            c.nearest);
}

INSTANTIATE_TEST_SUITE_P(Table, AwardAmount, ::testing::ValuesIn(kAmounts));

TEST(AwardAmountRaw, RoundingEdges) {
  using R = AwardRounding;
  // 0,15 × 1.490.000 = 223.500 (Giấy khen of a commune chairman, NĐ 91/2017)
  EXPECT_EQ(award_amount(15, 1490000, R::UpToTenThousand), 230000);
  EXPECT_EQ(award_amount(15, 1490000, R::NearestTenThousand), 220000);
  // 0,01 × 1.000.001 = 10.000,01 đồng: the hundredths of a đồng count
  EXPECT_EQ(award_amount(1, 1000001, R::UpToTenThousand), 20000);
  EXPECT_EQ(award_amount(1, 1000001, R::NearestTenThousand), 10000);
  // exact multiples stay
  EXPECT_EQ(award_amount(100, 10000, R::UpToTenThousand), 10000);
  EXPECT_EQ(award_amount(100, 10000, R::NearestTenThousand), 10000);
  // 5.000 is a tie (up), 4.900 is not
  EXPECT_EQ(award_amount(50, 10000, R::NearestTenThousand), 10000);
  EXPECT_EQ(award_amount(49, 10000, R::NearestTenThousand), 0);
  EXPECT_EQ(award_amount(49, 10000, R::UpToTenThousand), 10000);
  EXPECT_EQ(award_amount(0, 2340000), 0);
}

TEST(AwardAmountRaw, RejectsBadInput) {
  EXPECT_THROW(award_amount(-1, 2340000), std::invalid_argument);
  EXPECT_THROW(award_amount(30, 0), std::invalid_argument);
  EXPECT_THROW(award_amount(30, -2340000), std::invalid_argument);
  EXPECT_THROW(award_amount(INT64_MAX / 2, 3), std::overflow_error);
  EXPECT_THROW(award_amount(1, INT64_MAX), std::overflow_error);
}

TEST(AwardCatalog, StandardTypes) {
  const struct {
    const char* key;
    const char* name;
    AwardKind kind;
    bool collective;
    int64_t hundredths;
  } cases[] = {
      {"chien-si-thi-dua-co-so", "Chiến sĩ thi đua cơ sở", AwardKind::Title, false, 100},
      {"lao-dong-tien-tien", "Lao động tiên tiến", AwardKind::Title, false, 30},
      {"tap-the-lao-dong-tien-tien", "Tập thể lao động tiên tiến", AwardKind::Title, true, 80},
      {"tap-the-lao-dong-xuat-sac", "Tập thể lao động xuất sắc", AwardKind::Title, true, 150},
      {"giay-khen", "Giấy khen", AwardKind::Form, false, 30},
      {"giay-khen-tap-the", "Giấy khen", AwardKind::Form, true, 60},
      {"bang-khen", "Bằng khen", AwardKind::Form, false, 100},
      {"bang-khen-tap-the", "Bằng khen", AwardKind::Form, true, 200},
  };
  const AwardCatalog& cat = AwardCatalog::standard();
  EXPECT_EQ(cat.types().size(), std::size(cases));
  for (const auto& c : cases) {
    SCOPED_TRACE(c.key);
    const AwardType* t = cat.find(c.key);
    ASSERT_NE(t, nullptr);
    EXPECT_EQ(t->name, c.name);
    EXPECT_EQ(t->kind, c.kind);
    EXPECT_EQ(t->collective, c.collective);
    EXPECT_EQ(t->coefficient_hundredths, c.hundredths);
    EXPECT_NE(t->source.find("Nghị định"), std::string::npos);
  }
}

TEST(AwardCatalog, UnknownKeyNamesTheKnownOnes) {
  EXPECT_EQ(AwardCatalog::standard().find("huan-chuong"), nullptr);
  try {
    AwardCatalog::standard().at("huan-chuong");
    FAIL() << "expected an error";
  } catch (const std::invalid_argument& e) {
    const std::string msg = e.what();
    EXPECT_NE(msg.find("\"huan-chuong\""), std::string::npos) << msg;
    EXPECT_NE(msg.find("lao-dong-tien-tien"), std::string::npos) << msg;
  }
}

TEST(AwardCatalog, CoefficientsCanBeOverridden) {
  // NĐ 152/2025 raises Bằng khen of ministries and provinces to 1,5.
  const AwardCatalog cat = AwardCatalog::standard().with_coefficient("bang-khen", 150);
  EXPECT_EQ(cat.at("bang-khen").coefficient_hundredths, 150);
  EXPECT_EQ(award_amount(cat.at("bang-khen"), {2025, 7, 1}), 3510000);  // 1,5 × 2.340.000
  EXPECT_EQ(AwardCatalog::standard().at("bang-khen").coefficient_hundredths, 100);
  EXPECT_THROW(AwardCatalog::standard().with_coefficient("nope", 10), std::invalid_argument);

  std::vector<AwardType> types = standard_award_types();
  types.push_back({"giay-khen-xa", "Giấy khen", AwardKind::Form, false, 15, "Nghị định 91/2017/NĐ-CP"});
  const AwardCatalog extended(types);
  EXPECT_EQ(award_amount(extended.at("giay-khen-xa"), {2020, 1, 1}), 230000);  // 223.500 up
}

TEST(AwardCatalog, RejectsBadCatalogues) {
  EXPECT_THROW(AwardCatalog({{"", "X", AwardKind::Form, false, 10, ""}}), std::invalid_argument);
  EXPECT_THROW(AwardCatalog({{"x", "", AwardKind::Form, false, 10, ""}}), std::invalid_argument);
  EXPECT_THROW(AwardCatalog({{"x", "X", AwardKind::Form, false, -10, ""}}), std::invalid_argument);
  EXPECT_THROW(AwardCatalog({{"x", "X", AwardKind::Form, false, 10, ""}, {"x", "Y", AwardKind::Title, true, 20, ""}}),
               std::invalid_argument);
}

TEST(Coefficient, Parse) {
  const struct {
    const char* text;
    int64_t hundredths;
  } cases[] = {{"0,3", 30}, {"0.3", 30}, {"1", 100},   {"1,0", 100}, {"1,5", 150},
               {"0,15", 15}, {"12", 1200}, {"4,5", 450}, {"0,05", 5},  {"2,00", 200}};
  for (const auto& c : cases) EXPECT_EQ(parse_coefficient(c.text), c.hundredths) << c.text;
  for (const char* bad : {"", ",3", "1,", "0,125", "-1", "1 ", "abc", "1,2,3", "0,3x", "1234567890"})
    EXPECT_THROW(parse_coefficient(bad), std::invalid_argument) << bad;
}

TEST(Coefficient, FormatAsTheDecreesWriteIt) {
  const struct {
    int64_t hundredths;
    const char* text;
  } cases[] = {{100, "1,0"}, {30, "0,3"}, {15, "0,15"}, {1200, "12,0"}, {450, "4,5"}, {5, "0,05"}, {0, "0,0"}};
  for (const auto& c : cases) EXPECT_EQ(format_coefficient(c.hundredths), c.text) << c.hundredths;
  EXPECT_THROW(format_coefficient(-1), std::invalid_argument);
}

}  // namespace
}  // namespace vanthu::vn
