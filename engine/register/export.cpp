// Exporting the register of a year: the Phụ lục IV book (DOCX, PDF) or CSV.
#include <set>

#include <nlohmann/json.hpp>

#include "register/impl.h"
#include "register/register_book.h"

namespace vanthu::reg {

std::optional<std::string> Register::export_register(const ExportRequest& rq, Diagnostics& diag) {
  if (rq.year < 1) {
    diag.error("export", "needs the year (--year)");
    return std::nullopt;
  }
  Query q;
  q.year = rq.year;
  q.organ = rq.organ;
  q.series = rq.series;
  auto rows = list(q);
  std::set<std::string> organs;
  for (const auto& r : rows) organs.insert(r.organ);
  if (organs.size() > 1) {
    std::string names;
    for (const auto& o : organs) names += (names.empty() ? "" : ", ") + o;
    diag.error("export", "the register of " + std::to_string(rq.year) + " holds several organs (" + names +
                             "); choose one with --organ");
    return std::nullopt;
  }
  for (const auto& d : duplicates(rq.year))
    if (rq.organ.empty() || d.organ == rq.organ)
      diag.warning(d.organ + " " + std::to_string(d.year),
                   "số, ký hiệu " + d.symbol + " is recorded " + std::to_string(d.row_ids.size()) + " times");
  if (rq.format == ExportFormat::Csv) return export_csv(rows);

  BookCover cover;
  cover.year = rq.year;
  cover.volume = rq.volume;
  cover.organ = organs.empty() ? rq.organ : *organs.begin();
  // The organs' full names from the last document issued through vanthu.
  for (auto it = rows.rbegin(); it != rows.rend(); ++it) {
    if (it->data_json.empty()) continue;
    const auto d = nlohmann::json::parse(it->data_json, nullptr, false);
    if (!d.is_object()) continue;
    if (auto o = d.find("co_quan"); o != d.end() && o->is_object() && o->contains("ten") && (*o)["ten"].is_string())
      cover.organ = (*o)["ten"].get<std::string>();
    if (auto p = d.find("co_quan_chu_quan"); p != d.end() && p->is_string()) cover.parent_organ = p->get<std::string>();
    break;
  }
  if (!rq.series.empty())
    for (const auto& s : series())
      if (s.code == rq.series) cover.series_name = s.name;
  const model::Document doc = register_book(cover, rows);
  Engine& engine = impl_->render_engine();
  return rq.format == ExportFormat::Pdf ? engine.to_pdf(doc) : engine.to_docx(doc);
}

}  // namespace vanthu::reg
