// Numbers and money in Vietnamese words (nd30.md §7.4), as written in the
// parentheses after an amount: "1.800.000 đồng (Một triệu tám trăm nghìn đồng)".
//
// The number is read in groups of three digits. Above 10^9 the part in
// thousands of millions is read as a number of "tỷ" (2.340.000.000.000 = "hai
// nghìn ba trăm bốn mươi tỷ"), which is how "nghìn tỷ" and "triệu tỷ" arise.
#include <stdexcept>
#include <string>
#include <vector>

#include "core/unicode.h"
#include "vn/format.h"

namespace vanthu::vn {
namespace {

constexpr int64_t kBillion = 1'000'000'000;        // tỷ
constexpr int64_t kMaxWords = 1'000'000'000'000'000;  // 10^15 = "một triệu tỷ"

const char* const kDigits[] = {"không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"};

void add(std::vector<std::string>& words, std::string w) { words.push_back(std::move(w)); }

// The units digit after a tens digit (t > 0): "mốt" after 2..9 tens, "lăm"
// after any tens, optionally "tư" after 2..9 tens.
std::string unit_after_tens(int t, int u, const WordsOptions& o) {
  if (u == 1 && t >= 2) return "mốt";
  if (u == 5) return "lăm";
  if (u == 4 && t >= 2 && o.tu) return "tư";
  return kDigits[u];
}

// One group of three digits (1..999). `inner` when a higher group was read
// before it: then the hundreds are always spoken, "không trăm" included
// (1.001 = "một nghìn không trăm linh một"); a leading group starts at its
// first nonzero digit (5 = "năm", not "không trăm linh năm").
void read_group(int g, bool inner, const WordsOptions& o, std::vector<std::string>& words) {
  const int h = g / 100, t = g / 10 % 10, u = g % 10;
  const bool hundreds_spoken = inner || h > 0;
  if (hundreds_spoken) {
    add(words, kDigits[h]);
    add(words, "trăm");
  }
  if (t == 0) {
    if (u == 0) return;
    if (hundreds_spoken) add(words, o.linh ? "linh" : "lẻ");  // 105 = "một trăm linh năm"
    add(words, kDigits[u]);
    return;
  }
  if (t == 1) {
    add(words, "mười");
  } else {
    add(words, kDigits[t]);
    add(words, "mươi");
  }
  if (u != 0) add(words, unit_after_tens(t, u, o));
}

// 1 .. 999.999.999 in groups of triệu / nghìn / units; empty groups are
// skipped. `inner` as for read_group, for the highest group.
void read_below_billion(int64_t n, bool inner, const WordsOptions& o, std::vector<std::string>& words) {
  const int groups[] = {static_cast<int>(n / 1'000'000), static_cast<int>(n / 1000 % 1000),
                        static_cast<int>(n % 1000)};
  const char* const scales[] = {"triệu", o.nghin ? "nghìn" : "ngàn", nullptr};
  for (int i = 0; i < 3; ++i) {
    if (groups[i] == 0) continue;
    read_group(groups[i], inner, o, words);
    if (scales[i]) add(words, scales[i]);
    inner = true;
  }
}

void read_number(int64_t n, bool inner, const WordsOptions& o, std::vector<std::string>& words) {
  const int64_t high = n / kBillion, low = n % kBillion;
  if (high > 0) {
    read_number(high, inner, o, words);
    add(words, "tỷ");
    inner = true;
  }
  if (low > 0) read_below_billion(low, inner, o, words);
}

}  // namespace

std::string number_in_words(int64_t n, const WordsOptions& o) {
  if (n < 0 || n > kMaxWords)
    throw std::out_of_range("number_in_words: " + std::to_string(n) + " is outside 0 .. 10^15");
  std::vector<std::string> words;
  if (n == 0) {
    add(words, kDigits[0]);
  } else {
    read_number(n, false, o, words);
  }
  std::string out;
  for (const auto& w : words) {
    if (!out.empty()) out += ' ';
    out += w;
  }
  return o.capitalize ? text::capitalize_first(out) : out;
}

std::string money_in_words(int64_t amount, const WordsOptions& o, bool chan) {
  std::string s = number_in_words(amount, o) + " đồng";
  if (chan) s += " chẵn";
  return s;
}

}  // namespace vanthu::vn
