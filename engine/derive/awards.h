// The award computation of commendation decisions (Quyết định khen thưởng),
// run on the data before Mustache for templates whose manifest says
// "derive": "khen-thuong" (one decision with a list of awardees) or
// "derive": "khen-thuong-ca-nhan" (one decision for one person).
//
// It reads the awardees and the options from the data, computes each
// amount (coefficient × mức lương cơ sở on the decision date, rounded to
// 10.000 đồng), orders the people by given name, numbers them, totals the
// lists, and writes everything the templates print into data["kt"] as
// ready-made strings. The fields are documented in docs/khen-thuong.md.
// Bad data is reported with its JSON path ("$.ca_nhan[3].hinh_thuc").
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "core/status.h"
#include "template/data_dates.h"

namespace vanthu::derive {

enum class AwardsMode {
  Decision,  // $.tap_the[] and $.ca_nhan[] -> kt.tap_the[], kt.ca_nhan[], totals
  Person,    // the top-level $.ho_ten, $.hinh_thuc, … -> kt.so_tien, kt.nguoi, …
};

// The manifest's "derive" value ("khen-thuong", "khen-thuong-ca-nhan") as a
// mode; false for an unknown name.
bool awards_mode_from_name(const std::string& name, AwardsMode& mode);

// Adds data["kt"]. The decision date is $.ngay as the field checks parsed it
// (`dates`). On bad data adds errors to `diag` (and leaves "kt" out).
// Whether the rows of $.tap_the / $.ca_nhan may be moved into kt.tap_the /
// kt.ca_nhan instead of copied (the template reads them only there,
// derive/template_reads.h); moved rows leave null in the input list.
struct AwardsLists {
  bool move_tap_the = false;
  bool move_ca_nhan = false;
};

void derive_awards(nlohmann::json& data, AwardsMode mode, const tmpl::DataDates& dates, Diagnostics& diag,
                   const AwardsLists& lists = {});

}  // namespace vanthu::derive
