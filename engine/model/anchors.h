// Names of the anchors (model::ParagraphProps::anchor) the realisation puts
// on the page and the digital signature looks for in the PDF (as named
// destinations): the one place both sides take them from.
#pragma once

namespace vanthu::model::anchors {

// The signature space between the signer's title lines and name (PL1
// §II.7.d: the signer's image is centred there; §II.8.a: the seal overlaps it).
inline constexpr const char* kSignatureSpace = "vanthu.signature-space";
// The Quốc hiệu line at the top right of the first page: the text block of
// the organ's signature on attachments and copies (PL1 §II.8.b, §III.1.d)
// is placed above it, against the right edge of the text area.
inline constexpr const char* kNationalName = "vanthu.national-name";

}  // namespace vanthu::model::anchors
