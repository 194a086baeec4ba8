// Many documents in one file: the sections of every record, in order. Each
// section starts a new page in both writers (DOCX section break "next page";
// the paginator opens a page per section), so a record never shares a page
// with the one before, and nothing follows the last record: no blank page.
#include "api/batch_detail.h"

namespace vanthu::batch::detail {

model::Document combine(std::vector<model::Document>& documents) {
  model::Document out;
  if (documents.empty()) return out;
  out.meta = documents.front().meta;
  out.font_family = documents.front().font_family;
  if (documents.size() > 1)
    out.meta.title += " (và " + std::to_string(documents.size() - 1) + " văn bản khác)";
  size_t sections = 0;
  for (const auto& d : documents) sections += d.sections.size();
  out.sections.reserve(sections);
  for (auto& d : documents) {
    bool first = true;
    for (auto& s : d.sections) {
      // Each record is a document of its own: its pages count from 1, and
      // its first page shows no number (PL1 §I.7). Attachments keep their
      // own restart.
      if (first) {
        s.numbering.restart_at = 1;
        first = false;
      }
      out.sections.push_back(std::move(s));
    }
    d.sections.clear();
  }
  return out;
}

}  // namespace vanthu::batch::detail
