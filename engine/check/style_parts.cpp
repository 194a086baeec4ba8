#include "check/style_parts.h"

#include <algorithm>
#include <utility>
#include <vector>

#include "check/text_util.h"

namespace vanthu::check {

namespace {

struct Styled {
  StylePart part;
  Located at;
};

// `box`: the width of the text column, for a top-level paragraph; cells give their own.
void collect(const Block& b, int box, std::vector<Styled>& out) {
  if (const Paragraph* p = b.paragraph()) {
    const StylePart part = style_part(p->props.style_id);
    if (part != StylePart::None) out.push_back({part, {p, box}});
  } else if (const Table* t = b.table()) {
    for (const Row& r : t->rows)
      for (const Cell& c : r.cells)
        for (const Block& inner : c.blocks) collect(inner, c.width - c.margin_left - c.margin_right, out);
  }
}

std::vector<Located> of(const std::vector<Styled>& styled, std::initializer_list<StylePart> parts) {
  std::vector<Located> out;
  for (const Styled& s : styled)
    if (std::find(parts.begin(), parts.end(), s.part) != parts.end() && !txt::content(*s.at.p).empty())
      out.push_back(s.at);
  return out;
}

void drop(std::vector<Located>& list, const std::vector<Styled>& styled, bool (*unwanted)(StylePart)) {
  list.erase(std::remove_if(list.begin(), list.end(),
                            [&](const Located& l) {
                              for (const Styled& s : styled)
                                if (s.at.p == l.p) return unwanted(s.part);
                              return false;
                            }),
             list.end());
}

bool is_content(StylePart p) { return p == StylePart::Heading || p == StylePart::Body; }
bool is_other_part(StylePart p) { return p != StylePart::None && !is_content(p); }

}  // namespace

StylePart style_part(const std::string& id) {
  static const std::pair<const char*, StylePart> kIds[] = {
      {"VanthuCoQuanChuQuan", StylePart::ParentOrgan},
      {"VanthuCoQuanBanHanh", StylePart::Organ},
      {"VanthuQuocHieu", StylePart::NationalName},
      {"VanthuTieuNgu", StylePart::Motto},
      {"VanthuSoKyHieu", StylePart::Number},
      {"VanthuDiaDanhNgayThang", StylePart::PlaceDate},
      {"VanthuTenLoai", StylePart::TypeName},
      {"VanthuTrichYeu", StylePart::Abstract},
      {"VanthuTrichYeuCongVan", StylePart::AbstractLetter},
      {"VanthuKinhGui", StylePart::Addressee},
      {"VanthuThamQuyen", StylePart::Authority},
      {"VanthuCanCu", StylePart::Basis},
      {"BodyText", StylePart::Body},
      {"VanthuNoiNhan", StylePart::RecipientsLabel},
      {"VanthuNoiNhanDanhSach", StylePart::Recipients},
      {"VanthuQuyenHanKy", StylePart::SignerAuthority},
      {"VanthuChucVuNguoiKy", StylePart::SignerTitle},
      {"VanthuHoTenNguoiKy", StylePart::SignerName},
  };
  for (const auto& [name, part] : kIds)
    if (id == name) return part;
  if (id.size() == 8 && id.compare(0, 7, "Heading") == 0 && id[7] >= '1' && id[7] <= '9') return StylePart::Heading;
  return StylePart::None;
}

void use_styles(const Document& doc, Segment& s) {
  std::vector<Styled> styled;
  for (int b = s.first_block; b < s.end_block; ++b) collect(doc.body[static_cast<size_t>(b)], text_width(doc, b), styled);
  if (styled.empty()) return;
  auto single = [&](Located& field, StylePart part) {
    const auto v = of(styled, {part});
    if (!v.empty()) field = v.front();
  };
  auto list = [&](std::vector<Located>& field, std::initializer_list<StylePart> parts) {
    const auto v = of(styled, parts);
    if (!v.empty()) field = v;
  };
  single(s.quoc_hieu, StylePart::NationalName);
  single(s.tieu_ngu, StylePart::Motto);
  single(s.so, StylePart::Number);
  single(s.date, StylePart::PlaceDate);
  single(s.vv, StylePart::AbstractLetter);
  single(s.ten_loai, StylePart::TypeName);
  single(s.authority, StylePart::Authority);
  single(s.noi_nhan, StylePart::RecipientsLabel);
  list(s.superior, {StylePart::ParentOrgan});
  list(s.issuer, {StylePart::Organ});
  list(s.trich_yeu, {StylePart::Abstract});
  list(s.can_cu, {StylePart::Basis});
  // Signers: one block of lines ending with the name each (a biên bản has two, a copy
  // its own): the block holding a line the heuristics chose, else the first.
  std::vector<std::vector<Located>> signers(1);
  for (const Located& l : of(styled, {StylePart::SignerAuthority, StylePart::SignerTitle, StylePart::SignerName})) {
    signers.back().push_back(l);
    if (style_part(l.p->props.style_id) == StylePart::SignerName) signers.emplace_back();
  }
  if (signers.back().empty()) signers.pop_back();
  if (!signers.empty()) {
    const std::vector<Located>* chosen = &signers.front();
    for (const auto& block : signers)
      for (const Located& l : block)
        for (const Located& h : s.signer)
          if (h.p == l.p) chosen = &block;
    s.signer = *chosen;
  }
  // Lists whose items the heuristics join across soft line breaks: styles only fill a gap.
  if (s.noi_nhan_items.empty()) list(s.noi_nhan_items, {StylePart::Recipients});
  if (!s.kinh_gui) {
    const auto v = of(styled, {StylePart::Addressee});
    if (!v.empty() && txt::starts_with_ci(txt::content(*v.front().p), "Kính gửi")) {
      s.kinh_gui = v.front();
      if (s.kinh_gui_items.empty()) s.kinh_gui_items.assign(v.begin() + 1, v.end());
    }
  }
  drop(s.body, styled, is_other_part);
  drop(s.trich_yeu, styled, is_content);
  drop(s.can_cu, styled, is_content);
  if (s.authority) {
    for (const Styled& st : styled)
      if (st.at.p == s.authority.p && is_content(st.part)) s.authority = Located{};
  }
}

}  // namespace vanthu::check
