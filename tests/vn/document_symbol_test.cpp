#include <gtest/gtest.h>

#include "vn/document_symbol.h"

namespace vanthu::vn {
namespace {

TEST(DocumentSymbol, NamedTypeThenOrgan) {
  EXPECT_EQ(document_symbol(find_doc_type("ke-hoach"), "STTTT", "VP"), "KH-STTTT");
  EXPECT_EQ(document_symbol(find_doc_type("quyet-dinh"), "", ""), "QĐ");
}

TEST(DocumentSymbol, CongVanTakesTheDraftingUnitOfTheLuuLine) {
  const DocType* cv = find_doc_type("cong-van");
  EXPECT_EQ(document_symbol(cv, "UBND", drafting_unit("KGVX")), "UBND-KGVX");
  EXPECT_EQ(document_symbol(cv, "UBND", drafting_unit("VT, KGVX.")), "UBND-KGVX");
  EXPECT_EQ(document_symbol(cv, "UBND", drafting_unit("KGVX (02), HT")), "UBND-KGVX");
  EXPECT_EQ(document_symbol(cv, "UBND", drafting_unit("VT")), "UBND");
  EXPECT_EQ(document_symbol(cv, "UBND-VP", drafting_unit("KGVX")), "UBND-VP");  // already holds its unit
}

TEST(DocumentSymbol, NumberPaddedOrLeftBlank) {
  EXPECT_EQ(number_and_symbol(5, "KH-UBND", 7), "05/KH-UBND");
  EXPECT_EQ(number_and_symbol(293, "KH-STTTT", 7), "293/KH-STTTT");
  EXPECT_EQ(number_and_symbol(std::nullopt, "QĐ-UBND", 5), "     /QĐ-UBND");
}

}  // namespace
}  // namespace vanthu::vn
