#include "register/batch_issue.h"

#include "api/batch.h"
#include "api/batch_detail.h"
#include "api/environment.h"
#include "template/catalog.h"
#include "template/data.h"

namespace vanthu::reg {

std::optional<std::vector<IssueRequest>> batch_requests(const IssueRequest& common, const std::string& data_text,
                                                        const std::string& each, Diagnostics& diag) {
  const auto steps = batch::parse_each_path(each);
  if (!steps) {
    diag.error("--each", "\"" + each + "\" is not a JSON path such as $.danh_sach");
    return std::nullopt;
  }
  auto tpl = tmpl::load_template(common.template_name, diag, EngineConfig::from_process().templates_dir);
  nlohmann::json data = tmpl::parse_data(data_text, common.data_name, diag);
  if (!tpl || diag.has_errors()) return std::nullopt;
  auto records = batch::detail::split_records(std::move(data), *steps, each, diag);
  if (!records) return std::nullopt;
  std::vector<IssueRequest> out;
  for (const auto& record : records->list) {
    IssueRequest rq = common;
    rq.data_json = batch::detail::merge_record(records->shared, record).dump();
    out.push_back(std::move(rq));
  }
  return out;
}

std::vector<std::string> batch_file_stems(const std::vector<Issued>& issued, const std::string& pattern, bool ascii,
                                          Diagnostics& diag) {
  batch::detail::Namer namer(pattern, ascii);
  std::vector<std::string> warnings, stems;
  for (size_t i = 0; i < issued.size(); ++i) {
    nlohmann::json d = nlohmann::json::parse(issued[i].row.data_json);
    if (!issued[i].derived_json.empty()) d["vt"] = nlohmann::json::parse(issued[i].derived_json);
    else tmpl::add_derived_values(d, issued[i].row.type);
    d["stt"] = batch::detail::padded_number(i, issued.size());
    stems.push_back(namer.name(d, i, issued.size(), warnings));
  }
  for (const auto& w : warnings) diag.warning("--name", w);
  return stems;
}

}  // namespace vanthu::reg
