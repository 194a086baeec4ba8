// File names of batch output: the --name pattern rendered per record, made
// safe for every common file system, optionally transliterated to ASCII,
// and unique within the batch.
#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>
#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <map>
#include <memory>
#include <set>
#include <stdexcept>

#include "api/batch.h"
#include "api/batch_detail.h"
#include "core/unicode.h"

namespace vanthu::batch {

namespace {

// Characters that are reserved on Windows or separate paths anywhere.
bool reserved(char c) {
  switch (c) {
    case '/': case '\\': case ':': case '*': case '?': case '"': case '<': case '>': case '|':
      return true;
    default:
      return static_cast<unsigned char>(c) < 0x20 || c == 0x7F;
  }
}

// "Nguyễn Đức Thắng" -> "Nguyen Duc Thang". One transliterator per thread:
// ICU transliterators are not safe to share.
std::string to_ascii(const std::string& s) {
  thread_local std::unique_ptr<icu::Transliterator> tr;
  if (!tr) {
    UErrorCode status = U_ZERO_ERROR;
    tr.reset(icu::Transliterator::createInstance("Any-Latin; Latin-ASCII", UTRANS_FORWARD, status));
    if (U_FAILURE(status) || !tr)
      throw std::runtime_error(std::string("ICU has no Any-Latin; Latin-ASCII transliterator: ") + u_errorName(status));
  }
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(s);
  tr->transliterate(u);
  std::string out;
  u.toUTF8String(out);
  std::string ascii;
  for (char c : out)
    if (static_cast<unsigned char>(c) < 0x80) ascii += c;
  return ascii;
}

// Bidi controls (U+202E makes "gpj.exe" look like "exe.jpg"), zero-width and
// other invisible characters: Unicode's format characters (Cf) and the
// default-ignorable code points. A file name keeps only what a user sees.
std::string drop_invisible(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  const auto n = static_cast<int32_t>(s.size());
  for (int32_t i = 0; i < n;) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c >= 0 && (u_charType(c) == U_FORMAT_CHAR || u_hasBinaryProperty(c, UCHAR_DEFAULT_IGNORABLE_CODE_POINT))) continue;
    out.append(s, static_cast<size_t>(start), static_cast<size_t>(i - start));
  }
  return out;
}

// Windows refuses these names whatever the extension ("CON.docx").
bool device_name(const std::string& s) {
  std::string base = s.substr(0, s.find('.'));
  while (!base.empty() && base.back() == ' ') base.pop_back();
  for (char& c : base) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  static const std::set<std::string> names = {"CON", "PRN", "AUX", "NUL"};
  if (names.count(base)) return true;
  return base.size() == 4 && (base.rfind("COM", 0) == 0 || base.rfind("LPT", 0) == 0) && base[3] >= '1' && base[3] <= '9';
}

// The longest prefix of `s` of at most `max_bytes` that ends between two
// user-perceived characters (a base letter keeps its combining marks).
std::string cut(const std::string& s, size_t max_bytes) {
  if (s.size() <= max_bytes) return s;
  const icu::UnicodeString u = icu::UnicodeString::fromUTF8(s);
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> it(icu::BreakIterator::createCharacterInstance(icu::Locale::getRoot(), status));
  if (U_FAILURE(status) || !it) return {};
  it->setText(u);
  std::string out;
  int32_t start = it->first();
  for (int32_t end = it->next(); end != icu::BreakIterator::DONE; start = end, end = it->next()) {
    std::string piece;
    u.tempSubStringBetween(start, end).toUTF8String(piece);
    if (out.size() + piece.size() > max_bytes) break;
    out += piece;
  }
  return out;
}

}  // namespace

std::string safe_file_name(const std::string& name, bool ascii, size_t max_bytes) {
  std::string s = drop_invisible(text::nfc(name));
  if (ascii) s = to_ascii(s);
  for (char& c : s)
    if (reserved(c)) c = c == '\t' || c == '\n' || c == '\r' ? ' ' : '-';
  s = text::collapse_spaces(s);
  // No hidden files, nothing that reads as an option, no "." or "..".
  size_t lead = 0;
  while (lead < s.size() && (s[lead] == '.' || s[lead] == '-' || s[lead] == ' ')) ++lead;
  s.erase(0, lead);
  s = cut(s, max_bytes);
  // Windows drops trailing dots and spaces, which would merge names.
  while (!s.empty() && (s.back() == '.' || s.back() == ' ')) s.pop_back();
  if (!s.empty() && device_name(s)) s = "_" + s;
  return s;
}

bool check_name_pattern(const std::string& pattern, Diagnostics& diag) {
  Diagnostics local;
  tmpl::CompiledMustache m(pattern, "--name", tmpl::MustacheOptions{}, local);
  diag.append(local);
  return m.ok() && !local.has_errors();
}

namespace detail {

// True when the pattern's only tags are {{stt}} (the default pattern is
// "{{stt}}"): rendering it reads nothing of the record. Any other brace
// ({{{stt}}}, a section, a literal "{") leaves the answer false.
bool only_stt(std::string pattern) {
  for (size_t at; (at = pattern.find("{{stt}}")) != std::string::npos;) pattern.erase(at, 7);
  return pattern.find_first_of("{}") == std::string::npos;
}

struct Namer::Impl {
  std::unique_ptr<tmpl::CompiledMustache> pattern;
  bool needs_record = true;
  bool ascii = false;
  std::set<std::string> used;  // lower-cased: case-insensitive file systems
  std::map<std::string, int> next_suffix;  // lower-cased stem: the next k of "stem-k" to try
};

Namer::Namer(const std::string& pattern, bool ascii) : impl_(std::make_unique<Impl>()) {
  Diagnostics d;
  impl_->pattern = std::make_unique<tmpl::CompiledMustache>(pattern, "--name", tmpl::MustacheOptions{}, d);
  impl_->needs_record = !only_stt(pattern);
  impl_->ascii = ascii;
}

bool Namer::needs_record() const { return impl_->needs_record; }

Namer::~Namer() = default;

std::string Namer::stem(const nlohmann::json& data, size_t index, size_t total) {
  Diagnostics d;
  // The pattern is rendered like a template (XML-escaped), then decoded.
  std::string raw = tmpl::xml_unescape(impl_->pattern->render(data, d));
  std::string stem = safe_file_name(raw, impl_->ascii);
  if (stem.empty()) stem = "record-" + padded_number(index, total);
  return stem;
}

std::string Namer::unique(const std::string& stem, size_t index, std::vector<std::string>& warnings) {
  // The first free "stem-k", k from 2; the search for a stem resumes where
  // its last one ended (every suffix below is taken, and stays so), so that
  // 10 000 records of one name cost 10 000 steps, not 50 million.
  const std::string lower = text::lower(stem);
  std::string unique = stem;
  if (impl_->used.count(lower)) {
    int& k = impl_->next_suffix.try_emplace(lower, 2).first->second;
    while (impl_->used.count(lower + "-" + std::to_string(k))) ++k;
    unique = stem + "-" + std::to_string(k++);
  }
  if (unique != stem)
    warnings.push_back("record " + std::to_string(index) + ": the file name \"" + stem +
                       "\" is already taken by an earlier record; using \"" + unique + "\"");
  impl_->used.insert(unique == stem ? lower : lower + unique.substr(stem.size()));
  return unique;
}

std::string Namer::name(const nlohmann::json& data, size_t index, size_t total, std::vector<std::string>& warnings) {
  return unique(stem(data, index, total), index, warnings);
}

}  // namespace detail
}  // namespace vanthu::batch
