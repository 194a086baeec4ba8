// The issuing register (sổ đăng ký văn bản đi, Nghị định 30/2020 Điều 15,
// Điều 16.2.b, Phụ lục IV §I): numbers allocated by the engine in the
// organ's order of issue, restarting on 1 January (Vietnam time, UTC+7),
// never re-used (Điều 18.3), with the register row recorded in the same
// transaction as the rendering and delivery of the document.
//
//   auto reg = vanthu::reg::Register::open("register.sqlite");   // or "postgresql://…"
//   vanthu::reg::IssueRequest rq;
//   rq.template_name = "ke-hoach";
//   rq.data_json = text_of_data_json;
//   rq.formats = {vanthu::reg::OutputFormat::Docx, vanthu::reg::OutputFormat::Pdf};
//   vanthu::Diagnostics diag;
//   auto issued = reg->issue(rq, diag, [&](const vanthu::reg::Issued& r) {
//     /* store r.outputs somewhere; throwing here rolls everything back */ });
//   // issued->row.number, issued->row.symbol ("293/KH-STTTT"), issued->outputs[i].bytes
//
// The same operations run on SQLite (a file) and on PostgreSQL (a
// "postgresql://" or "postgres://" URL, or a libpq key=value string starting
// with "postgresql:"). Errors a user can cause (bad data, unknown series,
// a row that cannot be voided) go to Diagnostics; failures of the database or
// the machine throw vanthu::Error. A Register object is used by one thread at
// a time; open one per thread (or per request) for concurrency: the database
// serialises allocation between them, and between processes and machines.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/status.h"

namespace vanthu::reg {

// The state of a register row.
enum class Status {
  Issued,    // a document issued through vanthu (rendered, recorded)
  Reserved,  // a number held for a paper document signed later (Điều 15.2)
  Confirmed, // a reserved number confirmed with its document
  Released,  // a reservation given up: the number stays in the register, unused
  Voided,    // cancelled with a reason; never re-used (Điều 18.3)
  Imported,  // a number used before the register existed (CSV import)
};
const char* status_name(Status s);                     // "issued", "reserved", …
std::optional<Status> parse_status(const std::string& name);

enum class OutputFormat { Docx, Pdf };

// One output of an issued document.
struct OutputFile {
  OutputFormat format = OutputFormat::Docx;
  std::string name;    // file name as delivered (may be empty)
  std::string sha256;  // lower-case hex of the bytes
  std::string bytes;   // the file (empty in rows read back from the register)
};

// One row of the register: the ten columns of Phụ lục IV §I plus what the
// engine records about the issue.
struct Row {
  long long id = 0;           // unique in the register, in order of recording
  std::string organ;          // issuing organ's abbreviation (co_quan.viet_tat), "STTTT"
  std::string series;         // series code ("chung", "mat", …)
  int year = 0;               // year of the number: the document date's year (UTC+7)
  long long number = 0;       // số (1-based; printed "01" … "09", 10, …)
  Status status = Status::Issued;

  // The ten columns of Phụ lục IV §I.2.
  std::string symbol;         // (1) số, ký hiệu: "293/KH-STTTT"
  std::string date;           // (2) ngày tháng văn bản, ISO "2018-03-27"
  std::string type_name;      // (3) tên loại ("Kế hoạch") …
  std::string summary;        //     … and trích yếu
  std::string signer;         // (4) người ký
  std::string recipients;     // (5) nơi nhận, one per line
  std::string archive;        // (6) đơn vị, người nhận bản lưu ("VT, P.KHTC")
  int copies = 0;             // (7) số lượng bản (0 = not stated)
  std::string delivered_on;   // (8) ngày chuyển (ISO date or "")
  std::string received_by;    // (9) ký nhận
  std::string note;           // (10) ghi chú; void reasons and corrections are shown here too

  std::string type;           // document type key ("ke-hoach"); "" if unknown
  std::string void_reason;    // for Voided and Released rows
  std::optional<long long> corrects;  // id of the row this document corrects or replaces
  std::string template_name;  // template rendered ("" for reserved/imported rows)
  std::string data_json;      // snapshot of the data rendered, with "so" and "ngay" as issued
  std::vector<OutputFile> outputs;  // name + sha256 of each output (bytes empty)
  std::string issued_by;      // who issued/reserved/imported it
  std::string issued_at;      // when it was recorded, UTC, "2026-12-01T14:09:17Z"
};

// A series of numbers (Điều 15.1–15.2, PL1 §II.3). Numbers run per series,
// per organ and per year. `types` lists the document type keys or
// abbreviations ("quyet-dinh" or "QĐ") that go to this series when no series
// is named; a series with no types takes every type no other series claims.
struct Series {
  std::string code;           // "chung", "mat", "sao", "hd-thi-dua": [a-z0-9-], 1-32 chars
  std::string name;           // "Văn bản hành chính", "Văn bản mật", …
  std::vector<std::string> types;
  std::string organ;          // only this organ's documents ("" = any organ)
  bool secret = false;        // documents with a secrecy mark (Điều 15.2): never chosen by type
  bool active = true;
};

// A new register has one series "chung" taking every type.
struct SeriesCounter {
  std::string series, organ;
  int year = 0;
  long long next = 1;         // the number the next document gets
};

// What to issue. `data_json` is the JSON text of the data, without "so":
// the register fills it (a "so" in the data is an error). `date` is the
// date of issue: "" = now; "2026-12-31" or "31/12/2026" (that day), or an
// instant "2026-12-31T23:30:00+07:00" / "…Z", whose day in Vietnam (UTC+7)
// is taken. When `date` is "" and the data has "ngay", the data's date is
// used. The number's year is the year of that date.
struct IssueRequest {
  std::string template_name;  // built-in name or template folder
  std::string data_json;
  std::string data_name = "data.json";  // for diagnostics
  std::string series;         // "" = by the template's document type
  std::string date;
  std::string issued_by;      // "" = the user running the process
  std::vector<OutputFormat> formats = {OutputFormat::Docx, OutputFormat::Pdf};
  std::vector<std::string> output_names;  // optional, one per format, recorded in the row
  std::optional<long long> corrects;      // the row this document corrects/replaces
  std::optional<long long> reservation;   // use this reserved number instead of a new one
  int copies = 0;
  std::string note;
};

// The result of an issue: the row as recorded and the outputs' bytes.
struct Issued {
  Row row;
  std::vector<OutputFile> outputs;  // same order as IssueRequest::formats
  // The derived values of the document as issued (data["vt"]: number, ký
  // hiệu, date, organ names), JSON text, from the dates the derive stage
  // parsed: what `vanthu batch --issue` names its files with.
  std::string derived_json;
};

// Called inside the transaction, after rendering and before the commit, to
// store the outputs (write files, send them). If it throws, nothing is
// recorded and the number is not consumed. May be empty.
using Deliver = std::function<void(const Issued&)>;
using DeliverBatch = std::function<void(const std::vector<Issued>&)>;

struct ReserveRequest {
  std::string organ;          // required
  std::string type;           // document type key or abbreviation ("QĐ"); "" = công văn
  std::string series;         // "" = by type
  std::string date;           // as IssueRequest::date
  std::string summary, signer, note;
  std::string issued_by;
};

// Search and export filters; empty fields match everything.
struct Query {
  std::optional<int> year;
  std::string organ;
  std::string series;
  std::string type;           // type key or abbreviation
  std::string text;           // case-insensitive substring of symbol, summary, signer, recipients, note
  std::optional<Status> status;
  size_t limit = 0;           // 0 = all
  size_t offset = 0;
};

// A duplicate số + ký hiệu of one organ and year (PL6 III.1.h): a warning.
struct Duplicate {
  std::string organ, symbol;
  int year = 0;
  std::vector<long long> row_ids;
};

// An entry of the audit log: every change to the register, by whom.
struct Event {
  long long id = 0, row_id = 0;
  std::string action;         // "issue", "reserve", "confirm", "release", "void", "import", "series", "counter"
  std::string by, at, detail;
};

struct ImportOptions {
  std::string series;         // "" = by the type of each line
  std::string organ;          // used where the CSV has no organ column
  std::string issued_by;
};

enum class ExportFormat { Docx, Pdf, Csv };
struct ExportRequest {
  int year = 0;               // required
  std::string organ;          // required when the register holds several organs
  std::string series;         // "" = all series of the year
  int volume = 1;             // quyển số on the cover
  ExportFormat format = ExportFormat::Pdf;
};

class Register {
 public:
  // Opens (creating and migrating the schema if needed) the register at a
  // SQLite path or a PostgreSQL URL. Throws vanthu::Error.
  static std::unique_ptr<Register> open(const std::string& path_or_url);
  ~Register();
  Register(const Register&) = delete;
  Register& operator=(const Register&) = delete;

  int schema_version() const;
  std::string backend() const;  // "sqlite" or "postgresql"
  std::string location() const; // path or URL without the password

  // Series configuration.
  std::vector<Series> series() const;
  bool put_series(const Series& s, const std::string& by, Diagnostics& diag);  // create or update
  std::vector<SeriesCounter> counters(std::optional<int> year = std::nullopt) const;
  // The first number of an organ that starts mid-year: only forward (a
  // number already used cannot be handed out again).
  bool set_next_number(const std::string& series, const std::string& organ, int year, long long next,
                       const std::string& by, Diagnostics& diag);

  // Issuing. nullopt when there were user errors (in diag) or deliver threw
  // (rethrown); in both cases no number is consumed.
  std::optional<Issued> issue(const IssueRequest& rq, Diagnostics& diag, const Deliver& deliver = {});
  // Every request in one transaction with consecutive numbers (per series):
  // all or nothing. `jobs` renders on that many threads (0 = one per core).
  std::optional<std::vector<Issued>> issue_batch(const std::vector<IssueRequest>& rqs, Diagnostics& diag,
                                                 const DeliverBatch& deliver = {}, unsigned jobs = 1);

  // Reservation (paper documents): reserve, then confirm or release.
  std::optional<Row> reserve(const ReserveRequest& rq, Diagnostics& diag);
  // Confirms a reservation with the signed document's file (a scan, a DOCX):
  // its SHA-256 is recorded. `summary`/`signer` fill empty columns.
  std::optional<Row> confirm(long long id, const OutputFile& file, const std::string& summary,
                             const std::string& signer, const std::string& by, Diagnostics& diag);
  std::optional<Row> release(long long id, const std::string& reason, const std::string& by, Diagnostics& diag);
  // Voids an issued, confirmed or imported number; it stays and is never re-used.
  std::optional<Row> void_row(long long id, const std::string& reason, const std::string& by, Diagnostics& diag);
  // Columns (7)–(10) filled in after issue: copies, delivered on, received by, note.
  std::optional<Row> update_delivery(long long id, int copies, const std::string& delivered_on,
                                     const std::string& received_by, const std::string& note,
                                     const std::string& by, Diagnostics& diag);

  // Reading.
  std::optional<Row> row(long long id) const;
  std::vector<Row> list(const Query& q) const;  // by year, organ, series, number
  std::vector<Duplicate> duplicates(std::optional<int> year = std::nullopt) const;
  std::vector<Event> history(std::optional<long long> row_id = std::nullopt) const;

  // Import of numbers already used (CSV with a header line; columns in
  // docs/register.md). Errors name file:line:column. All or nothing.
  // Returns the number of rows imported.
  std::optional<size_t> import_csv(const std::string& csv_text, const std::string& file_name,
                                   const ImportOptions& options, Diagnostics& diag);

  // The register of a year as the Phụ lục IV table (DOCX or PDF, landscape,
  // with the cover page) or as CSV. Duplicates are added to diag as warnings.
  std::optional<std::string> export_register(const ExportRequest& rq, Diagnostics& diag);

  struct Impl;

 private:
  explicit Register(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// Where the register is when none is given: $VANTHU_REGISTER, else
// $XDG_DATA_HOME/vanthu/register.sqlite (~/.local/share/vanthu/register.sqlite).
std::string default_location();

// Today's date in Vietnam (UTC+7), ISO "2026-12-01"; `now_utc` in seconds
// since the epoch (for tests).
std::string vietnam_date(long long now_utc);

// Parses IssueRequest::date into an ISO date, Vietnam time; nullopt if malformed.
std::optional<std::string> parse_issue_date(const std::string& text, long long now_utc);

}  // namespace vanthu::reg
