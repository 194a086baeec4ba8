#include "check/styles.h"

#include <algorithm>

#include "check/safe_xml.h"

namespace vanthu::check {

namespace {

using xml::attr_w;
using xml::child_w;
using xml::int_attr_w;
using xml::is_w;

std::optional<Border> parse_border(const xmlNode* b) {
  if (b == nullptr) return std::nullopt;
  Border out;
  out.val = attr_w(b, "val").value_or("");
  out.size = static_cast<int>(int_attr_w(b, "sz").value_or(0));
  return out;
}

std::string theme_font(const std::string& name, const ThemeFonts& theme) {
  return name.rfind("major", 0) == 0 ? theme.major : theme.minor;
}

}  // namespace

RunPatch parse_rpr(const xmlNode* rPr) {
  RunPatch p;
  if (rPr == nullptr) return p;
  for (const xmlNode* c = rPr->children; c != nullptr; c = c->next) {
    if (!xml::is_element(c) || xml::ns_of(c) != xml::Ns::W) continue;
    const std::string n = reinterpret_cast<const char*>(c->name);
    if (n == "rFonts") {
      if (auto v = attr_w(c, "ascii")) p.ascii = *v;
      if (auto v = attr_w(c, "hAnsi")) p.hansi = *v;
      if (auto v = attr_w(c, "asciiTheme")) p.ascii_theme = *v;
      if (auto v = attr_w(c, "hAnsiTheme")) p.hansi_theme = *v;
    } else if (n == "sz") {
      if (auto v = int_attr_w(c, "val"); v && *v > 0 && *v < 4000) p.size = static_cast<int>(*v);
    } else if (n == "b") {
      p.bold = xml::on_off(c);
    } else if (n == "i") {
      p.italic = xml::on_off(c);
    } else if (n == "caps") {
      p.caps = xml::on_off(c);
    } else if (n == "vanish" || n == "specVanish") {
      p.vanish = xml::on_off(c);
    } else if (n == "u") {
      const std::string v = attr_w(c, "val").value_or("single");
      p.underline = v != "none";
    } else if (n == "vertAlign") {
      const std::string v = attr_w(c, "val").value_or("baseline");
      p.valign = v == "superscript" ? VertAlign::Superscript
                 : v == "subscript" ? VertAlign::Subscript
                                    : VertAlign::Baseline;
    } else if (n == "color") {
      p.color = attr_w(c, "val").value_or("auto");
    } else if (n == "spacing") {
      if (auto v = int_attr_w(c, "val"); v && *v > -2000 && *v < 2000) p.char_spacing = static_cast<int>(*v);
    }
  }
  return p;
}

ParaPatch parse_ppr(const xmlNode* pPr) {
  ParaPatch p;
  if (pPr == nullptr) return p;
  if (const xmlNode* jc = child_w(pPr, "jc")) {
    const std::string v = attr_w(jc, "val").value_or("left");
    if (v == "center") p.align = Align::Center;
    else if (v == "right" || v == "end") p.align = Align::Right;
    else if (v == "both" || v == "distribute" || v == "lowKashida" || v == "mediumKashida" || v == "highKashida" ||
             v == "thaiDistribute")
      p.align = Align::Justify;
    else p.align = Align::Left;
  }
  if (const xmlNode* ind = child_w(pPr, "ind")) {
    if (auto v = int_attr_w(ind, "left")) p.ind_left = static_cast<int>(*v);
    else if (auto s = int_attr_w(ind, "start")) p.ind_left = static_cast<int>(*s);
    if (auto v = int_attr_w(ind, "right")) p.ind_right = static_cast<int>(*v);
    else if (auto e = int_attr_w(ind, "end")) p.ind_right = static_cast<int>(*e);
    if (auto v = int_attr_w(ind, "hanging")) p.first_line = -static_cast<int>(*v);
    else if (auto f = int_attr_w(ind, "firstLine")) p.first_line = static_cast<int>(*f);
  }
  if (const xmlNode* sp = child_w(pPr, "spacing")) {
    if (auto v = int_attr_w(sp, "before")) p.before = static_cast<int>(*v);
    if (auto v = int_attr_w(sp, "after")) p.after = static_cast<int>(*v);
    if (auto v = int_attr_w(sp, "line")) p.line = static_cast<int>(*v);
    if (auto r = attr_w(sp, "lineRule"))
      p.line_rule = *r == "exact" ? LineRule::Exact : *r == "atLeast" ? LineRule::AtLeast : LineRule::Auto;
  }
  if (const xmlNode* cs = child_w(pPr, "contextualSpacing")) p.contextual_spacing = xml::on_off(cs);
  if (const xmlNode* bdr = child_w(pPr, "pBdr")) {
    if (auto b = parse_border(child_w(bdr, "top"))) p.top = b;
    if (auto b = parse_border(child_w(bdr, "bottom"))) p.bottom = b;
    if (auto b = parse_border(child_w(bdr, "left"))) p.left = b;
    if (auto b = parse_border(child_w(bdr, "right"))) p.right = b;
  }
  if (const xmlNode* tabs = child_w(pPr, "tabs")) {
    std::vector<int> stops;
    for (const xmlNode* t = tabs->children; t != nullptr; t = t->next)
      if (is_w(t, "tab") && attr_w(t, "val").value_or("") != "clear")
        if (auto pos = int_attr_w(t, "pos")) stops.push_back(static_cast<int>(*pos));
    std::sort(stops.begin(), stops.end());
    p.tabs = std::move(stops);
  }
  if (const xmlNode* num = child_w(pPr, "numPr")) {
    if (auto v = int_attr_w(child_w(num, "numId"), "val")) p.num_id = static_cast<int>(*v);
    if (auto v = int_attr_w(child_w(num, "ilvl"), "val")) p.num_level = static_cast<int>(*v);
  }
  return p;
}

ThemeFonts parse_theme(const xmlDoc* theme) {
  ThemeFonts t;
  if (theme == nullptr) return t;
  // a:theme/a:themeElements/a:fontScheme/a:majorFont/a:latin@typeface
  const xmlNode* root = xmlDocGetRootElement(const_cast<xmlDoc*>(theme));
  const xmlNode* scheme = xml::child(xml::child(root, xml::Ns::A, "themeElements"), xml::Ns::A, "fontScheme");
  auto latin = [&](const char* which) {
    const xmlNode* f = xml::child(xml::child(scheme, xml::Ns::A, which), xml::Ns::A, "latin");
    return xml::plain_attr(f, "typeface").value_or("");
  };
  t.major = latin("majorFont");
  t.minor = latin("minorFont");
  return t;
}

void apply(RunProps& r, const RunPatch& p, const ThemeFonts& theme) {
  if (p.ascii_theme) r.font_ascii = theme_font(*p.ascii_theme, theme);
  else if (p.ascii) r.font_ascii = *p.ascii;
  if (p.hansi_theme) r.font_hansi = theme_font(*p.hansi_theme, theme);
  else if (p.hansi) r.font_hansi = *p.hansi;
  if (p.size) r.size = *p.size;
  if (p.bold) r.bold = *p.bold;
  if (p.italic) r.italic = *p.italic;
  if (p.caps) r.caps = *p.caps;
  if (p.vanish) r.vanish = *p.vanish;
  if (p.underline) r.underline = *p.underline;
  if (p.valign) r.valign = *p.valign;
  if (p.color) r.color = *p.color;
  if (p.char_spacing) r.char_spacing = *p.char_spacing;
}

void apply(ParaProps& r, const ParaPatch& p) {
  if (p.align) r.align = *p.align;
  if (p.ind_left) r.ind_left = *p.ind_left;
  if (p.ind_right) r.ind_right = *p.ind_right;
  if (p.first_line) r.first_line = *p.first_line;
  if (p.before) r.before = *p.before;
  if (p.after) r.after = *p.after;
  if (p.line) r.line = *p.line;
  if (p.line_rule) r.line_rule = *p.line_rule;
  if (p.contextual_spacing) r.contextual_spacing = *p.contextual_spacing;
  if (p.top) r.top = *p.top;
  if (p.bottom) r.bottom = *p.bottom;
  if (p.left) r.left = *p.left;
  if (p.right) r.right = *p.right;
  if (p.num_id) r.num_id = *p.num_id;
  if (p.num_level) r.num_level = *p.num_level;
  if (p.tabs) r.tabs = *p.tabs;
}

void StyleSheet::load(const xmlDoc* styles, ThemeFonts theme) {
  theme_ = std::move(theme);
  if (styles == nullptr) return;
  const xmlNode* root = xmlDocGetRootElement(const_cast<xmlDoc*>(styles));
  if (const xmlNode* dd = child_w(root, "docDefaults")) {
    default_rpr_ = parse_rpr(child_w(child_w(dd, "rPrDefault"), "rPr"));
    default_ppr_ = parse_ppr(child_w(child_w(dd, "pPrDefault"), "pPr"));
  }
  for (const xmlNode* s = root ? root->children : nullptr; s != nullptr; s = s->next) {
    if (!is_w(s, "style")) continue;
    const std::string id = attr_w(s, "styleId").value_or("");
    if (id.empty()) continue;
    Style st;
    st.type = attr_w(s, "type").value_or("paragraph");
    if (const xmlNode* b = child_w(s, "basedOn")) st.based_on = attr_w(b, "val").value_or("");
    st.ppr = parse_ppr(child_w(s, "pPr"));
    st.rpr = parse_rpr(child_w(s, "rPr"));
    if (const xmlNode* mar = child_w(child_w(s, "tblPr"), "tblCellMar")) {
      const xmlNode* l = child_w(mar, "left") ? child_w(mar, "left") : child_w(mar, "start");
      const xmlNode* r = child_w(mar, "right") ? child_w(mar, "right") : child_w(mar, "end");
      if (auto v = int_attr_w(l, "w")) st.margin_left = static_cast<int>(*v);
      if (auto v = int_attr_w(r, "w")) st.margin_right = static_cast<int>(*v);
    }
    if (xml::on_off(child_w(s, "default")) || attr_w(s, "default").value_or("") == "1" ||
        attr_w(s, "default").value_or("") == "true") {
      if (st.type == "paragraph" && default_paragraph_.empty()) default_paragraph_ = id;
      if (st.type == "character" && default_character_.empty()) default_character_ = id;
      if (st.type == "table" && default_table_.empty()) default_table_ = id;
    }
    styles_.emplace(id, std::move(st));
  }
}

std::vector<const StyleSheet::Style*> StyleSheet::chain(const std::string& id, const char* type) const {
  std::vector<const Style*> out;  // most basic first
  std::string cur = id;
  for (int depth = 0; depth < 32 && !cur.empty(); ++depth) {
    auto it = styles_.find(cur);
    if (it == styles_.end() || it->second.type != type) break;
    out.insert(out.begin(), &it->second);
    cur = it->second.based_on;
  }
  return out;
}

ParaProps StyleSheet::paragraph(const std::string& style_id, const ParaPatch& direct) const {
  ParaProps p;
  apply(p, default_ppr_);
  const std::string id = style_id.empty() ? default_paragraph_ : style_id;
  for (const Style* s : chain(id, "paragraph")) apply(p, s->ppr);
  apply(p, direct);
  p.style_id = id;
  return p;
}

RunProps StyleSheet::run(const std::string& para_style, const std::string& char_style, const RunPatch& direct) const {
  RunProps r;
  apply(r, default_rpr_, theme_);
  const std::string pid = para_style.empty() ? default_paragraph_ : para_style;
  for (const Style* s : chain(pid, "paragraph")) apply(r, s->rpr, theme_);
  const std::string cid = char_style.empty() ? default_character_ : char_style;
  for (const Style* s : chain(cid, "character")) apply(r, s->rpr, theme_);
  apply(r, direct, theme_);
  return r;
}

std::optional<std::pair<int, int>> StyleSheet::cell_margins(const std::string& table_style) const {
  std::optional<int> l, r;
  for (const Style* s : chain(table_style.empty() ? default_table_ : table_style, "table")) {
    if (s->margin_left) l = s->margin_left;
    if (s->margin_right) r = s->margin_right;
  }
  if (!l && !r) return std::nullopt;
  return std::make_pair(l.value_or(108), r.value_or(108));
}

void Numbering::load(const xmlDoc* numbering) {
  if (numbering == nullptr) return;
  const xmlNode* root = xmlDocGetRootElement(const_cast<xmlDoc*>(numbering));
  for (const xmlNode* n = root ? root->children : nullptr; n != nullptr; n = n->next) {
    if (is_w(n, "abstractNum")) {
      const int id = static_cast<int>(int_attr_w(n, "abstractNumId").value_or(-1));
      for (const xmlNode* l = n->children; l != nullptr; l = l->next) {
        if (!is_w(l, "lvl")) continue;
        Level lv;
        lv.format = attr_w(child_w(l, "numFmt"), "val").value_or("decimal");
        lv.text = attr_w(child_w(l, "lvlText"), "val").value_or("");
        lv.start = static_cast<int>(int_attr_w(child_w(l, "start"), "val").value_or(1));
        const int ilvl = static_cast<int>(int_attr_w(l, "ilvl").value_or(0));
        if (ilvl >= 0 && ilvl < 10) abstract_[id][ilvl] = lv;
      }
    } else if (is_w(n, "num")) {
      const int id = static_cast<int>(int_attr_w(n, "numId").value_or(-1));
      if (auto a = int_attr_w(child_w(n, "abstractNumId"), "val")) num_to_abstract_[id] = static_cast<int>(*a);
    }
  }
}

namespace {

std::string format_number(int v, const std::string& fmt) {
  static const char* kLetters[] = {"a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m",
                                   "n", "o", "p", "q", "r", "s", "t", "u", "v", "x", "y"};
  if (v < 1) v = 1;
  if (fmt == "lowerLetter" || fmt == "upperLetter") {
    std::string s = kLetters[(v - 1) % 23];
    if (fmt == "upperLetter" && s != "đ") s[0] = static_cast<char>(s[0] - 'a' + 'A');
    return s;
  }
  if (fmt == "lowerRoman" || fmt == "upperRoman") {
    static const std::pair<int, const char*> kRoman[] = {{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"},
                                                         {90, "XC"},  {50, "L"},   {40, "XL"},  {10, "X"},   {9, "IX"},
                                                         {5, "V"},    {4, "IV"},   {1, "I"}};
    std::string s;
    int n = v % 4000;
    for (auto [value, digits] : kRoman)
      while (n >= value) {
        s += digits;
        n -= value;
      }
    if (fmt == "lowerRoman")
      for (char& c : s) c = static_cast<char>(c - 'A' + 'a');
    return s;
  }
  return std::to_string(v);
}

}  // namespace

std::string Numbering::next_label(int num_id, int level) {
  auto a = num_to_abstract_.find(num_id);
  if (a == num_to_abstract_.end()) return "";
  auto abs = abstract_.find(a->second);
  if (abs == abstract_.end()) return "";
  auto lv = abs->second.find(level);
  if (lv == abs->second.end()) return "";
  const Level& L = lv->second;
  if (L.format == "none") return "";
  if (L.format == "bullet") {
    // Symbol-font bullets are private-use characters; a dash is a dash.
    return L.text;
  }
  auto& counters = counters_[num_id];
  auto it = counters.find(level);
  counters[level] = it == counters.end() ? L.start : it->second + 1;
  for (auto c = counters.begin(); c != counters.end();)
    c = c->first > level ? counters.erase(c) : std::next(c);
  std::string out;
  for (size_t i = 0; i < L.text.size(); ++i) {
    if (L.text[i] == '%' && i + 1 < L.text.size() && L.text[i + 1] >= '1' && L.text[i + 1] <= '9') {
      const int k = L.text[i + 1] - '1';
      const auto f = abs->second.find(k);
      const auto cv = counters.find(k);
      out += format_number(cv == counters.end() ? 1 : cv->second, f == abs->second.end() ? "decimal" : f->second.format);
      ++i;
    } else {
      out += L.text[i];
    }
  }
  return out;
}

}  // namespace vanthu::check
