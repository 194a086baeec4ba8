// Header-only check of a whole .docx as bytes, for tests of the engine's
// real output: the zip opens, every XML part validates (ooxml_validate.h),
// [Content_Types].xml covers every part, and every internal relationship
// points at a part that exists.
//
//   const auto errors = vanthu::test::check_docx_package(bytes);
//   EXPECT_TRUE(errors.empty()) << vanthu::test::join_errors(errors);
#pragma once

#include <set>
#include <string>
#include <vector>

#include "support/ooxml_validate.h"
#include "support/xml_query.h"
#include "support/zip_read.h"

namespace vanthu::test {

inline std::vector<std::string> check_docx_package(const std::string& bytes) {
  std::vector<std::string> errors;
  std::vector<ZipEntry> entries;
  try {
    entries = read_zip(bytes);
  } catch (const std::exception& e) {
    return {std::string("package: ") + e.what()};
  }
  if (entries.empty() || entries.front().name != "[Content_Types].xml")
    errors.push_back("package: [Content_Types].xml is not the first entry");

  std::set<std::string> names;
  for (const auto& e : entries) names.insert(e.name);
  for (const char* required : {"[Content_Types].xml", "_rels/.rels", "word/document.xml"})
    if (names.count(required) == 0) errors.push_back(std::string("package: missing ") + required);

  for (const auto& e : entries) {
    if (!e.name.ends_with(".xml") && !e.name.ends_with(".rels")) continue;
    for (auto& err : validate_ooxml_part(e.name, e.data)) errors.push_back(std::move(err));
  }
  if (!errors.empty()) return errors;

  for (const auto& e : entries) {
    if (e.name == "[Content_Types].xml") {
      const XmlQuery types(e.data);
      for (const auto& other : entries) {
        if (other.name == "[Content_Types].xml") continue;
        const std::string ext = other.name.substr(other.name.rfind('.') + 1);
        if (types.count("//ct:Override[@PartName='/" + other.name + "']") == 0 &&
            types.count("//ct:Default[@Extension='" + ext + "']") == 0)
          errors.push_back("[Content_Types].xml: no content type for " + other.name);
      }
      for (const auto& part : types.strings("//ct:Override/@PartName"))
        if (names.count(part.substr(1)) == 0) errors.push_back("[Content_Types].xml: Override for missing " + part);
    }
    if (e.name.ends_with(".rels")) {
      // "word/_rels/document.xml.rels": targets are relative to "word/".
      const std::string base = e.name.substr(0, e.name.find("_rels/"));
      const XmlQuery rels(e.data);
      for (const auto& target : rels.strings("//rel:Relationship[not(@TargetMode='External')]/@Target")) {
        std::string resolved = target.starts_with("/") ? target.substr(1) : base + target;
        // "word/charts/../embeddings/chart1.xlsx" -> "word/embeddings/chart1.xlsx"
        for (size_t up; (up = resolved.find("/../")) != std::string::npos;) {
          const size_t from = resolved.rfind('/', up == 0 ? 0 : up - 1);
          resolved.erase(from == std::string::npos ? 0 : from + 1, up + 4 - (from == std::string::npos ? 0 : from + 1));
        }
        if (names.count(resolved) == 0) errors.push_back(e.name + ": target " + target + " is not in the package");
      }
    }
  }
  return errors;
}

}  // namespace vanthu::test
