// CompiledMustache: kainjow's template plus our context, escaping and lambdas.
#include "template/mustache.h"

#include <exception>
#include <optional>

#include "template/mustache_detail.h"

namespace vanthu::tmpl {

using detail::Data;
namespace km = detail::km;

namespace {

// kainjow writes through operator<<; appending to a string is cheaper than its
// default std::ostringstream.
struct StringSink {
  std::string out;
  StringSink& operator<<(const std::string& s) {
    out += s;
    return *this;
  }
};

// A lambda of MustacheOptions::lambdas as kainjow data: the section is rendered
// in the current context, decoded to plain text, transformed, and escaped again,
// so the function sees "A & B" rather than "A &amp; B".
Data text_lambda(std::function<std::string(const std::string&)> fn, bool xml) {
  return Data{km::lambda2{[fn = std::move(fn), xml](const std::string& section, const km::renderer& render) {
    const std::string result = fn(xml_unescape(render(section)));
    return xml ? xml_escape(result) : km::html_escape(result);
  }}};
}

}  // namespace

struct CompiledMustache::Impl {
  std::string name;
  std::string source;
  bool xml = true;
  bool ok = false;
  std::optional<km::mustache> compiled;
  Data lambdas;   // object: name -> lambda
  Data partials;  // object: name -> template text

  void build() {
    compiled.emplace(source);
    if (xml) compiled->set_custom_escape(detail::escape_markup);  // data was cleaned when converted
  }
};

CompiledMustache::CompiledMustache(std::string_view text, std::string_view name, MustacheOptions options,
                                   Diagnostics& diag)
    : impl_(std::make_unique<Impl>()) {
  Impl& m = *impl_;
  m.name = name;
  m.source = text;
  m.xml = options.xml_escape;
  bool ok = true;

  for (auto& [key, fn] : options.expanding_lambdas) {
    if (options.lambdas.count(key)) {
      diag.error(m.name, "lambda \"" + key + "\" is defined twice (as a text lambda and as an expanding lambda)");
      ok = false;
    }
    m.lambdas.set(key, Data{km::lambda{fn}});
  }
  for (auto& [key, fn] : options.lambdas) m.lambdas.set(key, text_lambda(std::move(fn), m.xml));

  std::vector<detail::PartialRef> refs;
  ok = detail::check_template(text, name, options, refs, diag) && ok;
  std::vector<std::string> used;
  ok = detail::collect_partials(m.name, m.source, refs, options, used, diag) && ok;
  for (const auto& partial : used) m.partials.set(partial, Data{options.partials.at(partial)});

  m.ok = ok;
  if (ok) m.build();
}

CompiledMustache::CompiledMustache(const CompiledMustache& other)
    : impl_(std::make_unique<Impl>(*other.impl_)) {}

CompiledMustache& CompiledMustache::operator=(const CompiledMustache& other) {
  if (this != &other) impl_ = std::make_unique<Impl>(*other.impl_);
  return *this;
}

CompiledMustache::CompiledMustache(CompiledMustache&&) noexcept = default;
CompiledMustache& CompiledMustache::operator=(CompiledMustache&&) noexcept = default;
CompiledMustache::~CompiledMustache() = default;

bool CompiledMustache::ok() const { return impl_ && impl_->ok; }

const std::string& CompiledMustache::name() const { return impl_->name; }

std::string CompiledMustache::render(const nlohmann::json& data, Diagnostics& diag) {
  if (!ok()) return "";  // the errors were reported when compiling
  Impl& m = *impl_;
  StringSink sink;
  try {
    detail::SpecContext context{&data, m.xml, &m.lambdas, &m.partials};
    m.compiled->render(context, sink);
  } catch (const std::exception& e) {
    diag.error(m.name, std::string("rendering failed: ") + e.what());
    return "";
  }
  if (!m.compiled->is_valid()) {
    // Only expanding lambdas can get here (their result is parsed while
    // rendering). kainjow keeps the error in the template: start afresh.
    diag.error(m.name, "rendering failed: " + m.compiled->error_message());
    m.build();
    return "";
  }
  return std::move(sink.out);
}

std::string render_mustache(std::string_view text, std::string_view name, const nlohmann::json& data,
                            const MustacheOptions& options, Diagnostics& diag) {
  CompiledMustache compiled{text, name, options, diag};
  return compiled.render(data, diag);
}

}  // namespace vanthu::tmpl
