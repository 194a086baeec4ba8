// Zip archives of finished files (DOCX + PDF of one render, a batch's
// folder), written with libzip. Entries carry the given time, so the same
// documents give the same bytes.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace vanthu::server {

// An archive in memory holding `entries` (name, bytes), in that order.
std::string zip_in_memory(const std::vector<std::pair<std::string, std::string>>& entries, long long mtime);

// Writes every regular file of `folder` (not recursing), sorted by name, to
// the archive `out`. Throws vanthu::Error.
void zip_folder(const std::string& folder, const std::string& out, long long mtime);

}  // namespace vanthu::server
