// The named paragraph styles of the decree's parts (model::Part) in
// word/styles.xml, and the w:pStyle of each paragraph.
//
// A style's properties are those its paragraphs carry: a property the
// writer always states on the paragraph or run (alignment, spacing, size)
// takes the value most of them have; one it leaves out when off or zero
// (keep with next, indents, bold, italic, underline) is in the style only
// when every paragraph of the style has it, so that no paragraph inherits
// from its style what it did not have before. The paragraphs keep their
// direct formatting, so the document looks the same with or without the
// styles; a clerk who types a new paragraph in a part gets its formatting.
#include <algorithm>
#include <map>
#include <type_traits>

#include "docx/wml_writer.h"
#include "model/walk.h"

namespace vanthu::docx {
namespace {

struct PartStyle {
  model::Part part;
  const char* id;
  const char* name;
};

// In the order styles.xml lists them. Ids are ASCII; the names are what
// Word's and LibreOffice's style lists show. Body is Word's built-in "Body
// Text"; headings are the built-in "heading 1".."heading 4" (below).
constexpr PartStyle kPartStyles[] = {
    {model::Part::ParentOrgan, "VanthuCoQuanChuQuan", "Cơ quan chủ quản"},
    {model::Part::Organ, "VanthuCoQuanBanHanh", "Cơ quan ban hành"},
    {model::Part::NationalName, "VanthuQuocHieu", "Quốc hiệu"},
    {model::Part::Motto, "VanthuTieuNgu", "Tiêu ngữ"},
    {model::Part::Number, "VanthuSoKyHieu", "Số, ký hiệu"},
    {model::Part::PlaceDate, "VanthuDiaDanhNgayThang", "Địa danh, ngày tháng"},
    {model::Part::TypeName, "VanthuTenLoai", "Tên loại"},
    {model::Part::Abstract, "VanthuTrichYeu", "Trích yếu"},
    {model::Part::AbstractLetter, "VanthuTrichYeuCongVan", "Trích yếu công văn"},
    {model::Part::Addressee, "VanthuKinhGui", "Kính gửi"},
    {model::Part::Authority, "VanthuThamQuyen", "Thẩm quyền ban hành"},
    {model::Part::Basis, "VanthuCanCu", "Căn cứ"},
    {model::Part::Body, "BodyText", "Body Text"},
    {model::Part::RecipientsLabel, "VanthuNoiNhan", "Nơi nhận"},
    {model::Part::Recipients, "VanthuNoiNhanDanhSach", "Nơi nhận - danh sách"},
    {model::Part::SignerAuthority, "VanthuQuyenHanKy", "Quyền hạn ký"},
    {model::Part::SignerTitle, "VanthuChucVuNguoiKy", "Chức vụ người ký"},
    {model::Part::SignerName, "VanthuHoTenNguoiKy", "Họ tên người ký"},
};

constexpr const char* kHeadingIds[kHeadingStyles] = {"Heading1", "Heading2", "Heading3", "Heading4"};
constexpr const char* kHeadingNames[kHeadingStyles] = {"heading 1", "heading 2", "heading 3", "heading 4"};

// The most frequent value; the first seen wins a tie.
template <typename T>
class Mode {
 public:
  void add(const T& v) {
    for (auto& [value, count] : seen_)
      if (value == v) return void(++count);
    seen_.push_back({v, 1});
  }
  T get() const {
    const std::pair<T, int>* best = nullptr;
    for (const auto& s : seen_)
      if (best == nullptr || s.second > best->second) best = &s;
    return best ? best->first : T{};
  }

 private:
  std::vector<std::pair<T, int>> seen_;
};

struct Spacing {
  Length before, after;
  model::LineSpacing line;
  bool operator==(const Spacing&) const = default;
};

struct Indent {
  Length left, right, first;
  bool operator==(const Indent&) const = default;
};

// What the paragraphs of one style carry.
struct Gathered {
  int paragraphs = 0;
  bool keep_next = true, keep_lines = true;
  bool indent_agrees = true;
  Indent indent;
  Mode<model::Align> align;
  Mode<Spacing> spacing;
  int runs = 0;
  bool bold = true, italic = true, underline = true;
  Mode<int> size;

  void add(const model::ParagraphProps& p, const std::vector<model::Run>& text_runs) {
    const Indent ind{p.indent_left, p.indent_right, p.first_line};
    if (paragraphs == 0) indent = ind;
    indent_agrees = indent_agrees && ind == indent;
    ++paragraphs;
    keep_next = keep_next && p.keep_next;
    keep_lines = keep_lines && p.keep_lines;
    align.add(p.align);
    spacing.add({p.space_before, p.space_after, p.line});
    for (const auto& r : text_runs) {
      if (r.kind != model::RunKind::Text) continue;
      ++runs;
      bold = bold && r.style.bold;
      italic = italic && r.style.italic;
      underline = underline && r.style.underline;
      size.add(r.style.size_half_pt);
    }
  }
};

void gather(const std::vector<model::Block>& blocks, std::map<std::string, Gathered>& out) {
  model::visit_all(blocks, model::Overloaded{
                               [&](const model::Paragraph& p) {
                                 if (const char* id = paragraph_style_id(p.props)) out[id].add(p.props, p.runs);
                               },
                               [](const auto&) {},
                           });
}

void write_style(XmlWriter& w, const char* id, const char* name, bool custom, int outline_level, const char* next,
                 const Gathered& g) {
  w.start("w:style");
  w.attr("w:type", "paragraph");
  if (custom) w.attr("w:customStyle", "1");
  w.attr("w:styleId", id);
  w.val("w:name", name);
  w.val("w:basedOn", "Normal");
  if (next != nullptr) w.val("w:next", next);
  if (outline_level >= 0) w.val_int("w:uiPriority", 9);  // Word's priority for its headings
  w.empty("w:qFormat");                                   // in the Styles gallery
  model::ParagraphProps p;
  p.keep_next = g.keep_next;
  p.keep_lines = g.keep_lines;
  if (g.indent_agrees) {
    p.indent_left = g.indent.left;
    p.indent_right = g.indent.right;
    p.first_line = g.indent.first;
  }
  p.align = g.align.get();
  const Spacing s = g.spacing.get();
  p.space_before = s.before;
  p.space_after = s.after;
  p.line = s.line;
  p.outline_level = outline_level;
  write_style_paragraph_props(w, p);
  if (g.runs > 0) {
    model::RunStyle r;
    r.bold = g.bold;
    r.italic = g.italic;
    r.underline = g.underline;
    r.size_half_pt = g.size.get();
    write_run_props(w, "w:rPr", r);
  }
  w.end();
}

}  // namespace

const char* paragraph_style_id(const model::ParagraphProps& p) {
  if (p.part == model::Part::None) return nullptr;
  if (p.part == model::Part::Heading)  // a heading without a level is left as it is
    return p.outline_level < 0 ? nullptr : kHeadingIds[std::min(p.outline_level, kHeadingStyles - 1)];
  for (const auto& s : kPartStyles)
    if (s.part == p.part) return s.id;
  return nullptr;
}

void write_part_styles(XmlWriter& w, const model::Document& doc) {
  std::map<std::string, Gathered> used;
  for (const auto& section : doc.sections) {
    gather(section.blocks, used);
    gather(section.first_page_footer, used);
  }
  const bool body = used.count("BodyText") > 0;
  for (int level = 0; level < kHeadingStyles; ++level) {
    const auto it = used.find(kHeadingIds[level]);
    if (it != used.end())
      write_style(w, kHeadingIds[level], kHeadingNames[level], false, level, body ? "BodyText" : nullptr, it->second);
  }
  for (const auto& s : kPartStyles) {
    const auto it = used.find(s.id);
    if (it != used.end()) write_style(w, s.id, s.name, s.part != model::Part::Body, -1, nullptr, it->second);
  }
}

}  // namespace vanthu::docx
