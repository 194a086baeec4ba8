#include "check/wml_body.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <tuple>

#include "check/errors.h"
#include "check/safe_xml.h"

namespace vanthu::check {

namespace {

using xml::attr_w;
using xml::child_w;
using xml::int_attr_w;
using xml::is_w;

// Nesting of tables in tables; libxml2 already caps the XML depth at 256.
constexpr int kMaxTableDepth = 32;

// "449.65pt", "1.5in", "2cm", "0" -> points. Unitless numbers are taken as points.
double css_length_pt(std::string s) {
  while (!s.empty() && s.front() == ' ') s.erase(s.begin());
  char* end = nullptr;
  const double v = std::strtod(s.c_str(), &end);
  if (end == s.c_str() || !std::isfinite(v)) return 0;
  const std::string unit(end);
  if (unit.rfind("in", 0) == 0) return v * 72;
  if (unit.rfind("cm", 0) == 0) return v * 72 / 2.54;
  if (unit.rfind("mm", 0) == 0) return v * 72 / 25.4;
  if (unit.rfind("px", 0) == 0) return v * 0.75;
  if (unit.rfind("emu", 0) == 0) return v / 12700;
  return v;
}

// "margin-left:-1.05pt;width:449.65pt;height:0.05pt" -> value of `key`.
std::string css_value(const std::string& style, const std::string& key) {
  size_t pos = 0;
  while (pos < style.size()) {
    size_t end = style.find(';', pos);
    if (end == std::string::npos) end = style.size();
    const std::string decl = style.substr(pos, end - pos);
    const size_t colon = decl.find(':');
    if (colon != std::string::npos) {
      std::string k = decl.substr(0, colon);
      while (!k.empty() && k.front() == ' ') k.erase(k.begin());
      while (!k.empty() && k.back() == ' ') k.pop_back();
      if (k == key) return decl.substr(colon + 1);
    }
    pos = end + 1;
  }
  return "";
}

bool has_descendant(const xmlNode* n, xml::Ns ns, const char* local, int depth = 0) {
  if (depth > 64) return false;
  for (const xmlNode* c = n ? n->children : nullptr; c != nullptr; c = c->next) {
    if (xml::is(c, ns, local)) return true;
    if (xml::is_element(c) && has_descendant(c, ns, local, depth + 1)) return true;
  }
  return false;
}

const xmlNode* find_descendant(const xmlNode* n, xml::Ns ns, const char* local, int depth = 0) {
  if (depth > 64) return nullptr;
  for (const xmlNode* c = n ? n->children : nullptr; c != nullptr; c = c->next) {
    if (xml::is(c, ns, local)) return c;
    if (xml::is_element(c))
      if (const xmlNode* f = find_descendant(c, ns, local, depth + 1)) return f;
  }
  return nullptr;
}

// A DrawingML drawing (w:drawing): a straight line shape, or any thin flat
// shape or group (a rule drawn as a freeform or a grouped rectangle is still
// a rule on the page), or a picture. A floating one (wp:anchor) keeps its
// vertical offset so that it can be placed where it is drawn.
void scan_drawing(const xmlNode* drawing, Paragraph& p) {
  const xmlNode* frame = xml::child(drawing, xml::Ns::Wp, "anchor");
  const bool floating = frame != nullptr;
  if (frame == nullptr) frame = xml::child(drawing, xml::Ns::Wp, "inline");
  if (frame == nullptr) return;
  const xmlNode* extent = xml::child(frame, xml::Ns::Wp, "extent");
  const double cx = std::strtod(xml::plain_attr(extent, "cx").value_or("0").c_str(), nullptr) / 12700.0;
  const double cy = std::strtod(xml::plain_attr(extent, "cy").value_or("0").c_str(), nullptr) / 12700.0;
  const xmlNode* geom = find_descendant(frame, xml::Ns::A, "prstGeom");
  const std::string prst = xml::plain_attr(geom, "prst").value_or("");
  const bool connector = has_descendant(frame, xml::Ns::Wps, "cNvCnPr");
  const bool text_box = has_descendant(frame, xml::Ns::W, "txbxContent");
  const bool picture = has_descendant(frame, xml::Ns::Pic, "pic");
  const bool thin = cy <= 4.0 && cx > 10 * std::max(cy, 0.1);
  if (!std::isfinite(cx) || !std::isfinite(cy)) return;
  if (prst == "line" || prst.rfind("straightConnector", 0) == 0 || connector || (thin && !text_box && !picture)) {
    LineShape l{cx, cy < 2.0 || cx > 10 * cy};
    if (floating) {
      l.floating = true;
      const xmlNode* pv = xml::child(frame, xml::Ns::Wp, "positionV");
      l.relative_to = xml::plain_attr(pv, "relativeFrom").value_or("paragraph");
      const xmlNode* off = xml::child(pv, xml::Ns::Wp, "posOffset");
      l.offset_y_pt = off ? std::strtod(xml::text(off).c_str(), nullptr) / 12700.0 : 0;
      if (!std::isfinite(l.offset_y_pt)) l.offset_y_pt = 0;
    }
    p.shapes.push_back(l);
  } else if (has_descendant(frame, xml::Ns::A, "graphicData")) {
    p.has_picture = true;
  }
}

// The vertical placement of an absolutely positioned VML shape.
void vml_position(const xmlNode* shape, const std::string& style, double y, LineShape& l) {
  if (css_value(style, "position").find("absolute") == std::string::npos) return;
  l.floating = true;
  l.offset_y_pt = css_length_pt(css_value(style, "margin-top")) + css_length_pt(css_value(style, "top")) + y;
  std::string rel = css_value(style, "mso-position-vertical-relative");
  while (!rel.empty() && rel.front() == ' ') rel.erase(rel.begin());
  l.relative_to = rel.empty() || rel == "text" ? "paragraph" : rel;
  (void)shape;
}

// VML (w:pict): v:line, a straight-connector v:shape, or any thin flat shape.
void scan_vml(const xmlNode* pict, Paragraph& p, int depth = 0) {
  if (depth > 16) return;
  for (const xmlNode* c = pict ? pict->children : nullptr; c != nullptr; c = c->next) {
    if (!xml::is_element(c)) continue;
    const std::string style = xml::plain_attr(c, "style").value_or("");
    if (xml::is(c, xml::Ns::V, "line")) {
      auto point = [](const std::string& s) {
        const size_t comma = s.find(',');
        return std::make_pair(css_length_pt(s.substr(0, comma)),
                              comma == std::string::npos ? 0.0 : css_length_pt(s.substr(comma + 1)));
      };
      const auto a = point(xml::plain_attr(c, "from").value_or("0,0"));
      const auto b = point(xml::plain_attr(c, "to").value_or("0,0"));
      const double dx = std::fabs(b.first - a.first), dy = std::fabs(b.second - a.second);
      LineShape l{dx, dy < 2.0 || dx > 10 * dy};
      vml_position(c, style, std::min(a.second, b.second), l);
      p.shapes.push_back(l);
    } else if (xml::is(c, xml::Ns::V, "shape") || xml::is(c, xml::Ns::V, "rect") || xml::is(c, xml::Ns::V, "group")) {
      const std::string type = xml::plain_attr(c, "type").value_or("");
      bool straight = type.find("_x0000_t32") != std::string::npos || type.find("_x0000_t20") != std::string::npos;
      for (const xmlAttr* a = c->properties; a != nullptr; a = a->next)
        if (std::strcmp(reinterpret_cast<const char*>(a->name), "connectortype") == 0) straight = true;
      const double w = css_length_pt(css_value(style, "width"));
      const double h = css_length_pt(css_value(style, "height"));
      const bool thin = h <= 4.0 && w > 10 * std::max(h, 0.1) && !has_descendant(c, xml::Ns::V, "textbox") &&
                        !has_descendant(c, xml::Ns::V, "imagedata");
      if (straight || thin) {
        LineShape l{w, h < 2.0 || w > 10 * h};
        vml_position(c, style, 0, l);
        p.shapes.push_back(l);
      } else if (xml::is(c, xml::Ns::V, "group")) {
        scan_vml(c, p, depth + 1);
      } else if (has_descendant(c, xml::Ns::V, "imagedata")) {
        p.has_picture = true;
      }
    }
  }
}

// mc:AlternateContent: the first Choice that holds a drawing, else the Fallback.
void scan_alternate(const xmlNode* ac, Paragraph& p) {
  for (const xmlNode* c = ac->children; c != nullptr; c = c->next) {
    if (!xml::is(c, xml::Ns::Mc, "Choice")) continue;
    bool used = false;
    for (const xmlNode* d = c->children; d != nullptr; d = d->next) {
      if (is_w(d, "drawing")) scan_drawing(d, p), used = true;
      if (is_w(d, "pict")) scan_vml(d, p), used = true;
    }
    if (used) return;
  }
  if (const xmlNode* fb = xml::child(ac, xml::Ns::Mc, "Fallback"))
    for (const xmlNode* d = fb->children; d != nullptr; d = d->next) {
      if (is_w(d, "drawing")) scan_drawing(d, p);
      if (is_w(d, "pict")) scan_vml(d, p);
    }
}

std::string trim(const std::string& s) {
  size_t a = 0, b = s.size();
  while (a < b && (s[a] == ' ' || s[a] == '\t')) ++a;
  while (b > a && (s[b - 1] == ' ' || s[b - 1] == '\t')) --b;
  return s.substr(a, b - a);
}

// Word draws each line of a paragraph split by soft breaks as a line of its
// own: one Paragraph per line, same number. The first-line indent and the
// space before belong to the first line, the space after to the last.
void split_lines(Paragraph&& whole, std::vector<Block>& out) {
  bool any = false;
  for (const auto& r : whole.runs) any = any || r.text.find('\n') != std::string::npos;
  if (!any) {
    out.push_back(Block{std::move(whole)});
    return;
  }
  std::vector<Paragraph> lines(1);
  auto fresh = [&](int k) {
    Paragraph q;
    q.number = whole.number;
    q.props = whole.props;
    q.mark = whole.mark;
    q.line = k;
    if (k > 0) {
      q.props.first_line = 0;
      q.props.before = 0;
      q.props.top = {};
    }
    return q;
  };
  lines[0] = fresh(0);
  lines[0].list_label = whole.list_label;
  for (auto& r : whole.runs) {
    size_t from = 0;
    while (true) {
      const size_t nl = r.text.find('\n', from);
      std::string piece = r.text.substr(from, nl == std::string::npos ? std::string::npos : nl - from);
      if (!piece.empty()) lines.back().runs.push_back({std::move(piece), r.props});
      if (nl == std::string::npos) break;
      lines.push_back(fresh(static_cast<int>(lines.size())));
      from = nl + 1;
    }
  }
  // A floating shape goes to the line its offset reaches (lines of single
  // spacing, 1,15 × the largest size), with its offset made relative to that
  // line; an inline one stays on the line it is written in.
  int size = whole.mark.size;
  for (const auto& r : whole.runs) size = std::max(size, r.props.size);
  const double line_pt = size / 2.0 * 1.15;
  for (auto sh : whole.shapes) {
    size_t k = std::min(lines.size() - 1, static_cast<size_t>(std::max(0, sh.line)));
    if (sh.floating && (sh.relative_to == "paragraph" || sh.relative_to == "line")) {
      const double below_top = sh.offset_y_pt - whole.props.before / 20.0;
      k = std::min(lines.size() - 1, static_cast<size_t>(std::max(0.0, below_top / line_pt)));
      sh.offset_y_pt -= static_cast<double>(k) * line_pt;
    }
    lines[k].shapes.push_back(sh);
  }
  lines.front().has_page_break = whole.has_page_break;
  lines.front().has_picture = whole.has_picture;
  lines.front().has_page_field = whole.has_page_field;
  // A break at the very end draws an empty line: keep it only if it holds a shape.
  if (lines.size() > 1 && lines.back().runs.empty() && lines.back().shapes.empty()) lines.pop_back();
  for (size_t k = 0; k < lines.size(); ++k) {
    if (k + 1 < lines.size()) {
      lines[k].break_after = true;
      lines[k].props.after = 0;
      lines[k].props.bottom = {};
    }
    out.push_back(Block{std::move(lines[k])});
  }
}

bool is_page_instr(const std::string& instr) {
  const std::string t = trim(instr);
  return t == "PAGE" || t.rfind("PAGE ", 0) == 0 || t.rfind("PAGE\\", 0) == 0;
}

}  // namespace

struct BodyReader::FieldState {
  struct Field {
    std::string instr;
    bool in_result = false;
  };
  std::vector<Field> stack;
  bool hidden() const {
    for (const auto& f : stack)
      if (!f.in_result) return true;
    return false;
  }
};

void BodyReader::read_blocks(const xmlNode* parent, std::vector<Block>& out,
                             const std::function<void(const xmlNode*)>& on_section_end) {
  for (const xmlNode* c = parent ? parent->children : nullptr; c != nullptr; c = c->next) {
    if (is_w(c, "p")) {
      split_lines(read_paragraph(c), out);
      if (depth_ == 0) read_text_boxes(c, out);
      if (on_section_end)
        if (const xmlNode* sect = child_w(child_w(c, "pPr"), "sectPr")) on_section_end(sect);
    } else if (is_w(c, "tbl")) {
      out.push_back(Block{read_table(c)});
    } else if (is_w(c, "sdt")) {
      read_blocks(child_w(c, "sdtContent"), out, on_section_end);
    } else if (is_w(c, "customXml") || is_w(c, "ins") || is_w(c, "moveTo")) {
      read_blocks(c, out, on_section_end);
    } else if (xml::is(c, xml::Ns::Mc, "AlternateContent")) {
      const xmlNode* choice = xml::child(c, xml::Ns::Mc, "Choice");
      read_blocks(choice ? choice : xml::child(c, xml::Ns::Mc, "Fallback"), out, on_section_end);
    }
  }
}

namespace {

// The w:txbxContent of the text boxes drawn from `n` (DrawingML wps:txbx or
// VML v:textbox). In mc:AlternateContent only the Choice is read, so that a
// box is not read twice through its VML fallback.
void find_text_boxes(const xmlNode* n, std::vector<const xmlNode*>& out, int depth = 0) {
  if (depth > 64) return;
  for (const xmlNode* c = n ? n->children : nullptr; c != nullptr; c = c->next) {
    if (!xml::is_element(c)) continue;
    if (is_w(c, "txbxContent")) {
      out.push_back(c);
      continue;
    }
    if (xml::is(c, xml::Ns::Mc, "Fallback")) continue;
    find_text_boxes(c, out, depth + 1);
  }
}

// Marks people put in a text box over the page ("DỰ THẢO", "KHẨN", "MẬT"):
// not part of the layout's text (issue 11 adds rules for them).
bool is_mark(const Paragraph& p) {
  std::string t = p.text();
  while (!t.empty() && (t.back() == ' ' || t.back() == '\t')) t.pop_back();
  while (!t.empty() && (t.front() == ' ' || t.front() == '\t')) t.erase(t.begin());
  for (const char* mark : {"DỰ THẢO", "Dự thảo", "KHẨN", "HỎA TỐC", "THƯỢNG KHẨN", "MẬT", "TỐI MẬT", "TUYỆT MẬT"})
    if (t == mark) return true;
  return false;
}

}  // namespace

// Text boxes and frames are drawn where they are placed, but Word users put
// whole headers in them: their paragraphs are read as top-level paragraphs
// right after the paragraph they are anchored in, flagged `in_text_box`.
void BodyReader::read_text_boxes(const xmlNode* p, std::vector<Block>& out) {
  std::vector<const xmlNode*> boxes;
  find_text_boxes(p, boxes);
  for (const xmlNode* box : boxes) {
    std::vector<Block> inner;
    ++depth_;
    read_blocks(box, inner);
    --depth_;
    for (Block& b : inner)
      if (Paragraph* q = std::get_if<Paragraph>(&b.value)) {
        if (is_mark(*q)) continue;
        q->in_text_box = true;
        out.push_back(std::move(b));
      }
  }
}

Paragraph BodyReader::read_paragraph(const xmlNode* p) {
  Paragraph out;
  out.number = ++count_;
  const xmlNode* ppr = child_w(p, "pPr");
  const std::string style = attr_w(child_w(ppr, "pStyle"), "val").value_or("");
  out.props = styles_.paragraph(style, parse_ppr(ppr));
  out.mark = styles_.run(out.props.style_id, "", parse_rpr(child_w(ppr, "rPr")));
  if (xml::on_off(child_w(ppr, "pageBreakBefore"))) out.has_page_break = true;
  if (out.props.num_id > 0) out.list_label = numbering_.next_label(out.props.num_id, out.props.num_level);
  FieldState fields;
  for (const xmlNode* c = p->children; c != nullptr; c = c->next)
    if (!is_w(c, "pPr")) read_inline(c, out, fields);
  return out;
}

void BodyReader::read_inline(const xmlNode* n, Paragraph& p, FieldState& f) {
  if (!xml::is_element(n)) return;
  if (is_w(n, "r")) {
    read_run(n, p, f);
  } else if (is_w(n, "fldSimple")) {
    if (is_page_instr(attr_w(n, "instr").value_or(""))) p.has_page_field = true;
    for (const xmlNode* c = n->children; c != nullptr; c = c->next) read_inline(c, p, f);
  } else if (is_w(n, "hyperlink") || is_w(n, "ins") || is_w(n, "moveTo") || is_w(n, "smartTag") ||
             is_w(n, "customXml") || is_w(n, "bdo") || is_w(n, "dir")) {
    for (const xmlNode* c = n->children; c != nullptr; c = c->next) read_inline(c, p, f);
  } else if (is_w(n, "sdt")) {
    if (const xmlNode* content = child_w(n, "sdtContent"))
      for (const xmlNode* c = content->children; c != nullptr; c = c->next) read_inline(c, p, f);
  } else if (xml::is(n, xml::Ns::Mc, "AlternateContent")) {
    const xmlNode* choice = xml::child(n, xml::Ns::Mc, "Choice");
    if (choice == nullptr) choice = xml::child(n, xml::Ns::Mc, "Fallback");
    for (const xmlNode* c = choice ? choice->children : nullptr; c != nullptr; c = c->next) read_inline(c, p, f);
  }
  // w:del, w:moveFrom (deleted text), bookmarks, proofing marks: nothing visible.
}

void BodyReader::read_run(const xmlNode* r, Paragraph& p, FieldState& f) {
  const xmlNode* rpr = child_w(r, "rPr");
  const std::string rstyle = attr_w(child_w(rpr, "rStyle"), "val").value_or("");
  TextRun run;
  run.props = styles_.run(p.props.style_id, rstyle, parse_rpr(rpr));
  for (const xmlNode* c = r->children; c != nullptr; c = c->next) {
    if (!xml::is_element(c)) continue;
    if (is_w(c, "fldChar")) {
      const std::string type = attr_w(c, "fldCharType").value_or("");
      if (type == "begin") {
        f.stack.push_back({});
      } else if (type == "separate" && !f.stack.empty()) {
        f.stack.back().in_result = true;
        if (is_page_instr(f.stack.back().instr)) p.has_page_field = true;
      } else if (type == "end" && !f.stack.empty()) {
        if (!f.stack.back().in_result && is_page_instr(f.stack.back().instr)) p.has_page_field = true;
        f.stack.pop_back();
      }
      continue;
    }
    if (is_w(c, "instrText")) {
      if (!f.stack.empty()) f.stack.back().instr += xml::text(c);
      continue;
    }
    if (is_w(c, "drawing") || is_w(c, "pict") || is_w(c, "object") || xml::is(c, xml::Ns::Mc, "AlternateContent")) {
      const size_t before = p.shapes.size();
      if (is_w(c, "drawing")) scan_drawing(c, p);
      else if (is_w(c, "pict") || is_w(c, "object")) scan_vml(c, p);
      else scan_alternate(c, p);
      int line = static_cast<int>(std::count(run.text.begin(), run.text.end(), '\n'));
      for (const auto& r : p.runs) line += static_cast<int>(std::count(r.text.begin(), r.text.end(), '\n'));
      for (size_t k = before; k < p.shapes.size(); ++k) p.shapes[k].line = line;
      continue;
    }
    if (is_w(c, "br")) {
      const std::string type = attr_w(c, "type").value_or("textWrapping");
      if (type == "page") p.has_page_break = true;
      else if (!f.hidden()) run.text += "\n";
      continue;
    }
    if (f.hidden() || run.props.vanish) continue;
    if (is_w(c, "t")) run.text += xml::text(c);
    else if (is_w(c, "tab") || is_w(c, "ptab")) run.text += "\t";
    else if (is_w(c, "cr")) run.text += "\n";
    else if (is_w(c, "noBreakHyphen")) run.text += "-";
  }
  if (!run.text.empty()) p.runs.push_back(std::move(run));
}

Table BodyReader::read_table(const xmlNode* tbl) {
  if (++depth_ > kMaxTableDepth) {
    --depth_;
    throw ReadError("tables are nested more than " + std::to_string(kMaxTableDepth) + " deep");
  }
  Table t;
  const xmlNode* tpr = child_w(tbl, "tblPr");
  t.indent = static_cast<int>(int_attr_w(child_w(tpr, "tblInd"), "w").value_or(0));
  const std::string tstyle = attr_w(child_w(tpr, "tblStyle"), "val").value_or("");
  int mar_l = 108, mar_r = 108;
  if (auto m = styles_.cell_margins(tstyle)) std::tie(mar_l, mar_r) = *m;
  if (const xmlNode* mar = child_w(tpr, "tblCellMar")) {
    const xmlNode* l = child_w(mar, "left") ? child_w(mar, "left") : child_w(mar, "start");
    const xmlNode* r = child_w(mar, "right") ? child_w(mar, "right") : child_w(mar, "end");
    if (auto v = int_attr_w(l, "w")) mar_l = static_cast<int>(*v);
    if (auto v = int_attr_w(r, "w")) mar_r = static_cast<int>(*v);
  }
  if (const xmlNode* b = child_w(tpr, "tblBorders"))
    for (const xmlNode* e = b->children; e != nullptr; e = e->next)
      if (xml::is_element(e)) {
        const std::string v = attr_w(e, "val").value_or("none");
        if (v != "none" && v != "nil") t.borders = true;
      }
  for (const xmlNode* g = child_w(child_w(tbl, "tblGrid"), "gridCol"); g != nullptr; g = g->next)
    if (is_w(g, "gridCol")) t.grid.push_back(static_cast<int>(int_attr_w(g, "w").value_or(0)));
  for (const xmlNode* tr = tbl->children; tr != nullptr; tr = tr->next) {
    if (!is_w(tr, "tr")) continue;
    Row row;
    int col = static_cast<int>(int_attr_w(child_w(child_w(tr, "trPr"), "gridBefore"), "val").value_or(0));
    for (const xmlNode* tc = tr->children; tc != nullptr; tc = tc->next) {
      if (!is_w(tc, "tc")) continue;
      Cell cell;
      const xmlNode* tcpr = child_w(tc, "tcPr");
      // Borders set per cell (w:tcBorders) draw a table as much as w:tblBorders do.
      if (const xmlNode* b = child_w(tcpr, "tcBorders"))
        for (const xmlNode* e = b->children; e != nullptr; e = e->next)
          if (xml::is_element(e)) {
            const std::string v = attr_w(e, "val").value_or("none");
            if (v != "none" && v != "nil") t.borders = true;
          }
      cell.grid_col = col;
      cell.span = std::max(1, static_cast<int>(int_attr_w(child_w(tcpr, "gridSpan"), "val").value_or(1)));
      if (cell.span > 64) cell.span = 64;
      int from_grid = 0;
      bool grid_ok = col >= 0 && col + cell.span <= static_cast<int>(t.grid.size());
      for (int i = 0; grid_ok && i < cell.span; ++i) from_grid += t.grid[static_cast<size_t>(col + i)];
      const xmlNode* tcw = child_w(tcpr, "tcW");
      const int tcw_w = static_cast<int>(int_attr_w(tcw, "w").value_or(0));
      const bool tcw_dxa = attr_w(tcw, "type").value_or("dxa") == "dxa";
      cell.width = grid_ok && from_grid > 0 ? from_grid : (tcw_dxa ? tcw_w : 0);
      cell.margin_left = mar_l;
      cell.margin_right = mar_r;
      if (const xmlNode* mar = child_w(tcpr, "tcMar")) {
        const xmlNode* l = child_w(mar, "left") ? child_w(mar, "left") : child_w(mar, "start");
        const xmlNode* r = child_w(mar, "right") ? child_w(mar, "right") : child_w(mar, "end");
        if (auto v = int_attr_w(l, "w")) cell.margin_left = static_cast<int>(*v);
        if (auto v = int_attr_w(r, "w")) cell.margin_right = static_cast<int>(*v);
      }
      read_blocks(tc, cell.blocks);
      col += cell.span;
      row.cells.push_back(std::move(cell));
    }
    t.rows.push_back(std::move(row));
  }
  --depth_;
  return t;
}

void flatten(const std::vector<Block>& blocks, std::vector<const Paragraph*>& out) {
  for (const Block& b : blocks) {
    if (const Paragraph* p = b.paragraph()) {
      out.push_back(p);
    } else if (const Table* t = b.table()) {
      for (const Row& r : t->rows)
        for (const Cell& c : r.cells) flatten(c.blocks, out);
    }
  }
}

std::string Paragraph::text() const {
  std::string s;
  if (!list_label.empty()) s = list_label + " ";
  for (const auto& r : runs) s += r.text;
  return s;
}

bool HeaderFooter::has_page_field() const {
  for (const auto& p : paragraphs)
    if (p.has_page_field) return true;
  return false;
}

}  // namespace vanthu::check
