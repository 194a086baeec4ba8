// The base-salary table and its lookup by date.
#include "vn/base_salary.h"

#include <algorithm>
#include <stdexcept>

namespace vanthu::vn {

BaseSalaryTable::BaseSalaryTable(std::vector<BaseSalaryPeriod> periods) : periods_(std::move(periods)) {
  if (periods_.empty()) throw std::invalid_argument("base-salary table: no periods");
  for (const auto& p : periods_) {
    if (!is_valid_date(p.from.year, p.from.month, p.from.day))
      throw std::invalid_argument("base-salary table: a period starts on a day that does not exist (" +
                                  std::to_string(p.from.year) + "-" + std::to_string(p.from.month) + "-" +
                                  std::to_string(p.from.day) + ")");
    if (p.amount <= 0)
      throw std::invalid_argument("base-salary table: the amount from " + date_iso(p.from) +
                                  " must be positive, not " + std::to_string(p.amount));
  }
  std::stable_sort(periods_.begin(), periods_.end(),
                   [](const BaseSalaryPeriod& a, const BaseSalaryPeriod& b) { return a.from < b.from; });
  for (size_t i = 1; i < periods_.size(); ++i) {
    if (periods_[i].from == periods_[i - 1].from)
      throw std::invalid_argument("base-salary table: two periods start on " + date_iso(periods_[i].from));
  }
}

const BaseSalaryTable& BaseSalaryTable::standard() {
  // Each decree sets the amount from its effective date (the dates below are
  // the "từ ngày" of each decree, not its signing date).
  static const BaseSalaryTable table({
      {{2016, 5, 1}, 1'210'000, "Nghị định 47/2016/NĐ-CP"},
      {{2017, 7, 1}, 1'300'000, "Nghị định 47/2017/NĐ-CP"},
      {{2018, 7, 1}, 1'390'000, "Nghị định 72/2018/NĐ-CP"},
      {{2019, 7, 1}, 1'490'000, "Nghị định 38/2019/NĐ-CP"},
      {{2023, 7, 1}, 1'800'000, "Nghị định 24/2023/NĐ-CP"},
      {{2024, 7, 1}, 2'340'000, "Nghị định 73/2024/NĐ-CP"},
  });
  return table;
}

const BaseSalaryPeriod& BaseSalaryTable::period_on(const Date& d) const {
  if (!is_valid_date(d.year, d.month, d.day))
    throw std::invalid_argument("base salary: the decision date is not a real day");
  // The last period starting on or before `d`.
  const auto after = std::upper_bound(periods_.begin(), periods_.end(), d,
                                      [](const Date& x, const BaseSalaryPeriod& p) { return x < p.from; });
  if (after == periods_.begin())
    throw std::out_of_range("no base salary (mức lương cơ sở) is known for " + date_iso(d) +
                            "; the table starts on " + date_iso(periods_.front().from));
  return *(after - 1);
}

}  // namespace vanthu::vn
