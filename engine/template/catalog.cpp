#include "template/catalog.h"

#include <algorithm>
#include <filesystem>

#include "core/atomic_file.h"
#include "core/unicode.h"

#ifndef VANTHU_DATA_DIR
#define VANTHU_DATA_DIR "."
#endif

namespace vanthu::tmpl {

namespace fs = std::filesystem;

namespace {

void load_partials(const fs::path& dir, std::map<std::string, std::string>& out) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return;
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(dir, ec))
    if (e.path().extension() == ".xml") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  for (const auto& f : files) out[f.stem().string()] = text::nfc(read_file(f.string()));
}

std::optional<TemplateInfo> load_dir(const fs::path& dir, const std::string& templates_dir, Diagnostics& diag) {
  TemplateInfo t;
  t.dir = dir.string();
  t.name = dir.filename().string();
  t.markup_path = (dir / "template.xml").string();
  const fs::path manifest = dir / "template.json";
  std::error_code ec;
  if (!fs::exists(t.markup_path, ec)) {
    diag.error(t.markup_path, "template not found");
    return std::nullopt;
  }
  t.markup = text::nfc(read_file(t.markup_path));
  if (fs::exists(manifest, ec)) {
    Diagnostics local;
    nlohmann::json m = parse_data(read_file(manifest.string()), manifest.string(), local);
    diag.append(local);
    if (local.has_errors()) return std::nullopt;
    t.type = m.value("type", "");
    t.description = m.value("description", "");
    t.label = m.value("label", "");
    if (auto d = m.find("derive"); d != m.end() && d->is_string()) t.derive = d->get<std::string>();
    if (m.contains("name") && m["name"].is_string()) t.name = m["name"].get<std::string>();
    if (auto it = m.find("fields"); it != m.end() && it->is_object())
      for (auto& [path, kind] : it->items())
        if (kind.is_string()) t.fields.push_back({path, kind.get<std::string>()});
    // The order the author wrote the fields in (nlohmann::json sorts the keys).
    const auto ordered = nlohmann::ordered_json::parse(read_file(manifest.string()), nullptr, false);
    if (ordered.is_object())
      if (auto it = ordered.find("fields"); it != ordered.end() && it->is_object())
        for (auto& [path, kind] : it->items()) t.field_order.push_back(text::nfc(path));
    if (auto it = m.find("help"); it != m.end() && it->is_object())
      for (auto& [path, h] : it->items())
        if (h.is_object()) {
          TemplateInfo::FieldHelp fh;
          fh.meaning = h.value("meaning", "");
          fh.example = h.value("example", nlohmann::json());
          fh.in_starting_file = h.value("in_starting_file", true);
          fh.label = h.value("label", "");
          fh.huong_dan = h.value("huong_dan", "");
          fh.editor = h.value("editor", "");
          if (auto e = h.find("enum"); e != h.end() && e->is_array())
            for (const auto& v : *e)
              if (v.is_string()) fh.choices.push_back(v.get<std::string>());
          t.help[path] = std::move(fh);
        }
  }
  // Shared partials first, the template's own may override them.
  load_partials(fs::path(templates_dir) / "_partials", t.partials);
  load_partials(dir / "partials", t.partials);
  return t;
}

}  // namespace

std::string default_templates_dir() { return std::string(VANTHU_DATA_DIR) + "/templates"; }

std::optional<TemplateInfo> load_template(const std::string& name_or_path, Diagnostics& diag,
                                          const std::string& templates_dir_or_default) {
  const std::string templates_dir =
      templates_dir_or_default.empty() ? default_templates_dir() : templates_dir_or_default;
  std::error_code ec;
  fs::path p(name_or_path);
  if (fs::is_regular_file(p, ec)) return load_dir(p.parent_path().empty() ? fs::path(".") : p.parent_path(), templates_dir, diag);
  if (fs::is_directory(p, ec) && name_or_path.find('/') != std::string::npos) return load_dir(p, templates_dir, diag);
  const bool plain_name = !name_or_path.empty() && name_or_path.find('/') == std::string::npos &&
                          name_or_path[0] != '.' && name_or_path[0] != '_';
  if (plain_name) {
    const fs::path dir = fs::path(templates_dir) / name_or_path;
    if (fs::is_directory(dir, ec)) return load_dir(dir, templates_dir, diag);
  }
  std::string known;
  for (const auto& t : builtin_templates(diag, templates_dir)) known += (known.empty() ? "" : ", ") + t.name;
  diag.error(name_or_path, "no such template (built-in templates: " + known + ")");
  return std::nullopt;
}

std::vector<TemplateInfo> builtin_templates(Diagnostics& diag, const std::string& templates_dir_or_default) {
  const std::string templates_dir =
      templates_dir_or_default.empty() ? default_templates_dir() : templates_dir_or_default;
  std::vector<TemplateInfo> out;
  std::error_code ec;
  std::vector<fs::path> dirs;
  for (const auto& e : fs::directory_iterator(templates_dir, ec))
    if (e.is_directory() && e.path().filename().string()[0] != '_') dirs.push_back(e.path());
  std::sort(dirs.begin(), dirs.end());
  for (const auto& d : dirs)
    if (auto t = load_dir(d, templates_dir, diag)) out.push_back(std::move(*t));
  return out;
}

}  // namespace vanthu::tmpl
