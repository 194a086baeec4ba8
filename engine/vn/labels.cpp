// Numbering labels: the document number of ô 3, Roman numerals of parts and
// appendices, and the letters of điểm.
#include <stdexcept>
#include <string>

#include "vn/format.h"
#include "vn/nd30_table.h"

namespace vanthu::vn {

std::string document_number(int64_t n) {
  // ND Điều 15.1: numbers start at 01 each year; PL1 §II.3: padded with
  // zeros to the table's width (01–09).
  if (n < 1) throw std::invalid_argument("document number must be 1 or more, not " + std::to_string(n));
  std::string digits = std::to_string(n);
  const size_t width = static_cast<size_t>(nd30::table().number_digits);
  if (digits.size() < width) digits.insert(0, width - digits.size(), '0');
  return digits;
}

std::string roman(int n) {
  if (n < 1 || n > 3999) throw std::out_of_range("roman: " + std::to_string(n) + " is outside 1..3999");
  struct Step {
    int value;
    const char* symbol;
  };
  static const Step kSteps[] = {{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"},
                                {90, "XC"},  {50, "L"},   {40, "XL"},  {10, "X"},  {9, "IX"},
                                {5, "V"},    {4, "IV"},   {1, "I"}};
  std::string out;
  for (const auto& s : kSteps) {
    for (; n >= s.value; n -= s.value) out += s.symbol;
  }
  return out;
}

std::string point_letter(int index) {
  // The Vietnamese alphabet without the vowel-mark letters ă, â, ê, ô, ơ, ư
  // and without f, j, w, z, which is how legal texts letter their điểm.
  static const char* const kLetters[] = {"a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m",
                                         "n", "o", "p", "q", "r", "s", "t", "u", "v", "x", "y"};
  constexpr int kCount = sizeof(kLetters) / sizeof(kLetters[0]);
  // After "y" the letters are doubled ("aa", "bb", …), then tripled; no
  // real list goes past a few rounds, so a bound keeps a bad index harmless.
  constexpr int kMaxRepeat = 9;
  if (index < 0 || index >= kCount * kMaxRepeat)
    throw std::out_of_range("point_letter: index " + std::to_string(index) + " is outside 0.." +
                            std::to_string(kCount * kMaxRepeat - 1));
  const int repeat = index / kCount + 1;
  std::string out;
  for (int i = 0; i < repeat; ++i) out += kLetters[index % kCount];
  return out;
}

}  // namespace vanthu::vn
