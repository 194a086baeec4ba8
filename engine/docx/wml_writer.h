// Internal to the DOCX writer: the WordprocessingML writers for the model's
// blocks, and the state they share while word/document.xml is written.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "docx/opc_package.h"
#include "docx/xml_writer.h"
#include "model/document.h"

namespace vanthu::docx {

// Document-wide state: relationships of word/document.xml and the parts
// created on the way (headers, media), plus the ids that must be unique.
struct PackageState {
  opc::Relationships document_rels;
  std::vector<opc::Part> headers;  // word/headerN.xml, in document order
  std::vector<opc::Part> media;    // word/media/imageN.png, one per distinct PNG
  // word/charts/chartN.xml, its relationships and its embedded workbook, per chart
  std::vector<opc::Part> charts;
  int chart_count = 0;
  int next_drawing_id = 1;         // wp:docPr ids, unique in the document
  // Media parts get their own copy of the PNG instead of pointing into the
  // model: set when the model is freed as it is written.
  bool copy_media = false;
  // What the chart parts need of the document.
  std::string font_family = "Times New Roman";
  std::string language = "vi-VN";
  long long timestamp = 0;
};

// Writes a w:sectPr; given to the last paragraph of a section.
using SectPrWriter = std::function<void(XmlWriter&)>;

// Where blocks are being written.
struct BlockScope {
  Length container_width;       // text width of the section or of the cell (minus cell margins)
  bool keep_with_next = false;  // inside a row of a keep_together table that is not the last
};

// What a paragraph's w:pPr gets besides the model's properties.
struct ParagraphExtras {
  bool keep_with_next = false;
  int top_border_eighths = 0;  // > 0: w:pBdr/w:top of that width (a Rule)
  const SectPrWriter* sect_pr = nullptr;
};

// wml_run.cpp
void write_run_props(XmlWriter& w, const char* element, const model::RunStyle& style);
void write_run(XmlWriter& w, const model::Run& run);

// wml_paragraph.cpp
void write_paragraph_props(XmlWriter& w, const model::ParagraphProps& props, const ParagraphExtras& extras);
void write_paragraph(XmlWriter& w, const model::Paragraph& paragraph, const ParagraphExtras& extras);
void write_rule(XmlWriter& w, const model::Rule& rule, Length container_width, const ParagraphExtras& extras);

// Paragraph properties of a style (CT_PPrGeneral: no tabs, borders, mark or sectPr).
void write_style_paragraph_props(XmlWriter& w, const model::ParagraphProps& props);

// wml_styles.cpp: the named styles of the decree's parts (model::Part).
// Headings are Word's built-in "heading 1".."heading 4" (outline levels
// 0-3; deeper headings use heading 4 with their own w:outlineLvl).
inline constexpr int kHeadingStyles = 4;
// The w:styleId a paragraph gets, or null (Normal).
const char* paragraph_style_id(const model::ParagraphProps& props);
// The w:style elements of the styles the document's paragraphs use.
void write_part_styles(XmlWriter& w, const model::Document& doc);

// wml_drawing.cpp: a picture, or a chart (Image::chart) with its chart part
void write_image(XmlWriter& w, const model::Image& image, PackageState& state, const ParagraphExtras& extras);

// wml_table.cpp. With `release` (the same table, owned by the caller), each
// row is freed once written: a long list's model and its XML are not both
// whole at once (issue 17).
void write_table(XmlWriter& w, const model::Table& table, const BlockScope& scope, PackageState& state,
                 model::Table* release = nullptr);

// wml_blocks.cpp: writes `blocks`, which end with a paragraph and have one
// between any two tables (model/word_paragraphs.h; check_model refuses a
// model without them); `sect_pr`, when given, goes into the pPr of that
// last paragraph. With `release` (the same blocks), each block is freed
// once written.
void write_blocks(XmlWriter& w, const std::vector<model::Block>& blocks, const BlockScope& scope,
                  PackageState& state, const SectPrWriter* sect_pr, std::vector<model::Block>* release = nullptr);

// wml_document.cpp: word/document.xml; adds headers and media to `state`.
// With `release` (the same document), the sections' blocks are freed as
// they are written (state.copy_media must be set).
std::string document_xml(const model::Document& doc, PackageState& state, model::Document* release = nullptr);

// wml_support_parts.cpp
std::string styles_xml(const model::Document& doc);
std::string settings_xml();
std::string font_table_xml(const model::Document& doc);

// doc_props.cpp
std::string core_properties_xml(const model::Metadata& meta, long long timestamp);
std::string app_properties_xml(const model::Metadata& meta);

// model_check.cpp: throws InvalidModel naming the first bad element.
void check_model(const model::Document& doc);

}  // namespace vanthu::docx
