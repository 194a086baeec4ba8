// Parsing the XML parts of a DOCX safely with libxml2: no network, no DTD
// (a part with a DOCTYPE is refused: OPC forbids DTDs, and that shuts out
// entity expansion bombs and external entities), no entity substitution,
// libxml2's default limits on depth and text node size, and a size limit.
// Plus the few helpers the reader needs to walk WordprocessingML.
#pragma once

#include <libxml/tree.h>

#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace vanthu::check {

struct XmlDocFree {
  void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};
using XmlDocPtr = std::unique_ptr<xmlDoc, XmlDocFree>;

inline constexpr size_t kMaxXmlBytes = 64u << 20;

// Throws ReadError "word/document.xml:12:5: malformed XML: …" on errors.
XmlDocPtr parse_xml(std::string_view bytes, const std::string& part);

namespace xml {

// Namespaces, transitional and strict forms.
enum class Ns { W, R, A, Wp, V, Mc, Wps, Rel, Pic, Other };
Ns ns_of(const xmlNode* n);

bool is(const xmlNode* n, Ns ns, const char* local);
inline bool is_w(const xmlNode* n, const char* local) { return is(n, Ns::W, local); }
bool is_element(const xmlNode* n);

// First child element in namespace `ns` named `local`, or nullptr.
const xmlNode* child(const xmlNode* n, Ns ns, const char* local);
inline const xmlNode* child_w(const xmlNode* n, const char* local) { return child(n, Ns::W, local); }

// Attribute `local` in namespace `ns` (any prefix), else without namespace.
std::optional<std::string> attr(const xmlNode* n, Ns ns, const char* local);
inline std::optional<std::string> attr_w(const xmlNode* n, const char* local) { return attr(n, Ns::W, local); }
// Attribute without a namespace only.
std::optional<std::string> plain_attr(const xmlNode* n, const char* name);

// Integer value of an attribute ("567", "-254"), clamped to ±10^7; nullopt
// if absent or not a number.
std::optional<long> int_attr_w(const xmlNode* n, const char* local);

// WordprocessingML on/off value of an element like <w:b/> or <w:b w:val="0"/>.
bool on_off(const xmlNode* n);

// Concatenated text content of a node.
std::string text(const xmlNode* n);

// 1-based line of the node in its part, for diagnostics.
long line(const xmlNode* n);

}  // namespace xml

}  // namespace vanthu::check
