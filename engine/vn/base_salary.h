// Mức lương cơ sở (the base salary every award and allowance is a multiple
// of), as a table of the amounts in force from given dates.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "vn/format.h"

namespace vanthu::vn {

struct BaseSalaryPeriod {
  Date from;           // first day the amount is in force
  int64_t amount = 0;  // đồng per month
  std::string source;  // the decree that set it, e.g. "Nghị định 73/2024/NĐ-CP"
};

class BaseSalaryTable {
 public:
  // Periods in any order; each runs until the next one starts. Throws
  // std::invalid_argument for an empty list, a date that is not a real day,
  // two periods starting on the same day, or an amount that is not positive.
  explicit BaseSalaryTable(std::vector<BaseSalaryPeriod> periods);

  // The amounts of Nghị định 47/2016, 47/2017, 72/2018, 38/2019, 24/2023 and
  // 73/2024 (see docs/vn-formatting.md).
  static const BaseSalaryTable& standard();

  // The period in force on `d`. Throws std::out_of_range when `d` is before
  // the first period, and std::invalid_argument when `d` is not a real day.
  const BaseSalaryPeriod& period_on(const Date& d) const;
  int64_t amount_on(const Date& d) const { return period_on(d).amount; }

  // Sorted by `from`.
  const std::vector<BaseSalaryPeriod>& periods() const { return periods_; }

 private:
  std::vector<BaseSalaryPeriod> periods_;
};

}  // namespace vanthu::vn
