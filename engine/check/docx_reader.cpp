#include "check/docx_reader.h"

#include "check/errors.h"
#include "check/package_rels.h"
#include "check/safe_xml.h"
#include "check/styles.h"
#include "check/wml_body.h"

namespace vanthu::check {

namespace {

using xml::attr_w;
using xml::child_w;
using xml::int_attr_w;
using xml::is_w;

XmlDocPtr parse_optional(const ZipPackage& pkg, const std::optional<std::string>& part) {
  if (!part) return nullptr;
  auto bytes = pkg.read(*part);
  if (!bytes) return nullptr;
  return parse_xml(*bytes, *part);
}

Section read_section(const xmlNode* sect, const std::map<std::string, Relationship>& rels, const Section* previous) {
  Section s;
  if (previous != nullptr) {  // headers and footers are inherited from the previous section
    s.header_default = previous->header_default;
    s.header_first = previous->header_first;
    s.footer_default = previous->footer_default;
    s.footer_first = previous->footer_first;
  }
  if (const xmlNode* sz = child_w(sect, "pgSz")) {
    s.width = static_cast<int>(int_attr_w(sz, "w").value_or(0));
    s.height = static_cast<int>(int_attr_w(sz, "h").value_or(0));
    s.landscape = attr_w(sz, "orient").value_or("portrait") == "landscape";
  }
  if (const xmlNode* m = child_w(sect, "pgMar")) {
    s.top = static_cast<int>(int_attr_w(m, "top").value_or(s.top));
    s.bottom = static_cast<int>(int_attr_w(m, "bottom").value_or(s.bottom));
    s.left = static_cast<int>(int_attr_w(m, "left").value_or(int_attr_w(m, "start").value_or(s.left)));
    s.right = static_cast<int>(int_attr_w(m, "right").value_or(int_attr_w(m, "end").value_or(s.right)));
    s.header = static_cast<int>(int_attr_w(m, "header").value_or(s.header));
    s.footer = static_cast<int>(int_attr_w(m, "footer").value_or(s.footer));
  }
  s.title_page = xml::on_off(child_w(sect, "titlePg"));
  for (const xmlNode* c = sect->children; c != nullptr; c = c->next) {
    const bool header = is_w(c, "headerReference");
    if (!header && !is_w(c, "footerReference")) continue;
    const std::string type = attr_w(c, "type").value_or("default");
    const std::string id = xml::attr(c, xml::Ns::R, "id").value_or("");
    auto it = rels.find(id);
    const std::string part = it == rels.end() ? std::string() : it->second.target;
    if (type == "default") (header ? s.header_default : s.footer_default) = part;
    else if (type == "first") (header ? s.header_first : s.footer_first) = part;
  }
  return s;
}

}  // namespace

Document read_docx(std::string_view bytes, const PackageLimits& limits) {
  ZipPackage pkg(bytes, limits);
  const auto package_rels = read_relationships(pkg, "");
  std::string main_part = target_of_type(package_rels, "/officeDocument").value_or("word/document.xml");
  auto main_bytes = pkg.read(main_part);
  if (!main_bytes && main_part != "word/document.xml") {
    main_part = "word/document.xml";
    main_bytes = pkg.read(main_part);
  }
  if (!main_bytes) throw ReadError("not a Word document: the package has no " + main_part);
  // Word refuses a package without its content types (OPC Part 2, 10.1.2.1).
  if (!pkg.read("[Content_Types].xml"))
    throw ReadError("not a valid DOCX: the package has no [Content_Types].xml, so Word refuses to open it; "
                    "save the file again from a word processor");

  const auto rels = read_relationships(pkg, main_part);
  XmlDocPtr theme = parse_optional(pkg, target_of_type(rels, "/theme"));
  XmlDocPtr styles_xml = parse_optional(pkg, target_of_type(rels, "/styles"));
  XmlDocPtr numbering_xml = parse_optional(pkg, target_of_type(rels, "/numbering"));
  StyleSheet styles;
  styles.load(styles_xml.get(), parse_theme(theme.get()));
  Numbering numbering;
  numbering.load(numbering_xml.get());

  XmlDocPtr doc_xml = parse_xml(*main_bytes, main_part);
  const xmlNode* root = xmlDocGetRootElement(doc_xml.get());
  if (!is_w(root, "document")) throw ReadError(main_part + ": the root element is not w:document");
  const xmlNode* body = child_w(root, "body");
  if (body == nullptr) throw ReadError(main_part + ": the document has no w:body");

  Document doc;
  BodyReader reader(styles, numbering);
  int first = 0;
  auto end_section = [&](const xmlNode* sect) {
    doc.sections.push_back(read_section(sect, rels, doc.sections.empty() ? nullptr : &doc.sections.back()));
    doc.sections.back().first_block = first;
    doc.sections.back().end_block = static_cast<int>(doc.body.size());
    first = static_cast<int>(doc.body.size());
  };
  reader.read_blocks(body, doc.body, end_section);
  doc.paragraph_count = reader.count();
  const xmlNode* last = child_w(body, "sectPr");
  if (last != nullptr || doc.sections.empty() || first < static_cast<int>(doc.body.size())) {
    static const xmlNode empty{};
    end_section(last ? last : &empty);
  }

  // Headers and footers the sections use.
  for (const Section& s : doc.sections)
    for (const std::string* part : {&s.header_default, &s.header_first, &s.footer_default, &s.footer_first}) {
      if (part->empty() || doc.parts.count(*part)) continue;
      auto hbytes = pkg.read(*part);
      if (!hbytes) continue;
      XmlDocPtr hx = parse_xml(*hbytes, *part);
      HeaderFooter hf;
      hf.part = *part;
      std::vector<Block> blocks;
      BodyReader hreader(styles, numbering);
      hreader.read_blocks(xmlDocGetRootElement(hx.get()), blocks);
      std::vector<const Paragraph*> flat;
      flatten(blocks, flat);
      for (const Paragraph* p : flat) hf.paragraphs.push_back(*p);
      doc.parts.emplace(*part, std::move(hf));
    }

  // Footnotes and endnotes: their text is the document's text too (font,
  // colour, Unicode). Word's separators are not notes.
  for (const char* type : {"/footnotes", "/endnotes"}) {
    const auto name = target_of_type(rels, type);
    if (!name || doc.parts.count(*name)) continue;
    auto nbytes = pkg.read(*name);
    if (!nbytes) continue;
    XmlDocPtr nx = parse_xml(*nbytes, *name);
    HeaderFooter notes;
    notes.part = *name;
    BodyReader nreader(styles, numbering);
    for (const xmlNode* n = xmlDocGetRootElement(nx.get())->children; n != nullptr; n = n->next) {
      if (!is_w(n, "footnote") && !is_w(n, "endnote")) continue;
      const std::string kind = attr_w(n, "type").value_or("normal");
      if (kind != "normal") continue;  // separator, continuationSeparator, continuationNotice
      std::vector<Block> blocks;
      nreader.read_blocks(n, blocks);
      std::vector<const Paragraph*> flat;
      flatten(blocks, flat);
      for (const Paragraph* p : flat) notes.paragraphs.push_back(*p);
    }
    if (!notes.paragraphs.empty()) doc.parts.emplace(*name, std::move(notes));
  }
  return doc;
}

}  // namespace vanthu::check
