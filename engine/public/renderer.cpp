// vanthu::Renderer: render(), render_file() and templates() over the
// internal Engine.
#include <exception>
#include <filesystem>
#include <functional>
#include <optional>

#include "api/engine.h"
#include "public/convert.h"
#include "template/catalog.h"
#include "template/data.h"
#include "vanthu/vanthu.hpp"

namespace vanthu {

struct Renderer::Impl {
  explicit Impl(const Environment& e) : engine(pub::engine_config(e)) {}
  Engine engine;

  // The stages in order; `load_data` reads the data into `diag`.
  RenderResult run(std::string_view template_name, const std::function<nlohmann::json(Diagnostics&)>& load_data,
                   const std::string& data_name, const RenderOptions& options);
};

RenderResult Renderer::Impl::run(std::string_view template_name,
                                 const std::function<nlohmann::json(Diagnostics&)>& load_data,
                                 const std::string& data_name, const RenderOptions& options) {
  RenderResult result;
  Diagnostics diag;
  try {
    auto tpl = engine.load_template(std::string(template_name), diag);
    nlohmann::json data = load_data(diag);
    if (!tpl || diag.has_errors()) {
      result.messages = pub::messages(diag);
      return result;
    }
    result.template_folder = std::filesystem::path(tpl->markup_path).parent_path().string();
    if (options.markup) {
      result.stage = RenderStage::markup;
      Diagnostics md;
      std::string xml = engine.markup(*tpl, data, md);
      if (md.has_errors()) {
        result.messages = pub::messages(md);
        return result;
      }
      result.markup = std::move(xml);
    }
    result.stage = RenderStage::document;
    BuildOptions bo;
    bo.margin_top = options.margin_top;
    bo.margin_bottom = options.margin_bottom;
    bo.margin_left = options.margin_left;
    bo.margin_right = options.margin_right;
    auto doc = engine.build(*tpl, std::move(data), data_name, diag, bo);
    if (!doc || diag.has_errors()) {
      result.messages = pub::messages(diag);
      return result;
    }
    result.stage = RenderStage::output;
    // The last writer consumes the document: it is freed as soon as that
    // writer is done with it (a long list does not hold both, issue 17).
    if (options.docx) result.docx = options.pdf ? engine.to_docx(*doc) : engine.to_docx(std::move(*doc));
    if (options.pdf) result.pdf = engine.to_pdf(std::move(*doc));
    result.stage = RenderStage::done;
    result.ok = true;
  } catch (const std::exception& e) {  // the machine, not the input (vanthu::Error)
    diag.error(data_name, e.what());
    result.failure = e.what();
    result.ok = false;
  }
  if (!result.ok) result.docx.clear(), result.pdf.clear();  // never a partial output
  result.messages = pub::messages(diag);
  return result;
}

Renderer::Renderer(const Environment& environment) : impl_(std::make_unique<Impl>(environment)) {}
Renderer::~Renderer() = default;

RenderResult Renderer::render(std::string_view template_name, std::string_view data_json,
                              const RenderOptions& options) {
  return impl_->run(
      template_name, [&](Diagnostics& diag) { return tmpl::parse_data(std::string(data_json), options.data_name, diag); },
      options.data_name, options);
}

RenderResult Renderer::render_file(std::string_view template_name, const std::string& data_path,
                                   const RenderOptions& options) {
  return impl_->run(
      template_name, [&](Diagnostics& diag) { return tmpl::load_data_file(data_path, diag); }, data_path, options);
}

std::vector<TemplateSummary> Renderer::templates() const {
  Diagnostics diag;
  std::vector<TemplateSummary> out;
  for (const auto& t : tmpl::builtin_templates(diag, impl_->engine.config().templates_dir))
    out.push_back({t.name, t.type, t.description});
  return out;
}

}  // namespace vanthu
