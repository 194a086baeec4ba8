// `vanthu register`: the register's daily operations — list and search,
// reserve / confirm / release, void, delivery columns, series and counters,
// import and export (docs/register.md).
#include <cstdio>
#include <map>

#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "cli/register_support.h"
#include "core/atomic_file.h"

namespace vanthu::cli {

namespace {

const char* kRegisterUsage =
    "usage: vanthu register <action> [options] [--register FILE|URL] [--by NAME]\n"
    "  list [--year Y] [--organ O] [--series S] [--type T] [--status S] [--search TEXT]\n"
    "       [--limit N] [--format text|json]      the rows, by year, series and number\n"
    "  reserve --organ O [--type T] [--series S] [--date D] [--summary T] [--signer N]\n"
    "                                             hold the next number for a paper document\n"
    "  confirm ID FILE [--summary T] [--signer N] confirm a reservation with its signed file\n"
    "  release ID [--reason TEXT]                 give a reservation up (the number stays, unused)\n"
    "  void ID --reason TEXT                      void a number (kept, never re-used)\n"
    "  deliver ID [--copies N] [--on DATE] [--received-by NAME] [--note TEXT]\n"
    "                                             columns 7-10: copies, sent on, signed for, note\n"
    "  series                                     list the series\n"
    "  series set CODE [--name N] [--types KH,QĐ] [--organ O] [--secret] [--closed]\n"
    "  start --series S --organ O --year Y --next N   first number of an organ starting mid-year\n"
    "  counters [--year Y]                        the next number of each series\n"
    "  import FILE.csv [--organ O] [--series S]   numbers already used (docs/register.md)\n"
    "  export --year Y -o FILE.pdf|.docx|.csv [--organ O] [--series S] [--volume N]\n"
    "                                             the Phụ lục IV register of the year\n"
    "  duplicates [--year Y]                      số + ký hiệu recorded twice\n"
    "  history [ID]                               who changed what\n";

struct Options {
  std::vector<std::string> positional;
  std::map<std::string, std::string> values;
  std::map<std::string, bool> flags;
  const std::string& get(const std::string& k) const {
    static const std::string empty;
    auto it = values.find(k);
    return it == values.end() ? empty : it->second;
  }
};

const char* kValueOptions[] = {"--year", "--organ", "--series", "--type", "--status", "--search", "--limit", "--format",
                               "--date", "--summary", "--signer", "--reason", "--copies", "--on", "--received-by",
                               "--note", "--name", "--types", "--next", "-o", "--volume", "--by"};

bool parse(const std::vector<std::string>& args, Options& o) {
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    bool value = false;
    for (const char* v : kValueOptions) value = value || a == v;
    if (value) {
      if (i + 1 >= args.size()) {
        std::fprintf(stderr, "vanthu register: %s needs a value\n", a.c_str());
        return false;
      }
      o.values[a] = args[++i];
    } else if (a == "--secret" || a == "--closed") {
      o.flags[a] = true;
    } else if (a.size() > 1 && a[0] == '-') {
      std::fprintf(stderr, "vanthu register: unknown option %s\n", a.c_str());
      return false;
    } else
      o.positional.push_back(a);
  }
  return true;
}

bool to_int(const std::string& s, long long& out) {
  if (s.empty() || s.size() > 15) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  out = std::stoll(s);
  return true;
}

nlohmann::json row_json(const reg::Row& r) {
  nlohmann::json outputs = nlohmann::json::array();
  for (const auto& f : r.outputs)
    outputs.push_back({{"format", f.format == reg::OutputFormat::Pdf ? "pdf" : "docx"}, {"name", f.name}, {"sha256", f.sha256}});
  nlohmann::json j = {{"id", r.id}, {"organ", r.organ}, {"series", r.series}, {"year", r.year}, {"number", r.number},
                      {"status", reg::status_name(r.status)}, {"so_ky_hieu", r.symbol}, {"ngay", r.date},
                      {"ten_loai", r.type_name}, {"trich_yeu", r.summary}, {"nguoi_ky", r.signer},
                      {"noi_nhan", r.recipients}, {"luu", r.archive}, {"so_luong_ban", r.copies},
                      {"ngay_chuyen", r.delivered_on}, {"ky_nhan", r.received_by}, {"ghi_chu", r.note},
                      {"loai", r.type}, {"ly_do_huy", r.void_reason}, {"template", r.template_name},
                      {"outputs", outputs}, {"issued_by", r.issued_by}, {"issued_at", r.issued_at}};
  if (r.corrects) j["corrects"] = *r.corrects;
  return j;
}

void print_row(const reg::Row& r) {
  std::printf("%6lld  %-18s %s  %-9s %s%s%s\n", r.id, r.symbol.c_str(), r.date.c_str(), reg::status_name(r.status),
              (r.type_name + ": " + r.summary).c_str(), r.void_reason.empty() ? "" : "  [", r.void_reason.empty() ? "" : (r.void_reason + "]").c_str());
}

int report(const Diagnostics& diag, bool ok) {
  print_diagnostics(diag.format());
  return ok ? 0 : 1;
}

int bad_usage(const char* what) {
  std::fprintf(stderr, "vanthu register: %s\n%s", what, kRegisterUsage);
  return 2;
}

}  // namespace

int register_command(const std::vector<std::string>& argv) {
  std::vector<std::string> args = argv;
  if (args.empty() || args[0] == "--help" || args[0] == "-h") {
    std::fputs(kRegisterUsage, args.empty() ? stderr : stdout);
    return args.empty() ? 2 : 0;
  }
  const std::string location = take_register_option(args);
  const std::string action = args[0];
  Options o;
  if (!parse({args.begin() + 1, args.end()}, o)) return 2;
  const std::string& by = o.get("--by");
  long long id = 0;
  auto need_id = [&]() {
    return !o.positional.empty() && to_int(o.positional[0], id) && id > 0;
  };
  std::optional<int> year;
  if (!o.get("--year").empty()) {
    long long y = 0;
    if (!to_int(o.get("--year"), y) || y < 1 || y > 9999) return bad_usage("--year takes a year, e.g. 2026");
    year = static_cast<int>(y);
  }
  static const char* kActions[] = {"list", "reserve", "confirm", "release", "void", "deliver", "series", "start",
                                   "counters", "import", "export", "duplicates", "history"};
  bool known = false;
  for (const char* a : kActions) known = known || action == a;
  if (!known) return bad_usage(("unknown action \"" + action + "\"").c_str());

  auto reg = open_register(location, "register");
  if (!reg) return 1;
  Diagnostics diag;
  try {
    if (action == "list") {
      reg::Query q;
      q.year = year;
      q.organ = o.get("--organ");
      q.series = o.get("--series");
      q.type = o.get("--type");
      q.text = o.get("--search");
      if (!o.get("--status").empty()) {
        q.status = reg::parse_status(o.get("--status"));
        if (!q.status) return bad_usage("--status is issued, reserved, confirmed, released, voided or imported");
      }
      long long limit = 0;
      if (!o.get("--limit").empty() && !to_int(o.get("--limit"), limit)) return bad_usage("--limit takes a number");
      q.limit = static_cast<size_t>(limit);
      const auto rows = reg->list(q);
      if (o.get("--format") == "json") {
        nlohmann::json a = nlohmann::json::array();
        for (const auto& r : rows) a.push_back(row_json(r));
        std::puts(a.dump(2).c_str());
      } else {
        for (const auto& r : rows) print_row(r);
      }
      for (const auto& d : reg->duplicates(year))
        diag.warning(d.organ + " " + std::to_string(d.year), "số, ký hiệu " + d.symbol + " is recorded " +
                                                                  std::to_string(d.row_ids.size()) + " times");
      return report(diag, true);
    }
    if (action == "reserve") {
      reg::ReserveRequest rq{o.get("--organ"), o.get("--type"), o.get("--series"), o.get("--date"),
                             o.get("--summary"), o.get("--signer"), o.get("--note"), by};
      auto r = reg->reserve(rq, diag);
      if (r) std::printf("Giữ số: %s  (row %lld, series %s)\n", r->symbol.c_str(), r->id, r->series.c_str());
      return report(diag, r.has_value());
    }
    if (action == "confirm") {
      if (!need_id() || o.positional.size() != 2) return bad_usage("confirm takes a row id and the signed file");
      reg::OutputFile f;
      f.name = o.positional[1];
      f.bytes = read_file(f.name);
      f.format = f.name.size() > 4 && f.name.compare(f.name.size() - 4, 4, ".pdf") == 0 ? reg::OutputFormat::Pdf
                                                                                         : reg::OutputFormat::Docx;
      auto r = reg->confirm(id, f, o.get("--summary"), o.get("--signer"), by, diag);
      if (r) print_row(*r);
      return report(diag, r.has_value());
    }
    if (action == "release" || action == "void") {
      if (!need_id()) return bad_usage("takes a row id");
      auto r = action == "release" ? reg->release(id, o.get("--reason"), by, diag) : reg->void_row(id, o.get("--reason"), by, diag);
      if (r) print_row(*r);
      return report(diag, r.has_value());
    }
    if (action == "deliver") {
      if (!need_id()) return bad_usage("deliver takes a row id");
      long long copies = 0;
      if (!o.get("--copies").empty() && !to_int(o.get("--copies"), copies)) return bad_usage("--copies takes a number");
      auto r = reg->update_delivery(id, static_cast<int>(copies), o.get("--on"), o.get("--received-by"), o.get("--note"), by, diag);
      if (r) print_row(*r);
      return report(diag, r.has_value());
    }
    if (action == "series") {
      if (o.positional.empty()) {
        for (const auto& s : reg->series()) {
          std::string types;
          for (const auto& t : s.types) types += (types.empty() ? "" : ",") + t;
          std::printf("%-12s %-30s types %-20s%s%s%s\n", s.code.c_str(), s.name.c_str(), types.empty() ? "*" : types.c_str(),
                      s.organ.empty() ? "" : (" organ " + s.organ).c_str(), s.secret ? " secret" : "", s.active ? "" : " closed");
        }
        return 0;
      }
      if (o.positional[0] != "set" || o.positional.size() != 2) return bad_usage("series set CODE [options]");
      reg::Series s;
      s.code = o.positional[1];
      for (const auto& existing : reg->series())
        if (existing.code == s.code) s = existing;
      if (o.values.count("--name")) s.name = o.get("--name");
      if (o.values.count("--types")) {
        s.types.clear();
        std::string cur;
        for (char c : o.get("--types") + ",") {
          if (c == ',') {
            if (!cur.empty()) s.types.push_back(cur);
            cur.clear();
          } else if (c != ' ')
            cur += c;
        }
      }
      if (o.values.count("--organ")) s.organ = o.get("--organ");
      s.secret = o.flags.count("--secret") > 0;
      s.active = o.flags.count("--closed") == 0;
      return report(diag, reg->put_series(s, by, diag));
    }
    if (action == "start") {
      long long next = 0;
      if (!year || !to_int(o.get("--next"), next) || o.get("--series").empty() || o.get("--organ").empty())
        return bad_usage("start needs --series, --organ, --year and --next");
      return report(diag, reg->set_next_number(o.get("--series"), o.get("--organ"), *year, next, by, diag));
    }
    if (action == "counters") {
      for (const auto& c : reg->counters(year))
        std::printf("%d  %-10s %-12s next %lld\n", c.year, c.organ.c_str(), c.series.c_str(), c.next);
      return 0;
    }
    if (action == "import") {
      if (o.positional.size() != 1) return bad_usage("import takes one CSV file");
      reg::ImportOptions io{o.get("--series"), o.get("--organ"), by};
      auto n = reg->import_csv(read_file(o.positional[0]), o.positional[0], io, diag);
      if (n) std::printf("imported %zu rows\n", *n);
      return report(diag, n.has_value());
    }
    if (action == "export") {
      const std::string out = o.get("-o");
      if (!year || out.empty()) return bad_usage("export needs --year and -o FILE");
      reg::ExportRequest rq;
      rq.year = *year;
      rq.organ = o.get("--organ");
      rq.series = o.get("--series");
      long long volume = 1;
      if (!o.get("--volume").empty() && !to_int(o.get("--volume"), volume)) return bad_usage("--volume takes a number");
      rq.volume = static_cast<int>(volume);
      const std::string ext = out.size() > 4 ? out.substr(out.rfind('.') == std::string::npos ? 0 : out.rfind('.')) : "";
      if (ext == ".pdf") rq.format = reg::ExportFormat::Pdf;
      else if (ext == ".docx") rq.format = reg::ExportFormat::Docx;
      else if (ext == ".csv") rq.format = reg::ExportFormat::Csv;
      else return bad_usage("-o must end in .pdf, .docx or .csv");
      auto bytes = reg->export_register(rq, diag);
      if (bytes) write_file_atomic(out, *bytes);
      return report(diag, bytes.has_value());
    }
    if (action == "duplicates") {
      const auto dups = reg->duplicates(year);
      for (const auto& d : dups) {
        std::printf("%d %s %s: rows", d.year, d.organ.c_str(), d.symbol.c_str());
        for (long long r : d.row_ids) std::printf(" %lld", r);
        std::printf("\n");
      }
      return 0;
    }
    if (action == "history") {
      std::optional<long long> row;
      if (!o.positional.empty()) {
        if (!need_id()) return bad_usage("history takes a row id");
        row = id;
      }
      for (const auto& e : reg->history(row))
        std::printf("%s  %-8s %-10s row %-6lld %s\n", e.at.c_str(), e.action.c_str(), e.by.c_str(), e.row_id, e.detail.c_str());
      return 0;
    }
  } catch (const std::exception& e) {
    std::fprintf(stderr, "vanthu register: error: %s\n", e.what());
    return 1;
  }
  return 2;
}

}  // namespace vanthu::cli
