// Header-only XPath queries over an OOXML part, for tests that assert on
// the XML a writer produced (compared as a tree, not as bytes).
//
//   vanthu::test::XmlQuery q(parts["word/document.xml"]);
//   EXPECT_EQ(q.count("//w:p"), 3);
//   EXPECT_EQ(q.str("string(//w:pgSz/@w:orient)"), "landscape");
//
// Prefixes: w, r, wp, a, pic (WordprocessingML / DrawingML), ct (content
// types), rel (package relationships), cp, dc, dcterms, xsi (core
// properties), ep (extended properties), vt.
#pragma once

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

#include <stdexcept>
#include <string>
#include <vector>

namespace vanthu::test {

class XmlQuery {
 public:
  explicit XmlQuery(const std::string& xml) {
    doc_ = xmlReadMemory(xml.data(), static_cast<int>(xml.size()), "part.xml", nullptr,
                         XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    if (doc_ == nullptr) throw std::runtime_error("XmlQuery: not well-formed XML");
    ctx_ = xmlXPathNewContext(doc_);
    static constexpr const char* kNamespaces[][2] = {
        {"w", "http://schemas.openxmlformats.org/wordprocessingml/2006/main"},
        {"r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships"},
        {"wp", "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"},
        {"a", "http://schemas.openxmlformats.org/drawingml/2006/main"},
        {"pic", "http://schemas.openxmlformats.org/drawingml/2006/picture"},
        {"ct", "http://schemas.openxmlformats.org/package/2006/content-types"},
        {"rel", "http://schemas.openxmlformats.org/package/2006/relationships"},
        {"cp", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"},
        {"dc", "http://purl.org/dc/elements/1.1/"},
        {"dcterms", "http://purl.org/dc/terms/"},
        {"xsi", "http://www.w3.org/2001/XMLSchema-instance"},
        {"ep", "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"},
        {"vt", "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"},
    };
    for (const auto& [prefix, uri] : kNamespaces) xmlXPathRegisterNs(ctx_, BAD_CAST prefix, BAD_CAST uri);
  }
  ~XmlQuery() {
    xmlXPathFreeContext(ctx_);
    xmlFreeDoc(doc_);
  }
  XmlQuery(const XmlQuery&) = delete;
  XmlQuery& operator=(const XmlQuery&) = delete;

  // Number of nodes the expression selects.
  int count(const std::string& xpath) const {
    Result r(eval(xpath));
    return r.obj->nodesetval != nullptr ? r.obj->nodesetval->nodeNr : 0;
  }

  // The XPath string value of the expression ("string(...)", "count(...)", or a node set's first node).
  std::string str(const std::string& xpath) const {
    Result r(eval(xpath));
    xmlChar* s = xmlXPathCastToString(r.obj);
    std::string out(reinterpret_cast<const char*>(s));
    xmlFree(s);
    return out;
  }

  // The string value of every selected node, in document order.
  std::vector<std::string> strings(const std::string& xpath) const {
    Result r(eval(xpath));
    std::vector<std::string> out;
    if (r.obj->nodesetval == nullptr) return out;
    for (int i = 0; i < r.obj->nodesetval->nodeNr; ++i) {
      xmlChar* s = xmlXPathCastNodeToString(r.obj->nodesetval->nodeTab[i]);
      out.emplace_back(reinterpret_cast<const char*>(s));
      xmlFree(s);
    }
    return out;
  }

 private:
  struct Result {
    explicit Result(xmlXPathObjectPtr o) : obj(o) {}
    ~Result() { xmlXPathFreeObject(obj); }
    xmlXPathObjectPtr obj;
  };
  xmlXPathObjectPtr eval(const std::string& xpath) const {
    xmlXPathObjectPtr o = xmlXPathEvalExpression(BAD_CAST xpath.c_str(), ctx_);
    if (o == nullptr) throw std::runtime_error("XmlQuery: bad XPath " + xpath);
    return o;
  }
  xmlDocPtr doc_ = nullptr;
  xmlXPathContextPtr ctx_ = nullptr;
};

}  // namespace vanthu::test
