#include "pdf/pdfa.h"

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <set>
#include <stdexcept>

#include "pdf/pdf_dates.h"

namespace vanthu::pdf {
namespace {

using QOH = QPDFObjectHandle;

std::string info_text(QOH info, const char* key) {
  if (!info.isDictionary()) return {};
  QOH v = info.getKey(key);
  return v.isString() ? v.getUTF8Value() : std::string();
}

// cairo 1.16 leaves out /CIDToGIDMap; PDF/A-2 (veraPDF rule 6.2.11.3.2)
// wants it on embedded CIDFontType2 fonts. Cairo's CIDs are the subset's
// glyph ids, which is what /Identity says.
//
// The fonts are found through the resources that use them (pages, and the
// form XObjects and patterns they draw), not with QPDF::getAllObjects():
// that resolves every object of the file, which for a tagged file of many
// pages is mostly structure elements (19 % of a 10,000-row list's time).
void add_cid_to_gid_map(QOH font) {
  if (font.getKey("/Subtype").isNameAndEquals("/CIDFontType2") && !font.hasKey("/CIDToGIDMap"))
    font.replaceKey("/CIDToGIDMap", QOH::newName("/Identity"));
}

void fix_resources(QOH resources, std::set<QPDFObjGen>& seen) {
  if (!resources.isDictionary()) return;
  if (resources.isIndirect() && !seen.insert(resources.getObjGen()).second) return;
  QOH fonts = resources.getKey("/Font");
  if (fonts.isDictionary()) {
    for (auto& [name, font] : fonts.ditems()) {
      if (!font.isDictionary() || (font.isIndirect() && !seen.insert(font.getObjGen()).second)) continue;
      QOH descendants = font.getKey("/DescendantFonts");
      if (descendants.isArray())
        for (QOH d : descendants.aitems())
          if (d.isDictionary()) add_cid_to_gid_map(d);
    }
  }
  // Whatever carries its own resources (form XObjects, tiling patterns).
  for (const char* key : {"/XObject", "/Pattern"}) {
    QOH group = resources.getKey(key);
    if (!group.isDictionary()) continue;
    for (auto& [name, obj] : group.ditems()) {
      QOH dict = obj.isStream() ? obj.getDict() : obj;
      if (dict.isDictionary()) fix_resources(dict.getKey("/Resources"), seen);
    }
  }
}

void add_cid_to_gid_maps(QPDF& pdf) {
  std::set<QPDFObjGen> seen;
  for (QOH page : pdf.getAllPages())
    fix_resources(QPDFPageObjectHelper(page).getAttribute("/Resources", false), seen);
}

// cairo cannot attach attributes to structure tags; set each Figure's /Alt.
void add_figure_alts(QOH element, const std::vector<std::string>& alts, size_t& next) {
  if (element.isArray()) {
    for (int i = 0; i < element.getArrayNItems(); ++i) add_figure_alts(element.getArrayItem(i), alts, next);
    return;
  }
  if (!element.isDictionary()) return;
  if (element.getKey("/S").isNameAndEquals("/Figure") && next < alts.size()) {
    if (!alts[next].empty()) element.replaceKey("/Alt", QOH::newUnicodeString(alts[next]));
    ++next;
  }
  if (element.hasKey("/K")) add_figure_alts(element.getKey("/K"), alts, next);
}

void add_output_intent(QPDF& pdf, QOH root) {
  // Compressed once per process (srgb_icc_profile_flate), not by
  // QPDFWriter for every file: the same bytes as before, 1.2 M instructions
  // less per document.
  QOH icc = pdf.newStream();
  icc.replaceStreamData(srgb_icc_profile_flate(), QOH::newName("/FlateDecode"), QOH::newNull());
  icc.getDict().replaceKey("/N", QOH::newInteger(3));
  QOH intent = QOH::newDictionary();
  intent.replaceKey("/Type", QOH::newName("/OutputIntent"));
  intent.replaceKey("/S", QOH::newName("/GTS_PDFA1"));
  intent.replaceKey("/OutputConditionIdentifier", QOH::newString("sRGB IEC61966-2.1"));
  intent.replaceKey("/RegistryName", QOH::newString("http://www.color.org"));
  intent.replaceKey("/Info", QOH::newString("sRGB IEC61966-2.1"));
  intent.replaceKey("/DestOutputProfile", icc);
  root.replaceKey("/OutputIntents", QOH::newArray({pdf.makeIndirectObject(intent)}));
}

}  // namespace

std::string post_process(const std::string& cairo_pdf, const PostProcess& options) {
  QPDF pdf;
  pdf.setSuppressWarnings(true);
  try {
    pdf.processMemoryFile("cairo output", cairo_pdf.data(), cairo_pdf.size());
  } catch (const std::exception& e) {
    throw std::runtime_error(std::string("QPDF cannot read cairo's PDF: ") + e.what());
  }
  QOH root = pdf.getRoot();
  QOH trailer = pdf.getTrailer();
  QOH info = trailer.getKey("/Info");
  if (!info.isDictionary()) {
    info = pdf.makeIndirectObject(QOH::newDictionary());
    trailer.replaceKey("/Info", info);
  }
  // cairo 1.16 writes dates without the "D:" prefix.
  std::string date = pdf_date(options.epoch);
  info.replaceKey("/CreationDate", QOH::newString(date));
  info.replaceKey("/ModDate", QOH::newString(date));

  add_cid_to_gid_maps(pdf);
  if (!options.language.empty()) root.replaceKey("/Lang", QOH::newUnicodeString(options.language));
  // Only a document with figures needs the walk: it resolves every
  // structure element, which the writer would otherwise read lazily once.
  if (!options.figure_alts.empty() && root.hasKey("/StructTreeRoot")) {
    size_t next = 0;
    add_figure_alts(root.getKey("/StructTreeRoot").getKey("/K"), options.figure_alts, next);
  }

  if (options.pdfa) {
    XmpFields f;
    f.title = info_text(info, "/Title");
    f.author = info_text(info, "/Author");
    f.subject = info_text(info, "/Subject");
    f.creator_tool = info_text(info, "/Creator");
    f.producer = info_text(info, "/Producer");
    f.create_date = f.modify_date = iso_date(options.epoch);
    // An unfiltered stream: PDF/A wants metadata readable as plain XML, and
    // QPDFWriter leaves /Metadata streams uncompressed.
    QOH metadata = pdf.newStream(xmp_packet(f));
    metadata.getDict().replaceKey("/Type", QOH::newName("/Metadata"));
    metadata.getDict().replaceKey("/Subtype", QOH::newName("/XML"));
    root.replaceKey("/Metadata", metadata);
    add_output_intent(pdf, root);
  }

  QPDFWriter writer(pdf);
  writer.setOutputMemory();
  writer.setDeterministicID(true);  // a trailer /ID that depends only on the content
  // Keep cairo's Flate streams as they are: re-encoding them doubles the
  // cost of this step and gains nothing.
  writer.setDecodeLevel(qpdf_dl_none);
  writer.write();
  std::shared_ptr<Buffer> buffer = writer.getBufferSharedPointer();
  return std::string(reinterpret_cast<const char*>(buffer->getBuffer()), buffer->getSize());
}

}  // namespace vanthu::pdf
