// render's signing (`vanthu render … --key …`): a service, so this file is
// part of the vanthu-services program only (docs/architecture.md).
#include <cstdlib>
#include <ctime>
#include <memory>

#include "cli/sign_options.h"
#include "core/atomic_file.h"
#include "layout/fonts.h"
#include "sign/sign_pdf.h"

namespace vanthu::cli {

std::string sign_with_options(const std::string& pdf, const std::string& name, const SignOptions& o) {
  sign::SignRequest req;
  req.appearance.role = sign_option_value(o, "--as") == "organ" ? sign::Role::Organ : sign::Role::Signer;
  req.appearance.text_lines = o.texts;
  req.tsa_url = sign_option_value(o, "--tsa");
  req.appearance.time =
      o.values.count("--time") ? std::strtoll(o.values.at("--time").c_str(), nullptr, 10) : std::time(nullptr);
  if (o.values.count("--seal-mm")) req.appearance.seal_mm = std::strtod(o.values.at("--seal-mm").c_str(), nullptr);
  if (o.values.count("--image")) {
    req.appearance.image_name = o.values.at("--image");
    req.appearance.image_png = read_file(req.appearance.image_name);
  }
  if (o.values.count("--seal")) {
    req.appearance.seal_name = o.values.at("--seal");
    req.appearance.seal_png = read_file(req.appearance.seal_name);
  }
  std::unique_ptr<sign::Signer> signer =
      o.values.count("--key")
          ? sign::pkcs12_signer(o.values.at("--key"), sign_option_value(o, "--password", "VANTHU_KEY_PASSWORD"))
          : sign::pkcs11_signer(o.values.at("--pkcs11-uri"), sign_option_value(o, "--pkcs11-module"),
                                sign_option_value(o, "--pin", "VANTHU_PKCS11_PIN"), o.values.at("--cert"));
  auto fonts = layout::FontSystem::create();
  return sign::sign_pdf(pdf, name, *signer, req, *fonts).pdf;
}

}  // namespace vanthu::cli
