#include "check/safe_xml.h"

#include <libxml/parser.h>
#include <libxml/parserInternals.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>

#include "check/errors.h"

namespace vanthu::check {

namespace {

struct ParseState {
  bool saw_dtd = false;
};

// SAX hook: the DOCTYPE is seen before any of its declarations are parsed,
// so stopping here means no entity is ever declared.
void refuse_dtd(void* ctx, const xmlChar*, const xmlChar*, const xmlChar*) {
  auto* ctxt = static_cast<xmlParserCtxt*>(ctx);
  static_cast<ParseState*>(ctxt->_private)->saw_dtd = true;
  xmlStopParser(ctxt);
}

struct CtxtFree {
  void operator()(xmlParserCtxt* c) const {
    if (c->myDoc != nullptr) xmlFreeDoc(c->myDoc);
    c->myDoc = nullptr;
    xmlFreeParserCtxt(c);
  }
};

}  // namespace

XmlDocPtr parse_xml(std::string_view bytes, const std::string& part) {
  if (bytes.size() > kMaxXmlBytes)
    throw ReadError(part + ": the XML part is larger than " + std::to_string(kMaxXmlBytes >> 20) + " MiB");
  if (bytes.empty()) throw ReadError(part + ": the XML part is empty");
  std::unique_ptr<xmlParserCtxt, CtxtFree> ctxt(
      xmlCreateMemoryParserCtxt(bytes.data(), static_cast<int>(bytes.size())));
  if (!ctxt) throw ReadError(part + ": cannot create an XML parser");
  ParseState state;
  ctxt->_private = &state;
  ctxt->sax->internalSubset = refuse_dtd;
  ctxt->sax->externalSubset = nullptr;
  ctxt->sax->resolveEntity = nullptr;
  // No XML_PARSE_NOENT (no entity substitution), no DTDLOAD/DTDATTR/DTDVALID,
  // no XML_PARSE_HUGE (keeps libxml2's depth and text size limits).
  xmlCtxtUseOptions(ctxt.get(), XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NOCDATA);
  ctxt->sax->internalSubset = refuse_dtd;  // xmlCtxtUseOptions may reset handlers
  xmlParseDocument(ctxt.get());
  if (state.saw_dtd)
    throw ReadError(part + ": the XML part declares a DOCTYPE, which DOCX parts may not have (refused: entity bombs "
                           "and external entities hide there)");
  if (!ctxt->wellFormed || ctxt->myDoc == nullptr) {
    const xmlError* e = &ctxt->lastError;
    std::string message = e->message ? e->message : "not well-formed";
    while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
    throw ReadError(part + ":" + std::to_string(e->line) + ":" + std::to_string(e->int2) + ": malformed XML: " + message);
  }
  XmlDocPtr doc(ctxt->myDoc);
  ctxt->myDoc = nullptr;
  if (xmlDocGetRootElement(doc.get()) == nullptr) throw ReadError(part + ": the XML part has no root element");
  return doc;
}

namespace xml {

Ns ns_of(const xmlNode* n) {
  if (n == nullptr || n->ns == nullptr || n->ns->href == nullptr) return Ns::Other;
  const char* h = reinterpret_cast<const char*>(n->ns->href);
  if (!std::strcmp(h, "http://schemas.openxmlformats.org/wordprocessingml/2006/main") ||
      !std::strcmp(h, "http://purl.oclc.org/ooxml/wordprocessingml/main"))
    return Ns::W;
  if (!std::strcmp(h, "http://schemas.openxmlformats.org/officeDocument/2006/relationships") ||
      !std::strcmp(h, "http://purl.oclc.org/ooxml/officeDocument/relationships"))
    return Ns::R;
  if (!std::strcmp(h, "http://schemas.openxmlformats.org/drawingml/2006/main") ||
      !std::strcmp(h, "http://purl.oclc.org/ooxml/drawingml/main"))
    return Ns::A;
  if (!std::strcmp(h, "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing") ||
      !std::strcmp(h, "http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing"))
    return Ns::Wp;
  if (!std::strcmp(h, "urn:schemas-microsoft-com:vml")) return Ns::V;
  if (!std::strcmp(h, "http://schemas.openxmlformats.org/markup-compatibility/2006")) return Ns::Mc;
  if (!std::strcmp(h, "http://schemas.microsoft.com/office/word/2010/wordprocessingShape")) return Ns::Wps;
  if (!std::strcmp(h, "http://schemas.openxmlformats.org/package/2006/relationships")) return Ns::Rel;
  if (!std::strcmp(h, "http://schemas.openxmlformats.org/drawingml/2006/picture")) return Ns::Pic;
  return Ns::Other;
}

bool is_element(const xmlNode* n) { return n != nullptr && n->type == XML_ELEMENT_NODE; }

bool is(const xmlNode* n, Ns ns, const char* local) {
  return is_element(n) && std::strcmp(reinterpret_cast<const char*>(n->name), local) == 0 && ns_of(n) == ns;
}

const xmlNode* child(const xmlNode* n, Ns ns, const char* local) {
  if (n == nullptr) return nullptr;
  for (const xmlNode* c = n->children; c != nullptr; c = c->next)
    if (is(c, ns, local)) return c;
  return nullptr;
}

std::optional<std::string> attr(const xmlNode* n, Ns ns, const char* local) {
  if (!is_element(n)) return std::nullopt;
  for (const xmlAttr* a = n->properties; a != nullptr; a = a->next) {
    if (std::strcmp(reinterpret_cast<const char*>(a->name), local) != 0) continue;
    bool match = false;
    if (a->ns == nullptr) {
      match = true;  // unprefixed attribute: accepted as a fallback below
    } else {
      xmlNode probe{};
      probe.ns = a->ns;
      match = ns_of(&probe) == ns;
    }
    if (!match) continue;
    xmlChar* v = xmlNodeListGetString(n->doc, a->children, 1);
    std::string s = v ? reinterpret_cast<const char*>(v) : "";
    xmlFree(v);
    return s;
  }
  return std::nullopt;
}

std::optional<std::string> plain_attr(const xmlNode* n, const char* name) {
  if (!is_element(n)) return std::nullopt;
  for (const xmlAttr* a = n->properties; a != nullptr; a = a->next) {
    if (a->ns != nullptr || std::strcmp(reinterpret_cast<const char*>(a->name), name) != 0) continue;
    xmlChar* v = xmlNodeListGetString(n->doc, a->children, 1);
    std::string s = v ? reinterpret_cast<const char*>(v) : "";
    xmlFree(v);
    return s;
  }
  return std::nullopt;
}

std::optional<long> int_attr_w(const xmlNode* n, const char* local) {
  auto v = attr_w(n, local);
  if (!v || v->empty()) return std::nullopt;
  char* end = nullptr;
  errno = 0;
  const double d = std::strtod(v->c_str(), &end);  // some writers emit "567.0"
  if (end == v->c_str() || errno != 0 || d != d) return std::nullopt;
  // Lengths beyond ±10^7 twips (17 km) mean nothing; clamping keeps the
  // sums the rules make (page width minus margins, cell widths) in range.
  constexpr double kLimit = 1e7;
  return static_cast<long>(d < -kLimit ? -kLimit : d > kLimit ? kLimit : d);
}

bool on_off(const xmlNode* n) {
  if (n == nullptr) return false;
  auto v = attr_w(n, "val");
  if (!v) return true;
  return !(*v == "0" || *v == "false" || *v == "off");
}

std::string text(const xmlNode* n) {
  xmlChar* v = xmlNodeGetContent(n);
  std::string s = v ? reinterpret_cast<const char*>(v) : "";
  xmlFree(v);
  return s;
}

long line(const xmlNode* n) { return n ? static_cast<long>(xmlGetLineNo(n)) : 0; }

}  // namespace xml

}  // namespace vanthu::check
