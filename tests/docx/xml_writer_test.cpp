// The DOCX writer's XmlWriter against libxml2's xmlTextWriter, which it
// replaced: the same calls must give the same bytes (escaping of text and
// attributes, empty elements, the declaration and the final newline).
#include "docx/xml_writer.h"

#include <gtest/gtest.h>
#include <libxml/xmlwriter.h>

#include <random>
#include <string>
#include <vector>

namespace vanthu::docx {
namespace {

const xmlChar* x(const char* s) { return reinterpret_cast<const xmlChar*>(s); }

// The writer as it was (xmlTextWriter over an xmlBuffer).
class LibxmlWriter {
 public:
  LibxmlWriter() : buf_(xmlBufferCreate()), w_(xmlNewTextWriterMemory(buf_, 0)) {
    xmlTextWriterStartDocument(w_, "1.0", "UTF-8", "yes");
  }
  ~LibxmlWriter() { xmlBufferFree(buf_); }
  void start(const char* n) { xmlTextWriterStartElement(w_, x(n)); }
  void end() { xmlTextWriterEndElement(w_); }
  void attr(const char* n, const char* v) { xmlTextWriterWriteAttribute(w_, x(n), x(v)); }
  void text(const std::string& t) { xmlTextWriterWriteString(w_, x(t.c_str())); }
  std::string finish() {
    xmlTextWriterEndDocument(w_);
    xmlFreeTextWriter(w_);
    return std::string(reinterpret_cast<const char*>(xmlBufferContent(buf_)), xmlBufferLength(buf_));
  }

 private:
  xmlBufferPtr buf_;
  xmlTextWriterPtr w_;
};

// Text the engine can hand over: NFC UTF-8 with Vietnamese letters, the
// characters XML escapes, tabs and line ends.
std::string random_text(std::mt19937& rng) {
  static const std::vector<std::string> pieces = {
      "a", "Z", " ", "Đ", "ệ", "ữ", "Quyết định", "<", ">", "&", "\"", "'", "\t", "\n", "\r", "&amp;", "]]>", "—", "€", "😀"};
  std::string s;
  const int n = static_cast<int>(rng() % 12);
  for (int i = 0; i < n; ++i) s += pieces[rng() % pieces.size()];
  return s;
}

TEST(XmlWriter, SameBytesAsLibxml2) {
  std::mt19937 rng(42);
  for (int round = 0; round < 300; ++round) {
    XmlWriter ours;
    LibxmlWriter ref;
    int depth = 0;
    ours.start("w:document");
    ref.start("w:document");
    ours.attr("xmlns:w", "http://schemas.openxmlformats.org/wordprocessingml/2006/main");
    ref.attr("xmlns:w", "http://schemas.openxmlformats.org/wordprocessingml/2006/main");
    bool can_attr = true;
    for (int step = 0; step < 40; ++step) {
      const int op = static_cast<int>(rng() % 5);
      if (op == 0 || (op == 1 && !can_attr)) {
        ours.start("w:r");
        ref.start("w:r");
        ++depth;
        can_attr = true;
      } else if (op == 1) {
        const std::string v = random_text(rng);
        ours.attr("w:val", v);
        ref.attr("w:val", v.c_str());
      } else if (op == 2 && depth > 0) {
        ours.end();
        ref.end();
        --depth;
        can_attr = false;
      } else if (op == 3) {
        const std::string t = random_text(rng);
        ours.text(t);
        ref.text(t);
        can_attr = false;
      } else {
        ours.empty("w:b");
        ref.start("w:b");
        ref.end();
        can_attr = false;
      }
    }
    if (rng() % 2) {  // finish() closes what is open, like EndDocument
      while (depth-- > 0) {
        ours.end();
        ref.end();
      }
    }
    ASSERT_EQ(ours.finish(), ref.finish()) << "round " << round;
  }
}

TEST(XmlWriter, ShorthandsAndNumbers) {
  XmlWriter w;
  w.start("w:p");
  w.val("w:jc", "both");
  w.val_int("w:sz", 28);
  w.start("w:ind");
  w.attr_int("w:left", -720);
  w.end();
  w.text("a < b");
  EXPECT_EQ(w.finish(),
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            "<w:p><w:jc w:val=\"both\"/><w:sz w:val=\"28\"/><w:ind w:left=\"-720\"/>a &lt; b</w:p>\n");
}

}  // namespace
}  // namespace vanthu::docx
