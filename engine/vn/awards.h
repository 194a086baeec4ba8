// Cash amounts of commendation decisions (Quyết định khen thưởng): each
// danh hiệu thi đua or hình thức khen thưởng carries a coefficient, and the
// amount is coefficient × mức lương cơ sở in force on the decision date,
// rounded to tens of thousands of đồng (NĐ 91/2017/NĐ-CP; NĐ 98/2023/NĐ-CP;
// nd30.md §7.5). Money is in whole đồng, coefficients in hundredths: no
// floating point anywhere.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "vn/base_salary.h"
#include "vn/format.h"

namespace vanthu::vn {

enum class AwardKind {
  Title,  // danh hiệu thi đua ("Lao động tiên tiến")
  Form,   // hình thức khen thưởng ("Giấy khen", "Bằng khen")
};

struct AwardType {
  std::string key;   // stable identifier for data files: "lao-dong-tien-tien"
  std::string name;  // as printed: "Lao động tiên tiến"
  AwardKind kind = AwardKind::Title;
  bool collective = false;            // for a tập thể rather than a cá nhân
  int64_t coefficient_hundredths = 0;  // 0,3 × mức lương cơ sở = 30
  std::string source;                 // where the coefficient comes from
};

// The standard award types with their coefficients and sources (see
// docs/vn-formatting.md). A copy, to be changed and passed to AwardCatalog.
std::vector<AwardType> standard_award_types();

class AwardCatalog {
 public:
  // Throws std::invalid_argument for an empty or duplicate key, an empty name
  // or a negative coefficient.
  explicit AwardCatalog(std::vector<AwardType> types);
  static const AwardCatalog& standard();

  // nullptr when there is no type with that key.
  const AwardType* find(std::string_view key) const;
  // Throws std::invalid_argument naming the unknown key and the known ones.
  const AwardType& at(std::string_view key) const;
  // A copy of this catalogue with one coefficient replaced (a local rule, or
  // a newer decree); throws like at() for an unknown key.
  AwardCatalog with_coefficient(std::string_view key, int64_t coefficient_hundredths) const;

  const std::vector<AwardType>& types() const { return types_; }

 private:
  std::vector<AwardType> types_;
};

// "làm tròn số lên hàng chục nghìn đồng": the decree's words say "up"; some
// published worked examples round to the nearest 10.000 instead.
enum class AwardRounding {
  UpToTenThousand,       // 702.000 -> 710.000 (the literal reading; default)
  NearestTenThousand,    // 702.000 -> 700.000, 705.000 -> 710.000
};

// coefficient × base_salary, rounded to a multiple of 10.000 đồng; exact
// integer arithmetic. Throws std::invalid_argument for a negative coefficient
// or a base salary that is not positive, std::overflow_error if the product
// does not fit.
int64_t award_amount(int64_t coefficient_hundredths, int64_t base_salary,
                     AwardRounding rounding = AwardRounding::UpToTenThousand);

// The amount of `type` for a decision signed on `decision_date`, with the base
// salary in force on that day. Throws std::out_of_range when the table has no
// amount for that date.
int64_t award_amount(const AwardType& type, const Date& decision_date,
                     const BaseSalaryTable& table = BaseSalaryTable::standard(),
                     AwardRounding rounding = AwardRounding::UpToTenThousand);

// "0,3" / "0.3" / "1" / "1,5" / "0,15" -> hundredths (30, 100, 150, 15).
// Throws std::invalid_argument for anything else (more than two decimals,
// signs, spaces, empty text).
int64_t parse_coefficient(std::string_view text);
// Hundredths as the decrees write them, with at least one decimal: 100 ->
// "1,0", 30 -> "0,3", 15 -> "0,15", 1200 -> "12,0".
std::string format_coefficient(int64_t hundredths);

}  // namespace vanthu::vn
