#include "pdf/pdf_file.h"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <cstring>
#include <stdexcept>

#include "core/compress.h"

namespace vanthu::pdf {

PdfFile::PdfFile(std::string_view version) {
  out_.reserve(64 * 1024);
  out_ += "%PDF-";
  out_ += version;
  // A comment with bytes above 127 marks the file as binary (§7.5.2).
  out_ += "\n%\xE2\xE3\xCF\xD3\n";
}

int PdfFile::reserve() {
  offsets_.push_back(std::string::npos);
  return first_ + static_cast<int>(offsets_.size()) - 1;
}

std::string PdfFile::ref(int id) {
  std::string r;
  append_ref(r, id);
  return r;
}

// One append per reference: a long list writes about four per structure
// element.
void PdfFile::append_ref(std::string& out, int id) {
  char buf[24];
  char* const end = std::to_chars(buf, buf + 16, id).ptr;
  std::memcpy(end, " 0 R", 4);
  out.append(buf, static_cast<size_t>(end + 4 - buf));
}

namespace {

// One entry of the cross-reference table (§7.5.4): exactly 20 bytes,
// "nnnnnnnnnn 00000 n \n", as snprintf("%010zu 00000 n \n") writes it (a
// snprintf per object was 1 % of a long list's time).
void append_xref_entry(std::string& out, size_t offset) {
  char line[32];
  if (offset >= 10000000000ull) {  // more than 10 digits: as printf writes it
    const int n = std::snprintf(line, sizeof line, "%010zu 00000 n \n", offset);
    out.append(line, static_cast<size_t>(n));
    return;
  }
  std::memcpy(line, "0000000000 00000 n \n", 20);
  for (int i = 9; offset != 0; --i, offset /= 10) line[i] = static_cast<char>('0' + offset % 10);
  out.append(line, 20);
}

}  // namespace

void PdfFile::begin_object(int id) {
  if (id < first_ || static_cast<size_t>(id - first_) >= offsets_.size())
    throw std::logic_error("PDF object not reserved");
  size_t& offset = offsets_[static_cast<size_t>(id - first_)];
  if (offset != std::string::npos) throw std::logic_error("PDF object written twice");
  offset = base_ + out_.size();
  char buf[32];
  char* const end = std::to_chars(buf, buf + 16, id).ptr;
  std::memcpy(end, " 0 obj\n", 7);
  out_.append(buf, static_cast<size_t>(end + 7 - buf));
}

void PdfFile::write(int id, std::string_view body) {
  begin_object(id);
  out_ += body;
  out_ += "\nendobj\n";
}

void PdfFile::write_stream_object(int id, std::string_view dict_entries, std::string_view filter,
                                  std::string_view data) {
  begin_object(id);
  out_ += "<< ";
  out_ += dict_entries;
  out_ += filter;
  out_ += " /Length ";
  out_ += std::to_string(data.size());
  out_ += " >>\nstream\n";
  out_ += data;
  out_ += "\nendstream\nendobj\n";
}

void PdfFile::write_flate_stream(int id, std::string_view dict_entries, std::string_view flate_bytes) {
  write_stream_object(id, dict_entries, " /Filter /FlateDecode", flate_bytes);
}

void PdfFile::write_stream(int id, std::string_view dict_entries, std::string_view data, bool compress) {
  if (compress) write_flate_stream(id, dict_entries, compress::zlib(data));
  else write_stream_object(id, dict_entries, "", data);
}

std::string PdfFile::finish(std::string_view trailer_entries) {
  const size_t xref = out_.size();
  out_ += "xref\n0 ";
  out_ += std::to_string(offsets_.size() + 1);
  out_ += "\n0000000000 65535 f \n";
  for (size_t offset : offsets_) {
    if (offset == std::string::npos) throw std::logic_error("PDF object reserved but never written");
    append_xref_entry(out_, offset);
  }
  append_trailer(xref, trailer_entries);
  return std::move(out_);
}

void PdfFile::append_trailer(size_t xref, std::string_view trailer_entries) {
  out_ += "trailer\n<< /Size ";
  out_ += std::to_string(first_ + static_cast<int>(offsets_.size()));
  out_ += ' ';
  out_ += trailer_entries;
  out_ += " >>\nstartxref\n";
  out_ += std::to_string(xref);
  out_ += "\n%%EOF\n";
}

PdfFile PdfFile::update(size_t base_size, int next_id) {
  PdfFile f{Raw{}};
  f.base_ = base_size;
  f.first_ = next_id;
  return f;
}

void PdfFile::replace(int id, std::string_view body) {
  if (id < 1 || id >= first_) throw std::logic_error("PDF object to replace is not in the earlier file");
  for (const auto& r : replaced_)
    if (r.first == id) throw std::logic_error("PDF object written twice");
  replaced_.emplace_back(id, base_ + out_.size());
  out_ += std::to_string(id);
  out_ += " 0 obj\n";
  out_ += body;
  out_ += "\nendobj\n";
}

std::string PdfFile::finish_update(std::string_view trailer_entries, size_t prev_xref) {
  std::vector<std::pair<int, size_t>> entries = replaced_;
  for (size_t i = 0; i < offsets_.size(); ++i) {
    if (offsets_[i] == std::string::npos) throw std::logic_error("PDF object reserved but never written");
    entries.emplace_back(first_ + static_cast<int>(i), offsets_[i]);
  }
  std::sort(entries.begin(), entries.end());
  const size_t xref = base_ + out_.size();
  out_ += "xref\n";
  for (size_t i = 0; i < entries.size();) {
    size_t j = i + 1;
    while (j < entries.size() && entries[j].first == entries[j - 1].first + 1) ++j;
    out_ += std::to_string(entries[i].first) + ' ' + std::to_string(j - i) + '\n';
    for (; i < j; ++i) append_xref_entry(out_, entries[i].second);
  }
  append_trailer(xref, std::string(trailer_entries) + " /Prev " + std::to_string(prev_xref));
  return std::move(out_);
}

}  // namespace vanthu::pdf
