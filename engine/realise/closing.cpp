#include "realise/closing.h"

#include "core/unicode.h"
#include "model/anchors.h"
#include "realise/marks.h"
#include "realise/nd30_styles.h"

namespace vanthu::realise {

namespace {

std::string trim_dash(std::string s) {
  s = text::collapse_spaces(s);
  while (!s.empty() && (s.front() == '-' || s.front() == ' ')) s.erase(s.begin());
  return s;
}

}  // namespace

std::vector<std::string> signer_lines(Context& c, const sem::Signer& s) {
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

std::vector<std::string> recipient_lines(Context& c, const sem::Recipients& r, bool as_above) {
  std::vector<std::string> lines;
  if (as_above) {
    bool given = false;
    for (const auto& item : r.items) given = given || strip_trailing(trim_dash(item), ";.,") == "Như trên";
    if (!given) lines.push_back("- Như trên;");
  }
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
  std::string last = "- Lưu: VT" + (units.empty() ? std::string() : ", " + units) + ".";
  const std::string drafter = drafter_mark(c.doc.marks);
  if (!drafter.empty()) last += " " + drafter + ".";  // "…9. …10." of the PL3 models
  lines.push_back(last);
  return lines;
}

namespace {

void recipients_blocks(Context& c, const sem::Recipients& r, bool as_above, std::vector<model::Block>& out) {
  model::Paragraph label = paragraph(model::Align::Left, nd30::kRecipientsLabel);
  add_run(label, "Nơi nhận:", part_style(nd30::kRecipientsLabel.part));
  label.props.part = model::Part::RecipientsLabel;
  out.push_back(block(std::move(label)));
  for (const auto& line : recipient_lines(c, r, as_above)) {
    model::Paragraph p = paragraph(model::Align::Left, nd30::kRecipients);
    add_run(p, line, part_style(nd30::kRecipients.part));
    p.props.part = model::Part::Recipients;
    out.push_back(block(std::move(p)));
  }
}

void signer_blocks(Context& c, const sem::Signer& s, std::vector<model::Block>& out) {
  const std::vector<std::string> lines = signer_lines(c, s);
  for (size_t i = 0; i < lines.size(); ++i) {
    const std::string& line = lines[i];
    model::Paragraph p = paragraph(model::Align::Center, nd30::kSigner);
    add_run(p, line, part_style(nd30::kSigner.part));
    // The lines above the last are the quyền hạn ("TM. …", "KT. GIÁM ĐỐC"); the
    // last is the chức vụ, or the quyền hạn itself when no title follows it.
    const bool authority = i + 1 < lines.size() || line.rfind("TM. ", 0) == 0 || line.rfind("KT. ", 0) == 0 ||
                           line.rfind("Q. ", 0) == 0 || line.rfind("TL. ", 0) == 0 || line.rfind("TUQ. ", 0) == 0;
    p.props.part = authority ? model::Part::SignerAuthority : model::Part::SignerTitle;
    out.push_back(block(std::move(p)));
  }
  if (s.name.empty()) c.diag.error(c.where(s.line), "the signer has no name");
  model::Paragraph name = paragraph(model::Align::Center, nd30::kSignerName);
  name.props.space_before = nd30::kSignatureSpace;
  name.props.anchor = model::anchors::kSignatureSpace;  // where a digital signature's image goes
  name.props.part = model::Part::SignerName;
  add_run(name, s.name, part_style(nd30::kSignerName.part));
  out.push_back(block(std::move(name)));
}

model::Table closing_frame(Context& c, Length left) {
  model::Table t;
  t.layout_table = true;
  t.keep_together = true;
  t.columns = {left, c.text_width - left};
  t.indent = Length{};
  return t;
}

// Giấy nghỉ phép (PL3 Mẫu 1.10): under the Nơi nhận, centred in the left
// column, "Xác nhận của cơ quan (tổ chức) hoặc chính quyền địa phương nơi
// nghỉ phép" and "(Chữ ký, dấu)" in italic, the space to sign and seal, then
// the name; the model leaves the right column empty.
model::TableRow confirmation_row(const sem::Confirmation& k) {
  model::TableRow row;
  row.cant_split = true;
  model::TableCell l, r;
  const std::string title =
      k.title.empty() ? "Xác nhận của cơ quan (tổ chức) hoặc chính quyền địa phương nơi nghỉ phép" : k.title;
  model::Paragraph head = paragraph(model::Align::Center, nd30::kTable);
  head.props.space_before = pt(12);
  add_run(head, title, run_style(nd30::kTable, false, true));
  l.blocks.push_back(block(std::move(head)));
  model::Paragraph hint = paragraph(model::Align::Center, nd30::kTable);
  add_run(hint, "(Chữ ký, dấu)", run_style(nd30::kTable, false, true));
  l.blocks.push_back(block(std::move(hint)));
  model::Paragraph name = paragraph(model::Align::Center, nd30::kSignerName);
  name.props.space_before = nd30::kSignatureSpace;
  add_run(name, k.name, part_style(nd30::kSignerName.part));
  l.blocks.push_back(block(std::move(name)));
  r.blocks.push_back(block(paragraph(model::Align::Left, nd30::kTable)));
  row.cells = {std::move(l), std::move(r)};
  return row;
}

bool as_above(const Context& c) {
  // Công văn sent to listed addressees: "- Như trên;" first (PL3 Mẫu 1.5).
  return c.type && c.type->key == "cong-van" && !c.doc.addressees.empty();
}

}  // namespace

model::Table closing_table(Context& c, const sem::Recipients& r, const sem::Signer& s) {
  model::Table t = closing_frame(c, nd30::kClosingLeft);
  model::TableRow row;
  row.cant_split = true;
  model::TableCell l, rc;
  recipients_blocks(c, r, false, l.blocks);
  signer_blocks(c, s, rc.blocks);
  row.cells = {std::move(l), std::move(rc)};
  t.rows.push_back(std::move(row));
  return t;
}

model::Table closing_table(Context& c) {
  const sem::Document& d = c.doc;
  if (!d.left_signer) {
    model::Table t = closing_frame(c, nd30::kClosingLeft);
    model::TableRow row;
    row.cant_split = true;
    model::TableCell l, r;
    recipients_blocks(c, d.recipients, as_above(c), l.blocks);
    signer_blocks(c, d.signer, r.blocks);
    row.cells = {std::move(l), std::move(r)};
    t.rows.push_back(std::move(row));
    if (d.confirmation) t.rows.push_back(confirmation_row(*d.confirmation));
    return t;
  }
  // Biên bản: THƯ KÝ on the left, CHỦ TỌA on the right, both signing; Nơi
  // nhận under the thư ký (PL3 Mẫu 1.9).
  model::Table t = closing_frame(c, c.text_width / 2);
  model::TableRow signatures, recipients;
  signatures.cant_split = recipients.cant_split = true;
  model::TableCell l, r, nl, nr;
  signer_blocks(c, *d.left_signer, l.blocks);
  signer_blocks(c, d.signer, r.blocks);
  model::Paragraph gap = paragraph(model::Align::Left, nd30::kRecipientsLabel);
  nl.blocks.push_back(block(std::move(gap)));
  recipients_blocks(c, d.recipients, false, nl.blocks);
  nr.blocks.push_back(block(paragraph(model::Align::Left, nd30::kRecipients)));
  signatures.cells = {std::move(l), std::move(r)};
  recipients.cells = {std::move(nl), std::move(nr)};
  t.rows.push_back(std::move(signatures));
  t.rows.push_back(std::move(recipients));
  return t;
}

}  // namespace vanthu::realise
