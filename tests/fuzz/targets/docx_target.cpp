// The DOCX reader of `vanthu check` and every rule after it. Unreadable
// input must end in check::ReadError, nothing else.
//
// Two modes, so that the XML and the rules get fuzzed and not only zip
// checksums: input starting with "PK" is the whole file; any other input is
// taken as word/document.xml and packed with fixed styles, numbering and
// page-number header parts.
#include <string>
#include <string_view>

#include "check/check.h"
#include "check/zip_write.h"
#include "fuzz_targets.h"

namespace vanthu::fuzz {

namespace {

constexpr const char* kW = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

const std::string& styles() {
  static const std::string s =
      std::string("<w:styles ") + kW +
      "><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\"/>"
      "<w:sz w:val=\"28\"/></w:rPr></w:rPrDefault></w:docDefaults><w:style w:type=\"paragraph\" w:default=\"1\" "
      "w:styleId=\"Normal\"/><w:style w:type=\"paragraph\" w:styleId=\"Body\"><w:basedOn w:val=\"Normal\"/><w:pPr>"
      "<w:jc w:val=\"both\"/><w:ind w:firstLine=\"567\"/><w:spacing w:before=\"120\"/></w:pPr></w:style>"
      "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"T\"><w:tblPr><w:tblCellMar><w:left w:w=\"108\"/>"
      "</w:tblCellMar></w:tblPr></w:style></w:styles>";
  return s;
}

const std::string& numbering() {
  static const std::string s =
      std::string("<w:numbering ") + kW +
      "><w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"-\"/>"
      "</w:lvl><w:lvl w:ilvl=\"1\"><w:start w:val=\"3\"/><w:numFmt w:val=\"lowerLetter\"/><w:lvlText w:val=\"%2)\"/>"
      "</w:lvl></w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num></w:numbering>";
  return s;
}

const std::string& rels() {
  static const std::string s =
      "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" "
      "Target=\"styles.xml\"/><Relationship Id=\"rId2\" "
      "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/header\" Target=\"header1.xml\"/>"
      "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering\" "
      "Target=\"numbering.xml\"/></Relationships>";
  return s;
}

const std::string& header() {
  static const std::string s = std::string("<w:hdr ") + kW +
                               "><w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:fldSimple w:instr=\" PAGE \"><w:r>"
                               "<w:t>2</w:t></w:r></w:fldSimple></w:p></w:hdr>";
  return s;
}

}  // namespace

int docx(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  std::string packed;
  if (input.substr(0, 2) != "PK")
    packed = test::write_zip({{"[Content_Types].xml", test::kMinimalContentTypes},
                              {"word/document.xml", std::string(input)},
                              {"word/styles.xml", styles()},
                              {"word/numbering.xml", numbering()},
                              {"word/header1.xml", header()},
                              {"word/_rels/document.xml.rels", rels()}},
                             /*compress=*/false);
  check::CheckOptions options;
  options.limits.max_input_bytes = 4u << 20;
  options.limits.max_entry_bytes = 8u << 20;
  options.limits.max_total_bytes = 16u << 20;
  try {
    const check::Report r = check::check_docx(packed.empty() ? input : std::string_view(packed), options);
    (void)check::format_json(r, "fuzz.docx");
    (void)check::format_text(r, "fuzz.docx");
  } catch (const check::ReadError&) {
  }
  return 0;
}

}  // namespace vanthu::fuzz
