// The service commands (issue, register, batch --issue, serve, sign, verify,
// and render's signing) run in a second program, vanthu-services: the
// `vanthu` command links the public library only, so that a render does not
// load PostgreSQL's, OpenSSL's, QPDF's and cpp-httplib's 25 libraries (about
// a third of a cold render's time, issue 17). `vanthu` hands those commands
// over with the same arguments; vanthu-services runs every command itself
// (it is built with VANTHU_SERVICES_PROGRAM).
#pragma once

#include <string>
#include <vector>

namespace vanthu::cli {

// True for the commands that run in vanthu-services.
bool is_service_command(const std::string& command);

// Replaces this process by vanthu-services with `args` (args[0] is the
// command): beside this program (the build tree), then in
// ../libexec/vanthu/ (installed). Returns only when it cannot, after saying
// why: exit status 2.
int hand_over_to_services(const std::vector<std::string>& args);

}  // namespace vanthu::cli
