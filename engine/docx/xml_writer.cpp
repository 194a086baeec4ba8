#include "docx/xml_writer.h"

#include <charconv>
#include <cstring>

#include "core/status.h"

namespace vanthu::docx {
namespace {

// Appends `s` (up to its NUL) to `out`, replacing each character for which
// `escape` gives a non-null entity. Runs of plain characters are appended in
// one piece: a character at a time was the writer's main cost.
template <typename Escape>
void append_escaped(std::string& out, const char* s, Escape escape) {
  const char* plain = s;
  for (; *s; ++s) {
    const char* entity = escape(*s);
    if (entity == nullptr) continue;
    out.append(plain, static_cast<size_t>(s - plain));
    out += entity;
    plain = s + 1;
  }
  out.append(plain, static_cast<size_t>(s - plain));
}

// Text content: what libxml2's xmlEncodeSpecialChars escapes.
void append_text(std::string& out, const char* s) {
  append_escaped(out, s, [](char c) -> const char* {
    switch (c) {
      case '<': return "&lt;";
      case '>': return "&gt;";
      case '&': return "&amp;";
      case '"': return "&quot;";
      case '\r': return "&#13;";
      default: return nullptr;
    }
  });
}

// Attribute values: what libxml2's xmlBufAttrSerializeTxtContent escapes
// for a document with an encoding (UTF-8 passes through).
void append_attr(std::string& out, const char* s) {
  append_escaped(out, s, [](char c) -> const char* {
    switch (c) {
      case '<': return "&lt;";
      case '>': return "&gt;";
      case '&': return "&amp;";
      case '"': return "&quot;";
      case '\n': return "&#10;";
      case '\r': return "&#13;";
      case '\t': return "&#9;";
      default: return nullptr;
    }
  });
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
