// load/yaml_tree: YAML bytes to a tree with positions, and every YAML-level problem reported
// with its exact message, line and column.
#include "load/parse/yaml_tree.hpp"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace accords::load {
namespace {

using Messages = std::vector<std::string>;

// What parse_yaml gives for one file named "t.yaml".
struct Parsed {
  std::optional<YamlNode> root;
  Messages messages; // each diagnostic as "t.yaml:LINE:COL: error: MESSAGE", in the order recorded
};

Parsed parse(std::string_view bytes) {
  Diagnostics diagnostics;
  Parsed out;
  out.root = parse_yaml(std::string(bytes), std::make_shared<const std::string>("t.yaml"), diagnostics);
  for (const auto& diagnostic : diagnostics.all()) {
    out.messages.push_back(diagnostic.text());
  }
  return out;
}

// The value of `key` in the mapping `node`; fails the test when absent.
const YamlNode& at(const YamlNode& node, std::string_view key) {
  for (const auto& [k, v] : node.pairs) {
    if (k.value == key) {
      return v;
    }
  }
  ADD_FAILURE() << "no key " << key;
  static const YamlNode none;
  return none;
}

// ---- the tree -------------------------------------------------------------------------

TEST(ParseYaml, BuildsMappingsSequencesAndScalarsWithPositions) {
  const auto parsed = parse("schema: 1\n"
                            "events:\n"
                            "  - id: a\n"
                            "    parties: [IL, AE]\n");
  EXPECT_EQ(parsed.messages, Messages{});
  ASSERT_TRUE(parsed.root.has_value());
  const auto& root = *parsed.root;
  EXPECT_EQ(root.kind, YamlNode::Kind::mapping);
  EXPECT_EQ(root.line, 1);
  EXPECT_EQ(root.column, 1);
  ASSERT_EQ(root.pairs.size(), 2U);
  EXPECT_EQ(root.pairs[0].first.value, "schema");
  EXPECT_EQ(root.pairs[1].first.value, "events");
  EXPECT_EQ(root.pairs[1].first.line, 2);
  EXPECT_EQ(root.pairs[1].first.column, 1);

  const auto& schema = at(root, "schema");
  EXPECT_EQ(schema.kind, YamlNode::Kind::scalar);
  EXPECT_EQ(schema.value, "1");
  EXPECT_EQ(schema.line, 1);
  EXPECT_EQ(schema.column, 9);

  const auto& events = at(root, "events");
  EXPECT_EQ(events.kind, YamlNode::Kind::sequence);
  ASSERT_EQ(events.items.size(), 1U);
  const auto& event = events.items[0];
  EXPECT_EQ(event.kind, YamlNode::Kind::mapping);
  EXPECT_EQ(event.line, 3);
  EXPECT_EQ(event.column, 5);
  const auto& parties = at(event, "parties");
  EXPECT_EQ(parties.kind, YamlNode::Kind::sequence);
  EXPECT_EQ(parties.line, 4);
  EXPECT_EQ(parties.column, 14);
  ASSERT_EQ(parties.items.size(), 2U);
  EXPECT_EQ(parties.items[1].value, "AE");
  EXPECT_EQ(parties.items[1].line, 4);
  EXPECT_EQ(parties.items[1].column, 19);
}

TEST(ParseYaml, KeepsPairsInWrittenOrder) {
  const auto parsed = parse("z: 1\na: 2\nm: 3\n");
  ASSERT_TRUE(parsed.root.has_value());
  ASSERT_EQ(parsed.root->pairs.size(), 3U);
  EXPECT_EQ(parsed.root->pairs[0].first.value, "z");
  EXPECT_EQ(parsed.root->pairs[1].first.value, "a");
  EXPECT_EQ(parsed.root->pairs[2].first.value, "m");
}

TEST(ParseYaml, ScalarsKeepTheirTextWithoutTypeGuessing) {
  // YAML 1.1 would read `no` as false and `NO` (Norway) too; the tree keeps the text.
  const auto parsed = parse("a: no\nb: NO\nc: yes\nd: 1.0\ne: 0x10\nf: 2020-09-15\ng: 'quoted'\nh: \"~\"\n");
  EXPECT_EQ(parsed.messages, Messages{});
  ASSERT_TRUE(parsed.root.has_value());
  EXPECT_EQ(at(*parsed.root, "a").value, "no");
  EXPECT_EQ(at(*parsed.root, "b").value, "NO");
  EXPECT_EQ(at(*parsed.root, "c").value, "yes");
  EXPECT_EQ(at(*parsed.root, "d").value, "1.0");
  EXPECT_EQ(at(*parsed.root, "e").value, "0x10");
  EXPECT_EQ(at(*parsed.root, "f").value, "2020-09-15");
  EXPECT_EQ(at(*parsed.root, "g").value, "quoted");
  EXPECT_EQ(at(*parsed.root, "h").kind, YamlNode::Kind::scalar);
  EXPECT_EQ(at(*parsed.root, "h").value, "~");
}

TEST(ParseYaml, EveryEscapeOfADoubleQuotedScalarIsDecodedToUtf8) {
  // yaml-cpp 0.7 gives \N and \_ as the lone bytes 0x85 and 0xA0; the tree holds their UTF-8.
  const auto parsed = parse(R"(a: "x\_y\Nz"
b: "\u00a0\x85\L\P\U0001F600"
c: 'x\_y'
)");
  EXPECT_EQ(parsed.messages, Messages{});
  ASSERT_TRUE(parsed.root.has_value());
  EXPECT_EQ(at(*parsed.root, "a").value, "x\u00A0y\u0085z");
  EXPECT_EQ(at(*parsed.root, "b").value, "\u00A0\u0085\u2028\u2029\U0001F600");
  EXPECT_EQ(at(*parsed.root, "c").value, "x\\_y"); // no escapes in single quotes
}

TEST(ParseYaml, NullValues) {
  const auto parsed = parse("a:\nb: ~\nc: null\nd: ''\n");
  EXPECT_EQ(parsed.messages, Messages{});
  ASSERT_TRUE(parsed.root.has_value());
  EXPECT_EQ(at(*parsed.root, "a").kind, YamlNode::Kind::null);
  EXPECT_EQ(at(*parsed.root, "b").kind, YamlNode::Kind::null);
  EXPECT_EQ(at(*parsed.root, "c").kind, YamlNode::Kind::null);
  EXPECT_EQ(at(*parsed.root, "d").kind, YamlNode::Kind::scalar);
  EXPECT_EQ(at(*parsed.root, "d").value, "");
}

TEST(ParseYaml, BlockScalars) {
  const auto parsed = parse("literal: |\n  one\n  two\nfolded: >-\n  one\n  two\n");
  EXPECT_EQ(parsed.messages, Messages{});
  ASSERT_TRUE(parsed.root.has_value());
  EXPECT_EQ(at(*parsed.root, "literal").value, "one\ntwo\n");
  EXPECT_EQ(at(*parsed.root, "folded").value, "one two");
}

TEST(ParseYaml, QuotedTextWithEscapedQuotesIsClosed) {
  const auto parsed = parse("a: \"say \\\"hi\\\"\"\nb: 'it''s'\nc: \"multi\n  line\"\n");
  EXPECT_EQ(parsed.messages, Messages{});
  ASSERT_TRUE(parsed.root.has_value());
  EXPECT_EQ(at(*parsed.root, "a").value, "say \"hi\"");
  EXPECT_EQ(at(*parsed.root, "b").value, "it's");
  EXPECT_EQ(at(*parsed.root, "c").value, "multi line");
}

TEST(ParseYaml, ColumnsCountBytesAsYamlCppDoes) {
  // "é" is two bytes and "😀" four: columns after them count bytes, which is what the
  // diagnostic printer's caret expects.
  const auto parsed = parse("é: x\n😀: y\n");
  ASSERT_TRUE(parsed.root.has_value());
  EXPECT_EQ(at(*parsed.root, "é").column, 5);
  EXPECT_EQ(at(*parsed.root, "😀").column, 7);
}

TEST(ParseYaml, ByteOrderMarkIsSkipped) {
  const auto parsed = parse("\xEF\xBB\xBFschema: 1\n");
  EXPECT_EQ(parsed.messages, Messages{});
  ASSERT_TRUE(parsed.root.has_value());
  EXPECT_EQ(parsed.root->pairs.at(0).first.value, "schema");
  EXPECT_EQ(at(*parsed.root, "schema").column, 9);
}

TEST(ParseYaml, WindowsLineEnds) {
  const auto parsed = parse("a: 1\r\nb: two\r\n");
  EXPECT_EQ(parsed.messages, Messages{});
  ASSERT_TRUE(parsed.root.has_value());
  EXPECT_EQ(at(*parsed.root, "b").value, "two");
  EXPECT_EQ(at(*parsed.root, "b").line, 2);
}

TEST(ParseYaml, ExplicitDocumentMarkersAreOneDocument) {
  const auto parsed = parse("---\nschema: 1\n...\n");
  EXPECT_EQ(parsed.messages, Messages{});
  ASSERT_TRUE(parsed.root.has_value());
  EXPECT_EQ(at(*parsed.root, "schema").value, "1");
}

// ---- empty files and extra documents -------------------------------------------------

TEST(ParseYaml, EmptyFile) {
  const auto parsed = parse("");
  EXPECT_FALSE(parsed.root.has_value());
  EXPECT_EQ(parsed.messages,
            Messages{"t.yaml:1:1: error: the file is empty: expected a mapping with 'schema', 'treaty' and 'events'"});
}

TEST(ParseYaml, FileOfCommentsAndBlankLinesIsEmpty) {
  const auto parsed = parse("# nothing yet\n\n   \n# still nothing\n");
  EXPECT_FALSE(parsed.root.has_value());
  EXPECT_EQ(parsed.messages,
            Messages{"t.yaml:1:1: error: the file is empty: expected a mapping with 'schema', 'treaty' and 'events'"});
}

TEST(ParseYaml, SecondDocument) {
  const auto parsed = parse("schema: 1\n---\nschema: 1\n");
  EXPECT_EQ(parsed.messages,
            Messages{"t.yaml:3:1: error: a timeline file holds one YAML document, found a second one"});
  ASSERT_TRUE(parsed.root.has_value()); // the first document is still read
  EXPECT_EQ(at(*parsed.root, "schema").value, "1");
}

TEST(ParseYaml, SecondDocumentProblemsAreNotReportedTwice) {
  // Only the extra document itself is reported, not what is wrong inside it.
  const auto parsed = parse("schema: 1\n---\na: 1\na: 2\nb: &x 1\n");
  EXPECT_EQ(parsed.messages,
            Messages{"t.yaml:3:1: error: a timeline file holds one YAML document, found a second one"});
}

TEST(ParseYaml, SecondDocumentAfterAnExplicitStart) {
  const auto parsed = parse("---\nschema: 1\n---\nschema: 1\n");
  EXPECT_EQ(parsed.messages,
            Messages{"t.yaml:4:1: error: a timeline file holds one YAML document, found a second one"});
}

TEST(ParseYaml, SecondDocumentAfterADocumentEnd) {
  const auto parsed = parse("schema: 1\n...\n--- 5\n");
  EXPECT_EQ(parsed.messages,
            Messages{"t.yaml:3:5: error: a timeline file holds one YAML document, found a second one"});
}

TEST(ParseYaml, LineThatFitsNoDocumentIsASyntaxError) {
  // yaml-cpp starts a second document here although no "---" says so.
  const auto parsed = parse("- id: a\ntreaty: x\n");
  EXPECT_EQ(parsed.messages, Messages{"t.yaml:2:1: error: YAML syntax error: this line does not fit in the "
                                      "document above (check its indentation)"});
}

// ---- syntax errors --------------------------------------------------------------------

TEST(ParseYamlSyntax, IllegalMapValue) {
  const auto parsed = parse("a: b: c\n");
  EXPECT_FALSE(parsed.root.has_value());
  EXPECT_EQ(parsed.messages,
            Messages{"t.yaml:1:5: error: YAML syntax error: illegal map value (put text that holds ': ' in quotes)"});
}

TEST(ParseYamlSyntax, BadIndentation) {
  const auto parsed = parse("schema: 1\n  treaty: x\n");
  EXPECT_FALSE(parsed.root.has_value());
  EXPECT_EQ(parsed.messages,
            Messages{"t.yaml:2:9: error: YAML syntax error: illegal map value (check the indentation of this line)"});
}

TEST(ParseYamlSyntax, SequenceEntryOutOfLine) {
  const auto parsed = parse("events:\n  - id: x\n   date: 2020\n");
  EXPECT_FALSE(parsed.root.has_value());
  EXPECT_EQ(
      parsed.messages,
      Messages{"t.yaml:3:4: error: YAML syntax error: end of sequence not found (check the indentation of this line)"});
}

TEST(ParseYamlSyntax, UnclosedFlowSequence) {
  const auto parsed = parse("schema: 1\nevents: [a, b\n");
  EXPECT_FALSE(parsed.root.has_value());
  EXPECT_EQ(parsed.messages, Messages{"t.yaml:3:1: error: YAML syntax error: end of sequence flow not found (the '[' "
                                      "at line 2, column 9 is never closed)"});
}

TEST(ParseYamlSyntax, UnclosedFlowMapping) {
  const auto parsed = parse("treaty: {id: t, name: T\n");
  EXPECT_FALSE(parsed.root.has_value());
  EXPECT_EQ(parsed.messages, Messages{"t.yaml:2:1: error: YAML syntax error: end of map flow not found (the '{' at "
                                      "line 1, column 9 is never closed)"});
}

TEST(ParseYamlSyntax, TabIndentation) {
  const auto parsed = parse("\tschema: 1\n");
  EXPECT_FALSE(parsed.root.has_value());
  EXPECT_EQ(
      parsed.messages,
      Messages{"t.yaml:1:8: error: YAML syntax error: illegal map value (indent with spaces: YAML forbids tabs)"});
}

TEST(ParseYamlSyntax, TabMessageOfYamlCppGetsNoSecondHint) {
  const auto parsed = parse("a:\n  b: 1\n\tc: 2\n");
  EXPECT_FALSE(parsed.root.has_value());
  EXPECT_EQ(parsed.messages,
            Messages{"t.yaml:3:1: error: YAML syntax error: illegal tab when looking for indentation"});
}

TEST(ParseYamlSyntax, TheInnermostOpenFlowCollectionIsNamed) {
  const auto parsed = parse("a: [1, {b: 2, c: [3]\n");
  EXPECT_FALSE(parsed.root.has_value());
  EXPECT_EQ(parsed.messages, Messages{"t.yaml:2:1: error: YAML syntax error: end of map flow not found (the '{' at "
                                      "line 1, column 8 is never closed)"});
}

TEST(ParseYamlSyntax, FlowSequenceRunningIntoTheNextKey) {
  const auto parsed = parse("events:\n  - parties: [IL, AE\n    title: Signed\n");
  EXPECT_FALSE(parsed.root.has_value());
  EXPECT_EQ(parsed.messages, Messages{"t.yaml:3:10: error: YAML syntax error: end of sequence flow not found (the '[' "
                                      "at line 2, column 14 is never closed)"});
}

TEST(ParseYamlSyntax, StrayFlowEnd) {
  const auto parsed = parse("a: {b: [1, 2}\n");
  EXPECT_FALSE(parsed.root.has_value());
  EXPECT_EQ(parsed.messages, Messages{"t.yaml:1:13: error: YAML syntax error: illegal flow end"});
}

TEST(ParseYamlSyntax, MappingLineOutOfIndentation) {
  const auto parsed = parse("a: 1\n- b\n");
  EXPECT_FALSE(parsed.root.has_value());
  EXPECT_EQ(
      parsed.messages,
      Messages{"t.yaml:2:1: error: YAML syntax error: end of map not found (check the indentation of this line)"});
}

TEST(ParseYamlSyntax, UnclosedDoubleQuoteAtEndOfFile) {
  // yaml-cpp 0.7 would accept this, swallowing everything after the quote.
  const auto parsed = parse("events:\n  - id: a\n    title: \"no\n  - id: b\n    date: 2020\n");
  EXPECT_FALSE(parsed.root.has_value());
  EXPECT_EQ(parsed.messages,
            Messages{"t.yaml:3:12: error: YAML syntax error: this quoted text has no closing double quote"});
}

TEST(ParseYamlSyntax, UnclosedSingleQuoteAtEndOfFile) {
  const auto parsed = parse("a: 'it''s\nb: 1\n");
  EXPECT_FALSE(parsed.root.has_value());
  EXPECT_EQ(parsed.messages,
            Messages{"t.yaml:1:4: error: YAML syntax error: this quoted text has no closing single quote"});
}

TEST(ParseYamlSyntax, UnclosedQuoteEndingInEscapedQuote) {
  const auto parsed = parse("a: \"x\\\"\n");
  EXPECT_FALSE(parsed.root.has_value());
  EXPECT_EQ(parsed.messages,
            Messages{"t.yaml:1:4: error: YAML syntax error: this quoted text has no closing double quote"});
}

TEST(ParseYamlSyntax, UnclosedQuoteAfterATag) {
  const auto parsed = parse("a: !!str \"x\n");
  EXPECT_FALSE(parsed.root.has_value());
  EXPECT_EQ(parsed.messages,
            Messages{"t.yaml:1:4: error: YAML syntax error: this quoted text has no closing double quote"});
}

TEST(ParseYamlSyntax, UnclosedQuoteInAFlowSequence) {
  const auto parsed = parse("a: [1, \"x\n");
  EXPECT_FALSE(parsed.root.has_value());
  EXPECT_EQ(parsed.messages,
            (Messages{"t.yaml:1:8: error: YAML syntax error: this quoted text has no closing double quote",
                      "t.yaml:2:1: error: YAML syntax error: end of sequence flow not found (the '[' at line 1, column "
                      "4 is never closed)"}));
}

TEST(ParseYamlSyntax, UnclosedQuoteWithoutFinalLineBreak) {
  const auto parsed = parse("a: \"x");
  EXPECT_FALSE(parsed.root.has_value());
  EXPECT_EQ(parsed.messages, Messages{"t.yaml:1:6: error: YAML syntax error: illegal EOF in scalar"});
}

TEST(ParseYamlSyntax, UnclosedQuoteAfterABom) {
  const auto parsed = parse("\xEF\xBB\xBF"
                            "a: \"x\n");
  EXPECT_FALSE(parsed.root.has_value());
  EXPECT_EQ(parsed.messages,
            Messages{"t.yaml:1:4: error: YAML syntax error: this quoted text has no closing double quote"});
}

TEST(ParseYamlSyntax, UnknownEscape) {
  const auto parsed = parse("a: \"C:\\qt\"\n");
  EXPECT_FALSE(parsed.root.has_value());
  EXPECT_EQ(parsed.messages,
            Messages{"t.yaml:1:7: error: YAML syntax error: unknown escape '\\q' in double-quoted text: write '\\\\' "
                     "for a backslash"});
}

TEST(ParseYamlSyntax, UnknownEscapeOfANonAsciiCharacterPrintsNoRawByte) {
  // yaml-cpp puts the first byte of "é" alone into its message; it must not reach the terminal.
  const auto parsed = parse("a: \"\\\xC3\xA9\"\n");
  EXPECT_FALSE(parsed.root.has_value());
  EXPECT_EQ(parsed.messages,
            Messages{"t.yaml:1:5: error: YAML syntax error: unknown escape in double-quoted text: write '\\\\' for a "
                     "backslash"});
}

TEST(ParseYamlSyntax, BackslashAtEndOfFile) {
  const auto parsed = parse("a: \"x\\");
  EXPECT_FALSE(parsed.root.has_value());
  EXPECT_EQ(parsed.messages,
            Messages{"t.yaml:1:6: error: YAML syntax error: unknown escape in double-quoted text: write '\\\\' for a "
                     "backslash"});
}

TEST(ParseYamlSyntax, NestingTooDeep) {
  // accords stops at 64 levels (load/limits.hpp), long before yaml-cpp's own limit.
  const auto parsed = parse(std::string(5000, '['));
  EXPECT_FALSE(parsed.root.has_value());
  ASSERT_EQ(parsed.messages.size(), 1U);
  EXPECT_EQ(parsed.messages[0].substr(parsed.messages[0].find(": error: ")),
            ": error: sequences and mappings are nested more than 64 levels deep");
}

TEST(ParseYamlSyntax, NestingAtTheLimitIsFine) {
  EXPECT_TRUE(parse(std::string(64, '[') + std::string(64, ']')).messages.empty());
  EXPECT_EQ(parse(std::string(65, '[') + std::string(65, ']')).messages.size(), 1U);
}

TEST(ParseYamlSyntax, LineTooLong) {
  const auto parsed = parse("a: 1\nb: " + std::string((std::size_t{1} << 20) + 1, 'x') + "\n");
  EXPECT_FALSE(parsed.root.has_value());
  EXPECT_EQ(parsed.messages, (Messages{"t.yaml:2:1: error: line 2 is longer than the 1 MiB limit on a line"}));
}

TEST(ParseYamlSyntax, ValueTooLong) {
  std::string text = "a: >\n";
  for (int i = 0; i < 2100; ++i) {
    text += "  " + std::string(500, 'x') + "\n";
  }
  const auto parsed = parse(text);
  ASSERT_EQ(parsed.messages.size(), 1U);
  EXPECT_NE(parsed.messages[0].find("t.yaml:1:4: error: this value is longer than the 1 MiB limit"), std::string::npos)
      << parsed.messages[0];
}

TEST(ParseYamlSyntax, ASyntaxErrorDropsTheWholeFile) {
  // Problems found before the syntax error are still reported; no tree is returned.
  const auto parsed = parse("a: 1\na: 2\nb: [\n");
  EXPECT_FALSE(parsed.root.has_value());
  EXPECT_EQ(parsed.messages, (Messages{"t.yaml:2:1: error: duplicate key 'a' (first used at line 1, column 1)",
                                       "t.yaml:4:1: error: YAML syntax error: end of sequence flow not found (the '[' "
                                       "at line 3, column 4 is never closed)"}));
}

// ---- keys -----------------------------------------------------------------------------

TEST(ParseYamlKeys, DuplicateKeyKeepsTheFirstValue) {
  const auto parsed = parse("title: one\ndate: 2020\ntitle: two\n");
  EXPECT_EQ(parsed.messages, Messages{"t.yaml:3:1: error: duplicate key 'title' (first used at line 1, column 1)"});
  ASSERT_TRUE(parsed.root.has_value());
  ASSERT_EQ(parsed.root->pairs.size(), 2U);
  EXPECT_EQ(at(*parsed.root, "title").value, "one");
}

TEST(ParseYamlKeys, DuplicateKeyInAFlowMapping) {
  const auto parsed = parse("treaty: {id: t, name: T, id: u}\n");
  EXPECT_EQ(parsed.messages, Messages{"t.yaml:1:26: error: duplicate key 'id' (first used at line 1, column 10)"});
}

TEST(ParseYamlKeys, DuplicateKeyInsideANestedExtensionMapping) {
  const auto parsed = parse("events:\n"
                            "  - id: a\n"
                            "    x-review:\n"
                            "      by: me\n"
                            "      by: you\n");
  EXPECT_EQ(parsed.messages, Messages{"t.yaml:5:7: error: duplicate key 'by' (first used at line 4, column 7)"});
}

TEST(ParseYamlKeys, SameKeyInDifferentMappingsIsFine) {
  const auto parsed = parse("events:\n  - id: a\n  - id: b\ntreaty: {id: t}\n");
  EXPECT_EQ(parsed.messages, Messages{});
}

TEST(ParseYamlKeys, KeysThatDifferOnlyInQuotingAreDuplicates) {
  const auto parsed = parse("id: a\n\"id\": b\n");
  EXPECT_EQ(parsed.messages, Messages{"t.yaml:2:1: error: duplicate key 'id' (first used at line 1, column 1)"});
}

TEST(ParseYamlKeys, NonScalarKey) {
  const auto parsed = parse("? [a, b]\n: 1\nschema: 1\n");
  EXPECT_EQ(parsed.messages, Messages{"t.yaml:1:3: error: a mapping key must be text, found a sequence"});
  ASSERT_TRUE(parsed.root.has_value());
  ASSERT_EQ(parsed.root->pairs.size(), 1U);
  EXPECT_EQ(parsed.root->pairs[0].first.value, "schema");
}

TEST(ParseYamlKeys, MappingKey) {
  const auto parsed = parse("schema: 1\n{a: 1}: 2\n");
  EXPECT_EQ(parsed.messages, Messages{"t.yaml:2:1: error: a mapping key must be text, found a mapping"});
}

// ---- anchors and aliases --------------------------------------------------------------

TEST(ParseYamlAnchors, AnchorOnAScalar) {
  const auto parsed = parse("date: &d 2020\n");
  EXPECT_EQ(parsed.messages,
            Messages{"t.yaml:1:7: error: YAML anchors are not supported (anchor '&d'): write the value out in full"});
  ASSERT_TRUE(parsed.root.has_value());
  EXPECT_EQ(at(*parsed.root, "date").value, "2020"); // the value is still read
}

TEST(ParseYamlAnchors, AnchorOnAMappingAndOnASequence) {
  const auto parsed = parse("events:\n"
                            "  - &first\n"
                            "    id: a\n"
                            "    parties: &p [IL]\n");
  EXPECT_EQ(
      parsed.messages,
      (Messages{"t.yaml:2:5: error: YAML anchors are not supported (anchor '&first'): write the value out in full",
                "t.yaml:4:14: error: YAML anchors are not supported (anchor '&p'): write the value out in full"}));
}

TEST(ParseYamlAnchors, AnchorOnANullValue) {
  const auto parsed = parse("a: &x\nb: 1\n");
  EXPECT_EQ(parsed.messages,
            Messages{"t.yaml:1:4: error: YAML anchors are not supported (anchor '&x'): write the value out in full"});
}

TEST(ParseYamlAliases, AliasIsReportedAndMarked) {
  const auto parsed = parse("a: &x 1\nb: *x\n");
  EXPECT_EQ(parsed.messages,
            (Messages{"t.yaml:1:4: error: YAML anchors are not supported (anchor '&x'): write the value out in full",
                      "t.yaml:2:4: error: YAML aliases are not supported: write the value out in full"}));
  ASSERT_TRUE(parsed.root.has_value());
  const auto& alias = at(*parsed.root, "b");
  EXPECT_EQ(alias.kind, YamlNode::Kind::null);
  EXPECT_TRUE(alias.reported);
  EXPECT_FALSE(at(*parsed.root, "a").reported);
}

TEST(ParseYamlAliases, AliasInASequence) {
  const auto parsed = parse("a: &x [IL]\nb:\n  - *x\n");
  EXPECT_EQ(parsed.messages,
            (Messages{"t.yaml:1:4: error: YAML anchors are not supported (anchor '&x'): write the value out in full",
                      "t.yaml:3:5: error: YAML aliases are not supported: write the value out in full"}));
}

TEST(ParseYamlAliases, AliasToAnUndefinedAnchor) {
  const auto parsed = parse("a: 1\nb: *nowhere\n");
  EXPECT_FALSE(parsed.root.has_value());
  EXPECT_EQ(parsed.messages, Messages{"t.yaml:2:4: error: YAML syntax error: the referenced anchor is not defined"});
}

// ---- invalid UTF-8 --------------------------------------------------------------------

TEST(ParseYamlUtf8, InvalidByteWithLineAndByteColumn) {
  // "é" and "—" take 2 and 3 bytes: the column counts bytes, like every other diagnostic.
  const auto parsed = parse("schema: 1\ntitle: caf\xC3\xA9 \xE2\x80\x94 x\xFF\n");
  EXPECT_FALSE(parsed.root.has_value());
  EXPECT_EQ(parsed.messages, Messages{"t.yaml:2:19: error: invalid UTF-8 (byte 0xff): timeline files must be UTF-8"});
}

TEST(ParseYamlUtf8, InvalidFirstByte) {
  const auto parsed = parse("\xFE"
                            "a: 1\n");
  EXPECT_EQ(parsed.messages, Messages{"t.yaml:1:1: error: invalid UTF-8 (byte 0xfe): timeline files must be UTF-8"});
}

TEST(ParseYamlUtf8, Latin1Text) {
  const auto parsed = parse("a: 1\nplace: Z\xFCrich\n");
  EXPECT_EQ(parsed.messages, Messages{"t.yaml:2:9: error: invalid UTF-8 (byte 0xfc): timeline files must be UTF-8"});
}

TEST(ParseYamlUtf8, TruncatedSequenceAtEndOfFile) {
  const auto parsed = parse("a: \xE2\x80");
  EXPECT_EQ(parsed.messages, Messages{"t.yaml:1:4: error: invalid UTF-8 (byte 0xe2): timeline files must be UTF-8"});
}

TEST(ParseYamlUtf8, OverlongEncoding) {
  const auto parsed = parse("a: \xC0\xAF\n");
  EXPECT_EQ(parsed.messages, Messages{"t.yaml:1:4: error: invalid UTF-8 (byte 0xc0): timeline files must be UTF-8"});
}

TEST(ParseYamlUtf8, EncodedSurrogate) {
  const auto parsed = parse("a: 1\n\nb: \xED\xA0\x80\n");
  EXPECT_EQ(parsed.messages, Messages{"t.yaml:3:4: error: invalid UTF-8 (byte 0xed): timeline files must be UTF-8"});
}

TEST(ParseYamlUtf8, ColumnAfterAByteOrderMark) {
  const auto parsed = parse("\xEF\xBB\xBF"
                            "a: \xFF\n");
  EXPECT_EQ(parsed.messages, Messages{"t.yaml:1:4: error: invalid UTF-8 (byte 0xff): timeline files must be UTF-8"});
}

TEST(ParseYamlUtf8, OnlyTheFirstBadByteIsReported) {
  const auto parsed = parse("a: \xFF\nb: \xFF\n");
  EXPECT_EQ(parsed.messages.size(), 1U);
}

// ---- control characters ---------------------------------------------------------------

TEST(ParseYamlControl, NulByte) {
  const auto parsed = parse(std::string("a: x\0y\n", 7));
  EXPECT_FALSE(parsed.root.has_value());
  EXPECT_EQ(parsed.messages,
            Messages{"t.yaml:1:5: error: NUL byte: timeline files must be UTF-8 text (is this file UTF-16?)"});
}

TEST(ParseYamlControl, Utf16WithoutByteOrderMark) {
  // Valid UTF-8 byte for byte, but yaml-cpp would decode it as UTF-16.
  const auto parsed = parse(std::string("a\0:\0 \0\"\0x\0\n\0", 12));
  EXPECT_FALSE(parsed.root.has_value());
  EXPECT_EQ(parsed.messages,
            Messages{"t.yaml:1:2: error: NUL byte: timeline files must be UTF-8 text (is this file UTF-16?)"});
}

TEST(ParseYamlControl, EscapeCharacter) {
  // A raw ESC in a title would reach the terminal.
  const auto parsed = parse("a: 1\ntitle: x\x1B[31mred\n");
  EXPECT_FALSE(parsed.root.has_value());
  EXPECT_EQ(parsed.messages, Messages{"t.yaml:2:9: error: control character U+001B is not allowed: YAML files hold "
                                      "only printable text, tabs and line breaks"});
}

TEST(ParseYamlControl, Delete) {
  EXPECT_EQ(parse("a: \x7F\n").messages, Messages{"t.yaml:1:4: error: control character U+007F is not allowed: YAML "
                                                  "files hold only printable text, tabs and line breaks"});
}

TEST(ParseYamlControl, C1Control) {
  EXPECT_EQ(parse("a: \xC2\x9B"
                  "1\n")
                .messages,
            Messages{"t.yaml:1:4: error: control character U+009B is not allowed: YAML files hold only printable "
                     "text, tabs and line breaks"});
}

TEST(ParseYamlControl, ColumnAfterAByteOrderMark) {
  EXPECT_EQ(parse("\xEF\xBB\xBF"
                  "a: \x01\n")
                .messages,
            Messages{"t.yaml:1:4: error: control character U+0001 is not allowed: YAML files hold only printable "
                     "text, tabs and line breaks"});
}

// An escape of double-quoted text gives the same characters as the bytes would: each control
// character the bytes may not hold is an error at its escape, however it is written.
TEST(ParseYamlControl, EscapesOfControlCharacters) {
  const std::vector<std::pair<std::string, unsigned>> escapes{
      {R"(\0)", 0x00},     {R"(\a)", 0x07},         {R"(\b)", 0x08},   {R"(\v)", 0x0B},     {R"(\f)", 0x0C},
      {R"(\e)", 0x1B},     {R"(\x1B)", 0x1B},       {R"(\x1b)", 0x1B}, {R"(\u0007)", 0x07}, {R"(\x7F)", 0x7F},
      {R"(\u0080)", 0x80}, {R"(\U0000009f)", 0x9F}, {R"(\x9B)", 0x9B}, {R"(\u001F)", 0x1F}};
  for (const auto& [escape, code] : escapes) {
    const auto parsed = parse(R"(a: 1
title: "x\\y)" + escape + "z\"\n");
    EXPECT_EQ(parsed.messages,
              Messages{fmt::format("t.yaml:2:13: error: control character U+{:04X}, written '{}', is not allowed: a "
                                   "text holds only printable characters, tabs and line breaks",
                                   code, escape)})
        << escape;
  }
}

TEST(ParseYamlControl, AnEscapeIsFoundOnItsLineInAnyScalar) {
  // On a later line of the text, after a byte order mark, in a key, in a flow sequence.
  EXPECT_EQ(parse("\xEF\xBB\xBF"
                  "a: \"first\n  second \\t\\e\"\n")
                .messages,
            Messages{"t.yaml:2:12: error: control character U+001B, written '\\e', is not allowed: a text holds only "
                     "printable characters, tabs and line breaks"});
  EXPECT_EQ(parse("\"k\\a\": 1\n").messages,
            Messages{"t.yaml:1:3: error: control character U+0007, written '\\a', is not allowed: a text holds only "
                     "printable characters, tabs and line breaks"});
  EXPECT_EQ(parse("x-list: [ok, !!str \"\\b\"]\n").messages,
            Messages{"t.yaml:1:21: error: control character U+0008, written '\\b', is not allowed: a text holds only "
                     "printable characters, tabs and line breaks"});
  // Only the first in a text is reported.
  EXPECT_EQ(parse("a: \"\\e\\e\"\n").messages.size(), 1U);
}

TEST(ParseYamlControl, EscapesOfTabsLineBreaksAndPrintableCharactersAreFine) {
  const auto parsed = parse(R"(a: "\t\n\r\N\_\L\P\x41\u00e9\x85\u0085\"\\\/\ ")"
                            "\n");
  EXPECT_EQ(parsed.messages, Messages{});
}

TEST(ParseYamlControl, TabsLineBreaksNextLineAndNoBreakSpaceAreFine) {
  const auto parsed = parse("a: \"x\ty\"\r\nb: 'z'\r\nc: \xC2\x85 \xC2\xA0!\n");
  EXPECT_EQ(parsed.messages, Messages{});
  ASSERT_TRUE(parsed.root.has_value());
  EXPECT_EQ(at(*parsed.root, "a").value, "x\ty");
  EXPECT_EQ(at(*parsed.root, "b").value, "z");
}

// The check goes eight bytes at a time: every forbidden character is found at every
// offset within a word, after clean text of every kind, and nothing else is reported.
TEST(ParseYamlControl, EveryControlCharacterAtEveryOffset) {
  std::vector<std::string> forbidden;
  for (int c = 0; c < 0x20; ++c) {
    if (c != '\t' && c != '\n' && c != '\r') {
      forbidden.emplace_back(1, static_cast<char>(c));
    }
  }
  forbidden.emplace_back("\x7F");
  for (int c = 0x80; c <= 0x9F; ++c) {
    if (c != 0x85) {
      forbidden.push_back(std::string("\xC2") + static_cast<char>(c));
    }
  }
  const std::string clean = "a: \"x\ty\"\r\nb: \xC2\x85\xC2\xA0\xC3\xA9\xE2\x82\xAC z\n"; // 26 bytes
  for (const auto& bad : forbidden) {
    for (std::size_t offset = 0; offset < 24; ++offset) {
      const std::string text = clean + "c: " + std::string(offset, 'x') + bad + std::string(20, 'y') + "\n";
      const auto parsed = parse(text);
      const auto code = static_cast<unsigned char>(bad.back());
      const auto expected = code == 0
                                ? std::string("NUL byte: timeline files must be UTF-8 text (is this file UTF-16?)")
                                : fmt::format("control character U+{:04X} is not allowed: YAML files hold only "
                                              "printable text, tabs and line breaks",
                                              code);
      ASSERT_EQ(parsed.messages, Messages{fmt::format("t.yaml:3:{}: error: {}", 4 + offset, expected)})
          << "byte 0x" << std::hex << static_cast<int>(code) << " at offset " << std::dec << offset;
    }
  }
  // Tab, NEL, no-break space, two- and three-byte characters, CRLF: at every offset, fine.
  const std::string comment = " \t\xC2\x85 \xC2\xA0 \xC3\xA9 \xE2\x82\xAC ~ \r\n";
  for (std::size_t offset = 0; offset < 24; ++offset) {
    const auto text = "#" + std::string(offset, 'x') + comment + "#" + std::string(offset, 'x') + comment + "a: 1\n";
    EXPECT_EQ(parse(text).messages, Messages{}) << offset;
  }
}

TEST(YamlNodeKindName, NamesEachKind) {
  YamlNode node;
  EXPECT_EQ(node.kind_name(), "null");
  node.kind = YamlNode::Kind::scalar;
  EXPECT_EQ(node.kind_name(), "a scalar");
  node.kind = YamlNode::Kind::sequence;
  EXPECT_EQ(node.kind_name(), "a sequence");
  node.kind = YamlNode::Kind::mapping;
  EXPECT_EQ(node.kind_name(), "a mapping");
}

} // namespace
} // namespace accords::load
