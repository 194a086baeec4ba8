#include "template/markup.h"

#include <unicode/utf8.h>
#include <libxml/parser.h>
#include <libxml/relaxng.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <iterator>
#include <memory>
#include <mutex>

#include "core/unicode.h"
#include "template/outline.h"


namespace vanthu::tmpl {

namespace {

struct ErrorSink {
  Diagnostics* diag;
  std::string name;
  std::string_view xml;
};

// The source line, trimmed and shortened, so a message shows what is wrong.
std::string excerpt(std::string_view xml, int line) {
  if (line <= 0) return {};
  size_t pos = 0;
  for (int l = 1; l < line && pos != std::string_view::npos; ++l) {
    pos = xml.find('\n', pos);
    if (pos != std::string_view::npos) ++pos;
  }
  if (pos == std::string_view::npos || pos >= xml.size()) return {};
  size_t end = xml.find('\n', pos);
  std::string s = text::collapse_spaces(xml.substr(pos, end == std::string_view::npos ? xml.size() - pos : end - pos));
  if (s.size() > 80) s = s.substr(0, 77) + "...";
  return s;
}

void on_xml_error(void* user, xmlErrorPtr err) {
  auto* sink = static_cast<ErrorSink*>(user);
  if (!err || err->level == XML_ERR_NONE) return;
  std::string where = sink->name;
  if (err->line > 0) {
    where += ":" + std::to_string(err->line);
    if (err->int2 > 0) where += ":" + std::to_string(err->int2);
  }
  std::string msg = err->message ? err->message : "XML error";
  while (!msg.empty() && (msg.back() == '\n' || msg.back() == ' ')) msg.pop_back();
  // libxml2's depth limit advises its XML_PARSE_HUGE option, which is for
  // programmers: the user is told the limit instead.
  if (msg.find("Excessive depth") != std::string::npos)
    msg = "the markup nests elements deeper than 256 levels, the limit";
  else if (const size_t huge = msg.find(" use XML_PARSE_HUGE option"); huge != std::string::npos)
    msg.erase(huge);
  if (err->node && err->domain == XML_FROM_RELAXNGV) {
    auto* node = static_cast<xmlNodePtr>(err->node);
    if (node->name && std::strstr(msg.c_str(), reinterpret_cast<const char*>(node->name)) == nullptr)
      msg += " (element <" + std::string(reinterpret_cast<const char*>(node->name)) + ">)";
  }
  const std::string ex = excerpt(sink->xml, err->line);
  if (!ex.empty()) msg += "; near: " + ex;
  if (err->level == XML_ERR_WARNING)
    sink->diag->warning(where, msg);
  else
    sink->diag->error(where, msg);
}

// The compiled schema is loaded once per process and shared: validation
// contexts are per call, the grammar itself is read-only.
xmlRelaxNGPtr schema(Diagnostics& diag) {
  static std::once_flag once;
  static xmlRelaxNGPtr compiled = nullptr;
  std::call_once(once, [] {
    // The schema is compiled into the program (engine/CMakeLists.txt), so an
    // installed engine needs no path to it.
    static const char rng[] =
#include "markup_rng.inc"
        ;
    xmlRelaxNGParserCtxtPtr pc = xmlRelaxNGNewMemParserCtxt(rng, static_cast<int>(sizeof rng - 1));
    if (pc) {
      compiled = xmlRelaxNGParse(pc);
      xmlRelaxNGFreeParserCtxt(pc);
    }
  });
  if (!compiled) diag.error("engine/schema/markup.rng", "cannot load the built-in markup schema");
  return compiled;
}

// U+2028 (a vertical tab in the data) where no line break can be (a title
// attribute, a number): a space.
std::string separators_to_spaces(std::string s) {
  for (size_t at = 0; (at = s.find("\xE2\x80\xA8", at)) != std::string::npos;) s.replace(at, 3, " ");
  return s;
}

std::string attr(xmlNodePtr n, const char* name) {
  xmlChar* v = xmlGetProp(n, reinterpret_cast<const xmlChar*>(name));
  if (!v) return {};
  std::string s = text::nfc(reinterpret_cast<const char*>(v));
  xmlFree(v);
  return text::collapse_spaces(separators_to_spaces(s));
}

bool is(xmlNodePtr n, const char* name) {
  return n->type == XML_ELEMENT_NODE && std::strcmp(reinterpret_cast<const char*>(n->name), name) == 0;
}

std::string node_text(xmlNodePtr n) {
  xmlChar* v = xmlNodeGetContent(n);
  std::string s = v ? reinterpret_cast<const char*>(v) : "";
  if (v) xmlFree(v);
  return text::collapse_spaces(separators_to_spaces(text::nfc(s)));
}

void collect_inline(xmlNodePtr n, const sem::Span& style, sem::Text& out) {
  for (xmlNodePtr c = n->children; c; c = c->next) {
    if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
      std::string t = text::nfc(reinterpret_cast<const char*>(c->content));
      for (char& ch : t)
        if (ch == '\n' || ch == '\t' || ch == '\r') ch = ' ';
      // U+2028 (a vertical tab in the data, text::strip_xml_forbidden) is a
      // line break, as <br/>.
      static const std::string kSeparator = "\xE2\x80\xA8";
      for (size_t from = 0;;) {
        const size_t at = t.find(kSeparator, from);
        sem::Text parts =
            parse_inline_shorthand(std::string_view(t).substr(from, at == std::string::npos ? std::string::npos : at - from), style);
        out.insert(out.end(), std::make_move_iterator(parts.begin()), std::make_move_iterator(parts.end()));
        if (at == std::string::npos) break;
        sem::Span br;
        br.line_break = true;
        out.push_back(br);
        from = at + kSeparator.size();
      }
    } else if (is(c, "br")) {
      sem::Span br;
      br.line_break = true;
      out.push_back(br);
    } else if (c->type == XML_ELEMENT_NODE) {
      sem::Span inner = style;
      if (is(c, "b")) inner.bold = true;
      if (is(c, "i")) inner.italic = true;
      if (is(c, "u")) inner.underline = true;
      collect_inline(c, inner, out);
    }
  }
}

// White space inside inline content collapses as in HTML: runs become one
// space, and the ends of the paragraph and of each line are trimmed.
sem::Text normalise_spaces(sem::Text in) {
  sem::Text out;
  out.reserve(in.size());
  bool at_line_start = true;
  for (auto& s : in) {
    if (s.line_break) {
      if (!out.empty() && !out.back().line_break) {
        auto& t = out.back().text;
        while (!t.empty() && t.back() == ' ') t.pop_back();
      }
      out.push_back(s);
      at_line_start = true;
      continue;
    }
    // Compacted in place (no new string per span): a space is kept unless
    // it starts a line or follows another; text[0, kept) is what is kept.
    std::string& text = s.text;
    size_t kept = 0;
    for (const char c : text) {
      if (c == ' ' && (at_line_start || (kept > 0 && text[kept - 1] == ' ') ||
                       (kept == 0 && !out.empty() && !out.back().line_break && !out.back().text.empty() &&
                        out.back().text.back() == ' ')))
        continue;
      text[kept++] = c;
      at_line_start = false;
    }
    text.resize(kept);
    if (text.empty()) continue;
    out.push_back(std::move(s));
  }
  while (!out.empty() && !out.back().line_break) {
    auto& t = out.back().text;
    while (!t.empty() && t.back() == ' ') t.pop_back();
    if (!t.empty()) break;
    out.pop_back();
  }
  return out;
}

sem::Text inline_text(xmlNodePtr n) {
  sem::Text t;
  collect_inline(n, sem::Span{}, t);
  return normalise_spaces(std::move(t));
}

sem::Align parse_align(const std::string& a) {
  if (a == "left") return sem::Align::Left;
  if (a == "center") return sem::Align::Center;
  if (a == "right") return sem::Align::Right;
  if (a == "justify") return sem::Align::Justify;
  return sem::Align::Default;
}

sem::Table parse_table(xmlNodePtr n) {
  sem::Table t;
  t.unit = attr(n, "unit");
  t.line = static_cast<int>(xmlGetLineNo(n));
  const std::string fs = attr(n, "font-size");
  if (!fs.empty()) t.font_half_pt = static_cast<int>(std::stod(fs) * 2 + 0.5);
  for (xmlNodePtr c = n->children; c; c = c->next) {
    if (is(c, "columns")) {
      for (xmlNodePtr col = c->children; col; col = col->next) {
        if (!is(col, "column")) continue;
        sem::TableColumn tc;
        const std::string w = attr(col, "weight");
        if (!w.empty()) tc.weight = std::stod(w);
        tc.align = parse_align(attr(col, "align"));
        t.columns.push_back(tc);
      }
    } else if (is(c, "row")) {
      sem::TableRow row;
      row.header = attr(c, "header") == "yes";
      row.total = attr(c, "total") == "yes";
      for (xmlNodePtr cell = c->children; cell; cell = cell->next) {
        if (!is(cell, "cell")) continue;
        sem::TableCell tc;
        tc.text = inline_text(cell);
        const std::string span = attr(cell, "span");
        if (!span.empty()) tc.span = std::stoi(span);
        tc.align = parse_align(attr(cell, "align"));
        tc.bold = attr(cell, "bold") == "yes";
        row.cells.push_back(std::move(tc));
      }
      t.rows.push_back(std::move(row));
    }
  }
  return t;
}

sem::ReportColumn parse_report_column(xmlNodePtr c, const std::string& group) {
  sem::ReportColumn col;
  col.header = attr(c, "header");
  col.group = group;
  col.value = attr(c, "value");
  const std::string d = attr(c, "decimals");
  if (!d.empty()) col.decimals = std::stoi(d);
  col.sign = attr(c, "sign") == "yes";
  col.total = attr(c, "total") != "no";
  col.line = static_cast<int>(xmlGetLineNo(c));
  return col;
}

// <report-table>: the declaration only; the rows are computed from the data
// by compute_report_tables (template/report_table.h).
sem::ReportTable parse_report_table(xmlNodePtr n) {
  sem::ReportTable t;
  t.id = attr(n, "id");
  t.units_path = attr(n, "units");
  t.figures_path = attr(n, "figures");
  if (const std::string k = attr(n, "key"); !k.empty()) t.key_field = k;
  if (const std::string l = attr(n, "label"); !l.empty()) t.label_field = l;
  t.group_field = attr(n, "group");
  if (const std::string s = attr(n, "subtotals"); !s.empty()) t.subtotals = s;
  if (xmlHasProp(n, reinterpret_cast<const xmlChar*>("subtotal-label"))) t.subtotal_label = attr(n, "subtotal-label");
  if (xmlHasProp(n, reinterpret_cast<const xmlChar*>("total-label"))) t.total_label = attr(n, "total-label");
  t.unit = attr(n, "unit");
  t.orientation = attr(n, "orientation");
  const std::string fs = attr(n, "font-size");
  if (!fs.empty()) t.font_half_pt = static_cast<int>(std::stod(fs) * 2 + 0.5);
  t.line = static_cast<int>(xmlGetLineNo(n));
  for (xmlNodePtr c = n->children; c; c = c->next) {
    if (is(c, "index") || is(c, "label")) {
      sem::ReportColumn col;
      col.kind = is(c, "index") ? sem::ReportColumn::Kind::Index : sem::ReportColumn::Kind::Label;
      col.header = xmlHasProp(c, reinterpret_cast<const xmlChar*>("header")) ? attr(c, "header")
                                                                            : std::string(is(c, "index") ? "STT" : "");
      col.line = static_cast<int>(xmlGetLineNo(c));
      t.columns.push_back(std::move(col));
    } else if (is(c, "column")) {
      t.columns.push_back(parse_report_column(c, ""));
    } else if (is(c, "group")) {
      const std::string header = attr(c, "header");
      for (xmlNodePtr g = c->children; g; g = g->next)
        if (is(g, "column")) t.columns.push_back(parse_report_column(g, header));
    }
  }
  return t;
}

sem::Chart parse_chart(xmlNodePtr n) {
  sem::Chart ch;
  ch.table = attr(n, "table");
  ch.value = attr(n, "value");
  ch.label_field = attr(n, "label");
  ch.unit = attr(n, "unit");
  const std::string d = attr(n, "decimals");
  if (!d.empty()) ch.decimals = std::stoi(d);
  ch.caption = node_text(n);
  ch.line = static_cast<int>(xmlGetLineNo(n));
  return ch;
}

std::vector<sem::Node> parse_blocks(xmlNodePtr parent) {
  std::vector<sem::Node> out;
  for (xmlNodePtr c = parent->children; c; c = c->next) {
    if (is(c, "p")) {
      sem::Paragraph p;
      p.text = inline_text(c);
      p.align = parse_align(attr(c, "align"));
      p.indent = attr(c, "indent") != "no";
      out.emplace_back(std::move(p));
    } else if (is(c, "item")) {
      out.emplace_back(sem::Item{inline_text(c)});
    } else if (is(c, "field")) {
      sem::Paragraph p;
      p.text = inline_text(c);
      p.label = text::collapse_spaces(attr(c, "label"));
      out.emplace_back(std::move(p));
    } else if (is(c, "outline")) {
      std::vector<sem::Text> lines;
      for (xmlNodePtr l = c->children; l; l = l->next)
        if (is(l, "line")) lines.push_back(inline_text(l));
      std::vector<sem::Node> nodes = outline_to_nodes(lines);
      out.insert(out.end(), std::make_move_iterator(nodes.begin()), std::make_move_iterator(nodes.end()));
    } else if (is(c, "section")) {
      sem::Section s;
      s.title = normalise_spaces(parse_inline_shorthand(attr(c, "title"), sem::Span{}));
      s.line = static_cast<int>(xmlGetLineNo(c));
      s.children = parse_blocks(c);
      out.emplace_back(std::move(s));
    } else if (is(c, "table")) {
      out.emplace_back(parse_table(c));
    } else if (is(c, "report-table")) {
      out.emplace_back(parse_report_table(c));
    } else if (is(c, "chart")) {
      out.emplace_back(parse_chart(c));
    }
  }
  return out;
}

sem::Signer parse_signer(xmlNodePtr c) {
  sem::Signer s;
  s.collective = attr(c, "collective");
  s.mode = attr(c, "mode");
  s.head_title = attr(c, "head");
  s.title = attr(c, "title");
  s.name = attr(c, "name");
  s.line = static_cast<int>(xmlGetLineNo(c));
  return s;
}

sem::Recipients parse_recipients(xmlNodePtr c) {
  sem::Recipients r;
  r.archive_units = attr(c, "archive");
  r.line = static_cast<int>(xmlGetLineNo(c));
  for (xmlNodePtr t = c->children; t; t = t->next)
    if (is(t, "to")) r.items.push_back(node_text(t));
  return r;
}

// Numbers the schema has checked (digits only, or empty).
int small_number(const std::string& v, int none) {
  const std::string t = text::collapse_spaces(v);
  return t.empty() || t.size() > 6 ? none : std::stoi(t);
}

sem::Marks parse_marks(xmlNodePtr c) {
  sem::Marks m;
  m.secrecy = text::collapse_spaces(attr(c, "secrecy"));
  m.recall = attr(c, "recall") == "yes";
  m.urgency = text::collapse_spaces(attr(c, "urgency"));
  m.circulation = text::collapse_spaces(attr(c, "circulation"));
  m.drafter = text::collapse_spaces(attr(c, "drafter"));
  m.copies = small_number(attr(c, "copies"), 0);
  m.draft = small_number(attr(c, "draft"), -1);
  for (xmlNodePtr t = c->children; t; t = t->next)
    if (is(t, "address")) {
      const std::string line = text::collapse_spaces(node_text(t));
      if (!line.empty()) m.address += (m.address.empty() ? "" : "\n") + line;
    }
  m.line = static_cast<int>(xmlGetLineNo(c));
  return m;
}

// The markup's dates as typed values (see parse_markup in markup.h); a text
// that is not a date is an error at its line.
struct MarkupDates {
  const DataDates* data;
  const std::string& name;
  Diagnostics& diag;

  std::optional<vn::Date> operator()(const std::string& text, xmlNodePtr at, const char* what) const {
    if (text.empty()) return std::nullopt;
    if (data)
      if (const vn::Date* d = data->of_text(text)) return *d;
    if (auto d = vn::Date::parse(text)) return d;
    diag.error(name + ":" + std::to_string(xmlGetLineNo(at)),
               std::string(what) + " \"" + text + "\" is not a valid date (YYYY-MM-DD)");
    return std::nullopt;
  }
};

sem::Copy parse_copy(xmlNodePtr c, const MarkupDates& dates) {
  sem::Copy k;
  k.form = attr(c, "form");
  k.parent_organ = text::collapse_spaces(attr(c, "parent-organ"));
  k.organ = text::collapse_spaces(attr(c, "organ"));
  k.organ_abbreviation = text::collapse_spaces(attr(c, "abbreviation"));
  const std::string n = text::collapse_spaces(attr(c, "number"));
  if (!n.empty() && n.size() <= 9 && n.find_first_not_of("0123456789") == std::string::npos) k.number = std::stoll(n);
  k.place = text::collapse_spaces(attr(c, "place"));
  k.date = dates(text::collapse_spaces(attr(c, "date")), c, "the copy's date");
  k.time = text::collapse_spaces(attr(c, "time"));
  k.electronic = attr(c, "electronic") == "yes";
  for (xmlNodePtr t = c->children; t; t = t->next) {
    if (is(t, "recipients")) k.recipients = parse_recipients(t);
    if (is(t, "signer")) k.signer = parse_signer(t);
  }
  k.line = static_cast<int>(xmlGetLineNo(c));
  return k;
}

sem::Document build(xmlNodePtr root, const MarkupDates& dates) {
  sem::Document d;
  d.type = attr(root, "type");
  d.closing_mark = attr(root, "closing-mark") != "no";
  d.numbered = attr(root, "numbered") != "no";
  d.dated = attr(root, "dated") != "no";
  d.line_root = static_cast<int>(xmlGetLineNo(root));
  for (xmlNodePtr c = root->children; c; c = c->next) {
    if (is(c, "parent-organ")) d.parent_organ = node_text(c);
    else if (is(c, "organ")) {
      d.organ = node_text(c);
      d.organ_abbreviation = attr(c, "abbreviation");
    } else if (is(c, "number")) {
      const std::string v = node_text(c);
      if (!v.empty()) d.number = std::stoll(v);  // checked by the schema pass below
    } else if (is(c, "symbol")) d.symbol_override = node_text(c);
    else if (is(c, "place")) d.place = node_text(c);
    else if (is(c, "date")) d.date = dates(node_text(c), c, "the document date");
    else if (is(c, "title")) d.title = inline_text(c);
    else if (is(c, "addressees")) {
      d.addressee_lead = text::collapse_spaces(attr(c, "lead"));
      d.addressee_label = xmlHasProp(c, BAD_CAST "label") == nullptr || !attr(c, "label").empty();
      for (xmlNodePtr t = c->children; t; t = t->next)
        if (is(t, "to")) d.addressees.push_back(node_text(t));
    } else if (is(c, "authority")) d.authority = node_text(c);
    else if (is(c, "bases")) {
      for (xmlNodePtr b = c->children; b; b = b->next)
        if (is(b, "basis")) d.bases.push_back(inline_text(b));
    } else if (is(c, "body")) {
      bool has_parts = false;
      for (xmlNodePtr p = c->children; p; p = p->next) {
        if (!is(p, "part")) continue;
        has_parts = true;
        sem::Part part;
        part.title = normalise_spaces(parse_inline_shorthand(attr(p, "title"), sem::Span{}));
        part.children = parse_blocks(p);
        d.parts.push_back(std::move(part));
      }
      if (!has_parts) d.body = parse_blocks(c);
    } else if (is(c, "recipients")) {
      d.recipients = parse_recipients(c);
    } else if (is(c, "signer")) {
      d.signer = parse_signer(c);
    } else if (is(c, "left-signer")) {
      d.left_signer = parse_signer(c);
    } else if (is(c, "confirmation")) {
      d.confirmation = sem::Confirmation{text::collapse_spaces(attr(c, "title")), text::collapse_spaces(attr(c, "name")),
                                         static_cast<int>(xmlGetLineNo(c))};
    } else if (is(c, "marks")) {
      d.marks = parse_marks(c);
    } else if (is(c, "copy")) {
      d.copy = parse_copy(c, dates);
    } else if (is(c, "attachment")) {
      sem::Attachment a;
      const std::string kind = attr(c, "kind");
      a.kind = kind == "appendix"     ? sem::Attachment::Kind::Appendix
               : kind == "regulation" ? sem::Attachment::Kind::Regulation
                                      : sem::Attachment::Kind::List;
      a.type_name = attr(c, "type-name");
      a.reference = attr(c, "reference");
      a.label = text::collapse_spaces(attr(c, "label"));
      a.electronic = attr(c, "electronic") == "yes";
      a.landscape = attr(c, "orientation") == "landscape";
      for (xmlNodePtr t = c->children; t; t = t->next) {
        if (is(t, "title")) a.title = inline_text(t);
        if (is(t, "body")) a.body = parse_blocks(t);
      }
      d.attachments.push_back(std::move(a));
    }
  }
  return d;
}

// Checks the schema cannot express: integers, a non-empty required text.
void check_values(xmlNodePtr root, const std::string& name, Diagnostics& diag) {
  for (xmlNodePtr c = root->children; c; c = c->next) {
    if (is(c, "number")) {
      const std::string v = node_text(c);
      bool ok = !v.empty() && v.size() <= 9;
      for (char ch : v) ok = ok && ch >= '0' && ch <= '9';
      if (!v.empty() && (!ok || std::stoll(v) < 1))
        diag.error(name + ":" + std::to_string(xmlGetLineNo(c)),
                   "<number> must be a whole number from 1 (or empty, to leave it for the văn thư), not \"" + v + "\"");
    }
    if (is(c, "copy")) {
      const std::string v = text::collapse_spaces(attr(c, "number"));
      bool ok = v.size() <= 9;
      for (char ch : v) ok = ok && ch >= '0' && ch <= '9';
      if (!ok)
        diag.error(name + ":" + std::to_string(xmlGetLineNo(c)),
                   "<copy number> must be the copy's whole number (or empty), not \"" + v + "\"");
    }
  }
}

// DEL and the C1 controls are allowed by XML but no document can show them
// (Word refuses them; data text has them stripped before Mustache). In the
// template itself they are an error at their line.
void check_controls(xmlNodePtr n, const std::string& name, Diagnostics& diag) {
  auto scan = [&](const xmlChar* v, xmlNodePtr at) {
    if (!v) return;
    // libxml2 has checked the UTF-8: U+007F is the byte 7F, U+0080..U+009F
    // are C2 80..C2 9F, and neither byte is ever inside another character.
    for (const auto* p = reinterpret_cast<const uint8_t*>(v); *p; ++p) {
      if (*p != 0x7F && !(*p == 0xC2 && p[1] >= 0x80 && p[1] <= 0x9F)) continue;
      const UChar32 c = *p == 0x7F ? 0x7F : p[1];  // C2 xx is U+00xx
      if (text::is_discouraged_control(c)) {
        char cp[16];
        std::snprintf(cp, sizeof cp, "U+%04X", static_cast<unsigned>(c));
        diag.error(name + ":" + std::to_string(xmlGetLineNo(at)),
                   std::string("the text holds the control character ") + cp + ", which no document can show");
        return;
      }
    }
  };
  for (xmlNodePtr c = n; c; c = c->next) {
    if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) scan(c->content, c->parent ? c->parent : c);
    if (c->type == XML_ELEMENT_NODE) {
      for (xmlAttrPtr a = c->properties; a; a = a->next)
        if (a->children) scan(a->children->content, c);
      check_controls(c->children, name, diag);
    }
  }
}

}  // namespace


std::optional<sem::Document> parse_markup(std::string_view xml, const std::string& name, Diagnostics& diag,
                                          const DataDates* dates) {
  Diagnostics local;
  ErrorSink sink{&local, name, xml};
  xmlRelaxNGPtr rng = schema(diag);
  if (!rng) return std::nullopt;

  // A DOCTYPE could declare entities (XML bombs) or point outside: refused
  // before libxml2 reads its declarations. After Mustache, data text is
  // escaped, so "<!DOCTYPE" can only come from the template itself.
  if (const size_t dt = xml.find("<!DOCTYPE"); dt != std::string_view::npos) {
    const long line = 1 + static_cast<long>(std::count(xml.begin(), xml.begin() + static_cast<long>(dt), '\n'));
    diag.error(name + ":" + std::to_string(line), "a DOCTYPE declaration is not allowed in the markup");
    return std::nullopt;
  }
  xmlSetStructuredErrorFunc(&sink, on_xml_error);
  // NONET: never fetch anything; no DTDLOAD, no NOENT: entities stay
  // unexpanded (no XXE, no billion laughs); NOCDATA keeps text simple.
  std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)> doc(
      xmlReadMemory(xml.data(), static_cast<int>(xml.size()), name.c_str(), "UTF-8",
                    XML_PARSE_NONET | XML_PARSE_NOCDATA),
      &xmlFreeDoc);
  if (!doc && !local.has_errors())  // libxml2 reports nothing for an empty buffer
    local.error(name, xml.empty() ? "the markup is empty" : "the markup is not well-formed XML");
  if (doc && (doc->intSubset || doc->extSubset)) {
    // A DOCTYPE could declare entities (XML bombs) or point outside: the
    // markup never needs one.
    local.error(name + ":" + std::to_string(doc->intSubset ? xmlGetLineNo(reinterpret_cast<xmlNodePtr>(doc->intSubset)) : 1),
                "a DOCTYPE declaration is not allowed in the markup");
  }
  if (doc && !local.has_errors()) {
    xmlRelaxNGValidCtxtPtr vc = xmlRelaxNGNewValidCtxt(rng);
    xmlRelaxNGSetValidStructuredErrors(vc, on_xml_error, &sink);
    xmlRelaxNGValidateDoc(vc, doc.get());
    xmlRelaxNGFreeValidCtxt(vc);
  }
  xmlSetStructuredErrorFunc(nullptr, nullptr);
  if (doc && !local.has_errors()) check_values(xmlDocGetRootElement(doc.get()), name, local);
  if (doc && !local.has_errors()) check_controls(xmlDocGetRootElement(doc.get()), name, local);
  diag.append(local);
  if (!doc || local.has_errors()) return std::nullopt;
  try {
    Diagnostics date_errors;
    sem::Document built = build(xmlDocGetRootElement(doc.get()), MarkupDates{dates, name, date_errors});
    diag.append(date_errors);
    if (date_errors.has_errors()) return std::nullopt;
    return built;
  } catch (const std::exception& e) {  // a number attribute out of range (std::stoi)
    diag.error(name, std::string("a numeric attribute is out of range: ") + e.what());
    return std::nullopt;
  }
}

}  // namespace vanthu::tmpl
