// Reservations (a number held for a paper document signed later, Điều
// 15.2), their confirmation or release, voiding (Điều 18.3: the number stays
// in the register with its reason and is never handed out again), and the
// delivery columns (7)–(10) filled in after issue.
#include <nlohmann/json.hpp>

#include "core/unicode.h"
#include "register/clock.h"
#include "register/impl.h"
#include "template/data.h"
#include "template/header_record.h"
#include "vn/doc_types.h"
#include "vn/format.h"

namespace vanthu::reg {

namespace {

std::string row_where(long long id) { return "row " + std::to_string(id); }

// Loads and locks row `id` in a write transaction; `change(row, detail)`
// checks and modifies it (false: refused, the reason in diag); then the row
// and the event are recorded together.
template <class Change>
std::optional<Row> modify_row(db::Connection& c, long long id, const char* action, const std::string& by,
                              Diagnostics& diag, Change change) {
  db::Transaction tx(c, true);
  auto r = load_row(c, id, true);
  if (!r) {
    diag.error(row_where(id), "is not in the register");
    return std::nullopt;
  }
  std::string detail;
  if (!change(*r, detail)) return std::nullopt;
  update_row(c, *r);
  add_event(c, id, action, by.empty() ? current_user() : by, detail);
  tx.commit();
  return r;
}

bool must_be_reserved(const Row& r, Diagnostics& diag) {
  if (r.status == Status::Reserved) return true;
  diag.error(row_where(r.id), std::string("is ") + status_name(r.status) + ", not reserved");
  return false;
}

}  // namespace

std::optional<Row> Register::reserve(const ReserveRequest& rq, Diagnostics& diag) {
  const long long now = now_utc();
  const std::string where = "reserve";
  if (rq.organ.empty()) diag.error(where, "needs the organ's abbreviation (--organ)");
  const vn::DocType* type = rq.type.empty() ? vn::find_doc_type("cong-van") : vn::find_doc_type(rq.type);
  if (!type) diag.error(where, "unknown document type \"" + rq.type + "\"");
  const auto date = parse_issue_date(rq.date, now);
  if (!date) diag.error("date", "\"" + rq.date + "\" is not a date");
  if (diag.has_errors()) return std::nullopt;

  auto& c = *impl_->db;
  db::Transaction tx(c, true);
  auto series = choose_series(load_series(c), rq.series, rq.organ, type->key, where, diag);
  if (!series) return std::nullopt;
  Row r;
  r.organ = rq.organ;
  r.series = series->code;
  r.year = year_of(*date);
  r.number = lock_counter(c, r.series, r.organ, r.year);
  set_counter(c, r.series, r.organ, r.year, r.number + 1);
  r.status = Status::Reserved;
  const nlohmann::json d = {{"so", r.number}, {"co_quan", {{"viet_tat", rq.organ}}}};
  r.symbol = tmpl::header_record(d, type->key, tmpl::DataDates{}).number_and_symbol();
  r.date = *date;
  r.type = type->key;
  r.type_name = type_display_name(type->key);
  r.summary = text::nfc(rq.summary);
  r.signer = text::nfc(rq.signer);
  r.note = text::nfc(rq.note);
  r.archive = "VT";
  r.issued_by = rq.issued_by.empty() ? current_user() : rq.issued_by;
  r.issued_at = utc_timestamp(now);
  r.id = insert_row(c, r);
  add_event(c, r.id, "reserve", r.issued_by, r.symbol);
  tx.commit();
  return r;
}

std::optional<Row> Register::confirm(long long id, const OutputFile& file, const std::string& summary,
                                     const std::string& signer, const std::string& by, Diagnostics& diag) {
  return modify_row(*impl_->db, id, "confirm", by, diag, [&](Row& r, std::string& detail) {
    if (!must_be_reserved(r, diag)) return false;
    r.status = Status::Confirmed;
    OutputFile f = file;
    if (f.sha256.empty()) f.sha256 = sha256_hex(f.bytes);
    f.bytes.clear();
    r.outputs = {f};
    if (!summary.empty()) r.summary = text::nfc(summary);
    if (!signer.empty()) r.signer = text::nfc(signer);
    if (r.summary.empty()) diag.warning(row_where(r.id), "confirmed without a trích yếu (summary)");
    detail = r.symbol + " " + f.name + " sha256 " + f.sha256;
    return true;
  });
}

std::optional<Row> Register::release(long long id, const std::string& reason, const std::string& by, Diagnostics& diag) {
  return modify_row(*impl_->db, id, "release", by, diag, [&](Row& r, std::string& detail) {
    if (!must_be_reserved(r, diag)) return false;
    // The number is not handed out again: later numbers may already exist,
    // and a number once announced must not mean two documents (Điều 18.3).
    r.status = Status::Released;
    r.void_reason = reason.empty() ? "Không sử dụng số đã giữ" : text::nfc(reason);
    detail = r.void_reason;
    return true;
  });
}

std::optional<Row> Register::void_row(long long id, const std::string& reason, const std::string& by, Diagnostics& diag) {
  if (text::collapse_spaces(reason).empty()) {
    diag.error(row_where(id), "voiding needs a reason (--reason)");
    return std::nullopt;
  }
  return modify_row(*impl_->db, id, "void", by, diag, [&](Row& r, std::string& detail) {
    if (r.status == Status::Voided || r.status == Status::Released || r.status == Status::Reserved) {
      diag.error(row_where(r.id), std::string("is ") + status_name(r.status) +
                                      (r.status == Status::Reserved ? "; release a reservation instead" : "; cannot be voided"));
      return false;
    }
    r.status = Status::Voided;
    r.void_reason = text::nfc(reason);
    detail = r.void_reason;
    return true;
  });
}

std::optional<Row> Register::update_delivery(long long id, int copies, const std::string& delivered_on,
                                             const std::string& received_by, const std::string& note,
                                             const std::string& by, Diagnostics& diag) {
  std::string day;
  if (!delivered_on.empty()) {
    auto d = vn::Date::parse(delivered_on);
    if (!d) {
      diag.error("delivered", "\"" + delivered_on + "\" is not a date");
      return std::nullopt;
    }
    day = vn::date_iso(*d);
  }
  return modify_row(*impl_->db, id, "delivery", by, diag, [&](Row& r, std::string& detail) {
    if (copies > 0) r.copies = copies;
    if (!day.empty()) r.delivered_on = day;
    if (!received_by.empty()) r.received_by = text::nfc(received_by);
    if (!note.empty()) r.note = text::nfc(note);
    detail = "copies " + std::to_string(r.copies) + ", delivered " + r.delivered_on;
    return true;
  });
}

}  // namespace vanthu::reg
