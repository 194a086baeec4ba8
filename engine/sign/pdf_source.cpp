#include "sign/pdf_source.h"

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>

#include <cstring>
#include <set>

#include "sign/signer.h"

namespace vanthu::sign {
namespace {

// `dict` unparsed without `keys`, as "<< ... >>".
std::string without(QPDFObjectHandle dict, std::initializer_list<const char*> keys) {
  QPDFObjectHandle copy = dict.shallowCopy();
  for (const char* k : keys) copy.removeKey(k);
  return copy.unparse();
}

std::vector<std::string> array_refs(QPDFObjectHandle array) {
  std::vector<std::string> out;
  if (!array.isArray()) return out;
  for (int i = 0; i < array.getArrayNItems(); ++i) out.push_back(array.getArrayItem(i).unparse());
  return out;
}

size_t last_startxref(const std::string& pdf, const std::string& name) {
  const size_t at = pdf.rfind("startxref");
  if (at == std::string::npos) throw SignError(name + ": error: no startxref: not a complete PDF");
  size_t p = at + 9;
  while (p < pdf.size() && std::strchr(" \r\n", pdf[p])) ++p;
  size_t value = 0;
  bool digits = false;
  for (; p < pdf.size() && pdf[p] >= '0' && pdf[p] <= '9'; ++p, digits = true) value = value * 10 + (pdf[p] - '0');
  if (!digits || value >= pdf.size()) throw SignError(name + ": error: startxref points outside the file");
  if (pdf.compare(value, 4, "xref") != 0)
    throw SignError(name + ": error: the file ends with a cross-reference stream; vanthu signs PDFs with "
                           "cross-reference tables (as vanthu writes them)");
  return value;
}

// `seen` stops a /Kids cycle in a malformed file, `depth` a chain deep enough
// to exhaust the stack (real field trees are a few levels deep).
void collect_fields(QPDFObjectHandle field, PdfSource& src, const std::map<QPDFObjGen, int>& page_index,
                    std::set<QPDFObjGen>& seen, int depth = 0) {
  if (depth > 64 || (field.isIndirect() && !seen.insert(field.getObjGen()).second)) return;
  if (field.hasKey("/Kids")) {
    QPDFObjectHandle kids = field.getKey("/Kids");
    for (int i = 0; kids.isArray() && i < kids.getArrayNItems(); ++i)
      collect_fields(kids.getArrayItem(i), src, page_index, seen, depth + 1);
    return;
  }
  if (!field.getKey("/FT").isName() || field.getKey("/FT").getName() != "/Sig") return;
  if (field.getKey("/V").isDictionary()) ++src.signature_count;
  QPDFObjectHandle rect = field.getKey("/Rect");
  auto page = page_index.find(field.getKey("/P").getObjGen());
  if (!rect.isRectangle() || page == page_index.end()) return;
  const QPDFObjectHandle::Rectangle r = rect.getArrayAsRectangle();
  if (r.urx - r.llx > 0 && r.ury - r.lly > 0) src.signature_widgets.push_back({page->second, r.llx, r.lly, r.urx, r.ury});
}

}  // namespace

PdfSource read_pdf_source(const std::string& pdf, const std::string& name) {
  PdfSource src;
  src.size = pdf.size();
  src.prev_xref = last_startxref(pdf, name);
  QPDF q;
  q.setSuppressWarnings(true);
  try {
    q.processMemoryFile(name.c_str(), pdf.data(), pdf.size());
    QPDFObjectHandle trailer = q.getTrailer();
    src.next_id = trailer.getKey("/Size").getIntValueAsInt();
    QPDFObjectHandle root = trailer.getKey("/Root");
    if (!root.isIndirect() || !root.isDictionary()) throw SignError(name + ": error: the PDF has no catalog");
    src.root_id = root.getObjectID();
    src.root_ref = root.unparse();
    if (trailer.getKey("/Info").isIndirect()) src.info_ref = trailer.getKey("/Info").unparse();
    if (trailer.getKey("/ID").isArray()) src.id_array = trailer.getKey("/ID").unparse();
    if (trailer.hasKey("/Encrypt")) throw SignError(name + ": error: encrypted PDFs are not signed");
    src.root_without_acroform = without(root, {"/AcroForm"});

    std::map<QPDFObjGen, int> page_index;
    for (QPDFObjectHandle page : q.getAllPages()) {
      page_index[page.getObjGen()] = static_cast<int>(src.page_ids.size());
      src.page_ids.push_back(page.getObjectID());
      const QPDFObjectHandle::Rectangle box = page.getKey("/MediaBox").getArrayAsRectangle();
      src.page_widths.push_back(box.urx - box.llx);
      src.page_heights.push_back(box.ury - box.lly);
      src.pages_without_annots.push_back(without(page, {"/Annots"}));
      src.annot_refs.push_back(array_refs(page.getKey("/Annots")));
    }

    QPDFObjectHandle acroform = root.getKey("/AcroForm");
    if (acroform.isDictionary()) {
      if (acroform.isIndirect()) src.acroform_id = acroform.getObjectID();  // else written anew as an object
      src.acroform_without_fields = without(acroform, {"/Fields", "/SigFlags"});
      src.field_refs = array_refs(acroform.getKey("/Fields"));
      QPDFObjectHandle fields = acroform.getKey("/Fields");
      std::set<QPDFObjGen> seen;
      for (int i = 0; fields.isArray() && i < fields.getArrayNItems(); ++i)
        collect_fields(fields.getArrayItem(i), src, page_index, seen);
    }

    QPDFObjectHandle dests = root.getKey("/Dests");
    if (dests.isDictionary()) {
      for (const std::string& key : dests.getKeys()) {
        QPDFObjectHandle d = dests.getKey(key);
        if (d.isDictionary()) d = d.getKey("/D");
        if (!d.isArray() || d.getArrayNItems() != 6 || !d.getArrayItem(1).isName() ||
            d.getArrayItem(1).getName() != "/FitR")
          continue;
        auto page = page_index.find(d.getArrayItem(0).getObjGen());
        if (page == page_index.end()) continue;
        PageBox b{page->second, d.getArrayItem(2).getNumericValue(), d.getArrayItem(3).getNumericValue(),
                  d.getArrayItem(4).getNumericValue(), d.getArrayItem(5).getNumericValue()};
        src.anchors.emplace(key.substr(1), b);
      }
    }
  } catch (const SignError&) {
    throw;
  } catch (const std::exception& e) {
    throw SignError(name + ": error: cannot read the PDF: " + e.what());
  }
  return src;
}

}  // namespace vanthu::sign
