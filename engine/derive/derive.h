// The derive stage: everything the engine computes from the data, computed
// once before Mustache runs and before realisation. It checks the fields the
// template declares (every declared date is parsed here, once, into a typed
// vn::Date), adds the derived values (data["vt"]: number, ký hiệu, the date
// in the decree's form, organ names in capitals) and runs the computation
// the manifest asks for ("derive": "khen-thuong", data["kt"]).
//
// The typed dates it returns go on to the markup parser, which resolves the
// markup's <date> and the copy's date to them instead of parsing the text
// again; so the document date reaches the realiser and the writers typed.
#pragma once

#include <nlohmann/json.hpp>

#include "core/status.h"
#include "template/catalog.h"
#include "template/data_dates.h"

namespace vanthu::derive {

// Runs the stage on `data` for template `tpl`; errors go to `diag` (with
// their JSON paths). The returned dates are meaningful only without errors.
// `known`: the dates parse_dates gave for this data, taken instead of parsing
// them again.
tmpl::DataDates run(const tmpl::TemplateInfo& tpl, nlohmann::json& data, Diagnostics& diag,
                    const tmpl::DataDates* known = nullptr);

// The stage's parse of the dates alone: every field `tpl` declares as a date
// that holds a valid one. For the batch's file names, which are made before
// the records are built: run() given these as `known` parses none again.
tmpl::DataDates parse_dates(const tmpl::TemplateInfo& tpl, const nlohmann::json& data);

}  // namespace vanthu::derive
