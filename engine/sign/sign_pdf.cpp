#include "sign/sign_pdf.h"

#include <openssl/x509.h>

#include <cstdio>

#include "pdf/pdf_dates.h"
#include "pdf/pdf_syntax.h"
#include "sign/cms.h"
#include "sign/pdf_source.h"

namespace vanthu::sign {
namespace {

using pdf::PdfFile;

// Room for the CMS in /Contents: the certificates, the signature and, for
// B-T, the time-stamp token with the TSA's certificate.
size_t contents_room(Signer& signer, bool timestamp) {
  size_t n = 4096 + static_cast<size_t>(i2d_X509(signer.certificate(), nullptr));
  for (const X509Ptr& c : signer.chain()) n += static_cast<size_t>(i2d_X509(c.get(), nullptr));
  return n + (timestamp ? 12288 : 0);
}

constexpr const char* kByteRangePlaceholder = "/ByteRange [0 0000000000 0000000000 0000000000]";

std::string rect(const PageBox& b) {
  std::string r = "[";
  for (double v : {b.x0, b.y0, b.x1, b.y1}) {
    pdf::append_number(r, v, 2);
    r += ' ';
  }
  r.back() = ']';
  return r;
}

// "<< ... >>" with `entries` added before the closing brackets.
std::string with(const std::string& dict, const std::string& entries) {
  const size_t end = dict.rfind(">>");
  return dict.substr(0, end) + entries + " >>";
}

std::string refs(const std::vector<std::string>& items, int added) {
  std::string out = "[";
  for (const std::string& i : items) out += i + ' ';
  return out + PdfFile::ref(added) + ']';
}

std::string reason(Role role) {
  return role == Role::Signer ? "Ký số của người có thẩm quyền" : "Ký số của cơ quan, tổ chức";
}

}  // namespace

SignResult sign_pdf(const std::string& input, const std::string& name, Signer& signer, const SignRequest& request,
                    layout::FontSystem& fonts) {
  const PdfSource src = read_pdf_source(input, name);
  const AppearanceRequest& req = request.appearance;
  PdfFile file = PdfFile::update(input.size(), src.next_id);

  const size_t room = contents_room(signer, !request.tsa_url.empty());
  const int sig_id = file.reserve();
  const int field_id = file.reserve();
  const Appearance ap = write_appearance(file, src, req, fonts);
  const std::string field_name = "Signature" + std::to_string(src.signature_count + 1);

  // The signature dictionary (§12.8.1, ETSI EN 319 142-1 §5.3): the time in
  // /M only, ByteRange and Contents patched below.
  file.write(sig_id, "<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /ETSI.CAdES.detached " +
                         std::string(kByteRangePlaceholder) + " /Contents <" + std::string(room * 2, '0') +
                         "> /M " + pdf::literal_string(pdf::pdf_date(req.time)) + " /Reason " +
                         pdf::text_string(reason(req.role)) + " >>");
  // Field and widget in one dictionary; printed (/F 4), as PDF/A requires.
  const int page_id = src.page_ids.at(static_cast<size_t>(ap.box.page));
  file.write(field_id, "<< /Type /Annot /Subtype /Widget /FT /Sig /T " + pdf::text_string(field_name) + " /V " +
                           PdfFile::ref(sig_id) + " /F 4 /Rect " + rect(ap.box) + " /P " + PdfFile::ref(page_id) +
                           " /AP << /N " + PdfFile::ref(ap.form_id) + " >> >>");

  // The AcroForm: SigFlags 3 = signatures exist, append only (§12.7.2).
  const std::string acroform =
      with(src.acroform_without_fields.empty() ? "<< >>" : src.acroform_without_fields,
           " /Fields " + refs(src.field_refs, field_id) + " /SigFlags 3");
  if (src.acroform_id) {
    file.replace(src.acroform_id, acroform);
  } else {
    const int acroform_id = file.add(acroform);
    file.replace(src.root_id, with(src.root_without_acroform, " /AcroForm " + PdfFile::ref(acroform_id)));
  }
  const size_t p = static_cast<size_t>(ap.box.page);
  file.replace(page_id, with(src.pages_without_annots[p], " /Annots " + refs(src.annot_refs[p], field_id)));

  std::string trailer = "/Root " + src.root_ref;
  if (!src.info_ref.empty()) trailer += " /Info " + src.info_ref;
  if (!src.id_array.empty()) trailer += " /ID " + src.id_array;
  std::string out = input + file.finish_update(trailer, src.prev_xref);

  // Patch the byte range: everything but the hex string of /Contents.
  const size_t br = out.find(kByteRangePlaceholder, input.size());
  const size_t lt = out.find("/Contents <", br) + 10;
  const size_t gt = lt + 1 + room * 2 + 1;
  char range[64];
  std::snprintf(range, sizeof range, "/ByteRange [0 %zu %zu %zu", lt, gt, out.size() - gt);
  std::string patched(range);
  patched.resize(std::string_view(kByteRangePlaceholder).size() - 1, ' ');  // same length: offsets stay
  out.replace(br, patched.size() + 1, patched + ']');

  std::string signed_bytes = out.substr(0, lt);
  signed_bytes.append(out, gt, std::string::npos);
  const std::string digest = sha256(signed_bytes);
  const std::string cms = pades_cms(signer, digest, request.tsa_url);
  if (cms.size() > room) throw SignError("the signature is larger than the room reserved for it");
  static const char kHex[] = "0123456789ABCDEF";
  for (size_t i = 0; i < cms.size(); ++i) {
    const auto b = static_cast<unsigned char>(cms[i]);
    out[lt + 1 + 2 * i] = kHex[b >> 4];
    out[lt + 1 + 2 * i + 1] = kHex[b & 15];
  }
  return {std::move(out), ap.box};
}

}  // namespace vanthu::sign
