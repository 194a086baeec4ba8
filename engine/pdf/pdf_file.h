// The file structure of a PDF (ISO 32000-1 §7.5): numbered indirect objects
// written one after the other into memory, then the cross-reference table
// and the trailer. Object numbers can be reserved before the object is
// written, so objects may refer forward (a page to its parent, an element
// to the page it is on).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace vanthu::pdf {

class PdfFile {
 public:
  // Writes the header: %PDF-<version> and a binary comment line.
  explicit PdfFile(std::string_view version = "1.5");

  // A new object number, to be written later with write().
  int reserve();
  // "N 0 R"
  static std::string ref(int id);

  // Writes object `id` (reserved) with `body` (a dictionary, array, ...).
  void write(int id, std::string_view body);
  // Writes a new object and returns its number.
  int add(std::string_view body) {
    int id = reserve();
    write(id, body);
    return id;
  }

  // A stream object: `dict_entries` are the entries of its dictionary
  // without /Length and /Filter (e.g. "/Subtype /XML"). With `compress`,
  // the data is Flate-encoded here. write_flate_stream() takes bytes that
  // are Flate-encoded already.
  void write_stream(int id, std::string_view dict_entries, std::string_view data, bool compress);
  void write_flate_stream(int id, std::string_view dict_entries, std::string_view flate_bytes);
  int add_stream(std::string_view dict_entries, std::string_view data, bool compress) {
    int id = reserve();
    write_stream(id, dict_entries, data, compress);
    return id;
  }

  // Writes the xref table and the trailer (`trailer_entries`: /Root, /Info,
  // /ID ...) and returns the file. Every reserved object must be written.
  std::string finish(std::string_view trailer_entries);

  // The bytes written so far (for a content-derived /ID).
  const std::string& bytes() const { return out_; }

 private:
  void begin_object(int id);
  void write_stream_object(int id, std::string_view dict_entries, std::string_view filter, std::string_view data);
  std::string out_;
  std::vector<size_t> offsets_;  // by object number - 1; npos = reserved, not written
};

}  // namespace vanthu::pdf
