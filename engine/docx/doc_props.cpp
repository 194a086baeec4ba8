// docProps/core.xml (OPC core properties) and docProps/app.xml (extended
// properties).
#include <ctime>

#include "docx/ooxml_names.h"
#include "docx/wml_writer.h"

namespace vanthu::docx {
namespace {

// W3C date-time in UTC ("2018-03-27T00:00:00Z"), as dcterms:W3CDTF wants.
std::string w3c_date(long long timestamp) {
  const time_t t = static_cast<time_t>(timestamp);
  std::tm utc{};
  gmtime_r(&t, &utc);
  char text[32];
  const size_t n = std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return std::string(text, n);
}

void write_date(XmlWriter& w, const char* element, const std::string& date) {
  w.start(element);
  w.attr("xsi:type", "dcterms:W3CDTF");
  w.text(date);
  w.end();
}

void write_text_element(XmlWriter& w, const char* element, const std::string& text) {
  w.start(element);
  w.text(text);
  w.end();
}

}  // namespace

std::string core_properties_xml(const model::Metadata& meta, long long timestamp) {
  XmlWriter w;
  w.start("cp:coreProperties");
  w.attr("xmlns:cp", ns::kCoreProperties);
  w.attr("xmlns:dc", ns::kDublinCore);
  w.attr("xmlns:dcterms", ns::kDublinCoreTerms);
  w.attr("xmlns:dcmitype", ns::kDcmiType);
  w.attr("xmlns:xsi", ns::kXmlSchemaInstance);
  if (!meta.title.empty()) write_text_element(w, "dc:title", meta.title);
  if (!meta.subject.empty()) write_text_element(w, "dc:subject", meta.subject);
  if (!meta.author.empty()) write_text_element(w, "dc:creator", meta.author);
  if (!meta.language.empty()) write_text_element(w, "dc:language", meta.language);
  const std::string date = w3c_date(timestamp);
  write_date(w, "dcterms:created", date);
  write_date(w, "dcterms:modified", date);
  w.end();
  return w.finish();
}

std::string app_properties_xml(const model::Metadata& meta) {
  XmlWriter w;
  w.start("Properties");
  w.attr("xmlns", ns::kExtendedProperties);
  w.attr("xmlns:vt", ns::kDocPropsVTypes);
  write_text_element(w, "Application", meta.creator_tool.empty() ? std::string("vanthu") : meta.creator_tool);
  write_text_element(w, "DocSecurity", "0");
  if (!meta.author.empty()) write_text_element(w, "Company", meta.author);
  w.end();
  return w.finish();
}

}  // namespace vanthu::docx
