// Text helpers for recognising and checking the parts of a document: the
// text a reader sees (footnote markers and hidden text left out), case
// tests with Vietnamese rules, placeholders of the official models.
#pragma once

#include <string>
#include <string_view>

#include "check/wml.h"

namespace vanthu::check::txt {

// The paragraph's text as read: NFC, tabs and line breaks as spaces, runs
// of spaces collapsed, trimmed; superscript footnote markers ("1", "*") and
// rule underscores left out.
std::string content(const Paragraph& p);
// True when a run is a superscript footnote marker (digits, "*").
bool is_marker_run(const TextRun& r);
// True when a run draws (part of) a rule with underscores.
bool is_underscore_run(const TextRun& r);
// Runs that carry the paragraph's letters (not markers, not underscores,
// not only spaces).
bool is_content_run(const TextRun& r);

// The paragraph is a line of underscores only ("________", the rule of the
// official models).
bool is_underscore_line(const Paragraph& p);
std::string underscore_text(const Paragraph& p);

bool starts_with(std::string_view s, std::string_view prefix);
bool ends_with(std::string_view s, std::string_view suffix);
// Case-insensitive (Vietnamese) prefix test on NFC text.
bool starts_with_ci(std::string_view s, std::string_view prefix);
std::string lower(std::string_view s);
std::string upper(std::string_view s);
// Has letters and none of them is lower case.
bool is_upper(std::string_view s);
// Dashes (en, em, minus, hyphen U+2010) mapped to "-".
std::string ascii_dashes(std::string_view s);
// Letters and digits only, lower case: for loose comparisons.
std::string fold(std::string_view s);

// Text of an official model's blank ("…", "....", "TÊN CƠ QUAN", "Họ và tên"):
// the form rules do not apply to it.
bool is_placeholder(std::string_view s);

// Up to `max` characters (code points) of `s`, with "…" when cut.
std::string excerpt(std::string_view s, size_t max = 60);

}  // namespace vanthu::check::txt

namespace vanthu::check::txt {
// The last `n` code points of `s`.
std::string tail(std::string_view s, size_t n);
}  // namespace vanthu::check::txt

namespace vanthu::check::txt {
// A blank of a form rather than text: a placeholder (is_placeholder), a
// paragraph of punctuation only ("./.", "."), or a tab leader running up to
// the final punctuation ("Căn cứ <tab>;").
bool is_blank(const Paragraph& p);
}  // namespace vanthu::check::txt
