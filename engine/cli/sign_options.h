// The options that choose a key and how a signature looks, shared by
// `vanthu sign` and `vanthu render … --key …` (render and sign in one go).
#pragma once

#include <map>
#include <string>
#include <vector>

namespace vanthu::cli {

struct SignOptions {
  std::map<std::string, std::string> values;  // option -> value (the last one given)
  std::vector<std::string> texts;             // --text, in order
  bool any() const { return !values.empty() || !texts.empty(); }
};

// If args[i] is a signing option, stores it with its value, moves i past
// it and returns 1; returns 0 when it is not one, -1 (after printing why)
// when its value is missing.
int take_sign_option(const char* command, const std::vector<std::string>& args, size_t& i, SignOptions& o);

// Checks that the options make one signature; prints what is wrong and
// returns false otherwise (bad usage, exit status 2).
bool check_sign_options(const char* command, const SignOptions& o);

// The value of option `key`, else of the environment variable `env`, else "".
std::string sign_option_value(const SignOptions& o, const char* key, const char* env = nullptr);

// Signs `pdf` (read from `name`, for messages) as the options say. Throws
// std::exception with a message for the user (bad input, exit status 1).
std::string sign_with_options(const std::string& pdf, const std::string& name, const SignOptions& o);

extern const char* const kSignOptionsHelp;

}  // namespace vanthu::cli
