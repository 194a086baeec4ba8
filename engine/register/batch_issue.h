// `vanthu batch … --issue`: the records of a batch as issue requests, and the
// file names of the documents issued (docs/register.md). The register renders
// and numbers them (Register::issue_batch); these helpers keep the batch's
// record splitting and file naming (api/batch.h) out of the command.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/status.h"
#include "register/register.h"

namespace vanthu::reg {

// The records of `data_text` (the data file named `common.data_name`) at the
// JSON path `each`, each merged over the shared data, as requests copied
// from `common` with their own data_json. nullopt, with why in `diag`, when
// the template (found as the register finds it), the data or the list is wrong.
std::optional<std::vector<IssueRequest>> batch_requests(const IssueRequest& common, const std::string& data_text,
                                                        const std::string& each, Diagnostics& diag);

// The file name (without extension) of every issued document, from the
// `pattern` (Mustache, already checked) over the record as issued (with so,
// and vt from Issued::derived_json: no date is parsed again) and stt, unique within the batch; the warnings of names made
// unique go to `diag` at "--name".
std::vector<std::string> batch_file_stems(const std::vector<Issued>& issued, const std::string& pattern, bool ascii,
                                          Diagnostics& diag);

}  // namespace vanthu::reg
