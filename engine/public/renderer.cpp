// vanthu::Renderer: render() and templates() over the internal Engine.
#include <exception>
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
};

Renderer::Renderer(const Environment& environment) : impl_(std::make_unique<Impl>(environment)) {}
Renderer::~Renderer() = default;

RenderResult Renderer::render(std::string_view template_name, std::string_view data_json,
                              const RenderOptions& options) {
  RenderResult result;
  Diagnostics diag;
  try {
    auto tpl = impl_->engine.load_template(std::string(template_name), diag);
    nlohmann::json data = tmpl::parse_data(std::string(data_json), options.data_name, diag);
    if (tpl && !diag.has_errors()) {
      BuildOptions bo;
      bo.margin_top = options.margin_top;
      bo.margin_bottom = options.margin_bottom;
      bo.margin_left = options.margin_left;
      bo.margin_right = options.margin_right;
      if (auto doc = impl_->engine.build(*tpl, std::move(data), options.data_name, diag, bo)) {
        if (options.docx) result.docx = impl_->engine.to_docx(*doc);
        if (options.pdf) result.pdf = impl_->engine.to_pdf(*doc);
        result.ok = !diag.has_errors();
      }
    }
  } catch (const std::exception& e) {  // the machine, not the input (vanthu::Error)
    diag.error(options.data_name, e.what());
    result.ok = false;
  }
  if (!result.ok) result.docx.clear(), result.pdf.clear();  // never a partial output
  result.messages = pub::messages(diag);
  return result;
}

std::vector<TemplateSummary> Renderer::templates() const {
  Diagnostics diag;
  std::vector<TemplateSummary> out;
  for (const auto& t : tmpl::builtin_templates(diag, impl_->engine.config().templates_dir))
    out.push_back({t.name, t.type, t.description});
  return out;
}

}  // namespace vanthu
