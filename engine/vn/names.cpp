// Splitting and ordering Vietnamese personal names (see names.h).
#include "vn/names.h"

#include <unicode/coll.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <memory>
#include <numeric>
#include <stdexcept>

#include "core/unicode.h"

namespace vanthu::vn {
namespace {

// Words of `s` (NFC), split at any Unicode white space, NBSP included.
std::vector<std::string> words_of(std::string_view s) {
  const icu::UnicodeString u = icu::UnicodeString::fromUTF8(text::nfc(s));
  std::vector<std::string> words;
  icu::UnicodeString current;
  for (int32_t i = 0; i < u.length();) {
    const UChar32 c = u.char32At(i);
    i += U16_LENGTH(c);
    if (u_isUWhiteSpace(c)) {
      if (!current.isEmpty()) {
        words.emplace_back();
        current.toUTF8String(words.back());
        current.remove();
      }
    } else {
      current.append(c);
    }
  }
  if (!current.isEmpty()) {
    words.emplace_back();
    current.toUTF8String(words.back());
  }
  return words;
}

// A Vietnamese collator; a new one per call, since ICU collators are not
// safe to share between threads without cloning.
std::unique_ptr<icu::Collator> vietnamese_collator() {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::Collator> c(icu::Collator::createInstance(icu::Locale("vi"), status));
  if (U_FAILURE(status) || !c)
    throw std::invalid_argument(std::string("ICU has no Vietnamese collator: ") + u_errorName(status));
  return c;
}

// ICU sort key: comparing keys bytewise is comparing the strings.
std::string sort_key(const icu::Collator& c, std::string_view s) {
  const icu::UnicodeString u = icu::UnicodeString::fromUTF8(text::nfc(s));
  const int32_t len = c.getSortKey(u, nullptr, 0);
  std::string key(static_cast<size_t>(len), '\0');
  c.getSortKey(u, reinterpret_cast<uint8_t*>(key.data()), len);
  return key;
}

}  // namespace

PersonName split_name(std::string_view full_name) {
  const std::vector<std::string> words = words_of(full_name);
  if (words.empty()) throw std::invalid_argument("empty personal name");
  PersonName n;
  n.given = words.back();
  if (words.size() >= 2) n.family = words.front();
  for (size_t i = 1; i + 1 < words.size(); ++i) {
    if (!n.middle.empty()) n.middle += ' ';
    n.middle += words[i];
  }
  return n;
}

std::string join_name(const PersonName& name) {
  std::string out;
  for (const std::string* part : {&name.family, &name.middle, &name.given}) {
    if (part->empty()) continue;
    if (!out.empty()) out += ' ';
    out += *part;
  }
  return out;
}

std::vector<size_t> name_order(const std::vector<std::string>& full_names, NameOrder order) {
  std::vector<size_t> perm(full_names.size());
  std::iota(perm.begin(), perm.end(), size_t{0});
  if (order == NameOrder::AsGiven) return perm;

  const auto collator = vietnamese_collator();
  // One key tuple per name; std::vector<std::string> compares lexicographically.
  std::vector<std::vector<std::string>> keys;
  keys.reserve(full_names.size());
  for (size_t i = 0; i < full_names.size(); ++i) {
    if (order == NameOrder::ByFullName) {
      keys.push_back({sort_key(*collator, text::collapse_spaces(text::nfc(full_names[i])))});
      continue;
    }
    PersonName p;
    try {
      p = split_name(full_names[i]);
    } catch (const std::invalid_argument&) {
      throw std::invalid_argument("name_order: name " + std::to_string(i + 1) + " is empty");
    }
    keys.push_back({sort_key(*collator, p.given), sort_key(*collator, p.family), sort_key(*collator, p.middle)});
  }
  std::stable_sort(perm.begin(), perm.end(), [&](size_t a, size_t b) { return keys[a] < keys[b]; });
  return perm;
}

int compare_vietnamese(std::string_view a, std::string_view b) {
  const auto collator = vietnamese_collator();
  const std::string ka = sort_key(*collator, a), kb = sort_key(*collator, b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

}  // namespace vanthu::vn
