// Shared set-up of the signing tests: keys and certificates made by
// make_pki.sh (a CA, the signer, the organ, a TSA, a SoftHSM2 token), the
// example decision and a separate attachment rendered by the vanthu
// command, and the two pictures (a blue signature, a red seal) drawn with
// cairo, all in one temporary folder.
#pragma once

#include <cairo.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <unistd.h>

#include <cmath>
#include <cstdlib>
#include <memory>

#include "e2e/e2e_support.h"

namespace vanthu::test {

struct SignSetup {
  TempDir dir;
  std::string decision, attachment;  // unsigned PDFs
  std::string signature_png, seal_png;
  bool ok = false;
  std::string why;

  std::string pki(const std::string& f) const { return dir / ("pki/" + f); }

  // `vanthu sign in -o out <args>`.
  RunResult sign(const std::string& in, const std::string& out, const std::string& args) const {
    return run(quote(vanthu_binary()) + " sign " + quote(in) + " -o " + quote(out) + " " + args);
  }
  std::string p12(const std::string& who) const {
    return "--key " + quote(pki(who + ".p12")) + " --password 1234";
  }
  std::string token(const std::string& who) const {
    return "--pkcs11-uri 'pkcs11:token=vanthu;object=" + who + ";type=private' --pkcs11-module " +
           "/usr/lib/softhsm/libsofthsm2.so --pin 1234 --cert " + quote(pki(who + "-chain.pem"));
  }
  // The decision signed by the signer (with the image), then by the organ
  // (seal, 36 mm), at 2019-01-15 12:00 +07:00: dir/qd-12.ky1.pdf and
  // dir/qd-12.ky2.pdf (returned). Made once, shared by the tests.
  std::string signed_twice() const {
    const std::string once = dir / "qd-12.ky1.pdf", twice = dir / "qd-12.ky2.pdf";
    if (!fs::exists(twice)) {
      const std::string time = " --time 1547528400";
      RunResult r = sign(decision, once, p12("signer") + " --as signer --image " + quote(signature_png) + time);
      EXPECT_EQ(r.status, 0) << r.out;
      r = sign(once, twice, p12("organ") + " --as organ --seal " + quote(seal_png) + " --seal-mm 36" + time);
      EXPECT_EQ(r.status, 0) << r.out;
    }
    return twice;
  }
  RunResult verify(const std::string& pdf) const {
    return run(quote(vanthu_binary()) + " verify " + quote(pdf) + " --trust " + quote(pki("ca.pem")));
  }
  // pdfsig with an NSS database that trusts the test CA.
  RunResult pdfsig(const std::string& pdf) const {
    return run("pdfsig -nssdir sql:" + quote(dir / "nss") + " " + quote(pdf));
  }
};

inline void draw_png(const std::string& path, int w, int h, void (*paint)(cairo_t*, int, int)) {
  cairo_surface_t* s = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, w, h);
  cairo_t* cr = cairo_create(s);
  paint(cr, w, h);
  cairo_destroy(cr);
  cairo_surface_write_to_png(s, path.c_str());
  cairo_surface_destroy(s);
}

// A blue handwritten-looking stroke on a transparent background.
inline void paint_signature(cairo_t* cr, int w, int h) {
  cairo_set_source_rgb(cr, 0.05, 0.15, 0.75);
  cairo_set_line_width(cr, h * 0.05);
  cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND);
  cairo_move_to(cr, w * 0.05, h * 0.7);
  cairo_curve_to(cr, w * 0.2, h * 0.05, w * 0.3, h * 0.95, w * 0.45, h * 0.35);
  cairo_curve_to(cr, w * 0.55, h * 0.1, w * 0.6, h * 0.9, w * 0.75, h * 0.45);
  cairo_curve_to(cr, w * 0.85, h * 0.2, w * 0.9, h * 0.6, w * 0.97, h * 0.3);
  cairo_stroke(cr);
  cairo_move_to(cr, w * 0.1, h * 0.85);
  cairo_line_to(cr, w * 0.9, h * 0.75);
  cairo_stroke(cr);
}

// A red seal: two rings and a star, transparent outside.
inline void paint_seal(cairo_t* cr, int w, int h) {
  const double c = w / 2.0, r = w / 2.0;
  cairo_set_source_rgba(cr, 0.85, 0.05, 0.05, 0.9);
  cairo_set_line_width(cr, r * 0.06);
  cairo_arc(cr, c, c, r * 0.94, 0, 2 * M_PI);
  cairo_stroke(cr);
  cairo_arc(cr, c, c, r * 0.62, 0, 2 * M_PI);
  cairo_stroke(cr);
  for (int i = 0; i < 5; ++i) {
    const double a = -M_PI / 2 + i * 4 * M_PI / 5;
    if (i == 0) cairo_move_to(cr, c + r * 0.45 * std::cos(a), c + r * 0.45 * std::sin(a));
    else cairo_line_to(cr, c + r * 0.45 * std::cos(a), c + r * 0.45 * std::sin(a));
  }
  cairo_close_path(cr);
  cairo_fill(cr);
}

inline const SignSetup& sign_setup() {
  static const std::unique_ptr<SignSetup> s = [] {
    auto s = std::make_unique<SignSetup>();
    const std::string src = source_dir();
    RunResult r = run("bash " + quote(src + "/tests/sign/make_pki.sh") + " " + quote(s->dir / "pki"));
    if (r.status != 0) {
      s->why = "make_pki.sh failed: " + r.out;
      return s;
    }
    setenv("SOFTHSM2_CONF", s->pki("softhsm2.conf").c_str(), 1);
    fs::create_directories(s->dir / "nss");
    r = run("certutil -N -d sql:" + quote(s->dir / "nss") + " --empty-password && certutil -A -d sql:" +
            quote(s->dir / "nss") + " -n ca -t CT,C,C -i " + quote(s->pki("ca.pem")));
    if (r.status != 0) {
      s->why = "certutil failed: " + r.out;
      return s;
    }
    s->decision = s->dir / "qd-12.pdf";
    s->attachment = s->dir / "kh-293.pdf";
    r = run(quote(vanthu_binary()) + " render quyet-dinh-khen-thuong " +
            quote(src + "/examples/khen-thuong-atgt-2018/data.json") + " -o " + quote(s->decision));
    RunResult r2 = run(quote(vanthu_binary()) + " render ke-hoach " +
                       quote(src + "/examples/ke-hoach-atgt-2018/data.json") + " -o " + quote(s->attachment));
    if (r.status != 0 || r2.status != 0) {
      s->why = "render failed: " + r.out + r2.out;
      return s;
    }
    s->signature_png = s->dir / "chu-ky.png";
    s->seal_png = s->dir / "con-dau.png";
    draw_png(s->signature_png, 600, 220, paint_signature);
    draw_png(s->seal_png, 400, 400, paint_seal);
    s->ok = true;
    return s;
  }();
  return *s;
}

}  // namespace vanthu::test
