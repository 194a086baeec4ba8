#include "docx/xml_writer.h"

#include <libxml/xmlwriter.h>

#include <charconv>

#include "core/status.h"

namespace vanthu::docx {
namespace {

const xmlChar* x(const char* s) { return reinterpret_cast<const xmlChar*>(s); }

void check(int rc, const char* what) {
  if (rc < 0) throw Error(std::string("libxml2 xmlTextWriter failed in ") + what);
}

struct IntText {
  char digits[24];
  explicit IntText(int64_t v) {
    auto r = std::to_chars(digits, digits + sizeof digits - 1, v);
    *r.ptr = '\0';
  }
};

}  // namespace

XmlWriter::XmlWriter() {
  buffer_ = xmlBufferCreateSize(8192);
  if (buffer_ == nullptr) throw Error("libxml2 could not allocate an XML buffer");
  writer_ = xmlNewTextWriterMemory(buffer_, 0);
  if (writer_ == nullptr) {
    xmlBufferFree(buffer_);
    throw Error("libxml2 could not create an xmlTextWriter");
  }
  check(xmlTextWriterStartDocument(writer_, "1.0", "UTF-8", "yes"), "StartDocument");
}

XmlWriter::~XmlWriter() {
  if (writer_ != nullptr) xmlFreeTextWriter(writer_);
  if (buffer_ != nullptr) xmlBufferFree(buffer_);
}

void XmlWriter::start(const char* name) { check(xmlTextWriterStartElement(writer_, x(name)), name); }

void XmlWriter::end() { check(xmlTextWriterEndElement(writer_), "EndElement"); }

void XmlWriter::attr(const char* name, const char* value) {
  check(xmlTextWriterWriteAttribute(writer_, x(name), x(value)), name);
}

void XmlWriter::attr_int(const char* name, int64_t value) { attr(name, IntText(value).digits); }

void XmlWriter::text(const std::string& utf8) {
  check(xmlTextWriterWriteString(writer_, x(utf8.c_str())), "WriteString");
}

void XmlWriter::empty(const char* name) {
  start(name);
  end();
}

void XmlWriter::val(const char* name, const char* value) {
  start(name);
  attr("w:val", value);
  end();
}

void XmlWriter::val_int(const char* name, int64_t value) { val(name, IntText(value).digits); }

std::string XmlWriter::finish() {
  check(xmlTextWriterEndDocument(writer_), "EndDocument");
  xmlFreeTextWriter(writer_);  // flushes into buffer_
  writer_ = nullptr;
  std::string out(reinterpret_cast<const char*>(xmlBufferContent(buffer_)),
                  static_cast<size_t>(xmlBufferLength(buffer_)));
  xmlBufferFree(buffer_);
  buffer_ = nullptr;
  return out;
}

}  // namespace vanthu::docx
