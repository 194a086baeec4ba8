// Writes one XML part into a std::string. Element and attribute names are
// given with their prefix ("w:p", "w:val"); the caller declares the prefixes
// on the root element with attr("xmlns:w", ...).
//
// The bytes are exactly those libxml2's xmlTextWriter gave (memory writer,
// no indentation, UTF-8 declaration), which this replaces: its per-call
// overhead (stack of nodes, output buffer, encoder) was about a fifth of the
// DOCX writer's time. tests/docx/xml_writer_test.cpp compares the two.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace vanthu::docx {

class XmlWriter {
 public:
  // Starts the part with <?xml version="1.0" encoding="UTF-8" standalone="yes"?>.
  XmlWriter();

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

  // Bytes written so far; room for `more` bytes after them, reserved at once
  // (no growth by doubling, which copies the part: see write_table).
  size_t size() const { return out_.size(); }
  void reserve_more(size_t more) {
    if (out_.size() + more > out_.capacity()) out_.reserve(out_.size() + more);
  }
  // Closes every open element and returns the finished part.
  std::string finish();

 private:
  void close_start_tag();
  std::string out_;
  std::vector<std::string> open_;  // names of the open elements
  bool in_start_tag_ = false;      // "<name attrs" written, ">" not yet
};

}  // namespace vanthu::docx
