// The C API (include/vanthu/vanthu.h) over the public C++ API: opaque
// handles, status codes, buffers owned by the handles. No C++ exception
// crosses it.
#include <exception>
#include <new>
#include <string>

#include "vanthu/vanthu.h"
#include "vanthu/vanthu.hpp"

struct vanthu_engine {
  vanthu::Environment environment;
  vanthu::Renderer renderer;
  explicit vanthu_engine(const vanthu::Environment& e) : environment(e), renderer(e) {}
};

struct vanthu_result {
  std::string docx, pdf, messages, findings_json = "[]";
  size_t finding_count = 0;
};

namespace {

std::string join(const std::vector<vanthu::Message>& messages) {
  std::string s;
  for (const auto& m : messages) s += m.text() + "\n";
  return s;
}

const unsigned char* bytes(const std::string& s, size_t* len) {
  if (len) *len = s.size();
  return s.empty() ? nullptr : reinterpret_cast<const unsigned char*>(s.data());
}

// Makes the result handle, then runs `body` on it; no exception leaves.
template <typename Body>
int with_result(vanthu_result** result, Body body) {
  auto* r = new (std::nothrow) vanthu_result;
  if (!r) return VANTHU_FAILURE;
  *result = r;
  try {
    return body(*r);
  } catch (const std::exception& e) {
    r->messages = std::string("error: ") + e.what() + "\n";
    return VANTHU_FAILURE;
  } catch (...) {
    return VANTHU_FAILURE;
  }
}

}  // namespace

extern "C" {

const char* vanthu_version(void) { return vanthu::version(); }

vanthu_engine* vanthu_engine_new(const char* templates_dir, const char* fonts_dir) {
  try {
    vanthu::Environment e = vanthu::Environment::from_process();
    if (templates_dir && *templates_dir) e.templates_dir = templates_dir;
    if (fonts_dir && *fonts_dir) e.fonts_dir = fonts_dir;
    return new vanthu_engine(e);
  } catch (...) {
    return nullptr;
  }
}

void vanthu_engine_free(vanthu_engine* engine) { delete engine; }

int vanthu_render(vanthu_engine* engine, const char* template_name, const char* data, size_t data_len, int formats,
                  vanthu_result** result) {
  if (result) *result = nullptr;
  if (!engine || !template_name || (!data && data_len) || !result || !(formats & (VANTHU_DOCX | VANTHU_PDF)))
    return VANTHU_BAD_USAGE;
  return with_result(result, [&](vanthu_result& r) {
    vanthu::RenderOptions o;
    o.docx = formats & VANTHU_DOCX;
    o.pdf = formats & VANTHU_PDF;
    vanthu::RenderResult out = engine->renderer.render(template_name, std::string_view(data ? data : "", data_len), o);
    r.messages = join(out.messages);
    if (!out.ok) return VANTHU_BAD_INPUT;
    r.docx = std::move(out.docx);
    r.pdf = std::move(out.pdf);
    return VANTHU_OK;
  });
}

int vanthu_check(vanthu_engine* engine, const unsigned char* docx, size_t docx_len, vanthu_result** result) {
  if (result) *result = nullptr;
  if (!engine || (!docx && docx_len) || !result) return VANTHU_BAD_USAGE;
  return with_result(result, [&](vanthu_result& r) {
    const char* text = docx ? reinterpret_cast<const char*>(docx) : "";
    vanthu::CheckResult c = vanthu::check_docx(std::string_view(text, docx_len), "document.docx", engine->environment);
    if (!c.readable) {
      r.messages = "error: " + c.error + "\n";
      return VANTHU_BAD_INPUT;
    }
    r.findings_json = std::move(c.json);
    r.finding_count = c.findings.size();
    return VANTHU_OK;
  });
}

const unsigned char* vanthu_result_docx(const vanthu_result* result, size_t* len) {
  if (!result) {
    if (len) *len = 0;
    return nullptr;
  }
  return bytes(result->docx, len);
}

const unsigned char* vanthu_result_pdf(const vanthu_result* result, size_t* len) {
  if (!result) {
    if (len) *len = 0;
    return nullptr;
  }
  return bytes(result->pdf, len);
}

const char* vanthu_result_messages(const vanthu_result* result) { return result ? result->messages.c_str() : ""; }
const char* vanthu_result_findings_json(const vanthu_result* result) {
  return result ? result->findings_json.c_str() : "[]";
}
size_t vanthu_result_finding_count(const vanthu_result* result) { return result ? result->finding_count : 0; }
void vanthu_result_free(vanthu_result* result) { delete result; }

}  // extern "C"
