// Award types, their coefficients, and the cash amount computation.
#include "vn/awards.h"

#include <set>
#include <stdexcept>

namespace vanthu::vn {
namespace {

// Coefficients of the emulation titles: the same values in NĐ 91/2017 and
// NĐ 98/2023 (and kept by NĐ 152/2025).
constexpr const char* kTitlesSource = "Nghị định 91/2017/NĐ-CP Điều 70; Nghị định 98/2023/NĐ-CP Điều 54";
// Giấy khen / Bằng khen of ministries and provinces; collectives get twice
// the individual amount. NĐ 98/2023's Giấy khen value was not found in a
// source we could read, and NĐ 152/2025 raises the Bằng khen of ministries and
// provinces to 1,5 (see docs/vn-formatting.md).
constexpr const char* kFormsSource = "Nghị định 91/2017/NĐ-CP Điều 71; Nghị định 98/2023/NĐ-CP Điều 55";

constexpr int64_t kTenThousandInHundredths = 10'000 * 100;

}  // namespace

std::vector<AwardType> standard_award_types() {
  return {
      {"chien-si-thi-dua-co-so", "Chiến sĩ thi đua cơ sở", AwardKind::Title, false, 100, kTitlesSource},
      {"lao-dong-tien-tien", "Lao động tiên tiến", AwardKind::Title, false, 30, kTitlesSource},
      {"tap-the-lao-dong-tien-tien", "Tập thể lao động tiên tiến", AwardKind::Title, true, 80, kTitlesSource},
      {"tap-the-lao-dong-xuat-sac", "Tập thể lao động xuất sắc", AwardKind::Title, true, 150, kTitlesSource},
      {"giay-khen", "Giấy khen", AwardKind::Form, false, 30, kFormsSource},
      {"giay-khen-tap-the", "Giấy khen", AwardKind::Form, true, 60, kFormsSource},
      {"bang-khen", "Bằng khen", AwardKind::Form, false, 100, kFormsSource},
      {"bang-khen-tap-the", "Bằng khen", AwardKind::Form, true, 200, kFormsSource},
  };
}

AwardCatalog::AwardCatalog(std::vector<AwardType> types) : types_(std::move(types)) {
  std::set<std::string_view> keys;
  for (const auto& t : types_) {
    if (t.key.empty()) throw std::invalid_argument("award catalogue: a type has an empty key");
    if (t.name.empty()) throw std::invalid_argument("award catalogue: type \"" + t.key + "\" has no name");
    if (t.coefficient_hundredths < 0)
      throw std::invalid_argument("award catalogue: type \"" + t.key + "\" has a negative coefficient");
    if (!keys.insert(t.key).second)
      throw std::invalid_argument("award catalogue: key \"" + t.key + "\" appears twice");
  }
}

const AwardCatalog& AwardCatalog::standard() {
  static const AwardCatalog catalog(standard_award_types());
  return catalog;
}

const AwardType* AwardCatalog::find(std::string_view key) const {
  for (const auto& t : types_)
    if (t.key == key) return &t;
  return nullptr;
}

const AwardType& AwardCatalog::at(std::string_view key) const {
  if (const AwardType* t = find(key)) return *t;
  std::string known;
  for (const auto& t : types_) known += (known.empty() ? "" : ", ") + t.key;
  throw std::invalid_argument("unknown award type \"" + std::string(key) + "\" (known: " + known + ")");
}

AwardCatalog AwardCatalog::with_coefficient(std::string_view key, int64_t coefficient_hundredths) const {
  at(key);  // throws for an unknown key
  std::vector<AwardType> copy = types_;
  for (auto& t : copy)
    if (t.key == key) t.coefficient_hundredths = coefficient_hundredths;
  return AwardCatalog(std::move(copy));
}

int64_t award_amount(int64_t coefficient_hundredths, int64_t base_salary, AwardRounding rounding) {
  if (coefficient_hundredths < 0)
    throw std::invalid_argument("award coefficient must not be negative");
  if (base_salary <= 0) throw std::invalid_argument("base salary must be positive");
  // The exact amount in hundredths of a đồng, so that nothing is lost before
  // the one rounding the decree asks for.
  int64_t exact = 0;
  if (__builtin_mul_overflow(coefficient_hundredths, base_salary, &exact))
    throw std::overflow_error("award amount does not fit in 64 bits");
  const int64_t bias = rounding == AwardRounding::UpToTenThousand ? kTenThousandInHundredths - 1
                                                                  : kTenThousandInHundredths / 2;
  int64_t biased = 0;
  if (__builtin_add_overflow(exact, bias, &biased))
    throw std::overflow_error("award amount does not fit in 64 bits");
  return biased / kTenThousandInHundredths * 10'000;
}

int64_t award_amount(const AwardType& type, const Date& decision_date, const BaseSalaryTable& table,
                     AwardRounding rounding) {
  return award_amount(type.coefficient_hundredths, table.amount_on(decision_date), rounding);
}

int64_t parse_coefficient(std::string_view text) {
  const auto bad = [&](const char* why) {
    return std::invalid_argument("invalid coefficient \"" + std::string(text) + "\": " + why);
  };
  const size_t sep = text.find_first_of(",.");
  const std::string_view whole = text.substr(0, sep);
  const std::string_view frac = sep == std::string_view::npos ? std::string_view() : text.substr(sep + 1);
  if (whole.empty()) throw bad("expected digits such as 0,3 or 1,5");
  if (sep != std::string_view::npos && frac.empty()) throw bad("expected digits after the decimal comma");
  if (frac.size() > 2) throw bad("at most two decimals (hundredths) are supported");
  if (whole.size() > 9) throw bad("too large");
  int64_t v = 0;
  for (char c : whole) {
    if (c < '0' || c > '9') throw bad("expected digits such as 0,3 or 1,5");
    v = v * 10 + (c - '0');
  }
  v *= 100;
  int64_t scale = 10;
  for (char c : frac) {
    if (c < '0' || c > '9') throw bad("expected digits such as 0,3 or 1,5");
    v += (c - '0') * scale;
    scale /= 10;
  }
  return v;
}

std::string format_coefficient(int64_t hundredths) {
  if (hundredths < 0) throw std::invalid_argument("coefficient must not be negative");
  const int64_t tenths_digit = hundredths / 10 % 10, hundredths_digit = hundredths % 10;
  std::string out = format_integer(hundredths / 100) + "," + std::to_string(tenths_digit);
  if (hundredths_digit != 0) out += std::to_string(hundredths_digit);
  return out;
}

}  // namespace vanthu::vn
