// word/styles.xml, word/settings.xml and word/fontTable.xml.
#include "docx/ooxml_names.h"
#include "docx/wml_writer.h"

namespace vanthu::docx {
namespace {

void write_style_head(XmlWriter& w, const char* type, const char* id, const char* name, int ui_priority) {
  w.start("w:style");
  w.attr("w:type", type);
  w.attr("w:default", "1");
  w.attr("w:styleId", id);
  w.val("w:name", name);
  if (ui_priority > 0) {
    w.val_int("w:uiPriority", ui_priority);
    w.empty("w:semiHidden");
    w.empty("w:unhideWhenUsed");
  }
}

void write_dxa(XmlWriter& w, const char* element, int64_t twips) {
  w.start(element);
  w.attr_int("w:w", twips);
  w.attr("w:type", "dxa");
  w.end();
}

}  // namespace

std::string styles_xml(const model::Document& doc) {
  XmlWriter w;
  w.start("w:styles");
  w.attr("xmlns:w", ns::kWordMain);
  w.start("w:docDefaults");
  w.start("w:rPrDefault");
  w.start("w:rPr");
  w.start("w:rFonts");
  w.attr("w:ascii", doc.font_family);
  w.attr("w:eastAsia", doc.font_family);
  w.attr("w:hAnsi", doc.font_family);
  w.attr("w:cs", doc.font_family);
  w.end();
  w.val("w:sz", "28");  // 14 pt, Nghị định 30's body text
  w.val("w:szCs", "28");
  w.val("w:lang", doc.meta.language.empty() ? "vi-VN" : doc.meta.language.c_str());
  w.end();  // rPr
  w.end();  // rPrDefault
  w.start("w:pPrDefault");
  w.start("w:pPr");
  w.empty("w:widowControl");  // on unless a paragraph says w:val="0"
  w.start("w:spacing");
  w.attr("w:after", "0");
  w.attr("w:line", "240");
  w.attr("w:lineRule", "auto");
  w.end();
  w.end();  // pPr
  w.end();  // pPrDefault
  w.end();  // docDefaults

  write_style_head(w, "paragraph", "Normal", "Normal", 0);
  w.empty("w:qFormat");
  w.end();
  write_part_styles(w, doc);  // the decree's parts, after Normal on which they are based
  write_style_head(w, "character", "DefaultParagraphFont", "Default Paragraph Font", 1);
  w.end();
  // Word's built-in default table style, stated so that other consumers
  // agree on the default cell margins.
  write_style_head(w, "table", "TableNormal", "Normal Table", 99);
  w.start("w:tblPr");
  write_dxa(w, "w:tblInd", 0);
  w.start("w:tblCellMar");
  write_dxa(w, "w:top", 0);
  write_dxa(w, "w:left", 108);
  write_dxa(w, "w:bottom", 0);
  write_dxa(w, "w:right", 108);
  w.end();
  w.end();  // tblPr
  w.end();  // style
  w.end();  // styles
  return w.finish();
}

std::string settings_xml() {
  XmlWriter w;
  w.start("w:settings");
  w.attr("xmlns:w", ns::kWordMain);
  w.start("w:zoom");
  w.attr("w:percent", "100");
  w.end();
  w.val("w:defaultTabStop", "720");  // Word's 1.27 cm, used by tabs past the paragraph's own stops
  w.val("w:characterSpacingControl", "doNotCompress");
  w.start("w:compat");
  // Word 2013+ layout rules; without it Word opens the file in compatibility mode.
  w.start("w:compatSetting");
  w.attr("w:name", "compatibilityMode");
  w.attr("w:uri", "http://schemas.microsoft.com/office/word");
  w.attr("w:val", "15");
  w.end();
  w.end();  // compat
  w.end();  // settings
  return w.finish();
}

std::string font_table_xml(const model::Document& doc) {
  XmlWriter w;
  w.start("w:fonts");
  w.attr("xmlns:w", ns::kWordMain);
  w.start("w:font");
  w.attr("w:name", doc.font_family);
  // The decree's font; its PANOSE number lets Word pick a close substitute.
  const bool times = doc.font_family == "Times New Roman";
  if (times) w.val("w:panose1", "02020603050405020304");
  w.val("w:charset", "00");
  w.val("w:family", times ? "roman" : "auto");
  w.val("w:pitch", "variable");
  w.end();
  w.end();
  return w.finish();
}

}  // namespace vanthu::docx
