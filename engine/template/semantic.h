// The semantic tree: what the parts of an administrative document ARE
// (issuer, number, date, tên loại, trích yếu, căn cứ, sections, tables,
// recipients, signer), as parsed from the template's markup. No sizes, no
// numbering labels, no punctuation rules: realisation (engine/realise) adds
// those from the decree's tables.
#pragma once

#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "vn/format.h"

namespace vanthu::sem {

// Inline text: spans with bold / italic / underline (from <b>, <i>, <u> or
// the *italic* / **bold** shorthand inside data text).
struct Span {
  std::string text;
  bool bold = false;
  bool italic = false;
  bool underline = false;
  bool line_break = false;  // <br/>: `text` is empty
};
using Text = std::vector<Span>;

std::string plain(const Text& t);  // the text without styles

enum class Align { Default, Left, Center, Right, Justify };

struct Paragraph {
  Text text;
  Align align = Align::Default;
  bool indent = true;  // first-line indent (body default)
  std::string label;   // a labelled line ("Thời gian", "Địa điểm" of giấy mời, biên bản): "<label>: text"
};

// A dash item ("- ..."), the fourth level of plans and reports.
struct Item {
  Text text;
};

struct TableCell {
  Text text;
  int span = 1;
  Align align = Align::Default;
  bool bold = false;
};
struct TableRow {
  std::vector<TableCell> cells;
  bool header = false;  // repeated on every page, bold, centred
  bool total = false;   // a total row: bold
};
struct TableColumn {
  double weight = 1;  // relative width
  Align align = Align::Default;
};
struct Table {
  std::string unit;  // "Đơn vị tính: …", italic, right-aligned above the table
  std::vector<TableColumn> columns;
  std::vector<TableRow> rows;
  int font_half_pt = 0;  // 0: the engine's default for tables
  int line = 0;          // source line in the markup (diagnostics)
};

// A table computed from the data (the results tables of reports, nd30.md
// §7.3): one row per unit of a JSON array, columns that are expressions over
// the unit's figures, group subtotals and a grand total. The markup gives the
// declaration; tmpl::compute_report_tables fills `computed` before
// realisation, which then fits the column widths to the content.
struct ReportColumn {
  enum class Kind { Index, Label, Value };  // STT, the unit's name, a figure or expression
  Kind kind = Kind::Value;
  std::string header;
  std::string group;   // header of the column group above it ("" = none)
  std::string value;   // expression over the unit's figures (muparser syntax)
  int decimals = 0;    // digits after the decimal comma
  bool sign = false;   // "+12" for a positive difference
  bool total = true;   // shown in subtotal and total rows
  int line = 0;
};
struct ReportTable {
  std::string id;            // for charts that draw from it
  std::string unit;          // "Đơn vị tính: …"
  std::string units_path;    // JSON path of the array of units ("$.don_vi")
  std::string figures_path;  // object keyed by unit code ("$.so_lieu"); "" = figures in the unit objects
  std::string key_field = "ma";
  std::string label_field = "ten";
  std::string group_field;   // "" = no groups
  std::string subtotals = "heading";  // "heading": in the group's row; "row": a "Cộng" row after it; "none"
  std::string subtotal_label = "Cộng";
  std::string total_label = "Tổng cộng";  // "" = no total row
  std::string orientation;   // "" / "portrait" / "landscape" (a landscape section of its own)
  int font_half_pt = 0;
  std::vector<ReportColumn> columns;
  int line = 0;
  Table computed;  // header row(s), group, unit and total rows, column alignment (filled by the engine)
};

// A bar chart of one indicator per unit of a report table (model::Drawing in
// the PDF, a PNG of the same drawing in the DOCX) with its caption under it.
struct Chart {
  std::string table;        // id of the ReportTable whose units it draws
  std::string value;        // expression over each unit's figures
  std::string label_field;  // unit field for the bar labels ("" = the table's label field)
  std::string caption;      // "Biểu đồ N." is added
  std::string unit;         // unit of the value axis ("tin, bài")
  int decimals = 0;
  int line = 0;
  struct Bar {
    std::string label;
    double value = 0;
    std::string text;  // the value as printed
  };
  int number = 0;  // filled by the engine: 1, 2, … in document order
  std::vector<Bar> bars;
};

struct Section;
using Node = std::variant<Paragraph, Item, Table, Section, ReportTable, Chart>;

// A numbered division: mục / khoản / điểm for plans and reports,
// Điều (articles) for decisions. The label (I., 1., a), Điều 1.) comes
// from the document type and the depth.
struct Section {
  Text title;  // may be empty: the label then starts the first paragraph
  std::vector<Node> children;
  int line = 0;
};

// "Phần I" divisions of long reports (layout (b) of PL1 §V.6).
struct Part {
  Text title;
  std::vector<Node> children;
};

struct Signer {
  std::string collective;  // TM. <collective>
  std::string mode;        // "", "KT", "Q", "TL", "TUQ"
  std::string head_title;  // the head's title after KT./Q./TL./TUQ.
  std::string title;       // the signer's own title
  std::string name;
  int line = 0;
};

// Giấy nghỉ phép (PL3 Mẫu 1.10): the confirmation, when needed, of the organ
// or local authority where the leave is spent, signed and sealed there,
// under the Nơi nhận.
struct Confirmation {
  std::string title;  // "Xác nhận của cơ quan (tổ chức) hoặc chính quyền địa phương nơi nghỉ phép"
  std::string name;   // who confirms; empty: written by hand
  int line = 0;
};

struct Recipients {
  std::vector<std::string> items;  // without the leading "-" and trailing ";"
  std::string archive_units;       // "VP" -> "- Lưu: VT, VP."
  int line = 0;
};

// A document attached to a decision (danh sách kèm theo) or an appendix
// (phụ lục): its own heading and page numbering.
struct Attachment {
  // Regulation: a Quy chế / Quy định issued by a decision (PL3 Mẫu 1.3): the
  // organ and Quốc hiệu header without Số, tên loại, trích yếu, the "(Ban
  // hành kèm theo …)" line, and Chương / Điều / khoản / điểm numbering.
  enum class Kind { List, Appendix, Regulation };
  Kind kind = Kind::List;
  std::string type_name;   // "DANH SÁCH" for a list; "Phụ lục I" is computed for appendices
  Text title;              // trích yếu of the list / title of the appendix
  std::string reference;   // "(Kèm theo …)" line, computed when empty
  std::string label;       // "Phụ lục II" of an appendix issued as a file of its own (PL3 Mẫu 2.1)
  bool landscape = false;
  bool electronic = false;  // Mẫu 2.2: the reference line left blank, the văn thư's signing box at the top right
  std::vector<Node> body;
};

// The copy block of a bản sao (PL1 Phần II, PL3 Mẫu 3.1): after the whole
// original, a full-width rule, then the copying organ, the copy's number in
// the copies' own series, the hình thức sao, place and date, Nơi nhận and
// signer. The electronic form (Mẫu 3.2) has instead the copying organ's text
// block at the top right of page 1 (hình thức sao; organ; time of signing).
struct Copy {
  std::string form;          // "SAO Y", "SAO LỤC", "TRÍCH SAO"
  std::string parent_organ;
  std::string organ;
  std::string organ_abbreviation;
  std::optional<long long> number;
  std::string place;
  std::optional<vn::Date> date;  // the copying organ's date; nullopt: not given
  std::string time;          // "09:15:00" (electronic copies)
  bool electronic = false;
  Recipients recipients;
  Signer signer;
  int line = 0;
};

// The optional marks of PL1 §II.10 and Mục III.
struct Marks {
  std::string secrecy;       // "MẬT", "TỐI MẬT", "TUYỆT MẬT" (ô 10a)
  bool recall = false;       // "tài liệu thu hồi" mark (ô 11)
  std::string urgency;       // "KHẨN", "THƯỢNG KHẨN", "HỎA TỐC" (ô 10b), framed
  std::string circulation;   // "XEM XONG TRẢ LẠI", "LƯU HÀNH NỘI BỘ" (ô 11), framed
  std::string drafter;       // ký hiệu người soạn thảo (ô 12): "PL"
  int copies = 0;            // số lượng bản phát hành (ô 12): 300
  std::string address;       // ô 13: address line(s), foot of page 1 under a full-width rule
  int draft = -1;            // "DỰ THẢO" mark: -1 none, 0 without a number, N "Dự thảo lần N"
  int line = 0;
};

struct Document {
  std::string type;  // key of the document type table ("ke-hoach", "quyet-dinh", …)
  std::string parent_organ;
  std::string organ;
  std::string organ_abbreviation;
  std::optional<long long> number;  // nullopt: left blank for the clerk ("Số:     /KH-STTTT")
  std::string symbol_override;      // full ký hiệu when the abbreviation rule does not fit
  std::string place;
  // The document date, typed: resolved by the markup parser to the date the
  // field checks parsed from the data (template/data_dates.h). nullopt: not
  // given, the văn thư fills it in on signing.
  std::optional<vn::Date> date;
  Text title;        // trích yếu
  std::vector<std::string> addressees;  // Kính gửi
  std::string addressee_lead;           // the line before that list: "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:"
  bool addressee_label = true;          // false: the list without "Kính gửi:" (the recipients of a công điện, Mẫu 1.6)
  std::string authority;                // decisions: "GIÁM ĐỐC SỞ …"
  std::vector<Text> bases;              // căn cứ
  std::string decision_word;            // "QUYẾT ĐỊNH:" after the căn cứ of decisions
  std::vector<Node> body;
  std::vector<Part> parts;  // when the body is divided into Phần
  bool closing_mark = true;  // the "./." ending
  Recipients recipients;
  Signer signer;
  std::optional<Signer> left_signer;  // biên bản: the thư ký signs on the left, beside the chủ tọa (PL3 Mẫu 1.9)
  std::optional<Confirmation> confirmation;  // giấy nghỉ phép: the place of leave confirms (PL3 Mẫu 1.10)
  bool numbered = true;               // "Số:" line; a biên bản the organ does not number has none
  bool dated = true;                  // place and date line; a biên bản has it in its text (PL3 Mẫu 1.9)
  std::vector<Attachment> attachments;
  std::optional<Copy> copy;
  Marks marks;
  int line_root = 1;
};

}  // namespace vanthu::sem
