// The records of a batch: the --each path, merging a record over the shared
// data, and placing diagnostics in the data file.
#include <charconv>

#include "api/batch.h"
#include "api/batch_detail.h"

namespace vanthu::batch {

std::optional<std::vector<std::string>> parse_each_path(const std::string& path) {
  if (path.empty() || path[0] != '$') return std::nullopt;
  std::vector<std::string> steps;
  size_t i = 1;
  while (i < path.size()) {
    if (path[i] == '.') {
      size_t end = i + 1;
      while (end < path.size() && path[end] != '.' && path[end] != '[') ++end;
      if (end == i + 1) return std::nullopt;  // "$..a", "$.": empty key
      steps.push_back(path.substr(i + 1, end - i - 1));
      i = end;
    } else if (path[i] == '[') {
      const size_t close = path.find(']', i);
      if (close == std::string::npos || close == i + 1) return std::nullopt;
      for (size_t k = i + 1; k < close; ++k)
        if (path[k] < '0' || path[k] > '9') return std::nullopt;
      steps.push_back(path.substr(i, close - i + 1));
      i = close + 1;
    } else {
      return std::nullopt;
    }
  }
  return steps;
}

namespace detail {

std::optional<Records> split_records(nlohmann::json data, const std::vector<std::string>& steps, const std::string& each,
                                     Diagnostics& diag) {
  Records r;
  if (steps.empty()) {
    if (!data.is_array()) {
      diag.error("$", "--each $ needs the data to be a list of records, not a single object; name the list, e.g. --each $.danh_sach");
      return std::nullopt;
    }
    r.list = std::move(data);
    return r;
  }
  if (!data.is_object()) {
    diag.error("$", "the data must be a JSON object holding the list " + each);
    return std::nullopt;
  }
  nlohmann::json* node = &data;
  std::string where = "$";
  for (size_t k = 0; k < steps.size(); ++k) {
    const std::string& s = steps[k];
    nlohmann::json* next = nullptr;
    if (s[0] == '[') {
      size_t index = 0;
      std::from_chars(s.data() + 1, s.data() + s.size() - 1, index);
      if (node->is_array() && index < node->size()) next = &(*node)[index];
    } else if (node->is_object()) {
      auto it = node->find(s);
      if (it != node->end()) next = &*it;
    }
    const std::string here = where + (s[0] == '[' ? s : "." + s);
    if (!next) {
      diag.error(here, "is missing (--each " + each + " names no list in the data)");
      return std::nullopt;
    }
    if (k + 1 == steps.size()) {
      if (!next->is_array()) {
        diag.error(here, "must be a list of records for --each, not " + std::string(next->type_name()));
        return std::nullopt;
      }
      r.list = std::move(*next);
      // The list is not part of what the records share.
      if (s[0] == '[') *next = nullptr;
      else node->erase(s);
      break;
    }
    node = next;
    where = here;
  }
  r.shared = std::move(data);
  return r;
}

namespace {

void merge_into(nlohmann::json& target, const nlohmann::json& patch) {
  if (!target.is_object() || !patch.is_object()) {
    target = patch;
    return;
  }
  for (auto it = patch.begin(); it != patch.end(); ++it) {
    auto t = target.find(it.key());
    if (t != target.end() && t->is_object() && it->is_object()) merge_into(*t, *it);
    else target[it.key()] = *it;
  }
}

}  // namespace

nlohmann::json merge_record(const nlohmann::json& shared, const nlohmann::json& record) {
  nlohmann::json out = shared.is_object() ? shared : nlohmann::json::object();
  merge_into(out, record);
  return out;
}

std::string relocate(const std::string& where, const nlohmann::json& record, const std::string& each, size_t index) {
  const std::string prefix = each + "[" + std::to_string(index) + "]";
  if (where == "$") return prefix;
  if (where.rfind("$.", 0) != 0 || !record.is_object()) return where;
  const size_t end = where.find_first_of(".[", 2);
  const std::string key = where.substr(2, end == std::string::npos ? std::string::npos : end - 2);
  if (!record.contains(key)) return where;
  return prefix + where.substr(1);
}

std::string padded_number(size_t index, size_t total) {
  const std::string n = std::to_string(index + 1);
  const size_t width = std::to_string(total).size();
  return n.size() >= width ? n : std::string(width - n.size(), '0') + n;
}

}  // namespace detail
}  // namespace vanthu::batch
