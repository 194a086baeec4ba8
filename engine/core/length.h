// Lengths as integer EMU (English Metric Units), the unit DrawingML uses.
// 1 pt = 12700 EMU, 1 twip = 635 EMU, 1 mm = 36000 EMU. Integers keep the
// DOCX writer exact and the output deterministic; the layout engine converts
// to floating-point points only at the Pango/Cairo boundary.
#pragma once

#include <cstdint>

namespace vanthu {

struct Length {
  int64_t emu = 0;

  static constexpr Length from_emu(int64_t e) { return Length{e}; }
  static constexpr Length from_pt(double pt) { return Length{static_cast<int64_t>(pt * 12700.0 + (pt >= 0 ? 0.5 : -0.5))}; }
  static constexpr Length from_mm(double mm) { return Length{static_cast<int64_t>(mm * 36000.0 + (mm >= 0 ? 0.5 : -0.5))}; }
  static constexpr Length from_twips(int64_t tw) { return Length{tw * 635}; }

  // Rounded to the nearest twip (WordprocessingML's dxa unit).
  constexpr int64_t twips() const { return (emu >= 0 ? emu + 317 : emu - 317) / 635; }
  constexpr double pt() const { return static_cast<double>(emu) / 12700.0; }
  constexpr double mm() const { return static_cast<double>(emu) / 36000.0; }

  constexpr Length operator+(Length o) const { return Length{emu + o.emu}; }
  constexpr Length operator-(Length o) const { return Length{emu - o.emu}; }
  constexpr Length operator*(int64_t k) const { return Length{emu * k}; }
  constexpr Length operator/(int64_t k) const { return Length{emu / k}; }
  constexpr Length operator-() const { return Length{-emu}; }
  Length& operator+=(Length o) { emu += o.emu; return *this; }
  Length& operator-=(Length o) { emu -= o.emu; return *this; }
  constexpr auto operator<=>(const Length&) const = default;
};

constexpr Length pt(double v) { return Length::from_pt(v); }
constexpr Length mm(double v) { return Length::from_mm(v); }
constexpr Length twips(int64_t v) { return Length::from_twips(v); }

}  // namespace vanthu
