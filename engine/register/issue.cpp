// Issuing: the next number of the series, the document rendered with it, the
// row recorded and the outputs delivered, all in one write transaction. The
// counter stays locked while the document renders, so the number is
// consumed only if everything succeeds, and no other process can take it or
// a later one in between (no duplicates, no gaps).
#include <atomic>
#include <map>
#include <mutex>
#include <thread>

#include <nlohmann/json.hpp>

#include "api/environment.h"
#include "derive/derive.h"
#include "register/clock.h"
#include "register/impl.h"
#include "template/catalog.h"
#include "template/data.h"
#include "template/header_record.h"

namespace vanthu::reg {

namespace {

struct Prepared {
  const IssueRequest* rq = nullptr;
  const tmpl::TemplateInfo* tpl = nullptr;
  nlohmann::json data;
  std::string organ, date;
  int year = 0;
  // Filled inside the transaction.
  Series series;
  long long number = 0;
  std::optional<Row> reserved;
  std::optional<Row> corrected;
  std::string summary;  // the trích yếu as rendered (a template may compose it)
  // The data's dates as the derive stage parsed them when rendering: the
  // row's ký hiệu and the batch's file names read them, parsing none again.
  tmpl::DataDates dates;
};

using TemplateCache = std::map<std::string, std::unique_ptr<tmpl::TemplateInfo>>;

std::string str_at(const nlohmann::json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// Checks what can be checked before the transaction: the template, the data,
// the organ and the date. `where` prefixes places for batch items.
std::optional<Prepared> prepare(const IssueRequest& rq, TemplateCache& cache, long long now, Diagnostics& diag) {
  Prepared p;
  p.rq = &rq;
  auto& slot = cache[rq.template_name];
  if (!slot) {
    auto tpl = tmpl::load_template(rq.template_name, diag, EngineConfig::from_process().templates_dir);
    if (!tpl) return std::nullopt;
    slot = std::make_unique<tmpl::TemplateInfo>(std::move(*tpl));
  }
  p.tpl = slot.get();
  p.data = tmpl::parse_data(rq.data_json, rq.data_name, diag);
  if (p.data.is_null()) return std::nullopt;
  if (!p.data.is_object()) {
    diag.error(rq.data_name, "the data must be a JSON object");
    return std::nullopt;
  }
  bool ok = true;
  // The number is the register's (Điều 15.3): a number in the data is refused
  // rather than silently replaced, so that nobody believes it was used.
  if (p.data.contains("so")) {
    diag.error("$.so", "the number is allocated by the register; leave \"so\" out of the data");
    ok = false;
  }
  if (const auto organ = p.data.find("co_quan"); organ != p.data.end() && organ->is_object())
    p.organ = str_at(*organ, "viet_tat");
  if (p.organ.empty()) {
    diag.error("$.co_quan.viet_tat", "the register needs the issuing organ's abbreviation (its numbers run per organ)");
    ok = false;
  }
  const std::string given = !rq.date.empty() ? rq.date : str_at(p.data, "ngay");
  const auto date = parse_issue_date(given, now);
  if (!date) {
    diag.error(rq.date.empty() ? "$.ngay" : "date",
               "\"" + given + "\" is not a date (2026-12-31, 31/12/2026 or 2026-12-31T23:30:00+07:00)");
    ok = false;
  } else {
    p.date = *date;
    p.year = year_of(*date);
  }
  if (!ok) return std::nullopt;
  p.data["ngay"] = p.date;
  return p;
}

// The Phụ lục IV columns read from the data as rendered.
// `derived_json` receives the derived values (vt) of the document.
Row make_row(const Prepared& p, const std::vector<OutputFile>& outputs, const std::string& by, long long now,
             std::string& derived_json) {
  Row r;
  r.organ = p.organ;
  r.series = p.series.code;
  r.year = p.year;
  r.number = p.number;
  r.status = p.reserved ? Status::Confirmed : Status::Issued;
  // The ký hiệu as the document prints it: the header record applies the
  // rule the realiser applies (vn/document_symbol.h). Its vt values name
  // batch --issue's files, with the dates the derive stage parsed.
  const tmpl::HeaderRecord h = p.dates.at("$.ngay") ? tmpl::header_record(p.data, p.tpl->type, p.dates)
                                                    : tmpl::header_record(p.data, p.tpl->type);  // $.ngay not declared a date
  r.symbol = h.number_and_symbol();
  derived_json = h.to_vt().dump();
  r.date = p.date;
  r.type = p.tpl->type;
  r.type_name = type_display_name(p.tpl->type);
  r.summary = !p.summary.empty() ? p.summary : str_at(p.data, "trich_yeu");
  if (auto s = p.data.find("nguoi_ky"); s != p.data.end() && s->is_object()) r.signer = str_at(*s, "ho_ten");
  if (auto n = p.data.find("noi_nhan"); n != p.data.end() && n->is_array())
    for (const auto& e : *n)
      if (e.is_string()) r.recipients += (r.recipients.empty() ? "" : "\n") + e.get<std::string>();
  const std::string luu = str_at(p.data, "luu");
  r.archive = luu.empty() ? "VT" : "VT, " + luu;  // PL1 §VIII: Lưu: VT, <unit>
  r.copies = p.rq->copies;
  r.note = p.rq->note;
  if (p.corrected) {
    r.corrects = p.corrected->id;
    const std::string ref = "Thay thế/đính chính văn bản số " + p.corrected->symbol;
    r.note = r.note.empty() ? ref : ref + "; " + r.note;
  }
  r.template_name = p.rq->template_name;
  r.data_json = p.data.dump();
  r.outputs = outputs;
  for (auto& o : r.outputs) o.bytes.clear();
  r.issued_by = by;
  r.issued_at = utc_timestamp(now);
  if (p.reserved) {
    r.id = p.reserved->id;
    if (r.summary.empty()) r.summary = p.reserved->summary;
    if (r.signer.empty()) r.signer = p.reserved->signer;
  }
  return r;
}

// Renders one prepared document with its number; nullopt on errors.
std::optional<std::vector<OutputFile>> render(Engine& engine, Prepared& p, Diagnostics& diag) {
  p.dates = derive::parse_dates(*p.tpl, p.data);
  auto doc = engine.build(*p.tpl, p.data, p.rq->data_name, diag, {}, &p.dates);
  if (!doc || diag.has_errors()) return std::nullopt;
  p.summary = doc->meta.title;
  std::vector<OutputFile> out;
  for (size_t i = 0; i < p.rq->formats.size(); ++i) {
    OutputFile f;
    f.format = p.rq->formats[i];
    f.bytes = f.format == OutputFormat::Pdf ? engine.to_pdf(*doc) : engine.to_docx(*doc);
    f.sha256 = sha256_hex(f.bytes);
    if (i < p.rq->output_names.size()) f.name = p.rq->output_names[i];
    out.push_back(std::move(f));
  }
  return out;
}

// Inside the transaction: the series, the reservation or corrected row, and
// the number of each prepared document (consecutive per counter).
bool allocate(db::Connection& c, std::vector<Prepared>& items, Diagnostics& diag) {
  const auto all_series = load_series(c);
  bool ok = true;
  for (size_t i = 0; i < items.size(); ++i) {
    auto& p = items[i];
    const std::string where = items.size() > 1 ? "record " + std::to_string(i + 1) : std::string("series");
    if (p.rq->corrects) {
      p.corrected = load_row(c, *p.rq->corrects, false);
      if (!p.corrected) {
        diag.error(where, "row " + std::to_string(*p.rq->corrects) + " to correct is not in the register");
        ok = false;
      }
    }
    if (p.rq->reservation) {
      p.reserved = load_row(c, *p.rq->reservation, true);
      const std::string id = std::to_string(*p.rq->reservation);
      if (!p.reserved || p.reserved->status != Status::Reserved) {
        diag.error(where, "row " + id + " is not a reserved number");
        ok = false;
      } else if (p.reserved->organ != p.organ || p.reserved->year != p.year) {
        diag.error(where, "reserved number " + p.reserved->symbol + " is for " + p.reserved->organ + " in " +
                              std::to_string(p.reserved->year) + ", not " + p.organ + " in " + std::to_string(p.year));
        ok = false;
      } else {
        p.number = p.reserved->number;
        for (const auto& s : all_series)
          if (s.code == p.reserved->series) p.series = s;
      }
      continue;
    }
    auto s = choose_series(all_series, p.rq->series, p.organ, p.tpl->type, where, diag);
    if (!s) {
      ok = false;
      continue;
    }
    p.series = *s;
  }
  if (!ok) return false;
  // Lock each counter once, in a fixed order (no deadlock between two batches).
  std::map<std::tuple<std::string, std::string, int>, long long> next;
  for (const auto& p : items)
    if (!p.reserved) next.emplace(std::make_tuple(p.series.code, p.organ, p.year), 0);
  for (auto& [key, n] : next) n = lock_counter(c, std::get<0>(key), std::get<1>(key), std::get<2>(key));
  for (auto& p : items)
    if (!p.reserved) p.number = next[{p.series.code, p.organ, p.year}]++;
  for (const auto& [key, n] : next) set_counter(c, std::get<0>(key), std::get<1>(key), std::get<2>(key), n);
  for (auto& p : items) p.data["so"] = p.number;
  return true;
}

long long record(db::Connection& c, const Row& row, bool reserved) {
  if (reserved) {
    update_row(c, row);
    add_event(c, row.id, "confirm", row.issued_by, row.symbol + " issued from its reservation");
    return row.id;
  }
  const long long id = insert_row(c, row);
  add_event(c, id, "issue", row.issued_by, row.symbol + " (" + row.template_name + ")");
  return id;
}

}  // namespace

std::optional<Issued> Register::issue(const IssueRequest& rq, Diagnostics& diag, const Deliver& deliver) {
  std::vector<IssueRequest> one{rq};
  std::optional<std::vector<Issued>> r;
  if (deliver)
    r = issue_batch(one, diag, [&](const std::vector<Issued>& v) { deliver(v.at(0)); }, 1);
  else
    r = issue_batch(one, diag, {}, 1);
  if (!r) return std::nullopt;
  return std::move(r->at(0));
}

std::optional<std::vector<Issued>> Register::issue_batch(const std::vector<IssueRequest>& rqs, Diagnostics& diag,
                                                         const DeliverBatch& deliver, unsigned jobs) {
  const long long now = now_utc();
  TemplateCache& cache = impl_->templates;
  std::vector<Prepared> items;
  items.reserve(rqs.size());
  bool ok = true;
  for (const auto& rq : rqs) {
    auto p = prepare(rq, cache, now, diag);
    if (!p) {
      ok = false;
      continue;
    }
    items.push_back(std::move(*p));
  }
  if (!ok || items.empty()) return std::nullopt;

  auto& c = *impl_->db;
  db::Transaction tx(c, true);
  if (!allocate(c, items, diag)) return std::nullopt;

  // Render with the numbers (several threads for a batch, one Engine each).
  std::vector<std::optional<std::vector<OutputFile>>> outputs(items.size());
  std::vector<Diagnostics> item_diag(items.size());
  if (jobs == 0) jobs = std::max(1u, std::thread::hardware_concurrency());
  jobs = static_cast<unsigned>(std::min<size_t>(jobs, items.size()));
  if (jobs <= 1) {
    for (size_t i = 0; i < items.size(); ++i) outputs[i] = render(impl_->render_engine(), items[i], item_diag[i]);
  } else {
    std::atomic<size_t> next{0};
    std::vector<std::thread> pool;
    std::exception_ptr failure;
    std::mutex failure_mutex;
    for (unsigned t = 0; t < jobs; ++t)
      pool.emplace_back([&] {
        try {
          Engine engine;
          for (size_t i; (i = next++) < items.size();) outputs[i] = render(engine, items[i], item_diag[i]);
        } catch (...) {
          std::lock_guard lock(failure_mutex);
          failure = std::current_exception();
          next = items.size();
        }
      });
    for (auto& th : pool) th.join();
    if (failure) std::rethrow_exception(failure);
  }
  for (size_t i = 0; i < items.size(); ++i) {
    if (items.size() > 1)
      for (const auto& d : item_diag[i].items())
        (d.severity == Diagnostic::Severity::Error ? diag.error("record " + std::to_string(i + 1) + ": " + d.where, d.message)
                                                   : diag.warning("record " + std::to_string(i + 1) + ": " + d.where, d.message));
    else
      diag.append(item_diag[i]);
    ok = ok && outputs[i].has_value();
  }
  if (!ok) return std::nullopt;  // the transaction rolls back: no number used

  std::vector<Issued> result;
  result.reserve(items.size());
  for (size_t i = 0; i < items.size(); ++i) {
    const std::string by = items[i].rq->issued_by.empty() ? current_user() : items[i].rq->issued_by;
    Issued is;
    is.row = make_row(items[i], *outputs[i], by, now, is.derived_json);
    is.row.id = record(c, is.row, items[i].reserved.has_value());
    is.outputs = std::move(*outputs[i]);
    result.push_back(std::move(is));
  }
  if (deliver) deliver(result);  // throws → rollback
  tx.commit();
  return result;
}

}  // namespace vanthu::reg
