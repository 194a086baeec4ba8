#include "docx/xml_writer.h"

#include <charconv>
#include <cstring>

#include "core/status.h"

namespace vanthu::docx {
namespace {

// Text content: what libxml2's xmlEncodeSpecialChars escapes.
void append_text(std::string& out, const char* s) {
  for (; *s; ++s) {
    switch (*s) {
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '&': out += "&amp;"; break;
      case '"': out += "&quot;"; break;
      case '\r': out += "&#13;"; break;
      default: out += *s;
    }
  }
}

// Attribute values: what libxml2's xmlBufAttrSerializeTxtContent escapes
// for a document with an encoding (UTF-8 passes through).
void append_attr(std::string& out, const char* s) {
  for (; *s; ++s) {
    switch (*s) {
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '&': out += "&amp;"; break;
      case '"': out += "&quot;"; break;
      case '\n': out += "&#10;"; break;
      case '\r': out += "&#13;"; break;
      case '\t': out += "&#9;"; break;
      default: out += *s;
    }
  }
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
  out_.reserve(8192);
  out_ += "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
}

void XmlWriter::close_start_tag() {
  if (in_start_tag_) {
    out_ += '>';
    in_start_tag_ = false;
  }
}

void XmlWriter::start(const char* name) {
  close_start_tag();
  out_ += '<';
  out_ += name;
  open_.emplace_back(name);
  in_start_tag_ = true;
}

void XmlWriter::end() {
  if (open_.empty()) throw Error("XmlWriter: end() without an open element");
  if (in_start_tag_) {
    out_ += "/>";
    in_start_tag_ = false;
  } else {
    out_ += "</";
    out_ += open_.back();
    out_ += '>';
  }
  open_.pop_back();
}

void XmlWriter::attr(const char* name, const char* value) {
  if (!in_start_tag_) throw Error(std::string("XmlWriter: attribute outside a start tag: ") + name);
  out_ += ' ';
  out_ += name;
  out_ += "=\"";
  append_attr(out_, value);
  out_ += '"';
}

void XmlWriter::attr_int(const char* name, int64_t value) { attr(name, IntText(value).digits); }

void XmlWriter::text(const std::string& utf8) {
  if (open_.empty()) throw Error("XmlWriter: text outside an element");
  close_start_tag();
  append_text(out_, utf8.c_str());
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
  while (!open_.empty()) end();
  out_ += '\n';  // xmlTextWriterEndDocument ends the part with a newline
  return std::move(out_);
}

}  // namespace vanthu::docx
