#include "realise/closing.h"

#include "core/unicode.h"
#include "model/anchors.h"
#include "realise/nd30_styles.h"

namespace vanthu::realise {

namespace {

std::string trim_dash(std::string s) {
  s = text::collapse_spaces(s);
  while (!s.empty() && (s.front() == '-' || s.front() == ' ')) s.erase(s.begin());
  return s;
}

}  // namespace

std::vector<std::string> signer_lines(Context& c) {
  const sem::Signer& s = c.doc.signer;
  std::vector<std::string> lines;
  const std::string where = c.where(s.line);
  if (!s.collective.empty()) lines.push_back("TM. " + text::upper(s.collective));
  // "kt.", "KT." and "KT" all mean ký thay (ND Điều 13).
  std::string mode = text::upper(strip_trailing(text::collapse_spaces(s.mode), "."));
  if (!mode.empty() && mode != "KT" && mode != "Q" && mode != "TL" && mode != "TUQ") {
    c.diag.error(where, "unknown signing authority \"" + s.mode + "\" (use KT, Q, TL or TUQ; TM. comes from the collective)");
    return lines;
  }
  if (mode.empty()) {
    if (s.title.empty() && s.collective.empty()) c.diag.error(where, "the signer has no title (chức vụ)");
    if (!s.title.empty()) lines.push_back(text::upper(s.title));
    return lines;
  }
  if (s.head_title.empty()) {
    c.diag.error(where, "signing as " + mode + ". needs the head's title after the prefix (head=\"GIÁM ĐỐC\")");
    return lines;
  }
  lines.push_back(mode + ". " + text::upper(s.head_title));
  if (mode == "Q") {
    // Q. GIÁM ĐỐC: the acting head signs with that one line.
    if (!s.title.empty()) lines.push_back(text::upper(s.title));
    return lines;
  }
  // KT., TL., TUQ.: the signer's own title must follow on the next line.
  if (s.title.empty())
    c.diag.error(where, mode + ". " + text::upper(s.head_title) +
                            " needs the signer's own title on the next line (title=\"PHÓ GIÁM ĐỐC\")");
  else
    lines.push_back(text::upper(s.title));
  return lines;
}

std::vector<std::string> recipient_lines(Context& c) {
  const sem::Recipients& r = c.doc.recipients;
  std::vector<std::string> lines;
  for (const auto& item : r.items) {
    const std::string t = strip_trailing(trim_dash(item), ";.,");
    if (t.empty()) continue;
    // A "Lưu …" typed by hand is replaced by the engine's own last line.
    if (t.rfind("Lưu", 0) == 0) {
      c.diag.warning(c.where(r.line), "recipient \"" + t + "\" dropped: the engine writes the \"Lưu: VT, …\" line itself");
      continue;
    }
    lines.push_back("- " + t + ";");
  }
  std::string units = strip_trailing(text::collapse_spaces(r.archive_units), ".;,");
  if (units.rfind("VT", 0) == 0) units = strip_trailing(units.substr(2), " ");
  while (!units.empty() && (units.front() == ',' || units.front() == ' ')) units.erase(units.begin());
  // The last line is "- Lưu: VT, <unit>." (PL1 §II.9.b): VT (văn thư) keeps the original.
  lines.push_back("- Lưu: VT" + (units.empty() ? std::string() : ", " + units) + ".");
  return lines;
}

model::Table closing_table(Context& c) {
  model::Table t;
  t.layout_table = true;
  t.keep_together = true;
  const Length left = nd30::kClosingLeft;
  t.columns = {left, c.text_width - left};
  t.indent = Length{};
  model::TableRow row;
  row.cant_split = true;
  model::TableCell l, r;

  model::Paragraph label = paragraph(model::Align::Left, nd30::kRecipientsLabel);
  add_run(label, "Nơi nhận:", run_style(nd30::kRecipientsLabel, true, true));
  l.blocks.push_back(block(std::move(label)));
  for (const auto& line : recipient_lines(c)) {
    model::Paragraph p = paragraph(model::Align::Left, nd30::kRecipients);
    add_run(p, line, run_style(nd30::kRecipients));
    l.blocks.push_back(block(std::move(p)));
  }

  for (const auto& line : signer_lines(c)) {
    model::Paragraph p = paragraph(model::Align::Center, nd30::kSigner);
    add_run(p, line, run_style(nd30::kSigner, true));
    r.blocks.push_back(block(std::move(p)));
  }
  if (c.doc.signer.name.empty()) c.diag.error(c.where(c.doc.signer.line), "the signer has no name");
  model::Paragraph name = paragraph(model::Align::Center, nd30::kSignerName);
  name.props.space_before = nd30::kSignatureSpace;
  name.props.anchor = model::anchors::kSignatureSpace;  // where a digital signature's image goes
  add_run(name, c.doc.signer.name, run_style(nd30::kSignerName, true));
  r.blocks.push_back(block(std::move(name)));

  row.cells = {std::move(l), std::move(r)};
  t.rows.push_back(std::move(row));
  return t;
}

}  // namespace vanthu::realise
