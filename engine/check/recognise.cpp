#include "check/recognise.h"

#include <algorithm>
#include <cstring>

#include "check/document_kind.h"
#include "check/style_parts.h"
#include "check/text_util.h"
#include "vn/doc_types.h"

namespace vanthu::check {

namespace {

using txt::content;

// The Quốc hiệu, also when misspelt after its first words (so that the
// wording is reported rather than the whole header missed).
bool is_quoc_hieu(const std::string& s) {
  const std::string f = txt::fold(s);
  const std::string full = txt::fold("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  if (f == full || f == txt::fold("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM")) return true;
  if (f.size() > full.size() + 30) return false;
  if (txt::starts_with(f, txt::fold("CỘNG HÒA XÃ HỘI CHỦ NGHĨA")) ||
      txt::starts_with(f, txt::fold("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA")))
    return true;
  // A typo in the first words ("CỘNG HÕA"): the rest is still there.
  return txt::starts_with(f, txt::fold("CỘNG")) && f.find(txt::fold("XÃ HỘI CHỦ NGHĨA")) != std::string::npos;
}

bool is_tieu_ngu(const std::string& s) {
  const std::string f = txt::fold(txt::ascii_dashes(s));
  if (f == txt::fold("Độc lập - Tự do - Hạnh phúc")) return true;
  // A typo ("Độc lâp"): its three phrases are still recognisable; the wording is then reported.
  return f.size() < 40 && txt::starts_with(f, txt::fold("Độc l")) && f.find(txt::fold("Tự do")) != std::string::npos &&
         txt::ends_with(f, txt::fold("Hạnh phúc"));
}

// "----- o0o -----", "***": an ornament people put under the Tiêu ngữ
// instead of a rule. It belongs to the header (it is not a rule).
bool is_ornament(const std::string& s) {
  if (s.size() < 3 || s.size() > 40) return false;
  for (char ch : s)
    if (!std::strchr("-_*=~o0O. ", ch)) return false;
  return true;
}

bool looks_like_date(const std::string& s) {
  // A mail-merge field for the date ("«Ngay_Thang_Nam_BC»"), shown by its name until merged.
  if (txt::starts_with(s, "\u00ab") && txt::ends_with(s, "\u00bb") && txt::fold(s).find("ngay") != std::string::npos)
    return true;
  const std::string l = txt::lower(s);
  return l.find("ngày") != std::string::npos && l.find("tháng") != std::string::npos &&
         l.find("năm") != std::string::npos;
}

bool looks_like_so(const std::string& s) {
  const std::string l = txt::lower(s);
  if (!txt::starts_with(l, "số")) return false;
  const std::string rest = l.substr(std::string("số").size());
  return rest.empty() || rest[0] == ':' || rest[0] == ' ' || (rest[0] >= '0' && rest[0] <= '9');
}

bool is_empty(const Paragraph& p) { return content(p).empty(); }

// The paragraph draws a rule on its own: an empty paragraph with a border,
// a line shape, or underscores.
bool is_rule_only(const Paragraph& p) {
  if (txt::is_underscore_line(p)) return true;
  if (!is_empty(p)) return false;
  if (p.props.top.present() || p.props.bottom.present()) return true;
  for (const auto& s : p.shapes)
    if (s.horizontal) return true;
  return false;
}

bool is_text(const Paragraph& p) { return !is_empty(p) && !txt::is_underscore_line(p); }

// `p` is the next line, after a soft line break, of the last item.
// Or a paragraph of its own after an item left unfinished (no ";" or "."):
// the typist pressed Enter in the middle of an addressee.
bool continues(const std::vector<Located>& items, const Paragraph& p) {
  if (items.empty()) return false;
  const Paragraph& last = items.back().last_line();
  if (p.line > 0 && last.number == p.number && last.break_after) return true;
  const std::string t = content(last);
  return !t.empty() && t.back() != ';' && t.back() != '.' && t.back() != ':' && !txt::is_upper(content(p));
}

double border_length_pt(const Located& l) {
  return (l.box - l.p->props.ind_left - l.p->props.ind_right) / 20.0;
}

// A floating shape whose offset puts it above the first line of text of the
// paragraph it is anchored in: on the page it is under the line before
// (Word users anchor the Tiêu ngữ's rule in the date line, the organ's in Số).
bool drawn_above_text(const Paragraph& p, const LineShape& s) {
  if (!s.floating || (s.relative_to != "paragraph" && s.relative_to != "line")) return false;
  const double size_pt = p.mark.size / 2.0;
  return s.offset_y_pt < p.props.before / 20.0 + 0.3 * size_pt;
}

RuleMark mark_in(const Located& l, bool as_text_line) {
  RuleMark m;
  const Paragraph& p = *l.p;
  for (const auto& s : p.shapes)
    if (s.horizontal && s.length_pt > 1 && !(is_text(p) && drawn_above_text(p, s))) {
      m.kind = RuleMark::Kind::Shape;
      m.where = l;
      m.length_pt = s.length_pt;
      return m;
    }
  // Under a text line: its bottom border. On a paragraph of its own: the
  // top or the bottom border.
  if (p.props.bottom.present() || (!as_text_line && p.props.top.present())) {
    m.kind = RuleMark::Kind::Border;
    m.where = l;
    m.length_pt = border_length_pt(l);
    m.offset_pt = (p.props.ind_left - p.props.ind_right) / 20.0;
    return m;
  }
  if (!as_text_line && txt::is_underscore_line(p)) {
    m.kind = RuleMark::Kind::Underscores;
    m.where = l;
  }
  return m;
}

// The rule under seq[i]: in the paragraph itself, or in the next few
// paragraphs before any other text.
RuleMark rule_after(const std::vector<Located>& seq, size_t i) {
  if (i >= seq.size()) return {};
  RuleMark m = mark_in(seq[i], true);
  if (m.found()) return m;
  for (size_t j = i + 1; j < seq.size() && j <= i + 3; ++j) {
    for (const auto& sh : seq[j].p->shapes)
      if (sh.horizontal && sh.length_pt > 1 && is_text(*seq[j].p) && drawn_above_text(*seq[j].p, sh)) {
        m.kind = RuleMark::Kind::Shape;
        m.where = seq[j];
        m.length_pt = sh.length_pt;
        m.floating = true;
        return m;
      }
    if (is_text(*seq[j].p)) {
      // A top border on the next text paragraph is drawn above it: still under seq[i].
      if (seq[j].p->props.top.present()) {
        m.kind = RuleMark::Kind::Border;
        m.where = seq[j];
        m.length_pt = border_length_pt(seq[j]);
        m.offset_pt = (seq[j].p->props.ind_left - seq[j].p->props.ind_right) / 20.0;
      }
      return m;
    }
    m = mark_in(seq[j], false);
    if (m.found()) return m;
  }
  return m;
}

void collect(const std::vector<Block>& blocks, int box, std::vector<Located>& out) {
  for (const Block& b : blocks) {
    if (const Paragraph* p = b.paragraph()) {
      out.push_back({p, box});
    } else if (const Table* t = b.table()) {
      for (const Row& r : t->rows)
        for (const Cell& c : r.cells) collect(c.blocks, c.width - c.margin_left - c.margin_right, out);
    }
  }
}

std::vector<Located> cell_lines(const Cell& c) {
  std::vector<Located> out;
  collect(c.blocks, c.width - c.margin_left - c.margin_right, out);
  return out;
}

// The paragraphs of the cells in grid columns [from, to), row by row: the
// cells that overlap the range, or with `contained` only those inside it
// (a note spanning the whole table is not part of a column).
std::vector<Located> column(const Table& t, int from, int to, bool contained = false) {
  std::vector<Located> out;
  for (const Row& r : t.rows)
    for (const Cell& c : r.cells)
      if (contained ? (c.grid_col >= from && c.grid_col + c.span <= to) : (c.grid_col < to && c.grid_col + c.span > from)) {
        auto lines = cell_lines(c);
        out.insert(out.end(), lines.begin(), lines.end());
      }
  return out;
}

const Cell* cell_with(const Table& t, bool (*pred)(const std::string&)) {
  for (const Row& r : t.rows)
    for (const Cell& c : r.cells)
      for (const Located& l : cell_lines(c))
        if (pred(content(*l.p))) return &c;
  return nullptr;
}

bool is_broken_quoc_hieu(const Paragraph& p);

// The cell that holds the Quốc hiệu (also broken over two lines).
const Cell* quoc_hieu_cell(const Table& t) {
  for (const Row& r : t.rows)
    for (const Cell& c : r.cells)
      for (const Located& l : cell_lines(c))
        if (is_quoc_hieu(content(*l.p)) || is_broken_quoc_hieu(*l.p)) return &c;
  return nullptr;
}

// A header table is small (one to four rows of two or three columns); a
// bigger table holding the Quốc hiệu is a sample or a diagram (Phụ lục I's
// layout of the ô), not a document's header.
bool has_quoc_hieu(const Table& t) {
  return t.rows.size() <= 4 && t.grid.size() <= 4 && quoc_hieu_cell(t) != nullptr;
}

bool starts_noi_nhan(const std::string& s) { return txt::starts_with_ci(s, "Nơi nhận"); }

bool is_broken_quoc_hieu(const Paragraph& p);

void read_national_column(Segment& s, const std::vector<Located>& col) {
  size_t q = 0;
  while (q < col.size() && !is_quoc_hieu(content(*col[q].p)) && !is_broken_quoc_hieu(*col[q].p)) ++q;
  if (q == col.size()) return;
  s.quoc_hieu = col[q];
  size_t t = q + 1;
  // "CỘNG HÒA XÃ HỘI CHỦ NGHĨA<br/>VIỆT NAM": one Quốc hiệu on two lines.
  if (col[q].p->break_after && t < col.size() && col[t].p->number == col[q].p->number &&
      !is_tieu_ngu(content(*col[t].p)) &&
      txt::ends_with(txt::fold(content(*col[q].p) + content(*col[t].p)), txt::fold("VIỆT NAM")) &&
      !txt::ends_with(txt::fold(content(*col[q].p)), txt::fold("VIỆT NAM"))) {
    s.quoc_hieu_rest = col[t];
    ++t;
  }
  while (t < col.size() && !is_text(*col[t].p)) ++t;
  if (t < col.size() && is_tieu_ngu(content(*col[t].p))) {
    s.tieu_ngu = col[t];
    s.tieu_ngu_rule = rule_after(col, t);
  }
  for (size_t d = q + 1; d < col.size(); ++d)
    if (is_text(*col[d].p) && looks_like_date(content(*col[d].p))) {
      s.date = col[d];
      break;
    }
}

void read_organ_column(Segment& s, const std::vector<Located>& col) {
  std::vector<size_t> names;
  for (size_t i = 0; i < col.size(); ++i) {
    const Paragraph& p = *col[i].p;
    if (!is_text(p)) continue;
    const std::string c = content(p);
    if (looks_like_so(c)) {
      if (!s.so) s.so = col[i];
      continue;
    }
    if (txt::starts_with_ci(c, "V/v")) {
      if (!s.vv) s.vv = col[i];
      continue;
    }
    if (looks_like_date(c)) continue;  // a header laid out in one column
    if (!s.so && !s.vv) names.push_back(i);
  }
  if (names.empty()) return;
  // The issuing organ is the bold block at the end; the lines above it
  // that are not bold name the superior organ (cơ quan chủ quản).
  auto bold = [&](size_t i) {
    for (const auto& r : col[i].p->runs)
      if (txt::is_content_run(r)) return r.props.bold;
    return false;
  };
  size_t first_issuer = names.size();
  while (first_issuer > 0 && bold(names[first_issuer - 1])) --first_issuer;
  if (first_issuer == names.size()) first_issuer = names.size() - 1;  // none bold: the last line
  // The lines of one paragraph (split at soft line breaks) name one organ:
  // a bold block that starts inside a paragraph takes the whole paragraph,
  // so an issuing organ with a line left regular is not read as the
  // superior organ (the style rule then reports it).
  while (first_issuer > 0 && col[names[first_issuer]].p->line > 0 &&
         col[names[first_issuer - 1]].p->number == col[names[first_issuer]].p->number)
    --first_issuer;
  for (size_t k = 0; k < names.size(); ++k) (k < first_issuer ? s.superior : s.issuer).push_back(col[names[k]]);
  s.organ_rule = rule_after(col, names.back());
}

// The grid column of the cell that holds a paragraph starting "Nơi nhận".
const Cell* noi_nhan_cell(const Table& t) { return cell_with(t, [](const std::string& s) { return txt::starts_with_ci(s, "Nơi nhận"); }); }

void read_closing(Segment& s, const Table& t) {
  const Cell* left = noi_nhan_cell(t);
  if (left == nullptr) return;
  s.closing = &t;
  // Nơi nhận and its items, down the rows of its column; a later row goes on
  // with the list only when it starts with a "-" item, else it is a block of
  // its own under the list (a giấy nghỉ phép's confirmation, PL3 Mẫu 1.10).
  std::vector<Located> lines;
  bool label_seen = false;
  for (const Row& r : t.rows) {
    std::vector<Located> row_lines;
    for (const Cell& c : r.cells)
      if (c.grid_col >= left->grid_col && c.grid_col + c.span <= left->grid_col + left->span) {
        auto cl = cell_lines(c);
        row_lines.insert(row_lines.end(), cl.begin(), cl.end());
      }
    if (label_seen) {
      auto first = std::find_if(row_lines.begin(), row_lines.end(), [](const Located& l) { return is_text(*l.p); });
      if (first != row_lines.end() && !txt::starts_with(txt::ascii_dashes(content(*first->p)), "-")) break;
    }
    for (const Located& l : row_lines) label_seen = label_seen || starts_noi_nhan(content(*l.p));
    lines.insert(lines.end(), row_lines.begin(), row_lines.end());
  }
  size_t i = 0;
  while (i < lines.size() && !starts_noi_nhan(content(*lines[i].p))) ++i;
  if (i < lines.size()) s.noi_nhan = lines[i];
  for (++i; i < lines.size(); ++i)
    if (is_text(*lines[i].p)) {
      if (continues(s.noi_nhan_items, *lines[i].p) && !txt::starts_with(txt::ascii_dashes(content(*lines[i].p)), "-"))
        s.noi_nhan_items.back().end = lines[i].p;
      else
        s.noi_nhan_items.push_back(lines[i]);
    }
  // The signer: the rightmost other column that has an upper-case line (the
  // title); failing that, the other column with the most lines.
  int grid_end = 0;
  for (const Row& r : t.rows)
    for (const Cell& c : r.cells) grid_end = std::max(grid_end, c.grid_col + c.span);
  std::vector<Located> best;
  size_t best_count = 0;
  bool best_titled = false;
  for (const Row& r : t.rows)
    for (const Cell& cell : r.cells) {
    const int col = cell.grid_col;
    if (col < left->grid_col + left->span && col + cell.span > left->grid_col) continue;
    std::vector<Located> text_lines;
    bool titled = false;
    for (const Located& l : column(t, col, col + cell.span, true))
      if (is_text(*l.p)) {
        text_lines.push_back(l);
        titled = titled || txt::is_upper(content(*l.p));
      }
    if (text_lines.empty() || (!best.empty() && text_lines.front().p == best.front().p)) continue;
    if ((titled && (!best_titled || col > left->grid_col)) || (!titled && !best_titled && text_lines.size() > best_count)) {
      best = text_lines;
      best_count = text_lines.size();
      best_titled = titled;
    }
  }
  (void)grid_end;
  s.signer = best;
}

bool is_title_case_line(const Paragraph& p) {
  const std::string c = content(p);
  return is_text(p) && txt::is_upper(c) && !txt::starts_with_ci(c, "Kính gửi");
}

bool names_a_type(const std::string& c) {
  const std::string f = txt::fold(c);
  for (const auto& t : vn::doc_types())
    if (!t.name.empty() && txt::starts_with(f, txt::fold(t.name))) return true;
  return false;
}

bool is_basis_start(const std::string& c) { return txt::starts_with_ci(c, "Căn cứ"); }
bool is_basis_tail(const std::string& c) {
  return txt::starts_with_ci(c, "Theo đề nghị") || txt::starts_with_ci(c, "Xét đề nghị") ||
         txt::starts_with_ci(c, "Theo đề xuất") || txt::starts_with_ci(c, "Xét đề xuất");
}

void read_after_header(Segment& s, const Document& doc) {
  // Top-level paragraphs after the header, and where the closing starts.
  std::vector<Located> seq;
  int closing_at = s.end_block;
  const Table* last_table = nullptr;  // the last borderless table, with nothing but empty lines after it
  for (int b = s.body_from; b < s.end_block; ++b) {
    const Block& block = doc.body[static_cast<size_t>(b)];
    if (const Paragraph* q = block.paragraph(); q && is_text(*q) && !starts_noi_nhan(content(*q))) last_table = nullptr;
    if (const Table* t = block.table()) {
      last_table = t->borders ? nullptr : t;
      if (noi_nhan_cell(*t) != nullptr) {
        read_closing(s, *t);
        closing_at = b;
        break;
      }
      // A borderless table that holds "Kính gửi" is a layout table (label
      // in one cell, addressees in the next): read as a region, cell by cell.
      if (!t->borders && cell_with(*t, [](const std::string& x) { return txt::starts_with_ci(x, "Kính gửi"); })) {
        for (const Row& r : t->rows)
          for (const Cell& c : r.cells) collect(c.blocks, c.width - c.margin_left - c.margin_right, seq);
      }
      continue;  // a content table
    }
    const Paragraph* p = block.paragraph();
    if (starts_noi_nhan(content(*p))) {  // Nơi nhận as top-level paragraphs
      s.noi_nhan = {p, text_width(doc, b)};
      for (int k = b + 1; k < s.end_block; ++k) {
        const Paragraph* q = doc.body[static_cast<size_t>(k)].paragraph();
        if (q == nullptr || !txt::starts_with(txt::ascii_dashes(content(*q)), "-")) break;
        s.noi_nhan_items.push_back({q, text_width(doc, k)});
      }
      // The signatures in a borderless table just above it (a biên bản's two
      // signers side by side, PL3 Mẫu 1.9): the rightmost column with a title.
      if (last_table != nullptr)
        for (int col = static_cast<int>(last_table->grid.size()) - 1; col >= 0 && s.signer.empty(); --col) {
          std::vector<Located> lines;
          bool titled = false;
          for (const Located& l : column(*last_table, col, col + 1, true))
            if (is_text(*l.p)) {
              lines.push_back(l);
              titled = titled || txt::is_upper(content(*l.p));
            }
          if (titled) s.signer = lines;
        }
      closing_at = b;
      break;
    }
    seq.push_back({p, text_width(doc, b)});
  }
  (void)closing_at;

  size_t i = 0;
  auto skip_empty = [&] {
    while (i < seq.size() && !is_text(*seq[i].p)) ++i;
  };
  skip_empty();
  // Tên loại (ô 5a), trích yếu and the rule under it.
  // The tên loại: a centred upper-case line, or (in a document typed without
  // any layout) an upper-case line that names a type of Phụ lục III.
  if (i < seq.size() && is_title_case_line(*seq[i].p) &&
      (seq[i].p->props.align == Align::Center || names_a_type(content(*seq[i].p)))) {
    s.ten_loai = seq[i];
    size_t j = i + 1;
    std::vector<size_t> lines;
    RuleMark rule;
    for (; j < seq.size() && j <= i + 6; ++j) {
      const Paragraph& p = *seq[j].p;
      if (is_rule_only(p)) {
        rule = mark_in(seq[j], false);
        break;
      }
      if (!is_text(p)) continue;
      const std::string c = content(p);
      if (txt::starts_with(c, "(Kèm theo")) {
        s.attached = true;
      } else if (is_basis_start(c) || txt::starts_with_ci(c, "Kính gửi") || p.props.align != seq[i].p->props.align ||
                 (p.props.align != Align::Center && !txt::is_upper(c))) {
        break;
      } else {
        lines.push_back(j);
      }
      RuleMark own = mark_in(seq[j], true);
      if (own.found()) {
        rule = own;
        break;
      }
    }
    if (rule.found()) {
      for (size_t k : lines) s.trich_yeu.push_back(seq[k]);
      s.trich_yeu_rule = rule;
      i = j + 1;
    } else {
      // No rule: the trích yếu is the centred line under the tên loại, if any.
      if (!lines.empty() && !txt::is_upper(content(*seq[lines[0]].p))) s.trich_yeu.push_back(seq[lines[0]]);
      i = (lines.empty() ? i : lines[0]) + 1;
    }
  }
  skip_empty();
  // Kính gửi (ô 9a).
  for (size_t k = i; k < seq.size() && k < i + 3; ++k) {
    if (!txt::starts_with_ci(content(*seq[k].p), "Kính gửi")) continue;
    s.kinh_gui = seq[k];
    i = k + 1;
    while (i < seq.size()) {
      if (!is_text(*seq[i].p)) {
        ++i;
        continue;
      }
      if (!txt::starts_with(txt::ascii_dashes(content(*seq[i].p)), "-")) {
        if (continues(s.kinh_gui_items, *seq[i].p)) {
          s.kinh_gui_items.back().end = seq[i++].p;
          continue;
        }
        break;
      }
      s.kinh_gui_items.push_back(seq[i++]);
    }
    s.kinh_gui_in_table = s.kinh_gui.box != text_width(doc, s.first_block);
    break;
  }
  skip_empty();
  // The authority line of a decision ("GIÁM ĐỐC SỞ …"), then the căn cứ.
  if (i < seq.size() && is_title_case_line(*seq[i].p) && i + 1 < seq.size()) {
    size_t n = i + 1;
    while (n < seq.size() && !is_text(*seq[n].p)) ++n;
    if (n < seq.size() && is_basis_start(content(*seq[n].p))) {
      s.authority = seq[i];
      i = n;
    }
  }
  if (i < seq.size() && is_basis_start(content(*seq[i].p))) {
    while (i < seq.size()) {
      if (!is_text(*seq[i].p)) {
        ++i;
        continue;
      }
      const std::string c = content(*seq[i].p);
      // A line of punctuation continues the căn cứ above it (the blanks of the models).
      if (!is_basis_start(c) && !is_basis_tail(c) && !(txt::is_blank(*seq[i].p) && c.size() <= 3)) break;
      s.can_cu.push_back(seq[i++]);
    }
  }
  skip_empty();
  if (i < seq.size()) {
    const std::string f = txt::fold(content(*seq[i].p));
    if (f == txt::fold("QUYẾT ĐỊNH") || f == txt::fold("QUYẾT NGHỊ")) s.decision_word = seq[i++];
  }
  // The body: the rest up to the closing; without a closing, up to the "./.".
  for (; i < seq.size(); ++i) {
    if (!is_text(*seq[i].p)) continue;
    s.body.push_back(seq[i]);
    if (!s.closing && !s.noi_nhan && txt::ends_with(content(*seq[i].p), "./.")) break;
  }
}

}  // namespace

int text_width(const Document& doc, int index) {
  for (const Section& s : doc.sections)
    if (index >= s.first_block && index < s.end_block) return s.width - s.left - s.right;
  if (!doc.sections.empty()) {
    const Section& s = doc.sections.back();
    return s.width - s.left - s.right;
  }
  return 0;
}

namespace {

// The text of `p` split at its first run of tabs between letters: the left
// and the right column of a header laid out with tabs. False when there is
// no such tab.
bool split_at_tab(const Paragraph& p, Paragraph& left, Paragraph& right) {
  left = Paragraph{};
  right = Paragraph{};
  for (Paragraph* q : {&left, &right}) {
    q->number = p.number;
    q->props = p.props;
    q->props.first_line = 0;
    q->props.ind_left = q->props.ind_right = 0;
    q->props.align = Align::Center;  // each column is centred on its tab stop
    q->mark = p.mark;
    q->line = p.line;
    q->break_after = p.break_after;
  }
  int side = 0;  // 0 before any letter, 1 left text, 2 in the tabs after it, 3 right
  for (const TextRun& r : p.runs) {
    std::string l, rt;
    for (char ch : r.text) {
      if (ch == '\t') {
        if (side == 1) side = 2;
        continue;
      }
      if (ch != ' ' && side == 0) side = 1;
      if (ch != ' ' && side == 2) side = 3;
      (side == 3 ? rt : l) += ch;
    }
    if (!l.empty()) left.runs.push_back({l, r.props});
    if (!rt.empty()) right.runs.push_back({rt, r.props});
  }
  // Shapes drawn on the line stay with the right column (the Tiêu ngữ's rule is the usual one).
  right.shapes = p.shapes;
  return side == 3;
}

// The first line of a Quốc hiệu broken by a soft line break early
// ("CỘNG HÒA XÃ HỘI<br/>CHỦ NGHĨA VIỆT NAM").
bool is_broken_quoc_hieu(const Paragraph& p) {
  if (!p.break_after) return false;
  const std::string f = txt::fold(content(p));
  return f.size() < 40 && (txt::starts_with(f, txt::fold("CỘNG HÒA")) || txt::starts_with(f, txt::fold("CỘNG HOÀ")));
}

bool is_header_start(const Paragraph& p) {
  if (is_quoc_hieu(content(p)) || is_broken_quoc_hieu(p)) return true;
  Paragraph l, r;
  return split_at_tab(p, l, r) && is_quoc_hieu(content(r));
}

// A header written as paragraphs, or as lines whose two columns are set
// apart with tabs: the organ column and the national column are gathered
// line by line from the paragraphs around the Quốc hiệu.
void read_paragraph_header(Segment& s, const Document& doc, int qh_block, int region_start) {
  s.columns = std::make_shared<std::deque<Paragraph>>();
  s.layout = HeaderLayout::Paragraphs;
  std::vector<Located> organ, national;
  const int width = text_width(doc, qh_block);
  auto place = [&](const Paragraph& p, bool before_qh, bool& stop, bool seen_tieu_ngu) {
    Paragraph l, r;
    if (split_at_tab(p, l, r)) {
      s.layout = HeaderLayout::Tabs;
      s.columns->push_back(std::move(l));
      organ.push_back({&s.columns->back(), width});
      s.columns->push_back(std::move(r));
      national.push_back({&s.columns->back(), width});
      s.tab_sources.emplace_back(&s.columns->back(), &p);
      return;
    }
    const std::string c = content(p);
    if (before_qh) {
      organ.push_back({&p, width});
    } else if (!is_text(p) || is_quoc_hieu(c) || is_tieu_ngu(c) || looks_like_date(c) || is_ornament(c)) {
      national.push_back({&p, width});
    } else if (looks_like_so(c) || txt::starts_with_ci(c, "V/v")) {
      organ.push_back({&p, width});
    } else if (!seen_tieu_ngu && txt::is_upper(c)) {
      organ.push_back({&p, width});  // an organ line under the Quốc hiệu in a one-column header
    } else {
      stop = true;
    }
  };
  bool stop = false;
  for (int b = std::max(region_start, qh_block - 4); b < qh_block; ++b)
    if (const Paragraph* p = doc.body[static_cast<size_t>(b)].paragraph(); p && is_text(*p)) place(*p, true, stop, false);
  int b = qh_block;
  bool seen_tieu_ngu = false, seen_date = false;
  for (; b < s.end_block && b < qh_block + 10; ++b) {
    const Paragraph* p = doc.body[static_cast<size_t>(b)].paragraph();
    if (p == nullptr) break;
    const std::string c = content(*p);
    if (seen_tieu_ngu && txt::is_upper(c) && !is_header_start(*p) && c.find('\t') == std::string::npos &&
        p->props.align == Align::Center && !looks_like_so(c))
      break;  // the tên loại
    if (seen_date && is_text(*p) && !looks_like_so(c) && !txt::starts_with_ci(c, "V/v")) {
      Paragraph l, r;
      if (!split_at_tab(*p, l, r)) break;
    }
    stop = false;
    place(*p, false, stop, seen_tieu_ngu);
    if (stop) break;
    seen_tieu_ngu = seen_tieu_ngu || (!national.empty() && is_tieu_ngu(content(*national.back().p)));
    seen_date = seen_date || (!national.empty() && looks_like_date(content(*national.back().p)));
  }
  s.body_from = b;
  read_national_column(s, national);
  read_organ_column(s, organ);
}

}  // namespace

std::vector<Segment> recognise(const Document& doc) {
  // Each header starts a document: a table holding the Quốc hiệu, or a
  // top-level paragraph that is (or holds, after tabs) the Quốc hiệu.
  std::vector<int> starts;
  for (size_t b = 0; b < doc.body.size(); ++b) {
    if (const Table* t = doc.body[b].table(); t && has_quoc_hieu(*t)) starts.push_back(static_cast<int>(b));
    if (const Paragraph* p = doc.body[b].paragraph(); p && is_header_start(*p)) {
      // The second line of a Quốc hiệu broken by a soft line break is not a new header.
      if (!starts.empty() && starts.back() + 1 == static_cast<int>(b) && p->line > 0) continue;
      starts.push_back(static_cast<int>(b));
    }
  }
  std::vector<Segment> out;
  int region_start = 0;
  for (size_t k = 0; k < starts.size(); ++k) {
    Segment s;
    s.first_block = starts[k];
    s.end_block = k + 1 < starts.size() ? starts[k + 1] : static_cast<int>(doc.body.size());
    s.body_from = s.first_block + 1;
    if (const Table* t = doc.body[static_cast<size_t>(s.first_block)].table()) {
      s.header = t;
      const Cell* national = quoc_hieu_cell(*t);
      read_national_column(s, column(*t, national->grid_col, national->grid_col + national->span));
      int organ_from = 0, organ_to = national->grid_col;
      if (organ_to == 0) {  // the Quốc hiệu on the left: the organ after it
        organ_from = national->grid_col + national->span;
        organ_to = 1 << 20;
      }
      read_organ_column(s, column(*t, organ_from, organ_to));
    } else {
      read_paragraph_header(s, doc, s.first_block, region_start);
    }
    read_after_header(s, doc);
    use_styles(doc, s);  // named part styles, where the document has them (check/style_parts.cpp)
    s.kind = document_kind(s);
    region_start = s.end_block;
    out.push_back(std::move(s));
  }
  return out;
}

}  // namespace vanthu::check
