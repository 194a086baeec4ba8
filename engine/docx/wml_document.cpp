// word/document.xml: the sections, their w:sectPr and their header parts.
#include "docx/ooxml_names.h"
#include "docx/wml_writer.h"

namespace vanthu::docx {
namespace {

// Relationship ids of one section's headers ("" = none).
struct SectionHeaders {
  std::string default_id;
  std::string first_id;  // set when the first page has its own (empty) header: w:titlePg
  std::string first_footer_id;  // the first page's footer (the organ's address line)
};

// The page number line: one centred paragraph, no spacing, single line
// (Nghị định 30, Phụ lục I §I.7: numbers centred in the top margin).
model::Paragraph page_number_paragraph(const model::PageNumbering& numbering, bool with_number) {
  model::Paragraph p;
  p.props.align = model::Align::Center;
  p.props.line = {model::LineSpacing::Rule::Auto, 240};
  p.props.mark = numbering.style;
  if (with_number) p.runs.push_back({model::RunKind::PageNumber, {}, numbering.style});
  return p;
}

std::string add_header(const model::Paragraph& paragraph, PackageState& state) {
  XmlWriter w;
  w.start("w:hdr");
  w.attr("xmlns:w", ns::kWordMain);
  w.attr("xmlns:r", ns::kRelationships);
  write_paragraph(w, paragraph, {});
  w.end();
  const std::string file = "header" + std::to_string(state.headers.size() + 1) + ".xml";
  state.headers.push_back({"word/" + file, content_type::kHeader, w.finish()});
  return state.document_rels.add(rel_type::kHeader, file);
}

// Every section gets header parts of its own: a section without header
// references inherits the previous section's headers in Word.
SectionHeaders add_section_headers(const model::Section& s, bool earlier_headers, PackageState& state) {
  SectionHeaders h;
  if (s.numbering.enabled) {
    h.default_id = add_header(page_number_paragraph(s.numbering, true), state);
    if (s.numbering.hide_on_first_page) h.first_id = add_header(page_number_paragraph(s.numbering, false), state);
  } else if (earlier_headers) {
    h.default_id = add_header(page_number_paragraph(s.numbering, false), state);  // stops the inheritance
  }
  return h;
}

// A footer part with the given blocks (paragraphs and rules); an empty one
// stops a later section from inheriting an earlier section's footer.
std::string add_footer(const std::vector<model::Block>& blocks, Length width, PackageState& state) {
  XmlWriter w;
  w.start("w:ftr");
  w.attr("xmlns:w", ns::kWordMain);
  w.attr("xmlns:r", ns::kRelationships);
  bool any = false;
  for (const auto& b : blocks) {
    if (const auto* p = std::get_if<model::Paragraph>(&b.value)) write_paragraph(w, *p, {}), any = true;
    else if (const auto* r = std::get_if<model::Rule>(&b.value)) write_rule(w, *r, width, {}), any = true;
  }
  if (!any) write_paragraph(w, model::Paragraph{}, {});
  w.end();
  const std::string file = "footer" + std::to_string(state.headers.size() + 1) + ".xml";
  state.headers.push_back({"word/" + file, content_type::kFooter, w.finish()});
  return state.document_rels.add(rel_type::kFooter, file);
}

void write_header_reference(XmlWriter& w, const char* type, const std::string& id) {
  w.start("w:headerReference");
  w.attr("w:type", type);
  w.attr("r:id", id);
  w.end();
}

// Children in the order of CT_SectPr.
void write_sect_pr(XmlWriter& w, const model::Section& s, const SectionHeaders& h) {
  const model::PageSetup& page = s.page;
  w.start("w:sectPr");
  if (!h.default_id.empty()) write_header_reference(w, "default", h.default_id);
  if (!h.first_id.empty()) write_header_reference(w, "first", h.first_id);
  if (!h.first_footer_id.empty()) {
    w.start("w:footerReference");
    w.attr("w:type", "first");
    w.attr("r:id", h.first_footer_id);
    w.end();
  }
  w.start("w:pgSz");
  w.attr_int("w:w", page.width.twips());
  w.attr_int("w:h", page.height.twips());
  if (page.landscape) w.attr("w:orient", "landscape");
  w.end();
  w.start("w:pgMar");
  w.attr_int("w:top", page.margin_top.twips());
  w.attr_int("w:right", page.margin_right.twips());
  w.attr_int("w:bottom", page.margin_bottom.twips());
  w.attr_int("w:left", page.margin_left.twips());
  w.attr_int("w:header", page.header_distance.twips());
  w.attr_int("w:footer", page.footer_distance.twips());
  w.attr("w:gutter", "0");
  w.end();
  if (s.numbering.restart_at) {
    w.start("w:pgNumType");
    w.attr_int("w:start", *s.numbering.restart_at);
    w.end();
  }
  if (!h.first_id.empty()) w.empty("w:titlePg");
  w.end();
}

}  // namespace

std::string document_xml(const model::Document& doc, PackageState& state, model::Document* release) {
  XmlWriter w;
  w.start("w:document");
  w.attr("xmlns:w", ns::kWordMain);
  w.attr("xmlns:r", ns::kRelationships);
  w.attr("xmlns:wp", ns::kWordDrawing);
  w.attr("xmlns:a", ns::kDrawingMain);
  w.attr("xmlns:pic", ns::kPicture);
  w.start("w:body");
  bool earlier_headers = false, earlier_footer = false;
  for (size_t i = 0; i < doc.sections.size(); ++i) {
    const model::Section& section = doc.sections[i];
    SectionHeaders headers = add_section_headers(section, earlier_headers, state);
    // Only the first page that asks for it has the footer; a later section
    // with a first-page header would otherwise inherit it in Word.
    if (!section.first_page_footer.empty() || (earlier_footer && !headers.first_id.empty()))
      headers.first_footer_id = add_footer(section.first_page_footer, section.page.text_width(), state);
    earlier_footer = earlier_footer || !section.first_page_footer.empty();
    earlier_headers = earlier_headers || !headers.default_id.empty();
    const BlockScope scope{section.page.text_width(), false};
    if (i + 1 < doc.sections.size()) {
      // A section ends with the paragraph whose pPr holds its sectPr.
      const SectPrWriter sect_pr = [&](XmlWriter& out) { write_sect_pr(out, section, headers); };
      write_blocks(w, section.blocks, scope, state, &sect_pr, release ? &release->sections[i].blocks : nullptr);
    } else {
      write_blocks(w, section.blocks, scope, state, nullptr, release ? &release->sections[i].blocks : nullptr);
      write_sect_pr(w, section, headers);  // the last section's sectPr closes the body
    }
  }
  w.end();  // body
  w.end();  // document
  return w.finish();
}

}  // namespace vanthu::docx
