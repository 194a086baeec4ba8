#include "template/report_units.h"

#include <cmath>
#include <set>

#include "core/unicode.h"

namespace vanthu::tmpl {

namespace {

bool plain_name(const std::string& k) {
  if (k.empty() || (k[0] >= '0' && k[0] <= '9')) return false;
  for (char c : k)
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) return false;
  return true;
}

std::string kind_of(const nlohmann::json& j) {
  switch (j.type()) {
    case nlohmann::json::value_t::null: return "null";
    case nlohmann::json::value_t::boolean: return j.get<bool>() ? "true" : "false";
    case nlohmann::json::value_t::string: return "the text \"" + j.get<std::string>() + "\"";
    case nlohmann::json::value_t::array: return "an array";
    case nlohmann::json::value_t::object: return "an object";
    default: return "a number";
  }
}

// A code as text: "VP" or 3 (numbers are accepted as codes).
std::optional<std::string> code_of(const nlohmann::json& j) {
  if (j.is_string() && !text::collapse_spaces(j.get<std::string>()).empty()) return j.get<std::string>();
  if (j.is_number_integer()) return std::to_string(j.get<long long>());
  return std::nullopt;
}

}  // namespace

std::string member_path(const std::string& base, const std::string& key) {
  if (plain_name(key)) return base + "." + key;
  std::string q;
  for (char c : key) q += c == '"' || c == '\\' ? std::string("\\") + c : std::string(1, c);
  return base + "[\"" + q + "\"]";
}

const nlohmann::json* find_path(const nlohmann::json& data, const std::string& path, std::string& normal) {
  normal = "$";
  const nlohmann::json* cur = &data;
  size_t i = path.rfind("$", 0) == 0 ? 1 : 0;
  std::string name;
  auto step = [&]() -> bool {
    if (name.empty()) return true;
    normal = member_path(normal, name);
    if (!cur || !cur->is_object() || !cur->contains(name)) cur = nullptr;
    else cur = &(*cur)[name];
    name.clear();
    return cur != nullptr;
  };
  for (; i < path.size(); ++i) {
    const char c = path[i];
    if (c == '.') {
      step();
    } else if (c == '[') {
      step();
      const size_t close = path.find(']', i);
      const std::string idx = path.substr(i + 1, close == std::string::npos ? std::string::npos : close - i - 1);
      normal += "[" + idx + "]";
      size_t n = 0;
      bool digits = !idx.empty();
      for (char d : idx) digits = digits && d >= '0' && d <= '9';
      if (digits) n = std::stoul(idx);
      if (!digits || !cur || !cur->is_array() || n >= cur->size()) cur = nullptr;
      else cur = &(*cur)[n];
      if (close == std::string::npos) break;
      i = close;
    } else {
      name += c;
    }
  }
  step();
  return cur;
}

std::optional<std::vector<ReportUnit>> read_units(const sem::ReportTable& t, const nlohmann::json& data,
                                                  Diagnostics& diag) {
  Diagnostics local;
  std::string units_path;
  const nlohmann::json* units = find_path(data, t.units_path, units_path);
  if (!units || units->is_null()) {
    diag.error(units_path, "is missing: the table's list of units");
    return std::nullopt;
  }
  if (!units->is_array() || units->empty()) {
    diag.error(units_path, units->is_array() ? "has no units" : "must be an array of units, not " + kind_of(*units));
    return std::nullopt;
  }
  const nlohmann::json* figures = nullptr;
  std::string figures_path;
  if (!t.figures_path.empty()) {
    figures = find_path(data, t.figures_path, figures_path);
    if (!figures || !figures->is_object()) {
      diag.error(figures_path, figures ? "must be an object of figures by unit code, not " + kind_of(*figures)
                                       : "is missing: the figures of the units");
      return std::nullopt;
    }
  }
  std::vector<ReportUnit> out;
  std::set<std::string> seen;
  for (size_t i = 0; i < units->size(); ++i) {
    const nlohmann::json& u = (*units)[i];
    ReportUnit ru;
    ru.object = &u;
    ru.path = units_path + "[" + std::to_string(i) + "]";
    if (!u.is_object()) {
      local.error(ru.path, "must be an object (a unit), not " + kind_of(u));
      continue;
    }
    const auto code = u.contains(t.key_field) ? code_of(u[t.key_field]) : std::nullopt;
    if (!code) {
      local.error(member_path(ru.path, t.key_field), u.contains(t.key_field) ? "must be the unit's code, not " + kind_of(u[t.key_field])
                                                                             : "is missing: the unit's code");
      continue;
    }
    ru.key = *code;
    if (!seen.insert(ru.key).second) local.error(member_path(ru.path, t.key_field), "repeats the unit code \"" + ru.key + "\"");
    ru.label = unit_text(ru, t.label_field);
    if (text::collapse_spaces(ru.label).empty())
      local.error(member_path(ru.path, t.label_field), "is missing: the unit's name");
    if (!t.group_field.empty()) {
      ru.group = unit_text(ru, t.group_field);
      if (text::collapse_spaces(ru.group).empty())
        local.error(member_path(ru.path, t.group_field), "is missing: the unit's group");
    }
    if (figures) {
      ru.figures_path = member_path(figures_path, ru.key);
      auto it = figures->find(ru.key);
      if (it == figures->end() || it->is_null()) {
        local.error(ru.figures_path, "is missing: no figures for the unit \"" + ru.label + "\" (" + ru.path + ")");
        continue;
      }
      if (!it->is_object()) {
        local.error(ru.figures_path, "must be an object of figures, not " + kind_of(*it));
        continue;
      }
      ru.figures = &*it;
    } else {
      ru.figures = &u;
      ru.figures_path = ru.path;
    }
    out.push_back(std::move(ru));
  }
  if (figures)
    for (const auto& [key, value] : figures->items())
      if (!seen.count(key))
        local.warning(member_path(figures_path, key), "figures for a unit that is not in " + units_path + "; not shown");
  diag.append(local);
  if (local.has_errors()) return std::nullopt;
  return out;
}

std::optional<double> read_figure(const ReportUnit& u, const std::string& name, Diagnostics& diag) {
  const nlohmann::json* cur = u.figures;
  std::string path = u.figures_path;
  size_t start = 0;
  while (true) {
    const size_t dot = name.find('.', start);
    const std::string part = name.substr(start, dot == std::string::npos ? std::string::npos : dot - start);
    path = member_path(path, part);
    if (!cur || !cur->is_object() || !cur->contains(part) || (*cur)[part].is_null()) {
      diag.error(path, "is missing: a figure of \"" + u.label + "\" the table needs");
      return std::nullopt;
    }
    cur = &(*cur)[part];
    if (dot == std::string::npos) break;
    start = dot + 1;
  }
  if (!cur->is_number()) {
    diag.error(path, "must be a number, not " + kind_of(*cur));
    return std::nullopt;
  }
  const double v = cur->get<double>();
  if (!std::isfinite(v)) {
    diag.error(path, "must be a finite number");
    return std::nullopt;
  }
  return v;
}

std::string unit_text(const ReportUnit& u, const std::string& name) {
  if (!u.object || !u.object->is_object()) return {};
  auto it = u.object->find(name);
  if (it == u.object->end()) return {};
  if (it->is_string()) return text::collapse_spaces(it->get<std::string>());
  if (it->is_number_integer()) return std::to_string(it->get<long long>());
  return {};
}

}  // namespace vanthu::tmpl
