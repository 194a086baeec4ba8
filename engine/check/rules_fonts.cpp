// PL1 Mục I khoản 4: Vietnamese Times New Roman, Unicode per TCVN 6909:2001
// (precomposed, NFC), black.
#include <strings.h>

#include <set>

#include "check/rules.h"
#include "check/wml_body.h"
#include "check/text_util.h"
#include "core/unicode.h"

namespace vanthu::check {

namespace {

constexpr int kMaxPerCheck = 20;  // then one summary finding

bool is_tnr(const std::string& f) { return strcasecmp(f.c_str(), "Times New Roman") == 0; }

bool has_ascii_letter(const std::string& s) {
  for (char ch : s)
    if ((ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) return true;
  return false;
}

bool has_non_ascii(const std::string& s) {
  for (char ch : s)
    if (static_cast<unsigned char>(ch) >= 0x80) return true;
  return false;
}

// Counts the paragraphs one check flags; only the first kMaxPerCheck are listed.
struct Counter {
  int count = 0;
  bool note() { return ++count <= kMaxPerCheck; }
  void summary(Context& c, const char* rule, const char* check, const std::string& what) {
    if (count > kMaxPerCheck)
      c.add(Severity::Warning, rule, check, nullptr,
            std::to_string(count - kMaxPerCheck) + " more paragraphs " + what + " (not listed one by one)", "");
  }
};

void check_paragraphs(Context& c, const std::vector<const Paragraph*>& paras, const std::string& part,
                      Counter& fonts, Counter& colours, Counter& nfc) {
  for (const Paragraph* p : paras) {
    std::string bad_font;
    bool unstated = false;
    std::string bad_colour;
    std::string raw;
    for (const TextRun& r : p->runs) {
      raw += r.text;
      if (r.props.vanish) continue;
      const bool ascii = has_ascii_letter(r.text), other = has_non_ascii(r.text);
      if (!ascii && !other) continue;
      for (const std::string* f : {ascii ? &r.props.font_ascii : nullptr, other ? &r.props.font_hansi : nullptr}) {
        if (f == nullptr) continue;
        if (f->empty()) unstated = true;
        else if (!is_tnr(*f) && bad_font.empty()) bad_font = *f;
      }
      const std::string& col = r.props.color;
      if (!col.empty() && col != "auto" && col != "000000" && bad_colour.empty()) bad_colour = col;
    }
    if (!bad_font.empty() && fonts.note())
      c.add(Severity::Error, "PL1.I.4", "font.family", p,
            "text is set in \"" + bad_font + "\"; the decree requires the Vietnamese Times New Roman font",
            "set the font to Times New Roman (w:rFonts w:ascii and w:hAnsi)", part);
    else if (bad_font.empty() && unstated && fonts.note())
      c.add(Severity::Warning, "PL1.I.4", "font.family", p,
            "no font is named for this text (not in the run, its styles or the document defaults), so the "
            "application's default font is used",
            "name Times New Roman in the document defaults (w:docDefaults/w:rPrDefault/w:rFonts)", part);
    if (!bad_colour.empty() && colours.note())
      c.add(Severity::Error, "PL1.I.4", "font.colour", p,
            "text is coloured #" + bad_colour + "; the decree requires black text", "set the colour to auto or 000000",
            part);
    if (!raw.empty() && text::is_valid_utf8(raw) && text::nfc(raw) != raw && nfc.note())
      c.add(Severity::Error, "PL1.I.4", "text.nfc", p,
            "the text uses decomposed Unicode (combining accents, NFD); TCVN 6909:2001 text is precomposed",
            "normalise the text to NFC (precomposed letters)", part);
  }
}

}  // namespace

void check_fonts(Context& c) {
  Counter fonts, colours, nfc;
  std::vector<const Paragraph*> paras;
  flatten(c.doc.body, paras);
  check_paragraphs(c, paras, "word/document.xml", fonts, colours, nfc);
  for (const auto& [name, part] : c.doc.parts) {
    std::vector<const Paragraph*> hp;
    for (const Paragraph& p : part.paragraphs) hp.push_back(&p);
    check_paragraphs(c, hp, name, fonts, colours, nfc);
  }
  fonts.summary(c, "PL1.I.4", "font.family", "are not in Times New Roman");
  colours.summary(c, "PL1.I.4", "font.colour", "have coloured text");
  nfc.summary(c, "PL1.I.4", "text.nfc", "use decomposed Unicode");
}

}  // namespace vanthu::check
