// Splitting Vietnamese names and ordering lists of people.
#include <gtest/gtest.h>

#include <stdexcept>

#include "vn/names.h"

namespace vanthu::vn {
namespace {

struct SplitCase {
  const char* full;
  PersonName parts;
};

const SplitCase kSplits[] = {
    {"Nguyễn Thị Minh Khai", {"Nguyễn", "Thị Minh", "Khai"}},
    {"Trần Văn An", {"Trần", "Văn", "An"}},
    {"Lê Lợi", {"Lê", "", "Lợi"}},
    {"Bình", {"", "", "Bình"}},
    {"  Nguyễn   Văn\tAn  ", {"Nguyễn", "Văn", "An"}},
    {"Nguyễn\u00A0Văn An", {"Nguyễn", "Văn", "An"}},                     // no-break space
    {"Nguye\u0302\u0303n Thi\u0323 Ha\u0300", {"Nguyễn", "Thị", "Hà"}},  // NFD in, NFC out
    // A compound family name cannot be recognised: documented limitation.
    {"Tôn Nữ Thị Ninh", {"Tôn", "Nữ Thị", "Ninh"}},
    {"Đặng Thị Ngọc Thanh Hương", {"Đặng", "Thị Ngọc Thanh", "Hương"}},
};

TEST(SplitName, FamilyMiddleGiven) {
  for (const auto& c : kSplits) {
    SCOPED_TRACE(c.full);
    const PersonName p = split_name(c.full);
    EXPECT_EQ(p.family, c.parts.family);
    EXPECT_EQ(p.middle, c.parts.middle);
    EXPECT_EQ(p.given, c.parts.given);
  }
}

TEST(SplitName, RejectsBlankNames) {
  EXPECT_THROW(split_name(""), std::invalid_argument);
  EXPECT_THROW(split_name("   \t "), std::invalid_argument);
}

TEST(JoinName, RoundTrips) {
  EXPECT_EQ(join_name({"Nguyễn", "Thị Minh", "Khai"}), "Nguyễn Thị Minh Khai");
  EXPECT_EQ(join_name({"Lê", "", "Lợi"}), "Lê Lợi");
  EXPECT_EQ(join_name({"", "", "Bình"}), "Bình");
  EXPECT_EQ(join_name(split_name("  Trần  Văn   An ")), "Trần Văn An");
}

struct OrderCase {
  const char* what;
  std::vector<std::string> names;
  std::vector<size_t> order;
};

const OrderCase kGivenNameOrders[] = {
    {"given name first", {"Nguyễn Thị Bình", "Trần Văn An"}, {1, 0}},
    {"then family name", {"Trần Văn An", "Nguyễn Văn An"}, {1, 0}},
    {"then middle name", {"Nguyễn Văn An", "Nguyễn Thị An"}, {1, 0}},
    {"equal names keep their order", {"Lê An", "Lê An"}, {0, 1}},
    {"stable among several equal names",
     {"Phạm Văn Hùng", "Lê Thị Cúc", "Phạm Văn Hùng", "Lê Thị Cúc", "Phạm Văn Hùng"},
     {1, 3, 0, 2, 4}},
    {"đ is a letter after d", {"Lê Văn Đức", "Lê Văn Dũng", "Lê Văn Dương"}, {1, 2, 0}},
    {"đ before e", {"Hồ Thị Em", "Hồ Thị Đào", "Hồ Thị Dung"}, {2, 1, 0}},
    {"a, ă, â", {"Lê Ân", "Lê Ăn", "Lê An"}, {2, 1, 0}},
    {"o, ô, ơ and u, ư", {"Lê Thị Ơn", "Lê Thị Ôn", "Lê Thị On", "Lê Văn Ưng", "Lê Văn Ung"}, {2, 1, 0, 4, 3}},
    // tones: ngang, huyền, hỏi, ngã, sắc, nặng
    {"tones in dictionary order",
     {"Vũ Thị Hạ", "Vũ Thị Há", "Vũ Thị Hã", "Vũ Thị Hả", "Vũ Thị Hà", "Vũ Thị Ha"},
     {5, 4, 3, 2, 1, 0}},
    // the letters decide before the tones do
    {"letters before tones", {"Lê Huy", "Lê Hùng"}, {1, 0}},
    {"a shorter word first", {"Trần Thị Ánh", "Trần Thị An"}, {1, 0}},
    {"a mixed list",
     {"Nguyễn Thị Bình", "Trần Văn An", "Lê Văn Cường", "Phạm Thị Ánh", "Hoàng Văn Đạt", "Vũ Thị Dung"},
     {1, 3, 0, 2, 5, 4}},
    {"a one-word name has no family name, so it comes first among its given name",
     {"Nguyễn An", "An"}, {1, 0}},
    {"empty list", {}, {}},
};

TEST(NameOrder, ByGivenName) {
  for (const auto& c : kGivenNameOrders) {
    SCOPED_TRACE(c.what);
    EXPECT_EQ(name_order(c.names), c.order);
    EXPECT_EQ(name_order(c.names, NameOrder::ByGivenName), c.order);
  }
}

TEST(NameOrder, ByFullName) {
  EXPECT_EQ(name_order({"Trần Văn An", "Nguyễn Thị Bình", "Đỗ Văn Cường", "Dương Thị Lan"},
                       NameOrder::ByFullName),
            (std::vector<size_t>{3, 2, 1, 0}));
  EXPECT_EQ(name_order({"Lê  Văn An", "Lê Văn An"}, NameOrder::ByFullName), (std::vector<size_t>{0, 1}));
}

TEST(NameOrder, AsGivenKeepsTheInputOrder) {
  EXPECT_EQ(name_order({"Trần Văn An", "Nguyễn Thị Bình", "Lê An"}, NameOrder::AsGiven),
            (std::vector<size_t>{0, 1, 2}));
}

TEST(NameOrder, RejectsBlankNames) {
  EXPECT_THROW(name_order({"Trần Văn An", " "}), std::invalid_argument);
}

TEST(CompareVietnamese, DictionaryOrder) {
  EXPECT_LT(compare_vietnamese("d", "đ"), 0);
  EXPECT_LT(compare_vietnamese("đ", "e"), 0);
  EXPECT_GT(compare_vietnamese("Đà", "Da"), 0);
  EXPECT_LT(compare_vietnamese("Hà Nội", "Hải Phòng"), 0);
  EXPECT_EQ(compare_vietnamese("Hà", "Ha\u0300"), 0);  // NFC and NFD are the same text
}

}  // namespace
}  // namespace vanthu::vn
