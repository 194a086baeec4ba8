#include "check/file_kind.h"

namespace vanthu::check {

namespace {

// OLE compound files (MS-CFB) start with this signature. Word writes .doc
// files in it, and also password-protected .docx files, whose package is
// kept encrypted in a stream named "EncryptedPackage" (MS-OFFCRYPTO).
constexpr std::string_view kOleSignature{"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8};

bool contains_utf16(std::string_view bytes, std::string_view ascii) {
  std::string wide;
  for (char c : ascii) {
    wide += c;
    wide += '\0';
  }
  return bytes.find(wide) != std::string_view::npos;
}

// Word's owner file "~$name.docx": 162 bytes, the user's name as a length
// byte and up to 54 characters, then zeros (and the name again in UTF-16).
bool is_lock_file(std::string_view bytes) {
  if (bytes.size() < 54 || bytes.size() > 512) return false;
  const auto n = static_cast<unsigned char>(bytes[0]);
  if (n == 0 || n > 54) return false;
  for (size_t i = 1; i <= n; ++i) {
    const auto c = static_cast<unsigned char>(bytes[i]);
    if (c < 0x20) return false;
  }
  for (size_t i = n + 1; i < 54; ++i)
    if (bytes[i] != '\0') return false;
  return true;
}

}  // namespace

std::string not_a_docx_reason(std::string_view bytes) {
  if (bytes.size() >= 4 && bytes.substr(0, 2) == "PK") return "";
  if (bytes.substr(0, kOleSignature.size()) == kOleSignature) {
    if (contains_utf16(bytes, "EncryptedPackage"))
      return "an encrypted (password-protected) DOCX: Word keeps it in an OLE compound file that cannot be read "
             "without the password; remove the password in Word (File > Info > Protect Document) and save it again";
    return "a Word 97-2003 document (.doc, an OLE compound file), not a DOCX; save it as .docx in Word or "
           "LibreOffice (soffice --headless --convert-to docx file.doc) and check that file";
  }
  if (is_lock_file(bytes))
    return "a Word lock file (\"~$...\"), not a document: Word writes it while the document is open and "
           "deletes it on closing; check the file of the same name without \"~$\"";
  return "not a DOCX file: it is not a zip archive (a .docx starts with the bytes \"PK\")";
}

}  // namespace vanthu::check
