// Header-only OOXML validation for tests: every XML part of a package is
// checked against the schemas in ../shared/ooxml-schemas with libxml2.
//
// What libxml2 needs: one compiled schema can only validate the namespaces
// reachable from its root file. microsoft/wml-2010.xsd reaches the whole of
// WordprocessingML and DrawingML (wml-2010 -> word12 -> ISO wml.xsd ->
// dml-wordprocessingDrawing -> dml-main, dml-picture ...), but not the
// extended properties of docProps/app.xml or SpreadsheetML (the workbook
// embedded with a chart). So a wrapper schema, built in
// memory with absolute file: URLs (no temp file needed), imports both; it is
// compiled once per process (about 50 ms) and reused. The wrapper must have
// a target namespace of its own: microsoft/word12.xsd is a no-namespace
// schema, and libxml2 keeps one schema per namespace, so a no-namespace
// wrapper collides with it ("xmlSchemaBucketCreate, failed to add the schema
// bucket to the hash").
//
// The folder has no OPC schemas (ECMA-376 part 2: opc-contentTypes.xsd,
// opc-relationships.xsd, opc-coreProperties.xsd), so [Content_Types].xml,
// *.rels and docProps/core.xml get a structural check written here from
// those schemas' rules instead: root element, allowed children, required
// attributes, unique ids.
//
// Usage: auto errors = vanthu::test::validate_ooxml_part("word/document.xml", xml);
//        EXPECT_TRUE(errors.empty()) << join(errors);
// Each error reads "word/document.xml:1: <message> (at /w:document/w:body/w:p[3])".
#pragma once

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlschemas.h>

#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <initializer_list>
#include <memory>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace vanthu::test {

// The shared reference folder: $VANTHU_SHARED_DIR, else $VANTHU_SOURCE_DIR/../shared,
// else ../shared next to this source tree.
inline std::string shared_dir() {
  if (const char* d = std::getenv("VANTHU_SHARED_DIR"); d != nullptr && *d != '\0') return d;
  if (const char* s = std::getenv("VANTHU_SOURCE_DIR"); s != nullptr && *s != '\0')
    return std::string(s) + "/../shared";
  return (std::filesystem::path(__FILE__).parent_path() / "../../../shared").lexically_normal().string();
}

namespace ooxml_detail {

inline constexpr const char* kWordMain = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
inline constexpr const char* kExtended = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties";
inline constexpr const char* kChart = "http://schemas.openxmlformats.org/drawingml/2006/chart";
inline constexpr const char* kSpreadsheet = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
inline constexpr const char* kContentTypes = "http://schemas.openxmlformats.org/package/2006/content-types";
inline constexpr const char* kRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";
inline constexpr const char* kCore = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
inline constexpr const char* kDc = "http://purl.org/dc/elements/1.1/";
inline constexpr const char* kDcTerms = "http://purl.org/dc/terms/";
inline constexpr const char* kXsi = "http://www.w3.org/2001/XMLSchema-instance";

struct Collector {
  std::string part;
  std::vector<std::string>* errors;
};

#if LIBXML_VERSION >= 21200
inline void collect(void* data, const xmlError* e) {
#else
inline void collect(void* data, xmlErrorPtr e) {
#endif
  if (e == nullptr || e->level == XML_ERR_WARNING) return;
  auto* c = static_cast<Collector*>(data);
  std::string msg = e->message != nullptr ? e->message : "unknown error";
  while (!msg.empty() && (msg.back() == '\n' || msg.back() == ' ')) msg.pop_back();
  std::string where = c->part + ":" + std::to_string(e->line) + ": " + msg;
  if (e->node != nullptr) {
    if (xmlChar* path = xmlGetNodePath(static_cast<xmlNodePtr>(e->node))) {
      where += std::string(" (at ") + reinterpret_cast<const char*>(path) + ")";
      xmlFree(path);
    }
  }
  c->errors->push_back(std::move(where));
}

inline std::string file_url(const std::filesystem::path& p) {
  return "file://" + std::filesystem::absolute(p).lexically_normal().string();
}

struct SchemaRelease {
  void operator()(xmlSchemaPtr s) const { xmlSchemaFree(s); }
};

// Compiled once; holds the compile errors if the schemas could not be read.
struct CompiledSchema {
  std::unique_ptr<xmlSchema, SchemaRelease> schema;
  std::vector<std::string> errors;

  CompiledSchema() {
    const std::filesystem::path root = std::filesystem::path(shared_dir()) / "ooxml-schemas";
    const auto wml = root / "microsoft" / "wml-2010.xsd";
    const auto extended = root / "ISO-IEC29500-4_2016" / "shared-documentPropertiesExtended.xsd";
    const auto sml = root / "ISO-IEC29500-4_2016" / "sml.xsd";
    for (const auto& f : {wml, extended, sml})
      if (!std::filesystem::exists(f)) errors.push_back("schema file missing: " + f.string());
    if (!errors.empty()) return;
    const std::string wrapper =
        "<xsd:schema xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\" targetNamespace=\"urn:vanthu:ooxml-test-wrapper\">"
        "<xsd:import namespace=\"http://schemas.microsoft.com/office/word/2010/wordml\" schemaLocation=\"" +
        file_url(wml) + "\"/><xsd:import namespace=\"" + kExtended + "\" schemaLocation=\"" + file_url(extended) +
        "\"/><xsd:import namespace=\"" + kSpreadsheet + "\" schemaLocation=\"" + file_url(sml) +
        "\"/></xsd:schema>";
    Collector c{"schema", &errors};
    xmlSchemaParserCtxtPtr pctxt = xmlSchemaNewMemParserCtxt(wrapper.data(), static_cast<int>(wrapper.size()));
    xmlSchemaSetParserStructuredErrors(pctxt, collect, &c);
    schema.reset(xmlSchemaParse(pctxt));
    xmlSchemaFreeParserCtxt(pctxt);
    if (!schema && errors.empty()) errors.push_back("schema: libxml2 could not compile the OOXML schemas");
  }
};

inline CompiledSchema& compiled_schema() {
  static CompiledSchema instance;
  return instance;
}

inline bool is(const xmlNode* n, const char* ns, const char* name) {
  return n->ns != nullptr && xmlStrEqual(n->ns->href, BAD_CAST ns) && xmlStrEqual(n->name, BAD_CAST name);
}

inline std::string attr(const xmlNode* n, const char* name) {
  xmlChar* v = xmlGetNoNsProp(n, BAD_CAST name);
  if (v == nullptr) return {};
  std::string s(reinterpret_cast<const char*>(v));
  xmlFree(v);
  return s;
}

inline bool has_attr(const xmlNode* n, const char* name) { return xmlHasNsProp(n, BAD_CAST name, nullptr) != nullptr; }

// NCName as xsd:ID wants it (ASCII subset is enough for generated ids).
inline bool is_ncname(const std::string& s) {
  if (s.empty() || !(std::isalpha(static_cast<unsigned char>(s[0])) || s[0] == '_')) return false;
  for (char ch : s)
    if (!(std::isalnum(static_cast<unsigned char>(ch)) || ch == '_' || ch == '-' || ch == '.')) return false;
  return true;
}

class Structural {
 public:
  Structural(std::string part, std::vector<std::string>* errors) : part_(std::move(part)), errors_(errors) {}
  void error(const xmlNode* n, const std::string& message) {
    std::string s = part_ + ":" + std::to_string(n != nullptr ? xmlGetLineNo(n) : 0) + ": " + message;
    if (n != nullptr) {
      if (xmlChar* path = xmlGetNodePath(n)) {
        s += std::string(" (at ") + reinterpret_cast<const char*>(path) + ")";
        xmlFree(path);
      }
    }
    errors_->push_back(std::move(s));
  }

  // opc-contentTypes.xsd: Types = (Default | Override)*; Default(Extension, ContentType),
  // Override(PartName, ContentType); extensions and part names unique (case-insensitive).
  void content_types(const xmlNode* root) {
    if (!is(root, kContentTypes, "Types")) return error(root, "root must be Types in the content-types namespace");
    std::set<std::string> extensions, names;
    for (const xmlNode* n = root->children; n != nullptr; n = n->next) {
      if (n->type != XML_ELEMENT_NODE) continue;
      if (is(n, kContentTypes, "Default")) {
        require(n, {"Extension", "ContentType"});
        if (!extensions.insert(lower(attr(n, "Extension"))).second) error(n, "duplicate Default Extension");
      } else if (is(n, kContentTypes, "Override")) {
        require(n, {"PartName", "ContentType"});
        const std::string name = attr(n, "PartName");
        if (name.empty() || name[0] != '/') error(n, "PartName must start with '/'");
        if (!names.insert(lower(name)).second) error(n, "duplicate Override PartName " + name);
      } else {
        error(n, "unexpected element in Types");
      }
    }
  }

  // opc-relationships.xsd: Relationships = Relationship*; Id (xsd:ID, unique), Type, Target;
  // TargetMode Internal | External.
  void relationships(const xmlNode* root) {
    if (!is(root, kRelationships, "Relationships"))
      return error(root, "root must be Relationships in the package relationships namespace");
    std::set<std::string> ids;
    for (const xmlNode* n = root->children; n != nullptr; n = n->next) {
      if (n->type != XML_ELEMENT_NODE) continue;
      if (!is(n, kRelationships, "Relationship")) {
        error(n, "unexpected element in Relationships");
        continue;
      }
      require(n, {"Id", "Type", "Target"});
      const std::string id = attr(n, "Id");
      if (!is_ncname(id)) error(n, "Id '" + id + "' is not an xsd:ID");
      if (!ids.insert(id).second) error(n, "duplicate Id " + id);
      if (has_attr(n, "TargetMode") && attr(n, "TargetMode") != "Internal" && attr(n, "TargetMode") != "External")
        error(n, "TargetMode must be Internal or External");
    }
  }

  // opc-coreProperties.xsd: an xsd:all of the Dublin Core / cp elements, each at most once;
  // dcterms:created and dcterms:modified carry xsi:type="dcterms:W3CDTF" (ECMA-376-2 §11).
  void core_properties(const xmlNode* root) {
    if (!is(root, kCore, "coreProperties")) return error(root, "root must be cp:coreProperties");
    static const std::set<std::string> allowed = {
        "cp:category", "cp:contentStatus", "dcterms:created", "dc:creator", "dc:description",
        "dc:identifier", "cp:keywords", "dc:language", "cp:lastModifiedBy", "cp:lastPrinted",
        "dcterms:modified", "cp:revision", "dc:subject", "dc:title", "cp:version"};
    std::set<std::string> seen;
    for (const xmlNode* n = root->children; n != nullptr; n = n->next) {
      if (n->type != XML_ELEMENT_NODE) continue;
      const std::string href = n->ns != nullptr ? reinterpret_cast<const char*>(n->ns->href) : "";
      const std::string prefix = href == kCore ? "cp" : href == kDc ? "dc" : href == kDcTerms ? "dcterms" : "?";
      const std::string name = prefix + ":" + reinterpret_cast<const char*>(n->name);
      if (allowed.count(name) == 0) {
        error(n, "unexpected element " + name + " in core properties");
        continue;
      }
      if (!seen.insert(name).second) error(n, "duplicate " + name);
      if (name == "dcterms:created" || name == "dcterms:modified") {
        xmlChar* type = xmlGetNsProp(n, BAD_CAST "type", BAD_CAST kXsi);
        const bool ok = type != nullptr && std::string_view(reinterpret_cast<const char*>(type)).ends_with(":W3CDTF");
        if (type != nullptr) xmlFree(type);
        if (!ok) error(n, name + " needs xsi:type=\"dcterms:W3CDTF\"");
      }
      for (const xmlNode* c = n->children; c != nullptr; c = c->next)
        if (c->type == XML_ELEMENT_NODE) error(c, "core property " + name + " must hold text only");
    }
  }

 private:
  void require(const xmlNode* n, std::initializer_list<const char*> names) {
    for (const char* a : names)
      if (!has_attr(n, a)) error(n, std::string("missing attribute ") + a);
  }
  static std::string lower(std::string s) {
    for (char& ch : s) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    return s;
  }
  std::string part_;
  std::vector<std::string>* errors_;
};

struct DocRelease {
  void operator()(xmlDocPtr d) const { xmlFreeDoc(d); }
};

}  // namespace ooxml_detail

// Checks one XML part of a package. Returns the errors (empty = valid).
inline std::vector<std::string> validate_ooxml_part(const std::string& part_name, const std::string& xml) {
  namespace d = ooxml_detail;
  std::vector<std::string> errors;
  d::Collector c{part_name, &errors};

  xmlSetStructuredErrorFunc(&c, d::collect);
  std::unique_ptr<xmlDoc, d::DocRelease> doc(
      xmlReadMemory(xml.data(), static_cast<int>(xml.size()), part_name.c_str(), nullptr, XML_PARSE_NONET));
  xmlSetStructuredErrorFunc(nullptr, nullptr);
  if (!doc) {
    if (errors.empty()) errors.push_back(part_name + ": not well-formed XML");
    return errors;
  }
  const xmlNode* root = xmlDocGetRootElement(doc.get());
  if (root == nullptr) return {part_name + ": no root element"};
  const std::string ns = root->ns != nullptr ? reinterpret_cast<const char*>(root->ns->href) : "";

  // Chart parts (c:chartSpace; dml-main imports dml-chart) and the parts of
  // a chart's embedded workbook (SpreadsheetML) are in the compiled schema too.
  if (ns == d::kWordMain || ns == d::kExtended || ns == d::kChart || ns == d::kSpreadsheet) {
    auto& compiled = d::compiled_schema();
    if (!compiled.schema) return compiled.errors;
    xmlSchemaValidCtxtPtr v = xmlSchemaNewValidCtxt(compiled.schema.get());
    xmlSchemaSetValidStructuredErrors(v, d::collect, &c);
    const int rc = xmlSchemaValidateDoc(v, doc.get());
    xmlSchemaFreeValidCtxt(v);
    if (rc != 0 && errors.empty()) errors.push_back(part_name + ": schema validation failed (code " + std::to_string(rc) + ")");
    return errors;
  }
  d::Structural s(part_name, &errors);
  if (ns == d::kContentTypes) s.content_types(root);
  else if (ns == d::kRelationships) s.relationships(root);
  else if (ns == d::kCore) s.core_properties(root);
  else errors.push_back(part_name + ": no schema for the root namespace '" + ns + "'");
  return errors;
}

inline std::string join_errors(const std::vector<std::string>& errors) {
  std::string s;
  for (const auto& e : errors) s += e + "\n";
  return s;
}

}  // namespace vanthu::test
