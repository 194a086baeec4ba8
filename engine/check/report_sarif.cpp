// SARIF 2.1.0 (OASIS) output of `vanthu check --format sarif`, so that a
// document store's CI or a code-review tool can show the findings: one run,
// the checks as rules (id = check name, with the decree's clause), each
// finding a result located in the file by part and paragraph.
#include <map>

#include <nlohmann/json.hpp>

#include "check/check.h"

namespace vanthu::check {

std::string format_sarif(const Report& report, const std::string& file) {
  using nlohmann::ordered_json;
  ordered_json rules = ordered_json::array();
  std::map<std::string, size_t> rule_index;
  ordered_json results = ordered_json::array();
  for (const Finding& f : report.findings) {
    auto [it, added] = rule_index.emplace(f.check, rule_index.size());
    if (added) {
      ordered_json r;
      r["id"] = f.check;
      r["name"] = f.check;
      r["shortDescription"] = {{"text", "Nghị định 30/2020/NĐ-CP " + f.rule + " (" + f.check + ")"}};
      r["properties"] = {{"clause", f.rule}};
      rules.push_back(std::move(r));
    }
    ordered_json res;
    res["ruleId"] = f.check;
    res["ruleIndex"] = it->second;
    res["level"] = f.severity == Severity::Error ? "error" : "warning";
    std::string text = f.message;
    if (!f.fix.empty()) text += " (fix: " + f.fix + ")";
    res["message"] = {{"text", text}};
    ordered_json location;
    location["physicalLocation"] = {{"artifactLocation", {{"uri", file}}}};
    if (f.paragraph > 0) {
      const std::string name = f.part + "/p[" + std::to_string(f.paragraph) + "]";
      location["logicalLocations"] = ordered_json::array(
          {{{"name", "¶" + std::to_string(f.paragraph)}, {"fullyQualifiedName", name}, {"kind", "element"}}});
    }
    res["locations"] = ordered_json::array({location});
    ordered_json props;
    props["clause"] = f.rule;
    props["about"] = part_of_layout(f.check);
    props["confidence"] = confidence_name(f.confidence);
    if (f.confidence == Confidence::Inferred) props["inferredBecause"] = f.why_inferred;
    if (!f.excerpt.empty()) props["excerpt"] = f.excerpt;
    res["properties"] = std::move(props);
    results.push_back(std::move(res));
  }
  ordered_json driver;
  driver["name"] = "vanthu check";
  driver["informationUri"] = "https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Nghi-dinh-30-2020-ND-CP-cong-tac-van-thu-417682.aspx";
  driver["rules"] = std::move(rules);
  ordered_json run;
  run["tool"] = {{"driver", std::move(driver)}};
  run["artifacts"] = ordered_json::array({{{"location", {{"uri", file}}}}});
  run["results"] = std::move(results);
  ordered_json log;
  log["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json";
  log["version"] = "2.1.0";
  log["runs"] = ordered_json::array({std::move(run)});
  return log.dump(2, ' ', false, ordered_json::error_handler_t::replace) + "\n";
}

}  // namespace vanthu::check
