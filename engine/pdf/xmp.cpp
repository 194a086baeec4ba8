#include <string>

#include "pdf/pdfa.h"

namespace vanthu::pdf {
namespace {

std::string xml_escape(const std::string& s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

}  // namespace

std::string xmp_packet(const XmpFields& f) {
  std::string x;
  x += "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n";
  x += "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n";
  x += " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n";
  x += "  <rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n";
  x += "   <pdfaid:part>2</pdfaid:part>\n   <pdfaid:conformance>B</pdfaid:conformance>\n";
  x += "  </rdf:Description>\n";
  x += "  <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n";
  x += "   <dc:format>application/pdf</dc:format>\n";
  if (!f.title.empty())
    x += "   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + xml_escape(f.title) + "</rdf:li></rdf:Alt></dc:title>\n";
  if (!f.author.empty())
    x += "   <dc:creator><rdf:Seq><rdf:li>" + xml_escape(f.author) + "</rdf:li></rdf:Seq></dc:creator>\n";
  if (!f.subject.empty())
    x += "   <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">" + xml_escape(f.subject) +
         "</rdf:li></rdf:Alt></dc:description>\n";
  x += "  </rdf:Description>\n";
  x += "  <rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n";
  if (!f.creator_tool.empty()) x += "   <xmp:CreatorTool>" + xml_escape(f.creator_tool) + "</xmp:CreatorTool>\n";
  if (!f.create_date.empty()) x += "   <xmp:CreateDate>" + f.create_date + "</xmp:CreateDate>\n";
  if (!f.modify_date.empty()) x += "   <xmp:ModifyDate>" + f.modify_date + "</xmp:ModifyDate>\n";
  x += "  </rdf:Description>\n";
  x += "  <rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n";
  if (!f.producer.empty()) x += "   <pdf:Producer>" + xml_escape(f.producer) + "</pdf:Producer>\n";
  x += "  </rdf:Description>\n";
  x += " </rdf:RDF>\n</x:xmpmeta>\n";
  // Room for in-place edits, as the XMP specification recommends.
  x += std::string(20, ' ') + "\n";
  x += "<?xpacket end=\"w\"?>";
  return x;
}

}  // namespace vanthu::pdf
