// The neutral document model: what both writers (DOCX, PDF via layout) consume.
//
// It knows pages, paragraphs, runs, tables, rules, images and fields, and
// nothing about templates, JSON or Nghị định 30: the realisation step
// (engine/vn) turns a semantic document into this model with the decree's
// sizes, spacings and numbering already applied. Every property here has a
// direct WordprocessingML counterpart, so the DOCX writer is a plain mapping
// and the layout engine reproduces what Word does with the same properties.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/length.h"

namespace vanthu::model {

enum class Align { Left, Center, Right, Justify };
enum class VAlign { Top, Center, Bottom };

// Character formatting. Sizes in half-points, as WordprocessingML's w:sz.
struct RunStyle {
  bool bold = false;
  bool italic = false;
  bool underline = false;
  bool superscript = false;
  int size_half_pt = 28;  // 14 pt
  bool operator==(const RunStyle&) const = default;
};

enum class RunKind {
  Text,        // `text` holds UTF-8, NFC, no control characters
  LineBreak,   // w:br
  Tab,         // w:tab (to the next tab stop of the paragraph)
  PageNumber,  // PAGE field; the layout engine substitutes the page's number
};

struct Run {
  RunKind kind = RunKind::Text;
  std::string text;
  RunStyle style;
};

struct LineSpacing {
  enum class Rule { Auto, Exact, AtLeast };
  Rule rule = Rule::Auto;
  // Auto: in 240ths of a single line (240 = single, 360 = 1.5 lines);
  // Exact / AtLeast: in twips.
  int value = 240;
  bool operator==(const LineSpacing&) const = default;
};

struct TabStop {
  enum class Kind { Left, Center, Right };
  Kind kind = Kind::Left;
  Length position;  // from the paragraph's left indent edge (the cell or text column)
};

// Structure tag used for tagged PDF and the PDF outline. Only names cairo
// accepts (an unknown tag name aborts cairo's whole document).
enum class StructTag { P, H1, H2, H3, H4, Caption };

// The part of the decree's layout a paragraph plays (PL1 Mục IV, ô 1–9).
// The DOCX writer gives each part a named paragraph style (Heading: Word's
// built-in "heading N" for outline level N-1), so that Word's navigation
// pane, a TOC field and other readers see the structure and a clerk who
// edits keeps the formatting. The PDF ignores it.
enum class Part {
  None,
  ParentOrgan,      // cơ quan chủ quản
  Organ,            // cơ quan ban hành
  NationalName,     // Quốc hiệu
  Motto,            // Tiêu ngữ
  Number,           // "Số: …/…"
  PlaceDate,        // địa danh, ngày tháng
  TypeName,         // tên loại ("KẾ HOẠCH")
  Abstract,         // trích yếu (the "V/v …" of a công văn: AbstractLetter)
  AbstractLetter,
  Addressee,        // Kính gửi and its list
  Authority,        // the issuing authority above the căn cứ ("ỦY BAN NHÂN DÂN TỈNH …")
  Basis,            // căn cứ
  Heading,          // Phần, Chương, mục, khoản, điểm with a title; level from outline_level
  Body,             // the content's paragraphs
  RecipientsLabel,  // "Nơi nhận:"
  Recipients,       // its list
  SignerAuthority,  // quyền hạn: "TM. …", "KT. …", "Q. …", "TL. …", "TUQ. …"
  SignerTitle,      // chức vụ
  SignerName,       // họ tên
  // Word's empty 1 pt paragraphs, which no template asks for
  // (model/word_paragraphs.h): written without a style, not tagged in the PDF.
  Filler,         // between two tables, after a section's last table, in an empty section
  CellEndFiller,  // after a cell's last table, in an empty cell: LibreOffice does not count its height
};

struct ParagraphProps {
  Align align = Align::Justify;
  Length indent_left;
  Length indent_right;
  Length first_line;  // negative = hanging indent
  Length space_before;
  Length space_after;
  LineSpacing line;
  bool keep_next = false;
  bool keep_lines = false;
  bool widow_control = true;  // Word's default: no single line alone at a page top/bottom
  bool page_break_before = false;
  std::vector<TabStop> tabs;
  StructTag tag = StructTag::P;
  int outline_level = -1;  // 0.. = entry of the PDF outline at that depth
  Part part = Part::None;  // the named style of the DOCX
  RunStyle mark;  // the paragraph mark: sets the height of an empty paragraph
  // A name for the space before this paragraph (Word: a bookmark). The
  // layout reports where that space lands (layout::Item::Kind::Anchor) and
  // the PDF writer names it as a destination, so that a later step (the
  // digital signature's image) can find it in the PDF. Not drawn.
  std::string anchor;
};

struct Paragraph {
  ParagraphProps props;
  std::vector<Run> runs;
};

// A horizontal rule (the lines under the Tiêu ngữ, the organ name and the
// trích yếu). Occupies space_before + thickness + gap + space_after
// vertically; the line is drawn at space_before from the top, `length` long,
// placed inside its container according to `align`.
struct Rule {
  Length length;
  Length thickness = pt(0.5);
  Align align = Align::Center;
  Length space_before;
  Length gap = pt(1);  // height below the line before the next block
  Length space_after;
};

// A vector picture (a chart's geometry). Coordinates in points from the
// picture's top left corner. The PDF writer draws it as vectors.
struct Drawing {
  struct Color {
    double r = 0, g = 0, b = 0;
    bool operator==(const Color&) const = default;
  };
  struct Shape {
    enum class Kind { Line, Rect, FilledRect, Text };
    Kind kind = Kind::Line;
    double x = 0, y = 0, w = 0, h = 0;  // Line: from (x,y) to (x+w, y+h)
    double line_width = 0.75;
    Color color;
    std::string text;  // Kind::Text: one line, anchored at (x, y) = baseline point
    double font_size = 11;
    bool bold = false;
    Align text_align = Align::Left;  // Left: x is the start; Center: x is the middle; Right: x is the end
  };
  double width_pt = 0;
  double height_pt = 0;
  std::vector<Shape> shapes;
};

struct Chart;  // model/chart.h

// A picture (PNG) or a chart. A chart has its data (`chart`: the DOCX writes
// a native chart part from it) and its geometry (`drawing`: the PDF draws it),
// and no PNG.
struct Image {
  Length width;
  Length height;
  std::string png;                         // PNG bytes of a picture
  std::shared_ptr<const Drawing> drawing;  // vector form for the PDF (optional)
  std::shared_ptr<const Chart> chart;      // a chart's data: the DOCX writes a chart part
  std::string description;                 // alternative text
  ParagraphProps props;                    // the paragraph the picture sits in (alignment, spacing)
};

struct Block;

struct TableCell {
  std::vector<Block> blocks;
  int span = 1;  // grid columns covered
  VAlign valign = VAlign::Top;
};

struct TableRow {
  std::vector<TableCell> cells;
  bool repeat_header = false;  // w:tblHeader: repeated at the top of every page
  bool cant_split = true;      // w:cantSplit
  std::optional<Length> min_height;
};

struct Table {
  std::vector<Length> columns;  // grid widths
  Length indent;                // from the left text edge (may be negative)
  bool borders = false;         // all single 0.5 pt borders, or none
  Length cell_margin_left = twips(108);  // Word's default 0.19 cm
  Length cell_margin_right = twips(108);
  Length cell_margin_top;
  Length cell_margin_bottom;
  bool keep_together = false;  // never split across pages (the closing Nơi nhận | signer table)
  bool layout_table = false;   // borderless layout table (header, closing): PDF tags it as P-content only
  std::vector<TableRow> rows;
};

struct Block {
  std::variant<Paragraph, Table, Rule, Image> value;
};

struct PageSetup {
  Length width = mm(210);
  Length height = mm(297);
  bool landscape = false;  // width/height are already swapped when true
  Length margin_top = mm(20);
  Length margin_bottom = mm(20);
  Length margin_left = mm(30);
  Length margin_right = mm(15);
  Length header_distance = mm(10);
  Length footer_distance = mm(10);
  Length text_width() const { return width - margin_left - margin_right; }
  Length text_height() const { return height - margin_top - margin_bottom; }
};

// Page numbers: centred in the top margin (Nghị định 30, PL1 §I.7).
struct PageNumbering {
  bool enabled = true;
  bool hide_on_first_page = true;  // w:titlePg with an empty first-page header
  std::optional<int> restart_at;   // annexes and attached lists restart at 1
  RunStyle style;                  // size of the number (13-14 pt, upright)
};

struct Section {
  PageSetup page;
  PageNumbering numbering;
  std::vector<Block> blocks;
  // The footer of the section's first page only (w:footerReference
  // type="first"): paragraphs and rules, bottom-aligned at the footer
  // distance; the text area of that page ends above it when it is taller
  // than the bottom margin leaves room for.
  std::vector<Block> first_page_footer;
};

struct Metadata {
  std::string title;    // trích yếu (PDF /Title, dc:title)
  std::string subject;  // tên loại + số
  std::string author;   // issuing organ (dc:creator)
  std::string language = "vi-VN";
  std::string creator_tool = "vanthu";
  long long created_epoch = 0;  // seconds since 1970, from the document date or SOURCE_DATE_EPOCH
};

struct Document {
  Metadata meta;
  std::string font_family = "Times New Roman";  // what the DOCX names; the PDF embeds Liberation Serif
  std::vector<Section> sections;
};

}  // namespace vanthu::model
