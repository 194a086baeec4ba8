#include "docx/ooxml_names.h"
#include "docx/opc_package.h"
#include "docx/xml_writer.h"

namespace vanthu::docx::opc {

std::string Relationships::add(const char* type, std::string target) {
  for (const auto& e : entries_)
    if (e.target == target && std::string_view(e.type) == type) return e.id;
  entries_.push_back({"rId" + std::to_string(entries_.size() + 1), type, std::move(target)});
  return entries_.back().id;
}

std::string Relationships::xml() const {
  XmlWriter w;
  w.start("Relationships");
  w.attr("xmlns", ns::kPackageRelationships);
  for (const auto& e : entries_) {
    w.start("Relationship");
    w.attr("Id", e.id);
    w.attr("Type", e.type);
    w.attr("Target", e.target);
    w.end();
  }
  return w.finish();
}

std::string relationships_part_name(std::string_view source_part) {
  const auto slash = source_part.rfind('/');
  const std::string_view folder = slash == std::string_view::npos ? std::string_view() : source_part.substr(0, slash + 1);
  const std::string_view file = slash == std::string_view::npos ? source_part : source_part.substr(slash + 1);
  std::string name(folder);
  name += "_rels/";
  name += file;
  name += ".rels";
  return name;
}

}  // namespace vanthu::docx::opc
