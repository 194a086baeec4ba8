// Every template publishes the JSON Schema (draft 2020-12) of its data,
// generated from template.json (`vanthu templates <name> --schema`); every
// example's data must validate against it with an independent validator
// (Debian's python3-jsonschema), and a broken copy of one must not.
#include <gtest/gtest.h>

#include "e2e/e2e_support.h"

namespace vanthu::test {
namespace {

const char* kValidate =
    "import json, sys\n"
    "from jsonschema import Draft202012Validator\n"
    "schema = json.load(open(sys.argv[1]))\n"
    "Draft202012Validator.check_schema(schema)\n"
    "errors = list(Draft202012Validator(schema).iter_errors(json.load(open(sys.argv[2]))))\n"
    "for e in errors: print('/'.join(map(str, e.absolute_path)) + ': ' + e.message)\n"
    "sys.exit(1 if errors else 0)\n";

bool have_jsonschema() { return run("/usr/bin/python3 -c 'import jsonschema'").status == 0; }

TEST(TemplateSchema, EveryExampleValidatesAgainstItsTemplatesSchema) {
  if (!have_jsonschema()) GTEST_SKIP() << "python3-jsonschema is not installed";
  const fs::path dir = fs::temp_directory_path() / "vanthu-schema-test";
  fs::create_directories(dir);
  const std::string script = (dir / "validate.py").string();
  write(script, kValidate);
  int checked = 0;
  for (const auto& ex : fs::directory_iterator(source_dir() + "/examples")) {
    if (!fs::exists(ex.path() / "template")) continue;
    const std::string tpl = text::collapse_spaces(slurp((ex.path() / "template").string()));
    const std::string schema = (dir / (tpl + ".schema.json")).string();
    fs::remove(schema);
    const RunResult s = run(quote(vanthu_binary()) + " templates " + quote(tpl) + " --schema -o " + quote(schema));
    ASSERT_EQ(s.status, 0) << s.out;
    for (const auto& f : fs::directory_iterator(ex.path())) {
      const std::string name = f.path().filename().string();
      if (name.rfind("data", 0) != 0 || f.path().extension() != ".json") continue;
      SCOPED_TRACE(f.path().string());
      const RunResult v = run("/usr/bin/python3 " + quote(script) + " " + quote(schema) + " " + quote(f.path().string()));
      EXPECT_EQ(v.status, 0) << v.out;
      ++checked;
    }
  }
  EXPECT_GE(checked, 17);
  fs::remove_all(dir);
}

TEST(TemplateSchema, ABrokenDataFileFailsTheSchema) {
  if (!have_jsonschema()) GTEST_SKIP() << "python3-jsonschema is not installed";
  const fs::path dir = fs::temp_directory_path() / "vanthu-schema-broken";
  fs::create_directories(dir);
  const std::string script = (dir / "validate.py").string(), schema = (dir / "s.json").string(),
                    data = (dir / "d.json").string();
  write(script, kValidate);
  ASSERT_EQ(run(quote(vanthu_binary()) + " templates cong-van --schema -o " + quote(schema)).status, 0);
  // The number as a string and the signer's name missing.
  write(data, R"({"co_quan": {"ten": "UBND", "viet_tat": "UBND"}, "so": "12", "dia_danh": "Lạng Sơn",
                  "trich_yeu": "x", "kinh_gui": ["A"], "noi_dung": ["x"], "noi_nhan": ["B"], "nguoi_ky": {}})");
  const RunResult v = run("/usr/bin/python3 " + quote(script) + " " + quote(schema) + " " + quote(data));
  EXPECT_EQ(v.status, 1) << v.out;
  EXPECT_NE(v.out.find("so:"), std::string::npos) << v.out;
  EXPECT_NE(v.out.find("ho_ten"), std::string::npos) << v.out;
  fs::remove_all(dir);
}

TEST(TemplateSchema, TheStartingDataFileRendersAndIsNeverWrittenOverAFile) {
  const fs::path dir = fs::temp_directory_path() / "vanthu-example-test";
  fs::create_directories(dir);
  const std::string data = (dir / "data.json").string(), docx = (dir / "x.docx").string();
  fs::remove(data);
  ASSERT_EQ(run(quote(vanthu_binary()) + " templates giay-moi --example -o " + quote(data)).status, 0);
  const RunResult r = run(quote(vanthu_binary()) + " render giay-moi " + quote(data) + " -o " + quote(docx));
  EXPECT_EQ(r.status, 0) << r.out;
  const std::string before = slurp(data);
  const RunResult again = run(quote(vanthu_binary()) + " templates giay-moi --example -o " + quote(data));
  EXPECT_EQ(again.status, 1);
  EXPECT_EQ(slurp(data), before);
  fs::remove_all(dir);
}

}  // namespace
}  // namespace vanthu::test
