// A thin wrapper over libxml2's xmlTextWriter that writes one XML part into
// memory. Element and attribute names are given with their prefix
// ("w:p", "w:val"); the caller declares the prefixes on the root element with
// attr("xmlns:w", ...). Text and attribute values are escaped by libxml2.
#pragma once

#include <cstdint>
#include <string>

struct _xmlTextWriter;
struct _xmlBuffer;

namespace vanthu::docx {

class XmlWriter {
 public:
  // Starts the part with <?xml version="1.0" encoding="UTF-8" standalone="yes"?>.
  XmlWriter();
  ~XmlWriter();
  XmlWriter(const XmlWriter&) = delete;
  XmlWriter& operator=(const XmlWriter&) = delete;

  void start(const char* name);
  void end();
  void attr(const char* name, const char* value);
  void attr(const char* name, const std::string& value) { attr(name, value.c_str()); }
  void attr_int(const char* name, int64_t value);
  void text(const std::string& utf8);

  // Shorthands for the common WordprocessingML shapes: <name/> and <name w:val="v"/>.
  void empty(const char* name);
  void val(const char* name, const char* value);
  void val_int(const char* name, int64_t value);

  // Closes every open element and returns the finished part.
  std::string finish();

 private:
  _xmlTextWriter* writer_ = nullptr;
  _xmlBuffer* buffer_ = nullptr;
};

}  // namespace vanthu::docx
