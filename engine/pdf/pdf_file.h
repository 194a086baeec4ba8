// The file structure of a PDF (ISO 32000-1 §7.5): numbered indirect objects
// written one after the other into memory, then the cross-reference table
// and the trailer. Object numbers can be reserved before the object is
// written, so objects may refer forward (a page to its parent, an element
// to the page it is on).
#pragma once

#include <string>
#include <string_view>
#include <utility>
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
  static void append_ref(std::string& out, int id);

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

  // Room for `more` bytes after those written, reserved at once: a long
  // document that knows roughly what is to come does not grow the file by
  // doubling, which copies it and holds both copies for a moment.
  void reserve_more(size_t more) {
    if (out_.size() + more > out_.capacity()) out_.reserve(out_.size() + more);
  }
  // The bytes written so far (for a content-derived /ID).
  const std::string& bytes() const { return out_; }

  // An incremental update (§7.5.6) appended to a file `base_size` bytes
  // long whose objects are numbered below `next_id`: no header, new objects
  // numbered from `next_id`, offsets counted from the start of the file.
  static PdfFile update(size_t base_size, int next_id);
  // A new version of an object of the file being updated (id < next_id).
  void replace(int id, std::string_view body);
  // The appended bytes: the objects, a cross-reference section with one
  // subsection per run of numbers, and a trailer with /Prev `prev_xref`.
  std::string finish_update(std::string_view trailer_entries, size_t prev_xref);

 private:
  struct Raw {};
  explicit PdfFile(Raw) {}
  void begin_object(int id);
  void append_trailer(size_t xref, std::string_view trailer_entries);
  size_t base_ = 0;  // length of the file this one is appended to
  int first_ = 1;    // number of the first object in offsets_
  std::vector<std::pair<int, size_t>> replaced_;  // (id, offset) of replace()d objects
  void write_stream_object(int id, std::string_view dict_entries, std::string_view filter, std::string_view data);
  std::string out_;
  std::vector<size_t> offsets_;  // by object number - first_; npos = reserved, not written
};

}  // namespace vanthu::pdf
