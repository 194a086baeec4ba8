// The units of a computed report table, read from the JSON data: the array
// of units (code, name, group) and each unit's figures, with the JSON path of
// everything, so that a missing unit or a bad figure is reported where it is.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/status.h"
#include "template/semantic.h"

namespace vanthu::tmpl {

struct ReportUnit {
  const nlohmann::json* object = nullptr;   // the unit's entry in the array
  std::string path;                         // "$.don_vi[2]"
  std::string key, label, group;
  const nlohmann::json* figures = nullptr;  // the object holding its figures
  std::string figures_path;                 // "$.so_lieu.PBCVT"
};

// "$.a" + "b" -> "$.a.b"; a key that is not a plain name is quoted: $.a["Phòng 1"].
std::string member_path(const std::string& base, const std::string& key);

// Finds `path` ("$.a.b[2]", "a.b") in `data`; nullptr when absent. `normal`
// receives the path in "$.…" form.
const nlohmann::json* find_path(const nlohmann::json& data, const std::string& path, std::string& normal);

// The units of `t`, in data order. Errors (with their JSON paths) for a
// missing or empty array, a unit without code or name, a duplicate code and a
// unit with no figures; nullopt when there were any. Figures for codes not in
// the array are warned about.
std::optional<std::vector<ReportUnit>> read_units(const sem::ReportTable& t, const nlohmann::json& data,
                                                  Diagnostics& diag);

// The figure `name` ("bai_viet.thuc_hien") of a unit. Errors: missing, not a
// number (a string "12" is refused too: "1.234" would be ambiguous).
std::optional<double> read_figure(const ReportUnit& u, const std::string& name, Diagnostics& diag);

// The text field `name` of the unit object ("" when absent or not a string).
std::string unit_text(const ReportUnit& u, const std::string& name);

}  // namespace vanthu::tmpl
