// Data that is valid but tricky must come out as the user's text: NFD is
// normalised to NFC (TCVN 6909), "{{" and markup stay literal, control
// characters XML cannot hold are dropped. The result still conforms.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "check/check.h"
#include "hardening_support.h"

namespace vanthu::test {
namespace {

class TrickyData : public ::testing::Test {
 protected:
  TempDir tmp;
  nlohmann::json data = nlohmann::json::parse(slurp(source_dir() + "/examples/ke-hoach-atgt-2018/data.json"));

  // Renders `data`, checks the DOCX conforms, returns word/document.xml.
  std::string render_document() {
    write(tmp / "data.json", data.dump());
    const RunResult r = render("ke-hoach", tmp / "data.json", tmp / "out.docx");
    EXPECT_EQ(r.status, 0) << r.out;
    const RunResult c = check_stdout(tmp / "out.docx");
    EXPECT_EQ(c.status, 0) << c.out;
    for (const auto& [name, bytes] : zip_entries(tmp / "out.docx"))
      if (name == "word/document.xml") return bytes;
    ADD_FAILURE() << "no word/document.xml";
    return "";
  }
};

TEST_F(TrickyData, NfdIsNormalised) {
  data["trich_yeu"] = "Ke\u0302\u0301 hoa\u0323ch thi đua";  // decomposed "Kế hoạch"
  const std::string xml = render_document();
  EXPECT_NE(xml.find("Kế hoạch thi đua"), std::string::npos);
  EXPECT_EQ(xml.find("e\u0302\u0301"), std::string::npos);
}

TEST_F(TrickyData, MustacheAndMarkupStayLiteral) {
  data["trich_yeu"] = "Về {{trich_yeu}} và <b>thẻ</b> &amp; {{#x}}";
  data["noi_dung"][1] = "- Dòng có </line><line>chèn</line> {{> header}} <![CDATA[x]]> ]]>";
  const std::string xml = render_document();
  EXPECT_NE(xml.find("Về {{trich_yeu}} và &lt;b&gt;thẻ&lt;/b&gt; &amp;amp; {{#x}}"), std::string::npos);
  EXPECT_NE(xml.find("- Dòng có &lt;/line&gt;&lt;line&gt;chèn&lt;/line&gt; {{&gt; header}} &lt;![CDATA[x]]&gt; ]]&gt;"),
            std::string::npos);
}

TEST_F(TrickyData, ControlCharactersAreDropped) {
  // C0 controls (forbidden by XML), DEL and a C1 control (allowed by XML,
  // refused by Word).
  data["trich_yeu"] = std::string("Kế hoạch\u0001 có\u001f ký tự\u0008 điều\u007f khiển\u0085");
  const std::string xml = render_document();
  EXPECT_NE(xml.find("Kế hoạch có ký tự điều khiển"), std::string::npos);
  for (char c : xml) EXPECT_FALSE(c > 0 && c < 0x20 && c != '\t' && c != '\n' && c != '\r');
  EXPECT_EQ(xml.find('\x7F'), std::string::npos);
  EXPECT_EQ(xml.find("\xC2\x85"), std::string::npos);
}

}  // namespace
}  // namespace vanthu::test
