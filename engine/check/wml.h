// What `vanthu check` reads from a DOCX: the body as paragraphs and tables
// with their effective (resolved) formatting, the sections' page setup and
// the header/footer parts. Lengths in twips, font sizes in half-points, as
// WordprocessingML writes them.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace vanthu::check {

enum class Align { Left, Center, Right, Justify };
enum class LineRule { Auto, Exact, AtLeast };
enum class VertAlign { Baseline, Superscript, Subscript };

struct Border {
  std::string val;  // "single", "double", … ("none"/"nil" = no border)
  int size = 0;     // eighths of a point
  bool present() const { return !val.empty() && val != "none" && val != "nil"; }
};

struct RunProps {
  std::string font_ascii;  // effective family for ASCII letters ("" = not stated anywhere)
  std::string font_hansi;  // for the other Latin letters (Vietnamese with diacritics)
  int size = 20;           // half-points (Word's default 10 pt)
  bool bold = false;
  bool italic = false;
  bool caps = false;       // w:caps: shown upper case
  bool vanish = false;     // hidden text
  bool underline = false;
  VertAlign valign = VertAlign::Baseline;
  std::string color;       // "" or "auto" = automatic (black)
  int char_spacing = 0;    // w:spacing: twips added after each character (negative = condensed)
};

struct ParaProps {
  std::string style_id;
  Align align = Align::Left;
  int ind_left = 0, ind_right = 0;
  int first_line = 0;  // negative = hanging
  int before = 0, after = 0;
  int line = 240;
  LineRule line_rule = LineRule::Auto;
  bool contextual_spacing = false;
  Border top, bottom;
  Border left, right;  // a paragraph framed on all four sides is a box (a mark's frame)
  int num_id = 0, num_level = 0;  // list numbering (0 = none)
  std::vector<int> tabs;          // custom tab stops (twips from the left indent's origin), sorted
};

struct TextRun {
  std::string text;  // UTF-8; "\t" for tabs, "\n" for line breaks
  RunProps props;
};

// A horizontal line drawn as a shape (DrawingML or VML) anchored in the paragraph.
struct LineShape {
  double length_pt = 0;
  bool horizontal = true;
  int line = 0;          // soft line breaks before it in its paragraph (which line holds it)
  bool floating = false; // wp:anchor / absolutely positioned VML: drawn away from its anchor
  double offset_y_pt = 0;  // floating: vertical offset from the anchor paragraph's top
  std::string relative_to; // floating: what offset_y_pt is measured from ("paragraph", "line", "page", …)
};

struct Paragraph {
  int number = 0;           // 1-based, in document order within its part (table cells included)
  ParaProps props;
  RunProps mark;            // the paragraph mark's formatting (size of an empty paragraph)
  std::vector<TextRun> runs;
  std::vector<LineShape> shapes;
  bool has_page_field = false;   // a PAGE field (w:fldSimple or w:instrText)
  bool has_page_break = false;   // w:br type="page" or pageBreakBefore
  bool has_picture = false;      // some other drawing or picture
  std::string list_label;        // text of its list number or bullet ("-", "1."), if any
  // A paragraph split by soft line breaks (w:br, w:cr) is read as one
  // Paragraph per line, all with the same `number`: Word draws each as a line
  // of its own. `line` counts from 0; `break_after` = another line of the
  // same paragraph follows.
  int line = 0;
  bool break_after = false;
  bool in_text_box = false;      // read from a text box anchored in the paragraph before

  // Everything visible, list label included.
  std::string text() const;
};

struct Block;

struct Cell {
  int grid_col = 0;    // first grid column it covers
  int span = 1;
  int width = 0;       // twips (from the grid, else tcW)
  int margin_left = 108, margin_right = 108;
  std::vector<Block> blocks;
};

struct Row {
  std::vector<Cell> cells;
};

struct Table {
  std::vector<int> grid;  // column widths, twips
  int indent = 0;
  bool borders = false;   // some outer or inside border is drawn
  std::vector<Row> rows;
};

struct Block {
  std::variant<Paragraph, Table> value;
  const Paragraph* paragraph() const { return std::get_if<Paragraph>(&value); }
  const Table* table() const { return std::get_if<Table>(&value); }
};

struct HeaderFooter {
  std::string part;  // "word/header1.xml"
  std::vector<Paragraph> paragraphs;  // every paragraph, tables flattened
  bool has_page_field() const;
};

struct Section {
  int width = 0, height = 0;  // twips (0 = not stated)
  bool landscape = false;             // w:orient="landscape"
  int top = 1440, bottom = 1440, left = 1800, right = 1800;
  int header = 720, footer = 720;
  bool title_page = false;            // w:titlePg: a different first-page header
  // Part names of the headers/footers it uses ("" = none), after inheritance.
  std::string header_default, header_first, footer_default, footer_first;
  int first_block = 0, end_block = 0;  // top-level blocks [first, end) of the section
  bool has_table = false;              // a content table (with borders) in the section
};

struct Document {
  std::vector<Block> body;
  std::vector<Section> sections;
  std::map<std::string, HeaderFooter> parts;  // headers and footers by part name
  int paragraph_count = 0;
};

}  // namespace vanthu::check
