// Package assembly: the parts in their fixed order, the relationships and
// content types made from them, and the zip.
#include "docx/docx_writer.h"

#include "core/memory.h"
#include "docx/ooxml_names.h"
#include "docx/opc_package.h"
#include "docx/wml_writer.h"

namespace vanthu::docx {
namespace {

// Every part of the package in zip order, [Content_Types].xml first. With
// `release` (the same document), the body is freed as document.xml is
// written; the parts that read the whole body (styles) are made before.
std::vector<opc::Part> build_parts(const model::Document& doc, const DocxOptions& options,
                                   model::Document* release = nullptr) {
  check_model(doc);
  std::string styles = styles_xml(doc);

  PackageState state;
  state.document_rels.add(rel_type::kStyles, "styles.xml");
  state.document_rels.add(rel_type::kSettings, "settings.xml");
  state.document_rels.add(rel_type::kFontTable, "fontTable.xml");
  state.font_family = doc.font_family;
  state.language = doc.meta.language;
  state.timestamp = options.timestamp;
  state.copy_media = release != nullptr;
  std::string document = document_xml(doc, state, release);

  opc::Relationships package_rels;
  package_rels.add(rel_type::kOfficeDocument, "word/document.xml");
  package_rels.add(rel_type::kCoreProperties, "docProps/core.xml");
  package_rels.add(rel_type::kExtendedProperties, "docProps/app.xml");

  std::vector<opc::Part> parts;
  parts.reserve(10 + state.headers.size() + state.media.size() + state.charts.size());
  parts.push_back({"[Content_Types].xml", "", "", nullptr});  // filled in last, from the others
  parts.push_back({opc::relationships_part_name(""), content_type::kRelationships, package_rels.xml(), nullptr});
  parts.push_back({"docProps/core.xml", content_type::kCoreProperties,
                   core_properties_xml(doc.meta, options.timestamp), nullptr});
  parts.push_back({"docProps/app.xml", content_type::kExtendedProperties, app_properties_xml(doc.meta), nullptr});
  parts.push_back({"word/document.xml", content_type::kDocument, std::move(document), nullptr});
  parts.push_back({opc::relationships_part_name("word/document.xml"), content_type::kRelationships,
                   state.document_rels.xml(), nullptr});
  parts.push_back({"word/styles.xml", content_type::kStyles, std::move(styles), nullptr});
  parts.push_back({"word/settings.xml", content_type::kSettings, settings_xml(), nullptr});
  parts.push_back({"word/fontTable.xml", content_type::kFontTable, font_table_xml(doc), nullptr});
  for (auto& header : state.headers) parts.push_back(std::move(header));
  for (auto& media : state.media) parts.push_back(std::move(media));
  for (auto& chart : state.charts) parts.push_back(std::move(chart));

  parts.front().bytes = opc::content_types_xml(std::span<const opc::Part>(parts).subspan(1));
  return parts;
}

}  // namespace

std::string write_docx(const model::Document& doc, const DocxOptions& options) {
  return opc::zip_package(build_parts(doc, options), options.timestamp);
}

std::string write_docx(model::Document&& doc, const DocxOptions& options) {
  std::vector<opc::Part> parts = build_parts(doc, options, &doc);  // pictures copied, the body freed
  { model::Document gone = std::move(doc); }
  core::return_free_memory();  // what the body held, before the parts are compressed
  return opc::zip_package(parts, options.timestamp);
}

std::map<std::string, std::string> docx_parts(const model::Document& doc, const DocxOptions& options) {
  std::map<std::string, std::string> xml;
  for (auto& part : build_parts(doc, options))
    if (part.external == nullptr && (part.name.ends_with(".xml") || part.name.ends_with(".rels")))
      xml.emplace(part.name, std::move(part.bytes));
  return xml;
}

}  // namespace vanthu::docx
