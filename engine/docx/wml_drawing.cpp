// Pictures and charts: a paragraph holding an inline DrawingML frame
// (ECMA-376 §20.4.2.8 wp:inline) whose graphic is a picture (§20.2.2.5
// pic:pic, the PNG a media part) or a chart (§21.2.2.27 c:chart, the chart
// a part of its own, docx/chart_part.cpp).
#include "docx/chart_writer.h"
#include "docx/ooxml_names.h"
#include "docx/wml_writer.h"

namespace vanthu::docx {
namespace {

// The relationship id of the media part holding `png`; identical pictures
// (a logo on every page of an annex) share one part.
std::string media_relationship(const std::string& png, PackageState& state) {
  for (const auto& part : state.media)
    if (part.data() == png) return state.document_rels.add(rel_type::kImage, part.name.substr(5));  // drop "word/"
  opc::Part part;
  part.name = "word/media/image" + std::to_string(state.media.size() + 1) + ".png";
  part.content_type = content_type::kPng;
  if (state.copy_media) part.bytes = png;
  else part.external = &png;
  state.media.push_back(std::move(part));
  return state.document_rels.add(rel_type::kImage, state.media.back().name.substr(5));
}

// The chart part of `chart`, its workbook and their relationships; returns
// the document's relationship id of the chart part.
std::string chart_relationship(const model::Chart& chart, PackageState& state) {
  const std::string n = std::to_string(++state.chart_count);
  const std::string chart_name = "word/charts/chart" + n + ".xml";
  const std::string workbook_name = "word/embeddings/chart" + n + ".xlsx";
  opc::Relationships chart_rels;
  ChartPartOptions options;
  options.font_family = state.font_family;
  options.language = state.language;
  options.workbook_rel_id = chart_rels.add(rel_type::kPackage, "../embeddings/chart" + n + ".xlsx");
  state.charts.push_back({chart_name, content_type::kChart, chart_space_xml(chart, options), nullptr});
  state.charts.push_back(
      {opc::relationships_part_name(chart_name), content_type::kRelationships, chart_rels.xml(), nullptr});
  state.charts.push_back({workbook_name, content_type::kXlsx, chart_workbook_xlsx(chart, state.timestamp), nullptr});
  return state.document_rels.add(rel_type::kChart, chart_name.substr(5));  // drop "word/"
}

void write_extent(XmlWriter& w, const char* element, const model::Image& image) {
  w.start(element);
  w.attr_int("cx", image.width.emu);
  w.attr_int("cy", image.height.emu);
  w.end();
}

void write_picture(XmlWriter& w, const model::Image& image, const std::string& rel_id, int id,
                   const std::string& name) {
  w.start("a:graphicData");
  w.attr("uri", ns::kPicture);
  w.start("pic:pic");
  w.start("pic:nvPicPr");
  w.start("pic:cNvPr");
  w.attr_int("id", id);
  w.attr("name", name);
  if (!image.description.empty()) w.attr("descr", image.description);
  w.end();
  w.empty("pic:cNvPicPr");
  w.end();  // nvPicPr
  w.start("pic:blipFill");
  w.start("a:blip");
  w.attr("r:embed", rel_id);
  w.end();
  w.start("a:stretch");
  w.empty("a:fillRect");
  w.end();
  w.end();  // blipFill
  w.start("pic:spPr");
  w.start("a:xfrm");
  w.start("a:off");
  w.attr("x", "0");
  w.attr("y", "0");
  w.end();
  write_extent(w, "a:ext", image);
  w.end();  // xfrm
  w.start("a:prstGeom");
  w.attr("prst", "rect");
  w.empty("a:avLst");
  w.end();
  w.end();  // spPr
  w.end();  // pic
  w.end();  // graphicData
}

void write_chart_reference(XmlWriter& w, const std::string& rel_id) {
  w.start("a:graphicData");
  w.attr("uri", ns::kChart);
  w.start("c:chart");
  // Declared here rather than on w:document, so that documents without a
  // chart keep their bytes.
  w.attr("xmlns:c", ns::kChart);
  w.attr("r:id", rel_id);
  w.end();
  w.end();
}

}  // namespace

void write_image(XmlWriter& w, const model::Image& image, PackageState& state, const ParagraphExtras& extras) {
  const bool chart = image.chart != nullptr;
  const std::string rel_id = chart ? chart_relationship(*image.chart, state) : media_relationship(image.png, state);
  const int id = state.next_drawing_id++;
  const std::string name = (chart ? "Chart " : "Picture ") + std::to_string(id);

  // Word clips an inline picture to an exact line height; "at least" lets
  // the line grow to the picture and is the same for text lines.
  model::ParagraphProps props = image.props;
  if (props.line.rule == model::LineSpacing::Rule::Exact) props.line.rule = model::LineSpacing::Rule::AtLeast;

  w.start("w:p");
  write_paragraph_props(w, props, extras);
  w.start("w:r");
  write_run_props(w, "w:rPr", props.mark);
  w.start("w:drawing");
  w.start("wp:inline");
  w.attr("distT", "0");
  w.attr("distB", "0");
  w.attr("distL", "0");
  w.attr("distR", "0");
  write_extent(w, "wp:extent", image);
  w.start("wp:docPr");
  w.attr_int("id", id);
  w.attr("name", name);
  if (!image.description.empty()) w.attr("descr", image.description);
  w.end();
  w.start("wp:cNvGraphicFramePr");
  if (!chart) {
    w.start("a:graphicFrameLocks");
    w.attr("noChangeAspect", "1");
    w.end();
  }
  w.end();
  w.start("a:graphic");
  if (chart) write_chart_reference(w, rel_id);
  else write_picture(w, image, rel_id, id, name);
  w.end();  // graphic
  w.end();  // inline
  w.end();  // drawing
  w.end();  // r
  w.end();  // p
}

}  // namespace vanthu::docx
