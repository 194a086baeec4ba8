#include "check/package_rels.h"

#include <vector>

#include "check/safe_xml.h"

namespace vanthu::check {

namespace {

std::string directory_of(const std::string& part) {
  const size_t slash = part.rfind('/');
  return slash == std::string::npos ? std::string() : part.substr(0, slash + 1);
}

// "word/" + "../customXml/item1.xml" -> "customXml/item1.xml".
std::string resolve(const std::string& base_dir, const std::string& target) {
  std::string path = !target.empty() && target[0] == '/' ? target.substr(1) : base_dir + target;
  std::vector<std::string> parts;
  size_t start = 0;
  while (start <= path.size()) {
    size_t end = path.find('/', start);
    if (end == std::string::npos) end = path.size();
    const std::string seg = path.substr(start, end - start);
    if (seg == "..") {
      if (!parts.empty()) parts.pop_back();
    } else if (!seg.empty() && seg != ".") {
      parts.push_back(seg);
    }
    start = end + 1;
  }
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : "/") + p;
  return out;
}

}  // namespace

std::map<std::string, Relationship> read_relationships(const ZipPackage& pkg, const std::string& source_part) {
  std::map<std::string, Relationship> out;
  const std::string dir = directory_of(source_part);
  const std::string name = source_part.empty() ? "" : source_part.substr(dir.size());
  const std::string rels_part = dir + "_rels/" + name + ".rels";
  auto bytes = pkg.read(rels_part);
  if (!bytes) return out;
  XmlDocPtr doc = parse_xml(*bytes, rels_part);
  const xmlNode* root = xmlDocGetRootElement(doc.get());
  for (const xmlNode* r = root->children; r != nullptr; r = r->next) {
    if (!xml::is(r, xml::Ns::Rel, "Relationship")) continue;
    if (xml::plain_attr(r, "TargetMode").value_or("") == "External") continue;
    const auto id = xml::plain_attr(r, "Id");
    const auto type = xml::plain_attr(r, "Type");
    const auto target = xml::plain_attr(r, "Target");
    if (!id || !type || !target) continue;
    out[*id] = Relationship{*type, resolve(dir, *target)};
  }
  return out;
}

std::optional<std::string> target_of_type(const std::map<std::string, Relationship>& rels, std::string_view suffix) {
  for (const auto& [id, rel] : rels)
    if (rel.type.size() >= suffix.size() && rel.type.compare(rel.type.size() - suffix.size(), suffix.size(), suffix) == 0)
      return rel.target;
  return std::nullopt;
}

}  // namespace vanthu::check
