// A process that has rendered other documents (its paragraph and font
// caches warm) writes the same bytes for a document as a fresh one: the
// output depends only on the document (issue 17, layout/paragraph_cache.h).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "api/engine.h"
#include "e2e_support.h"

namespace vanthu {
namespace {

using test::Example;
using test::examples;

// DOCX and PDF of one example; empty when the example is refused.
std::pair<std::string, std::string> render(Engine& engine, const Example& e) {
  Diagnostics diag;
  auto tpl = engine.load_template(e.tpl, diag);
  if (!tpl) return {};
  nlohmann::json data = engine.load_data(e.data, diag);
  if (diag.has_errors()) return {};
  auto doc = engine.build(*tpl, std::move(data), e.data, diag);
  if (!doc) return {};
  return {engine.to_docx(*doc), engine.to_pdf(*doc)};
}

TEST(ParagraphCacheOutput, AWarmProcessWritesTheBytesOfAFreshOne) {
  const std::vector<Example> all = examples();
  ASSERT_GE(all.size(), 15u);
  std::vector<std::pair<std::string, std::string>> fresh;
  for (const Example& e : all) {
    Engine engine;  // cold caches
    fresh.push_back(render(engine, e));
  }
  Engine warm;
  for (const Example& e : all) render(warm, e);
  int compared = 0;
  for (size_t i = all.size(); i-- > 0;) {  // again, in the other order
    SCOPED_TRACE(all[i].data);
    const auto again = render(warm, all[i]);
    if (fresh[i].second.empty()) continue;
    ++compared;
    EXPECT_TRUE(again.first == fresh[i].first) << "DOCX differs";
    EXPECT_TRUE(again.second == fresh[i].second) << "PDF differs";
  }
  EXPECT_GE(compared, 15);
}

}  // namespace
}  // namespace vanthu
