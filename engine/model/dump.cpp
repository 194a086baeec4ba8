#include "model/dump.h"

#include <cstdio>

#include "model/walk.h"

namespace vanthu::model {

namespace {

std::string num(Length l) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", l.pt());
  return buf;
}

const char* align(Align a) {
  switch (a) {
    case Align::Left: return "left";
    case Align::Center: return "center";
    case Align::Right: return "right";
    case Align::Justify: return "justify";
  }
  return "?";
}

std::string style(const RunStyle& s) {
  std::string out = std::to_string(s.size_half_pt / 2) + (s.size_half_pt % 2 ? ".5" : "");
  if (s.bold) out += "b";
  if (s.italic) out += "i";
  if (s.underline) out += "u";
  if (s.superscript) out += "^";
  return out;
}

const char* part_name(Part part) {
  switch (part) {
    case Part::None: return "";
    case Part::ParentOrgan: return "parent-organ";
    case Part::Organ: return "organ";
    case Part::NationalName: return "national-name";
    case Part::Motto: return "motto";
    case Part::Number: return "number";
    case Part::PlaceDate: return "place-date";
    case Part::TypeName: return "type-name";
    case Part::Abstract: return "abstract";
    case Part::AbstractLetter: return "abstract-letter";
    case Part::Addressee: return "addressee";
    case Part::Authority: return "authority";
    case Part::Basis: return "basis";
    case Part::Heading: return "heading";
    case Part::Body: return "body";
    case Part::RecipientsLabel: return "recipients-label";
    case Part::Recipients: return "recipients";
    case Part::SignerAuthority: return "signer-authority";
    case Part::SignerTitle: return "signer-title";
    case Part::SignerName: return "signer-name";
    case Part::Filler: return "filler";
    case Part::CellEndFiller: return "cell-end-filler";
  }
  return "?";
}

void paragraph(const Paragraph& p, const std::string& indent, std::string& out) {
  const ParagraphProps& pp = p.props;
  out += indent + "P " + align(pp.align);
  if (pp.indent_left.emu) out += " left=" + num(pp.indent_left);
  if (pp.indent_right.emu) out += " right=" + num(pp.indent_right);
  if (pp.first_line.emu) out += " first=" + num(pp.first_line);
  if (pp.space_before.emu) out += " before=" + num(pp.space_before);
  if (pp.space_after.emu) out += " after=" + num(pp.space_after);
  if (!(pp.line == LineSpacing{})) out += " line=" + std::to_string(pp.line.value);
  if (pp.keep_next) out += " keep-next";
  if (pp.page_break_before) out += " page-break";
  if (pp.outline_level >= 0) out += " outline=" + std::to_string(pp.outline_level);
  if (pp.part != Part::None) out += std::string(" part=") + part_name(pp.part);
  out += " |";
  for (const auto& r : p.runs) {
    switch (r.kind) {
      case RunKind::Text: out += " [" + style(r.style) + "]" + r.text; break;
      case RunKind::LineBreak: out += " <br>"; break;
      case RunKind::Tab: out += " <tab>"; break;
      case RunKind::PageNumber: out += " <page>"; break;
    }
  }
  out += "\n";
}

void blocks(const std::vector<Block>& bs, const std::string& indent, std::string& out);

void table(const Table& t, const std::string& indent, std::string& out) {
  out += indent + "TABLE cols=";
  for (size_t i = 0; i < t.columns.size(); ++i) out += (i ? "," : "") + num(t.columns[i]);
  out += " indent=" + num(t.indent) + (t.borders ? " borders" : "") + (t.keep_together ? " keep-together" : "") + "\n";
  for (const auto& r : t.rows) {
    out += indent + "  ROW" + std::string(r.repeat_header ? " header" : "") + "\n";
    for (const auto& c : r.cells) {
      out += indent + "    CELL" + (c.span > 1 ? " span=" + std::to_string(c.span) : std::string()) + "\n";
      blocks(c.blocks, indent + "      ", out);
    }
  }
}

void blocks(const std::vector<Block>& bs, const std::string& indent, std::string& out) {
  for (const auto& b : bs)
    visit(b, Overloaded{
                 [&](const Paragraph& p) { paragraph(p, indent, out); },
                 [&](const Table& t) { table(t, indent, out); },
                 [&](const Rule& r) {
                   out += indent + "RULE length=" + num(r.length) + " " + align(r.align) +
                          " before=" + num(r.space_before) + " after=" + num(r.space_after) + "\n";
                 },
                 [&](const Image& i) {
                   out += indent + "IMAGE " + num(i.width) + "x" + num(i.height) + (i.drawing ? " vector" : "") +
                          " " + i.description + "\n";
                 },
             });
}

}  // namespace

std::string dump(const Document& doc) {
  std::string out = "DOCUMENT title=" + doc.meta.title + "\n";
  for (const auto& s : doc.sections) {
    out += "SECTION " + num(s.page.width) + "x" + num(s.page.height) + (s.page.landscape ? " landscape" : "") +
           " margins=" + num(s.page.margin_top) + "," + num(s.page.margin_bottom) + "," + num(s.page.margin_left) +
           "," + num(s.page.margin_right);
    if (s.numbering.enabled) {
      out += " page-numbers";
      if (s.numbering.hide_on_first_page) out += " from-page-2";
      if (s.numbering.restart_at) out += " restart=" + std::to_string(*s.numbering.restart_at);
    }
    out += "\n";
    blocks(s.blocks, "  ", out);
    if (!s.first_page_footer.empty()) {
      out += "  FIRST-PAGE-FOOTER\n";
      blocks(s.first_page_footer, "    ", out);
    }
  }
  return out;
}

}  // namespace vanthu::model
