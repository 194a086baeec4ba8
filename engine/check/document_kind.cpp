#include "check/document_kind.h"

#include "check/text_util.h"
#include "vn/doc_types.h"

namespace vanthu::check {

std::string document_kind(const Segment& s) {
  if (s.ten_loai) {
    const std::string name = txt::fold(txt::content(*s.ten_loai.p));
    // Đơn (petitions, applications) are written by citizens to an organ:
    // not administrative documents of Nghị định 30 (Điều 7).
    if (txt::starts_with(name, txt::fold("ĐƠN"))) return "not-administrative";
    const vn::DocType* best = nullptr;
    for (const auto& t : vn::doc_types())
      if (!t.name.empty() && txt::starts_with(name, txt::fold(t.name)) &&
          (best == nullptr || t.name.size() > best->name.size()))
        best = &t;
    if (best != nullptr) return best->key;
    if (s.vv) return "cong-van";
    return "unknown";
  }
  return s.vv ? "cong-van" : "unknown";
}

std::string kind_name(const std::string& kind) {
  if (kind == "cong-van") return "công văn";
  if (kind == "not-administrative") return "not an administrative document";
  if (const vn::DocType* t = vn::find_doc_type(kind); t && !t->name.empty()) return t->name;
  return "kind not recognised";
}

bool has_legal_bases(const Segment& s, const std::string& kind) {
  if (s.authority || s.decision_word) return true;
  for (const char* narrative : {"to-trinh", "bien-ban", "thong-bao", "bao-cao", "cong-van", "giay-moi", "giay-gioi-thieu",
                                "giay-nghi-phep", "cong-dien", "not-administrative"})
    if (kind == narrative) return false;
  return true;
}

bool internal_note(const Segment& s) {
  if (s.so || s.issuer.empty()) return false;
  const std::string name = txt::upper(txt::content(*s.issuer.back().p));
  for (const char* unit : {"PHÒNG ", "BAN ", "TỔ ", "BỘ PHẬN ", "VĂN PHÒNG "})
    if (txt::starts_with(name, unit)) return true;
  return false;
}

}  // namespace vanthu::check
