// What the route handlers share: the options, the accounts, the templates
// loaded at start, the pools of Engines and text measurers, batch jobs.
#pragma once

#include <map>
#include <memory>
#include <string>

#include "model/measure.h"
#include "register/register.h"
#include "server/accounts.h"
#include "server/batch_jobs.h"
#include "server/measurer.h"
#include "server/organ_signer.h"
#include "server/pool.h"
#include "server/server.h"
#include "template/catalog.h"
#include "api/engine.h"

namespace httplib {
class Server;
}

namespace vanthu::server {

struct Context {
  Context(const Options& o);
  ~Context();
  Options options;
  Accounts accounts;
  std::map<std::string, tmpl::TemplateInfo> templates;  // built-in, by name
  Pool<Engine> engines;
  Pool<Measurer> measurers;
  BatchJobs batches;
  std::unique_ptr<Pool<reg::Register>> registers;  // one open Register per concurrent use
  std::unique_ptr<OrganSigner> signer;             // null: the server does not sign
  std::string trust_pem;                           // CA certificates for /api/verify ("" = none)
};

void add_session_routes(httplib::Server& http, Context& ctx);   // login, logout, session, users, tokens
void add_document_routes(httplib::Server& http, Context& ctx);  // templates, validate, render
void add_check_routes(httplib::Server& http, Context& ctx);     // check an uploaded DOCX
void add_batch_routes(httplib::Server& http, Context& ctx);     // batch jobs
void add_register_routes(httplib::Server& http, Context& ctx);  // the register (issue 12)
void add_sign_routes(httplib::Server& http, Context& ctx);      // the organ's signature, verification (issue 13)

}  // namespace vanthu::server
