#include "derive/derive.h"

#include "derive/awards.h"
#include "derive/template_reads.h"
#include "template/data.h"

namespace vanthu::derive {

namespace {

// The computation a template asks for in its manifest ("derive":
// "khen-thuong"); an unknown name is reported against the manifest.
void run_manifest_derive(const tmpl::TemplateInfo& tpl, nlohmann::json& data, const tmpl::DataDates& dates,
                         Diagnostics& diag) {
  if (tpl.derive.empty()) return;
  AwardsMode mode;
  if (!awards_mode_from_name(tpl.derive, mode)) {
    diag.error(tpl.dir + "/template.json",
               "unknown \"derive\" value \"" + tpl.derive + "\" (known: khen-thuong, khen-thuong-ca-nhan)");
    return;
  }
  AwardsLists lists;
  lists.move_tap_the = !template_may_read(tpl, "tap_the");
  lists.move_ca_nhan = !template_may_read(tpl, "ca_nhan");
  derive_awards(data, mode, dates, diag, lists);
}

}  // namespace

tmpl::DataDates run(const tmpl::TemplateInfo& tpl, nlohmann::json& data, Diagnostics& diag,
                    const tmpl::DataDates* known) {
  tmpl::DataDates dates;
  tmpl::check_fields(data, tpl.fields, diag, &dates, known);
  tmpl::check_standard_fields(data, diag);
  if (diag.has_errors()) return dates;
  tmpl::add_derived_values(data, tpl.type, dates);
  run_manifest_derive(tpl, data, dates, diag);
  return dates;
}

tmpl::DataDates parse_dates(const tmpl::TemplateInfo& tpl, const nlohmann::json& data) {
  std::vector<tmpl::FieldRule> date_fields;
  for (const auto& f : tpl.fields)
    if (f.kind == "date" || f.kind == "date?") date_fields.push_back(f);
  tmpl::DataDates dates;
  Diagnostics ignored;  // run() reports them when the record is built
  tmpl::check_fields(data, date_fields, ignored, &dates);
  return dates;
}

}  // namespace vanthu::derive
