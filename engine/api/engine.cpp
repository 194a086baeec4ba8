#include "api/engine.h"

#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <iterator>

#include "api/glyph_check.h"
#include "core/atomic_file.h"
#include "core/unicode.h"
#include "derive/derive.h"
#include "docx/docx_writer.h"
#include "layout/fonts.h"
#include "layout/measure.h"
#include "realise/realise.h"
#include "template/data.h"
#include "template/markup.h"
#include "template/mustache.h"
#include "template/report_table.h"
#include "vn/format.h"
#include "vn/vietnam_time.h"
#if __has_include("pdf/pdf_writer.h")
#include "pdf/pdf_writer.h"
#define VANTHU_HAVE_PDF 1
#endif

namespace vanthu {

namespace {

// Lambdas offered to every template: {{#vt_tien_chu}}{{so_tien}}{{/vt_tien_chu}}.
// `dates` points at the dates of the data being rendered (derive stage), so
// that {{#vt_ngay}} formats a declared date field without parsing it again.
tmpl::MustacheOptions template_options(const tmpl::TemplateInfo& tpl, const tmpl::DataDates* const* dates) {
  tmpl::MustacheOptions o;
  o.partials = tpl.partials;
  auto integer = [](const std::string& s) -> std::optional<long long> {
    std::string digits;
    for (char c : text::collapse_spaces(s))
      if (c >= '0' && c <= '9') digits += c;
      else if (c != '.' && c != ' ') return std::nullopt;
    if (digits.empty() || digits.size() > 15) return std::nullopt;  // words go up to 10^15
    return std::stoll(digits);
  };
  o.lambdas["vt_tien_chu"] = [integer](const std::string& s) {
    auto n = integer(s);
    return n ? vn::money_in_words(*n) : s;
  };
  o.lambdas["vt_so_chu"] = [integer](const std::string& s) {
    auto n = integer(s);
    return n ? vn::number_in_words(*n) : s;
  };
  o.lambdas["vt_so"] = [integer](const std::string& s) {
    auto n = integer(s);
    return n ? vn::format_integer(*n) : s;
  };
  o.lambdas["vt_in_hoa"] = [](const std::string& s) { return text::upper(s); };
  o.lambdas["vt_ngay"] = [dates](const std::string& s) {
    const std::string text = text::collapse_spaces(s);
    if (*dates)
      if (const vn::Date* known = (*dates)->of_text(text)) return vn::date_long(*known);
    auto d = vn::Date::parse(text);  // a date the template wrote itself
    return d ? vn::date_long(*d) : s;
  };
  return o;
}

}  // namespace

struct Engine::Impl {
  EngineConfig config;
  explicit Impl(EngineConfig c) : config(std::move(c)), fonts(layout::FontSystem::create(config.font_dir)) {}
  std::shared_ptr<layout::FontSystem> fonts;
  std::unique_ptr<model::TextMeasurer> measurer = layout::make_measurer(fonts);
  // Compiled templates by markup path, so batch jobs parse each once.
  std::map<std::string, tmpl::CompiledMustache> compiled;
  bool batch_fonts = false;  // pdf::PdfOptions::batch_fonts
  const tmpl::DataDates* rendering_dates = nullptr;  // during render_markup: the data's dates

  // The derive stage (derive/derive.h), then Mustache. `dates` receives the
  // data's dates, parsed once, for the markup parser.
  std::string render_markup(const tmpl::TemplateInfo& tpl, nlohmann::json& data, Diagnostics& diag,
                            tmpl::DataDates* dates = nullptr, const tmpl::DataDates* known = nullptr) {
    tmpl::DataDates derived = derive::run(tpl, data, diag, known);
    if (diag.has_errors()) return {};
    auto it = compiled.find(tpl.markup_path);
    if (it == compiled.end())
      it = compiled.emplace(tpl.markup_path, tmpl::CompiledMustache(tpl.markup, tpl.markup_path,
                                                                    template_options(tpl, &rendering_dates), diag)).first;
    if (!it->second.ok()) {
      compiled.erase(it);
      return {};
    }
    struct InForce {  // the lambdas see `derived` while Mustache runs, and only then
      const tmpl::DataDates*& slot;
      ~InForce() { slot = nullptr; }
    } in_force{rendering_dates = &derived};
    std::string xml = it->second.render(data, diag);
    if (dates) *dates = std::move(derived);
    return xml;
  }
};

Engine::Engine(EngineConfig config) : impl_(std::make_unique<Impl>(std::move(config))) {}
Engine::~Engine() = default;

std::optional<tmpl::TemplateInfo> Engine::load_template(const std::string& name_or_path, Diagnostics& diag) const {
  return tmpl::load_template(name_or_path, diag, impl_->config.templates_dir);
}

nlohmann::json Engine::load_data(const std::string& path, Diagnostics& diag) const {
  return tmpl::load_data_file(path, diag);
}

std::string Engine::markup(const tmpl::TemplateInfo& tpl, nlohmann::json data, Diagnostics& diag) {
  return impl_->render_markup(tpl, data, diag);
}

std::optional<model::Document> Engine::build(const tmpl::TemplateInfo& tpl, nlohmann::json data,
                                             const std::string& data_name, Diagnostics& diag,
                                             const BuildOptions& options, const tmpl::DataDates* known_dates) {
  if (!data.is_object()) {
    diag.error(data_name.empty() ? "$" : data_name, "the data must be a JSON object");
    return std::nullopt;
  }
  Diagnostics local;
  api::warn_missing_glyphs(data, *impl_->fonts, local);
  tmpl::DataDates dates;
  std::string xml = impl_->render_markup(tpl, data, local, &dates, known_dates);
  if (local.has_errors()) {
    diag.append(local);
    return std::nullopt;
  }
  const std::string markup_name = tpl.markup_path + " (after Mustache)";
  // Only report tables and charts read the data again (compute_report_tables);
  // without them it is freed before the markup is parsed, so that a long list
  // is not held as JSON, markup and XML tree at once (issue 17).
  const bool data_read_again =
      xml.find("<report-table") != std::string::npos || xml.find("<chart") != std::string::npos;
  if (!data_read_again) data = nlohmann::json();
  auto sem = tmpl::parse_markup(xml, markup_name, local, &dates);
  std::string().swap(xml);  // each stage is freed once the next is built (a long list holds one at a time)
  if (!sem) {
    diag.append(local);
    return std::nullopt;
  }
  // Report tables and charts are computed from the data (docs/bao-cao.md).
  if (data_read_again) tmpl::compute_report_tables(*sem, data, markup_name, local);
  data = nlohmann::json();  // the data is not read after this
  if (local.has_errors()) {
    diag.append(local);
    return std::nullopt;
  }
  realise::Options ro;
  ro.margin_top = options.margin_top;
  ro.margin_bottom = options.margin_bottom;
  ro.margin_left = options.margin_left;
  ro.margin_right = options.margin_right;
  ro.timestamp = impl_->config.timestamp.value_or(sem->date ? vn::date_epoch(*sem->date) : 0);
  ro.source_name = markup_name;
  model::Document doc = realise::realise(*sem, *impl_->measurer, ro, local);
  diag.append(local);
  if (local.has_errors()) return std::nullopt;
  return doc;
}

const EngineConfig& Engine::config() const { return impl_->config; }

std::string Engine::to_docx(const model::Document& doc) const {
  docx::DocxOptions o;
  o.timestamp = doc.meta.created_epoch;
  return docx::write_docx(doc, o);
}

std::string Engine::to_docx(model::Document&& doc) const {
  docx::DocxOptions o;
  o.timestamp = doc.meta.created_epoch;
  return docx::write_docx(std::move(doc), o);
}

void Engine::set_batch_fonts(bool on) { impl_->batch_fonts = on; }

std::string Engine::to_pdf(const model::Document& doc) {
#ifdef VANTHU_HAVE_PDF
  pdf::PdfOptions o;
  o.timestamp = doc.meta.created_epoch;
  o.batch_fonts = impl_->batch_fonts;
  return pdf::write_pdf(doc, *impl_->fonts, o);
#else
  throw Error("PDF output is not available in this build");
#endif
}

std::string Engine::to_pdf(model::Document&& doc) {
#ifdef VANTHU_HAVE_PDF
  pdf::PdfOptions o;
  o.timestamp = doc.meta.created_epoch;
  o.batch_fonts = impl_->batch_fonts;
  return pdf::write_pdf(std::move(doc), *impl_->fonts, o);
#else
  throw Error("PDF output is not available in this build");
#endif
}

}  // namespace vanthu
