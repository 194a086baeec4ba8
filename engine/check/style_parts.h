// Recognition from named styles: a paragraph whose style is one of the part
// styles vanthu writes (docs/docx-styles.md: VanthuQuocHieu, VanthuCanCu, …)
// names its part of the layout directly; Word's built-in Heading 1–9 and
// Body Text mark content. recognise() reads the parts with its heuristics,
// then use_styles() lets the styles, where a document has them, decide.
#pragma once

#include <string>

#include "check/recognise.h"

namespace vanthu::check {

enum class StylePart {
  None,
  ParentOrgan,
  Organ,
  NationalName,
  Motto,
  Number,
  PlaceDate,
  TypeName,
  Abstract,
  AbstractLetter,
  Addressee,
  Authority,
  Basis,
  Heading,  // Heading1..Heading9
  Body,     // BodyText
  RecipientsLabel,
  Recipients,
  SignerAuthority,
  SignerTitle,
  SignerName,
};

// The part a paragraph style id names (None for any other style).
StylePart style_part(const std::string& style_id);

// Sets the parts of `s` that its paragraphs' styles name: a styled Quốc
// hiệu, Tiêu ngữ, Số, date, V/v, tên loại, authority and "Nơi nhận:" replace
// what the heuristics found; styled organ lines, trích yếu and căn cứ replace
// theirs, and the styled lines of one signer (the one the heuristics chose
// when there are several) the signer's; styled addressees and recipients are used when the
// heuristics found none. A paragraph styled as one part is taken out of the
// body, and content (heading, body text) out of the trích yếu, authority and
// căn cứ. Parts no paragraph is styled for keep the heuristics' reading.
void use_styles(const Document& doc, Segment& s);

}  // namespace vanthu::check
