// The Mustache layer: escaping, data conversion, name resolution, lambdas,
// partials and compiled templates.
#include <gtest/gtest.h>

#include <cctype>
#include <memory>
#include <stdexcept>

#include "template/mustache.h"

namespace vanthu::tmpl {
namespace {

using nlohmann::json;

std::string render(std::string_view text, const json& data, MustacheOptions options = {}) {
  Diagnostics diag;
  std::string out = render_mustache(text, "t.xml", data, options, diag);
  EXPECT_FALSE(diag.has_errors()) << diag.format();
  return out;
}

// --- escaping -----------------------------------------------------------------

TEST(MustacheEscape, EscapesTheFiveMarkupCharacters) {
  EXPECT_EQ(render("<p>{{v}}</p>", {{"v", "A & B <c> \"d\" 'e'"}}),
            "<p>A &amp; B &lt;c&gt; &quot;d&quot; &apos;e&apos;</p>");
  EXPECT_EQ(xml_escape("&<>\"'"), "&amp;&lt;&gt;&quot;&apos;");
}

TEST(MustacheEscape, EscapedValueCanStandInAnAttribute) {
  EXPECT_EQ(render("<section title=\"{{t}}\"/>", {{"t", "\"x\" & 'y'"}}),
            "<section title=\"&quot;x&quot; &amp; &apos;y&apos;\"/>");
}

TEST(MustacheEscape, DropsXmlForbiddenCharacters) {
  const std::string v = std::string("a\x01" "b\x0B" "c\x1F" "d\te\nf\rg") + "\xEF\xBF\xBE" "h" "\xEF\xBF\xBF";
  // The vertical tab is Word's line break: U+2028, read by the markup as <br/>.
  EXPECT_EQ(render("{{v}}", {{"v", v}}), "ab\xE2\x80\xA8" "cd\te\nf\rgh");
  EXPECT_EQ(xml_escape(v), "ab\xE2\x80\xA8" "cd\te\nf\rgh");
  // Also when interpolated unescaped: the text must still be valid XML text.
  EXPECT_EQ(render("{{{v}}}|{{&v}}", {{"v", "<b>\x02</b>"}}), "<b></b>|<b></b>");
}

TEST(MustacheEscape, KeepsVietnameseText) {
  EXPECT_EQ(render("{{v}}", {{"v", "Sở Thông tin và Truyền thông"}}), "Sở Thông tin và Truyền thông");
}

TEST(MustacheEscape, MalformedUtf8BecomesReplacementCharacter) {
  EXPECT_EQ(xml_escape("a\xC3(b"), "a\xEF\xBF\xBD(b");
}

TEST(MustacheEscape, HtmlModeUsesTheSpecEscaping) {
  MustacheOptions options;
  options.xml_escape = false;
  EXPECT_EQ(render("{{v}}", {{"v", "& \" < >"}}, options), "&amp; &quot; &lt; &gt;");
  // No XML character filter in HTML mode.
  EXPECT_EQ(render("{{v}}", {{"v", "a\x01"}}, options), "a\x01");
}

TEST(MustacheEscape, UnescapeInvertsEscape) {
  const std::string s = "A & B <c> \"d\" 'e' Việt";
  EXPECT_EQ(xml_unescape(xml_escape(s)), s);
  EXPECT_EQ(xml_unescape("&#65;&#x1EC7;&#0;&bogus;&amp"), "Aệ&#0;&bogus;&amp");
}

// --- data ----------------------------------------------------------------------

TEST(MustacheData, DataHoldingTagsStaysText) {
  const json data = {{"v", "{{x}} {{#x}}y{{/x}} {{> p}}"}, {"x", "BAD"}};
  MustacheOptions options;
  options.partials["p"] = "BAD";
  EXPECT_EQ(render("{{v}}|{{{v}}}", data, options), "{{x}} {{#x}}y{{/x}} {{&gt; p}}|{{x}} {{#x}}y{{/x}} {{> p}}");
  EXPECT_EQ(render("{{#list}}{{.}}{{/list}}", {{"list", {"{{x}}"}}, {"x", "BAD"}}), "{{x}}");
}

TEST(MustacheData, NumbersPrintAsJsonWithoutTrailingZero) {
  const json data = json::parse(R"({"i": 85, "neg": -3, "f": 1.21, "whole": 2.0, "zero": -0.0,
                                    "big": 1e20, "u": 18446744073709551615, "small": 0.1})");
  EXPECT_EQ(render("{{i}} {{neg}} {{f}} {{whole}} {{zero}} {{big}} {{u}} {{small}}", data),
            "85 -3 1.21 2 0 1e+20 18446744073709551615 0.1");
}

TEST(MustacheData, NumbersAreTruthyEvenWhenZero) {
  EXPECT_EQ(render("{{#n}}[{{.}}]{{/n}}", {{"n", 0}}), "[0]");
}

TEST(MustacheData, NullAndFalseAreFalsyAndPrintNothing) {
  const json data = {{"n", nullptr}, {"f", false}, {"t", true}};
  EXPECT_EQ(render("({{n}}{{f}}{{t}})[{{#n}}x{{/n}}{{#f}}x{{/f}}{{#t}}y{{/t}}][{{^n}}a{{/n}}{{^f}}b{{/f}}]", data),
            "()[y][ab]");
}

TEST(MustacheData, EmptyListIsFalsyAndListsRepeat) {
  EXPECT_EQ(render("{{#l}}x{{/l}}{{^l}}none{{/l}}", {{"l", json::array()}}), "none");
  EXPECT_EQ(render("{{#l}}<{{n}}>{{/l}}", {{"l", {{{"n", 1}}, {{"n", 2}}}}}), "<1><2>");
}

TEST(MustacheData, LargeListsRenderEveryRow) {
  json rows = json::array();
  for (int i = 0; i < 10000; ++i) rows.push_back({{"stt", i + 1}, {"ten", "Nguyễn Văn " + std::to_string(i)}});
  const std::string out = render("{{#rows}}<row>{{stt}}. {{ten}}</row>{{/rows}}", {{"rows", rows}});
  std::size_t count = 0;
  for (auto at = out.find("<row>"); at != std::string::npos; at = out.find("<row>", at + 1)) ++count;
  EXPECT_EQ(count, 10000u);
  EXPECT_NE(out.find("<row>10000. Nguyễn Văn 9999</row>"), std::string::npos);
}

TEST(MustacheData, TooDeepDataIsADiagnostic) {
  json deep = "leaf";
  for (int i = 0; i < 300; ++i) deep = json::array({deep});
  Diagnostics diag;
  EXPECT_EQ(render_mustache("{{x}}", "t.xml", {{"x", deep}}, {}, diag), "");
  ASSERT_TRUE(diag.has_errors());
  EXPECT_NE(diag.format().find("nested deeper than"), std::string::npos) << diag.format();
}

// --- names -----------------------------------------------------------------------

// kainjow resolves `b.c` in every context of the stack; the spec resolves only
// `b` through the stack and `c` inside the `b` found.
TEST(MustacheNames, DottedNameDoesNotFallBackToAnOuterObject) {
  EXPECT_EQ(render("{{#a}}{{b.c}}{{/a}}", json::parse(R"({"a":{"b":{}},"b":{"c":"WRONG"}})")), "");
  EXPECT_EQ(render("{{#a}}{{#b.c}}WRONG{{/b.c}}{{/a}}", json::parse(R"({"a":{"b":{}},"b":{"c":true}})")), "");
  EXPECT_EQ(render("{{#a}}{{^b.c}}right{{/b.c}}{{/a}}", json::parse(R"({"a":{"b":{}},"b":{"c":true}})")),
            "right");
}

TEST(MustacheNames, SignerMissingFieldIsNeverFilledFromAnotherObject) {
  const json data = json::parse(R"({
    "signer": {"title": "GIÁM ĐỐC", "org": {}},
    "org": {"name": "WRONG"},
    "rows": [{"signer": {"name": "An"}}, {"signer": {}}]
  })");
  EXPECT_EQ(render("{{#signer}}[{{signer.name}}|{{org.name}}|{{title}}]{{/signer}}", data), "[||GIÁM ĐỐC]");
  EXPECT_EQ(render("{{#rows}}[{{signer.name}}]{{/rows}}", data), "[An][]");
}

TEST(MustacheNames, FirstPartOfADottedNameWalksTheStack) {
  // Spec behaviour: a row without "signer" sees the outer signer.
  const json data = json::parse(R"({"signer": {"name": "Outer"}, "rows": [{"x": 1}]})");
  EXPECT_EQ(render("{{#rows}}{{signer.name}}{{/rows}}", data), "Outer");
}

TEST(MustacheNames, NullFieldStopsTheOutwardWalk) {
  const json data = json::parse(R"({"signer": {"name": "Outer"}, "rows": [{"signer": null}]})");
  EXPECT_EQ(render("{{#rows}}[{{signer.name}}]{{/rows}}", data), "[]");
}

TEST(MustacheNames, PlainNameFallsBackToOuterContext) {
  EXPECT_EQ(render("{{#a}}{{x}}-{{y}}{{/a}}", json::parse(R"({"a":{"y":"in"},"x":"out","y":"no"})")), "out-in");
}

TEST(MustacheNames, DottedNamesAreNeverSingleKeys) {
  EXPECT_EQ(render("[{{a.b}}]", json::parse(R"({"a.b":"c"})")), "[]");
  EXPECT_EQ(render("[{{a.b}}]", json::parse(R"({"a.b":"c","a":{"b":"d"}})")), "[d]");
}

TEST(MustacheNames, BrokenChainsAndScalarsInTheMiddle) {
  const json data = json::parse(R"({"a": {"b": "text"}, "c": {"name": "Jim"}})");
  EXPECT_EQ(render("[{{a.b.c}}][{{a.x.c}}][{{a.b}}][{{a..b}}][{{a.}}]", data), "[][][text][][]");
}

// --- lambdas ---------------------------------------------------------------------

MustacheOptions shout() {
  MustacheOptions options;
  options.lambdas["shout"] = [](const std::string& s) {
    std::string r = s;
    for (auto& c : r) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return r;
  };
  return options;
}

TEST(MustacheLambdas, SeeDecodedRenderedTextAndTheirResultIsEscaped) {
  std::string seen;
  MustacheOptions options;
  options.lambdas["spy"] = [&seen](const std::string& s) {
    seen = s;
    return s + " {{x}} <b>\x01";
  };
  EXPECT_EQ(render("{{#spy}}Hi {{name}}{{/spy}}", {{"name", "A & <b>"}, {"x", "BAD"}}, options),
            "Hi A &amp; &lt;b&gt; {{x}} &lt;b&gt;");
  EXPECT_EQ(seen, "Hi A & <b>");
  EXPECT_EQ(render("{{#shout}}{{name}}{{/shout}}", {{"name", "a&b"}}, shout()), "A&amp;B");
}

TEST(MustacheLambdas, HideDataOfTheSameName) {
  EXPECT_EQ(render("{{#shout}}x{{/shout}}", {{"shout", false}}, shout()), "X");
}

TEST(MustacheLambdas, UsedAsAVariableIsATemplateError) {
  Diagnostics diag;
  EXPECT_EQ(render_mustache("ab\n {{shout}}{{^shout}}x{{/shout}}", "t.xml", json::object(), shout(), diag), "");
  ASSERT_EQ(diag.items().size(), 2u) << diag.format();
  EXPECT_EQ(diag.items()[0].where, "t.xml:2:2");
  EXPECT_EQ(diag.items()[1].where, "t.xml:2:11");
  EXPECT_NE(diag.items()[0].message.find("\"shout\" is a lambda"), std::string::npos);
}

TEST(MustacheLambdas, ThrowingLambdaIsADiagnostic) {
  MustacheOptions options;
  options.lambdas["bad"] = [](const std::string&) -> std::string { throw std::runtime_error("boom"); };
  Diagnostics diag;
  EXPECT_EQ(render_mustache("{{#bad}}x{{/bad}}", "t.xml", json::object(), options, diag), "");
  ASSERT_TRUE(diag.has_errors());
  EXPECT_EQ(diag.items()[0].format(), "t.xml: error: rendering failed: boom");
}

// --- partials ----------------------------------------------------------------------

TEST(MustachePartials, RenderInTheCurrentContext) {
  MustacheOptions options;
  options.partials["row"] = "<r>{{name}}{{> cell}}</r>";
  options.partials["cell"] = "<c>{{n}}</c>";
  EXPECT_EQ(render("{{#rows}}{{> row}}{{/rows}}", json::parse(R"({"rows":[{"name":"a","n":1},{"name":"b","n":2}]})"),
                   options),
            "<r>a<c>1</c></r><r>b<c>2</c></r>");
}

TEST(MustachePartials, UnknownPartialIsAWarningAndRendersNothing) {
  Diagnostics diag;
  EXPECT_EQ(render_mustache("a\n  {{> missing}}b", "t.xml", json::object(), {}, diag), "a\n  b");
  ASSERT_EQ(diag.items().size(), 1u);
  EXPECT_EQ(diag.items()[0].format(), "t.xml:2:3: warning: partial \"missing\" is not defined; it renders as nothing");
  EXPECT_FALSE(diag.has_errors());
}

TEST(MustachePartials, ErrorInsideAPartialNamesThePartial) {
  MustacheOptions options;
  options.partials["footer"] = "ok\n{{#x}}";
  Diagnostics diag;
  EXPECT_EQ(render_mustache("{{> footer}}", "t.xml", json::object(), options, diag), "");
  ASSERT_EQ(diag.items().size(), 1u) << diag.format();
  EXPECT_EQ(diag.items()[0].where, "footer:2:1");
}

TEST(MustachePartials, RecurseThroughSectionsOverATree) {
  MustacheOptions options;
  options.partials["clause"] = "<c n=\"{{n}}\">{{#sub}}{{> clause}}{{/sub}}</c>";
  const json data = json::parse(R"({"sub": [{"n": 1, "sub": [{"n": 2, "sub": []}]}, {"n": 3, "sub": []}]})");
  EXPECT_EQ(render("{{#sub}}{{> clause}}{{/sub}}", data, options),
            "<c n=\"1\"><c n=\"2\"></c></c><c n=\"3\"></c>");
}

TEST(MustachePartials, SelfInclusionOutsideSectionsIsATemplateError) {
  MustacheOptions options;
  options.partials["a"] = "x {{^flag}}{{> b}}{{/flag}}";
  options.partials["b"] = "{{#items}}{{> a}}{{/items}}\n{{> a}}";
  Diagnostics diag;
  EXPECT_EQ(render_mustache("{{> a}}", "t.xml", json::object(), options, diag), "");
  ASSERT_EQ(diag.items().size(), 1u) << diag.format();
  EXPECT_EQ(diag.items()[0].format(),
            "b:2:1: error: partial \"a\" includes itself outside any section (a > b > a): it would never end");
}

TEST(MustachePartials, EndlessRecursionThroughAnOuterNameIsADiagnostic) {
  // A leaf without "sub" sees its parent's "sub" again: the spec's name
  // resolution makes this recursion endless; it must not overflow the stack.
  MustacheOptions options;
  options.partials["node"] = "{{#sub}}{{> node}}{{/sub}}";
  Diagnostics diag;
  EXPECT_EQ(render_mustache("{{> node}}", "t.xml", json::parse(R"({"sub": [{"n": 1}]})"), options, diag), "");
  ASSERT_EQ(diag.items().size(), 1u) << diag.format();
  EXPECT_NE(diag.items()[0].message.find("nested deeper than 200 levels"), std::string::npos) << diag.format();
}

// --- syntax errors -----------------------------------------------------------------

Diagnostic first_error(std::string_view text) {
  Diagnostics diag;
  EXPECT_EQ(render_mustache(text, "t.xml", json::object(), {}, diag), "");
  EXPECT_EQ(diag.items().size(), 1u) << diag.format();
  return diag.items().empty() ? Diagnostic{} : diag.items()[0];
}

TEST(MustacheErrors, UnclosedSection) {
  const auto d = first_error("<doc>\n  <p>{{#signer}}{{name}}</p>\n</doc>");
  EXPECT_EQ(d.format(), "t.xml:2:6: error: section \"signer\" is never closed");
}

TEST(MustacheErrors, UnopenedCloseTag) {
  const auto d = first_error("<doc>\n<p>{{name}}</p>{{/signer}}\n</doc>");
  EXPECT_EQ(d.format(), "t.xml:2:16: error: closing tag \"signer\" has no open section");
}

TEST(MustacheErrors, MismatchedCloseTag) {
  const auto d = first_error("{{#a}}\n{{#b}}{{/a}}");
  EXPECT_EQ(d.format(), "t.xml:2:7: error: closing tag \"a\" does not match the open section \"b\" (opened at t.xml:2:1)");
  const auto inner = first_error("{{#a}}{{#b}}{{#c}}{{/b}}{{/a}}");
  EXPECT_EQ(inner.where, "t.xml:1:19");
}

TEST(MustacheErrors, UnclosedInnerSectionInsideAClosedOne) {
  EXPECT_EQ(first_error("{{#ok}}{{/ok}}{{#a}}{{#b}}{{/b}}").format(), "t.xml:1:15: error: section \"a\" is never closed");
}

TEST(MustacheErrors, ColumnCountsCharactersNotBytes) {
  EXPECT_EQ(first_error("Quyết định {{#x}}").where, "t.xml:1:12");
}

TEST(MustacheErrors, UnclosedTagAndBadDelimiters) {
  EXPECT_EQ(first_error("ab\ncd {{name").format(), "t.xml:2:4: error: tag is not closed");
  EXPECT_EQ(first_error("x{{=a=}}").where, "t.xml:1:2");
}

// --- compiled templates --------------------------------------------------------------

TEST(MustacheCompiled, RendersManyTimesAndCopiesAreIndependent) {
  Diagnostics diag;
  CompiledMustache compiled{"<p>{{name}}</p>", "t.xml", {}, diag};
  ASSERT_TRUE(compiled.ok()) << diag.format();
  EXPECT_EQ(compiled.render({{"name", "A"}}, diag), "<p>A</p>");
  EXPECT_EQ(compiled.render({{"name", "B&"}}, diag), "<p>B&amp;</p>");
  CompiledMustache copy = compiled;
  EXPECT_EQ(copy.render({{"name", "C"}}, diag), "<p>C</p>");
  EXPECT_EQ(compiled.render(json::object(), diag), "<p></p>");
  EXPECT_FALSE(diag.has_errors());
}

TEST(MustacheCompiled, BrokenTemplateIsNotOk) {
  Diagnostics diag;
  CompiledMustache compiled{"{{#a}}", "t.xml", {}, diag};
  EXPECT_FALSE(compiled.ok());
  EXPECT_EQ(diag.items().size(), 1u);
  EXPECT_EQ(compiled.render(json::object(), diag), "");
  EXPECT_EQ(diag.items().size(), 1u);  // not reported again on every render
}

TEST(MustacheCompiled, RecoversAfterARenderTimeError) {
  // An expanding lambda's result is parsed while rendering; kainjow keeps such
  // an error in the template, which must not poison the renders that follow.
  auto broken = std::make_shared<bool>(true);
  MustacheOptions options;
  options.expanding_lambdas["expand"] = [broken](const std::string& s) {
    return *broken ? std::string("{{#open}}") : s;
  };
  Diagnostics diag;
  CompiledMustache compiled{"[{{#expand}}{{v}}{{/expand}}]", "t.xml", options, diag};
  ASSERT_TRUE(compiled.ok()) << diag.format();
  EXPECT_EQ(compiled.render({{"v", "x"}}, diag), "");
  ASSERT_EQ(diag.items().size(), 1u);
  EXPECT_EQ(diag.items()[0].format(), "t.xml: error: rendering failed: Unclosed section \"open\" at 0");
  *broken = false;
  EXPECT_EQ(compiled.render({{"v", "x"}}, diag), "[x]");
  EXPECT_EQ(diag.items().size(), 1u);
}

}  // namespace
}  // namespace vanthu::tmpl
