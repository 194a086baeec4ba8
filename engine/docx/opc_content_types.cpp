#include <string_view>
#include <utility>

#include "core/status.h"
#include "docx/ooxml_names.h"
#include "docx/opc_package.h"
#include "docx/xml_writer.h"

namespace vanthu::docx::opc {
namespace {

std::string_view extension_of(std::string_view name) {
  const auto slash = name.rfind('/');
  const auto dot = name.rfind('.');
  if (dot == std::string_view::npos || (slash != std::string_view::npos && dot < slash)) return {};
  return name.substr(dot + 1);
}

}  // namespace

std::string content_types_xml(std::span<const Part> parts) {
  // Non-XML parts share one content type per extension (a Default); an
  // extension used with two content types keeps its first as the Default
  // and gets Overrides for the others.
  std::vector<std::pair<std::string_view, std::string_view>> defaults;
  std::vector<const Part*> overrides;
  for (const auto& part : parts) {
    if (part.content_type.empty()) throw Error("package part " + part.name + " has no content type");
    const std::string_view ext = extension_of(part.name);
    if (ext.empty() || ext == "xml") {
      overrides.push_back(&part);
      continue;
    }
    bool found = false;
    for (const auto& [e, type] : defaults) {
      if (e != ext) continue;
      found = true;
      if (type != part.content_type) overrides.push_back(&part);
    }
    if (!found) defaults.emplace_back(ext, part.content_type);
  }

  XmlWriter w;
  w.start("Types");
  w.attr("xmlns", ns::kContentTypes);
  for (const auto& [ext, type] : defaults) {
    w.start("Default");
    w.attr("Extension", std::string(ext));
    w.attr("ContentType", std::string(type));
    w.end();
  }
  for (const Part* part : overrides) {
    w.start("Override");
    w.attr("PartName", "/" + part->name);
    w.attr("ContentType", part->content_type);
    w.end();
  }
  return w.finish();
}

}  // namespace vanthu::docx::opc
