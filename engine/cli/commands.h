// The commands of the `vanthu` program. Each returns the exit status:
// 0 success, 1 bad input, 2 bad usage.
#pragma once

#include <string>
#include <vector>

#include "vanthu/vanthu.hpp"

namespace vanthu::cli {

int render_command(const std::vector<std::string>& args);
int templates_command(const std::vector<std::string>& args);
// `vanthu check`: exit 0 clean, 1 findings, 2 unreadable file or bad usage.
int check_command(const std::vector<std::string>& args);
int batch_command(const std::vector<std::string>& args);
int serve_command(const std::vector<std::string>& args);  // the web application (docs/server.md)

// The register (docs/register.md): vanthu issue, vanthu register …, and
// vanthu batch … --issue (batch_command hands over when it sees --issue).
int issue_command(const std::vector<std::string>& args);
int register_command(const std::vector<std::string>& args);
int batch_issue_command(const std::vector<std::string>& args);
// `vanthu sign` / `vanthu verify`: digital signatures (docs/signing.md).
int sign_command(const std::vector<std::string>& args);
int verify_command(const std::vector<std::string>& args);

// Prints diagnostics to stderr, one per line.
void print_diagnostics(const std::string& text);
// Prints the public API's messages to stderr, one per line ("where: error: …").
void print_messages(const std::vector<Message>& messages);

}  // namespace vanthu::cli
