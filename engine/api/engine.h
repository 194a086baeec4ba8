// The engine's internal C++ interface (the CLI, batch, tests): templates,
// data as nlohmann JSON and the neutral model. Programs outside the tree use
// the public headers in include/vanthu/ (vanthu.hpp, vanthu.h) instead.
//
//   vanthu::Engine engine;                       // one per thread
//   vanthu::Diagnostics diag;
//   auto tpl = engine.load_template("ke-hoach", diag);
//   auto data = engine.load_data("plan.json", diag);
//   auto doc = engine.build(*tpl, data, "plan.json", diag);   // model::Document
//   std::string docx = engine.to_docx(*doc), pdf = engine.to_pdf(*doc);
//
// Errors a user can cause go to Diagnostics (file:line:col or a JSON path);
// failures of the machine (I/O) throw vanthu::Error.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "api/environment.h"
#include "core/status.h"
#include "model/document.h"
#include "template/catalog.h"
#include "template/data_dates.h"

namespace vanthu {

struct BuildOptions {
  // Page margins in mm; each must lie inside the decree's range (PL1 §I.1).
  std::optional<double> margin_top, margin_bottom, margin_left, margin_right;
};

class Engine {
 public:
  // `config` says where templates and fonts are (default: the process
  // environment, api/environment.h).
  explicit Engine(EngineConfig config = EngineConfig::from_process());
  ~Engine();
  Engine(const Engine&) = delete;
  Engine& operator=(const Engine&) = delete;

  std::optional<tmpl::TemplateInfo> load_template(const std::string& name_or_path, Diagnostics& diag) const;
  // Reads and parses a JSON data file ("-" = standard input).
  nlohmann::json load_data(const std::string& path, Diagnostics& diag) const;

  // Data + template -> the neutral model. nullopt when there were errors.
  // `known_dates`: the data's dates as derive::parse_dates gave them (the
  // batch, which parses them when naming files), so none is parsed again.
  std::optional<model::Document> build(const tmpl::TemplateInfo& tpl, nlohmann::json data,
                                       const std::string& data_name, Diagnostics& diag,
                                       const BuildOptions& options = {},
                                       const tmpl::DataDates* known_dates = nullptr);
  // The markup the template produced for `data` (after Mustache), for debugging.
  std::string markup(const tmpl::TemplateInfo& tpl, nlohmann::json data, Diagnostics& diag);

  std::string to_docx(const model::Document& doc) const;
  std::string to_pdf(const model::Document& doc);
  // The same bytes from a document the caller no longer needs: it is freed
  // as soon as the writer is done with it (the laid-out pages, the XML
  // parts), so that a long list does not hold both at once (issue 17).
  std::string to_docx(model::Document&& doc) const;
  std::string to_pdf(model::Document&& doc);
  // For the documents of a batch: PDF font subsets shared by the documents
  // (pdf::PdfOptions::batch_fonts). Off by default.
  void set_batch_fonts(bool on);

  const EngineConfig& config() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};


}  // namespace vanthu
