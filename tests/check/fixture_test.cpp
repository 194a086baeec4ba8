// The hand-written fixtures are conforming: the baseline of rules_test.cpp.
#include <gtest/gtest.h>

#include "check_support.h"
#include "fixture.h"

namespace vanthu::test {
namespace {

TEST(CheckFixture, DecisionIsClean) {
  const check::Report r = run_check(decision().docx());
  EXPECT_EQ(r.documents, 1);
  EXPECT_TRUE(r.clean()) << check::format_text(r, "decision.docx") << r.parts;
}

TEST(CheckFixture, OfficialLetterIsClean) {
  const check::Report r = run_check(official_letter().docx());
  EXPECT_EQ(r.documents, 1);
  EXPECT_TRUE(r.clean()) << check::format_text(r, "cong-van.docx") << r.parts;
}

TEST(CheckFixture, PartsAreRecognised) {
  const check::Report r = run_check(decision().docx());
  for (const char* expected :
       {"issuing organ: ¶2–¶3 (2), rule border", "so: ¶8 \"Số: 12/QĐ-STTTT\"", "ten loai: ¶10 \"QUYẾT ĐỊNH\"",
        "authority: ¶13", "can cu: ¶14–¶16 (3)", "decision: ¶17 \"QUYẾT ĐỊNH:\"", "noi nhan: ¶34 \"Nơi nhận:\" + 3 items",
        "signer: ¶38–¶40 (3)"})
    EXPECT_NE(r.parts.find(expected), std::string::npos) << expected << "\n" << r.parts;
}

TEST(CheckFixture, WithoutMeasurerStillClean) {
  const check::Report r = check::check_docx(decision().docx());
  EXPECT_TRUE(r.clean()) << check::format_text(r, "decision.docx");
}

}  // namespace
}  // namespace vanthu::test
