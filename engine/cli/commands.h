// The commands of the `vanthu` program. Each returns the exit status:
// 0 success, 1 bad input, 2 bad usage.
#pragma once

#include <string>
#include <vector>

namespace vanthu::cli {

int render_command(const std::vector<std::string>& args);
int templates_command(const std::vector<std::string>& args);
// `vanthu check`: exit 0 clean, 1 findings, 2 unreadable file or bad usage.
int check_command(const std::vector<std::string>& args);
int batch_command(const std::vector<std::string>& args);
// `vanthu sign` / `vanthu verify`: digital signatures (docs/signing.md).
int sign_command(const std::vector<std::string>& args);
int verify_command(const std::vector<std::string>& args);

// Prints diagnostics to stderr, one per line.
void print_diagnostics(const std::string& text);

}  // namespace vanthu::cli
