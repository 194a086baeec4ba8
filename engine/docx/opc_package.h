// The Open Packaging Conventions layer (ECMA-376 part 2): parts,
// relationships, content types and the zip container. Knows nothing about
// WordprocessingML.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace vanthu::docx::opc {

struct Part {
  std::string name;  // part name without the leading slash: "word/document.xml"
  std::string content_type;
  std::string bytes;
  // Bytes owned by the caller (a PNG of the model), used instead of `bytes`
  // so that media are not copied; they must outlive the package's writing.
  const std::string* external = nullptr;
  const std::string& data() const { return external != nullptr ? *external : bytes; }
};

// The relationships of one source part. Ids are handed out in the order of
// add(), so the same model always gets the same ids.
class Relationships {
 public:
  // Returns the id ("rId1", ...); an existing (type, target) pair keeps its id.
  std::string add(const char* type, std::string target);
  bool empty() const { return entries_.empty(); }
  std::string xml() const;

 private:
  struct Entry {
    std::string id;
    const char* type;
    std::string target;  // relative to the source part's folder
  };
  std::vector<Entry> entries_;
};

// "word/document.xml" -> "word/_rels/document.xml.rels"; "" (the package) -> "_rels/.rels".
std::string relationships_part_name(std::string_view source_part);

// [Content_Types].xml for `parts`: a Default per extension of the non-XML
// parts (.rels, .png), an Override for every other part.
std::string content_types_xml(std::span<const Part> parts);

// The zip container: entries in the order given, deflated, every entry
// dated `timestamp` (seconds since 1970, written as UTC wall-clock time).
std::string zip_package(const std::vector<Part>& parts, long long timestamp);

}  // namespace vanthu::docx::opc
