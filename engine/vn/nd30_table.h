// The decree's numbers in one table: what Nghị định 30/2020 Phụ lục I allows
// for each part of a document (size range, weight, slant), the page margins,
// the padding of the number, the first-line indent and the paragraph gap,
// and the value the engine chooses inside each range (the one the official
// Phụ lục III models use). The realiser reads the chosen values
// (realise/nd30_styles.h); every rule of `vanthu check` reads the ranges
// (check/rules_*.cpp); so the two cannot disagree. Sizes are in half-points.
#pragma once

#include <array>
#include <cstddef>

namespace vanthu::vn::nd30 {

// The parts of the decree's layout that have a size of their own.
enum class Part {
  ParentOrgan,      // cơ quan chủ quản: 12–13, upright (§II.2)
  Organ,            // cơ quan ban hành: 12–13, bold (§II.2)
  NationalName,     // Quốc hiệu: 12–13, bold (§II.1)
  Motto,            // Tiêu ngữ: 13–14, bold (§II.1)
  Number,           // "Số:": 13 (§II.3)
  PlaceDate,        // địa danh, ngày tháng năm: 13–14, italic (§II.4)
  TypeName,         // tên loại: 13–14, bold (§II.5)
  Abstract,         // trích yếu: 13–14, bold (§II.5)
  AbstractCongVan,  // "V/v …" of a công văn: 12–13 (§II.5.b)
  Bases,            // căn cứ: 13–14, italic (§II.6.a)
  Body,             // body text and the mục/khoản/điểm headings: 13–14 (§II.6.e)
  Addressee,        // "Kính gửi:" and the addressees: 13–14 (§II.9)
  Signer,           // quyền hạn, chức vụ: 13–14, bold (§II.7)
  SignerName,       // họ tên: 13–14, bold (§II.7)
  RecipientsLabel,  // "Nơi nhận:": 12, bold italic (§II.9.b)
  Recipients,       // the list under it: 11 (§II.9.b)
  PageNumber,       // 13–14, upright (§I.7)
  Table,            // table text: NĐ 30 sets none; 12–13 by convention
  AppendixLabel,    // "Phụ lục I": 14, bold (§III.1)
  Mark,             // độ mật, độ khẩn, phạm vi lưu hành: 13–14, bold (§II.10, §III.2)
  Drafter,          // ký hiệu người soạn thảo, số bản (ô 12): 11, upright
  Address,          // address, e-mail, phone (ô 13): 11–12, upright
  SigningStamp,     // the văn thư's text block on electronic copies: 10
};
inline constexpr std::size_t kPartCount = static_cast<std::size_t>(Part::SigningStamp) + 1;

// What the decree requires of a part's letters, which `vanthu check` enforces
// (check/context.cpp expect_style); Any = the decree sets nothing, and the
// engine writes regular / upright text there (realise/build.cpp part_style).
enum class Weight { Any, Bold, Regular };
enum class Slant { Any, Italic, Upright };

struct PartRule {
  int min = 0, max = 0, chosen = 0;  // half-points: the decree's range and the engine's choice
  Weight weight = Weight::Any;
  Slant slant = Slant::Any;
};

// Millimetres (PL1 §I.3).
struct MarginRule {
  double min_mm = 0, max_mm = 0, chosen_mm = 0;
};

struct Table {
  std::array<PartRule, kPartCount> parts{};
  MarginRule top, bottom, left, right;
  // The document number is padded with zeros to this many digits: 01–09 (PL1 §II.3).
  int number_digits = 2;
  // First-line indent of body paragraphs: 1 cm chosen; 1,27 cm (Word's tab) accepted (§II.6.e).
  double first_line_mm = 10, first_line_alt_mm = 12.7;
  // At least this much space between the paragraphs of the body (§II.6.e).
  double paragraph_gap_pt = 6;

  PartRule& operator[](Part p) { return parts[static_cast<std::size_t>(p)]; }
  const PartRule& operator[](Part p) const { return parts[static_cast<std::size_t>(p)]; }
};

// The decree's table as built in.
const Table& decree_table();
// The table in force: the decree's, unless a test put another in force.
const Table& table();

// Shorthands on the table in force.
inline const PartRule& rule(Part p) { return table()[p]; }
inline int chosen_size(Part p) { return rule(p).chosen; }  // half-points
inline int min_pt(Part p) { return rule(p).min / 2; }      // whole points, for the checker's messages
inline int max_pt(Part p) { return rule(p).max / 2; }

namespace testing {
// Test-only: puts `altered` in force while the guard lives (one at a time;
// not for use while another thread renders or checks).
class TableOverride {
 public:
  explicit TableOverride(const Table& altered);
  ~TableOverride();
  TableOverride(const TableOverride&) = delete;
  TableOverride& operator=(const TableOverride&) = delete;

 private:
  const Table* previous_;
  Table table_;
};
}  // namespace testing

}  // namespace vanthu::vn::nd30
