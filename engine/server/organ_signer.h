// The organ's digital signature ("chữ ký số của cơ quan", Nghị định 30
// Phụ lục I §II.8) applied by the server: the key is opened once when the
// server starts (a wrong password or PIN stops the start, not the first
// request), and signatures are made one at a time, since a PKCS#11 session
// and the font system are not shared between threads.
#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "server/server.h"

namespace vanthu::layout {
class FontSystem;
}
namespace vanthu::sign {
class Signer;
}

namespace vanthu::server {

class OrganSigner {
 public:
  // Throws vanthu::Error naming the file when the key, certificate or seal
  // cannot be used.
  explicit OrganSigner(const SignConfig& config);
  ~OrganSigner();

  // Signs a PDF vanthu wrote, as the organ: on a main document with the
  // seal (when configured), on an attachment or copy with the text block
  // `lines` plus the time. Throws sign::SignError (bad input).
  std::string sign(const std::string& pdf, const std::string& name, bool attachment,
                   const std::vector<std::string>& lines);
  // The signing certificate's subject, for GET /api/session.
  const std::string& subject() const { return subject_; }

 private:
  SignConfig config_;
  std::string seal_png_;
  std::string subject_;
  std::unique_ptr<sign::Signer> signer_;
  std::shared_ptr<layout::FontSystem> fonts_;
  std::mutex mutex_;
};

}  // namespace vanthu::server
