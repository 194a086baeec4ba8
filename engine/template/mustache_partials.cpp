// The partials a template reaches: each parsed and checked once, unknown ones
// reported, and recursion that could never end rejected.
#include <algorithm>
#include <iterator>
#include <map>

#include "template/mustache_detail.h"

namespace vanthu::tmpl::detail {

namespace {

struct Reached {
  const std::string* text;
  std::vector<PartialRef> refs;
};

// A partial that reaches itself through partial tags outside any section
// pushes nothing on the way, so nothing can ever stop it. (Recursion through
// sections is legitimate, e.g. a tree of clauses, and is bounded at render
// time by SpecContext::kMaxDepth.)
class CycleFinder {
 public:
  CycleFinder(const std::map<std::string, Reached>& reached, Diagnostics& diag) : reached_(reached), diag_(diag) {}

  bool run() {
    for (const auto& [name, info] : reached_)
      if (!state_.count(name)) visit(name);
    return ok_;
  }

 private:
  void visit(const std::string& name) {
    state_[name] = kOnPath;
    path_.push_back(name);
    const Reached& info = reached_.at(name);
    for (const auto& ref : info.refs) {
      if (ref.in_section || !reached_.count(ref.name)) continue;
      const auto it = state_.find(ref.name);
      if (it == state_.end()) {
        visit(ref.name);
      } else if (it->second == kOnPath) {
        std::string cycle;
        for (auto p = std::find(path_.begin(), path_.end(), ref.name); p != path_.end(); ++p) cycle += *p + " > ";
        diag_.error(where(name, *info.text, ref.offset),
                    "partial \"" + ref.name + "\" includes itself outside any section (" + cycle + ref.name +
                        "): it would never end");
        ok_ = false;
      }
    }
    path_.pop_back();
    state_[name] = kDone;
  }

  enum State { kOnPath, kDone };
  const std::map<std::string, Reached>& reached_;
  Diagnostics& diag_;
  std::map<std::string, State> state_;
  std::vector<std::string> path_;
  bool ok_ = true;
};

}  // namespace

bool collect_partials(std::string_view name, std::string_view text, const std::vector<PartialRef>& refs,
                      const MustacheOptions& options, std::vector<std::string>& used, Diagnostics& diag) {
  bool ok = true;
  std::map<std::string, Reached> reached;
  struct Pending {
    std::string_view from_name, from_text;
    const std::vector<PartialRef>* refs;
  };
  std::vector<Pending> queue{{name, text, &refs}};
  while (!queue.empty()) {
    const Pending pending = queue.back();
    queue.pop_back();
    for (const auto& ref : *pending.refs) {
      if (reached.count(ref.name)) continue;
      const auto it = options.partials.find(ref.name);
      if (it == options.partials.end()) {
        diag.warning(where(pending.from_name, pending.from_text, ref.offset),
                     "partial \"" + ref.name + "\" is not defined; it renders as nothing");
        // Reported once: later references find it in `reached` with no text.
        reached.emplace(ref.name, Reached{nullptr, {}});
        continue;
      }
      auto& info = reached[ref.name];
      info.text = &it->second;
      ok = check_template(it->second, ref.name, options, info.refs, diag) && ok;
      used.push_back(ref.name);
      // std::map nodes are stable: `info` and its key stay valid while queued.
      queue.push_back({reached.find(ref.name)->first, it->second, &info.refs});
    }
  }
  for (auto it = reached.begin(); it != reached.end();) it = it->second.text ? std::next(it) : reached.erase(it);
  return CycleFinder(reached, diag).run() && ok;
}

}  // namespace vanthu::tmpl::detail
