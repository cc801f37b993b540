#include "edit/yaml_scalar.hpp"

#include "load/parse/yaml_tree.hpp"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

namespace accords::edit {
namespace {

// The value a YAML reader gives for `text` written after "key: ".
std::optional<load::YamlNode> read_value(const std::string& yaml) {
  load::Diagnostics diagnostics;
  const auto path = std::make_shared<const std::string>("test.yaml");
  auto root = load::parse_yaml(load::SourceBytes(yaml), path, diagnostics);
  if (!root || diagnostics.error_count() > 0 || root->pairs.empty()) {
    return std::nullopt;
  }
  return root->pairs.front().second;
}

const std::vector<std::string> awkward_texts{
    "plain words",
    "Israel's embassy",
    "a: b",
    "a:b",
    "ends with:",
    "# not a comment",
    "a #b",
    "a#b",
    "- dash",
    "-dash",
    "? what",
    "[x]",
    "{x}",
    "*star",
    "&anchor",
    "!tag",
    "|pipe",
    ">fold",
    "'single'",
    "\"double\"",
    "%percent",
    "@at",
    "`tick`",
    "null",
    "Null",
    "NULL",
    "~",
    "true",
    "123",
    "2020-09-15",
    " leading space",
    "trailing space ",
    "tab\there",
    "back\\slash",
    "a, b",
    "x: y # z",
    "---",
    "...",
    "é ü 日本",
    "a\r\nb",
    "line\nbreak",
    "emoji 🎉",
    ",comma",
    "a]b",
    "=",
    "<<",
};

TEST(YamlScalar, EveryTextReadsBackAsItself) {
  for (const auto& text : awkward_texts) {
    const auto yaml = "key: " + yaml_scalar(text) + "\n";
    const auto value = read_value(yaml);
    ASSERT_TRUE(value) << yaml;
    EXPECT_EQ(value->kind, load::YamlNode::Kind::scalar) << yaml;
    EXPECT_EQ(value->value, text) << yaml;
  }
}

TEST(YamlScalar, AControlCharacterIsEscapedAndRefusedWhenRead) {
  // Never written as it is; a timeline may not hold it escaped either (accords-timeline(5)).
  for (const auto& [text, written] : std::vector<std::pair<std::string, std::string>>{
           {"\x7f del", R"("\x7F del")"}, {"bell\x07", R"("bell\x07")"}, {"\x1b[31mred", R"("\x1B[31mred")"}}) {
    EXPECT_EQ(yaml_scalar(text), written);
    EXPECT_FALSE(read_value("key: " + yaml_scalar(text) + "\n")) << written;
  }
}

TEST(YamlScalar, EveryTextReadsBackAsItselfInAFlowSequence) {
  for (const auto& text : awkward_texts) {
    const auto yaml = "key: [" + yaml_scalar(text, ScalarPlace::flow) + ", next]\n";
    const auto value = read_value(yaml);
    ASSERT_TRUE(value) << yaml;
    ASSERT_EQ(value->items.size(), 2U) << yaml;
    EXPECT_EQ(value->items.front().value, text) << yaml;
  }
}

TEST(YamlScalar, PlainWhereItCanBe) {
  EXPECT_EQ(yaml_scalar("Abraham Accords signed"), "Abraham Accords signed");
  EXPECT_EQ(yaml_scalar("2020-09-15", ScalarPlace::block, Typing::as_written), "2020-09-15");
  EXPECT_EQ(yaml_scalar("2020 summit"), "2020 summit");
  EXPECT_EQ(yaml_scalar("Norway"), "Norway");
  EXPECT_EQ(yaml_scalar("https://example.org/a?b=c#d"), "https://example.org/a?b=c#d");
  EXPECT_EQ(yaml_scalar("a: b"), "\"a: b\"");
  EXPECT_EQ(yaml_scalar("null"), "\"null\"");
  EXPECT_EQ(yaml_scalar("a, b", ScalarPlace::flow), "\"a, b\"");
}

TEST(YamlScalar, TextThatAnyReaderWouldTakeForSomethingElseIsQuoted) {
  // YAML 1.2 core: null, booleans, integers, floats; YAML 1.1: yes/no/on/off, octal, sexagesimal,
  // underscores, timestamps, the merge key.
  for (const std::string text :
       {"01234", "1.10",  "true", "False", "42",    "-7",   "0x1F",      "0o17",       "1e3",
        ".inf",  "-.Inf", ".NaN", "yes",   "No",    "NO",   "on",        "OFF",        "y",
        "n",     "~",     "null", "0b101", "1_000", "1:20", "1:20:30.5", "2020-01-01", "2020-1-2 10:00:00",
        "<<",    "=",     "+.5",  "012",   "1.2.3", "."}) {
    EXPECT_EQ(yaml_scalar(text), '"' + text + '"') << text;
    EXPECT_EQ(yaml_scalar(text, ScalarPlace::block, Typing::as_written),
              text == "~" || text == "null" ? '"' + text + '"' : text)
        << text;
  }
  // Text that no reader takes for anything else stays plain.
  for (const std::string text : {"2020-01", "v1.10", "yes!", "Noway", "0x", "1:2:3:a", "+", "-", "1 000"}) {
    const bool indicator = text == "-";
    EXPECT_EQ(yaml_scalar(text), indicator ? '"' + text + '"' : text) << text;
  }
  // Number-like text too long to look at more closely is quoted.
  EXPECT_EQ(yaml_scalar(std::string(100, '1')), '"' + std::string(100, '1') + '"');
}

TEST(YamlScalar, Yaml11LineBreaksAreEscaped) {
  EXPECT_EQ(yaml_scalar("a\u0085b"), "\"a\\Nb\"");
  EXPECT_EQ(yaml_scalar("a\u2028b\u2029"), "\"a\\Lb\\P\"");
  EXPECT_FALSE(yaml_literal_block("a\u2028\nb", 2));
  EXPECT_FALSE(yaml_folded_block("a\u0085 b", 2, 20));
}

TEST(YamlTag, ShorthandForTheYamlNamespace) {
  EXPECT_EQ(yaml_tag("tag:yaml.org,2002:binary"), "!!binary");
  EXPECT_EQ(yaml_tag("!local"), "!local");
  EXPECT_EQ(yaml_tag("tag:example.com,2000:app/x"), "!<tag:example.com,2000:app/x>");
}

TEST(YamlLiteralBlock, MultiLineTextReadsBackAsItself) {
  const std::vector<std::string> texts{"one\ntwo\n",
                                       "one\ntwo",
                                       "one\ntwo\n\n\n",
                                       "one\n\ntwo\n",
                                       "  indented first\nsecond\n",
                                       "# hash\n- dash\nkey: value\n",
                                       "trailing spaces   \nx\n",
                                       "a\n   \nb\n",
                                       "tab\tinside\nx"};
  for (const auto& text : texts) {
    const auto block = yaml_literal_block(text, 4);
    ASSERT_TRUE(block) << text;
    const auto yaml = "root:\n    key: " + *block + "\n    next: 1\n";
    load::Diagnostics diagnostics;
    const auto path = std::make_shared<const std::string>("test.yaml");
    const auto root = load::parse_yaml(load::SourceBytes(yaml), path, diagnostics);
    ASSERT_TRUE(root) << yaml;
    const auto& mapping = root->pairs.front().second;
    ASSERT_EQ(mapping.pairs.size(), 2U) << yaml;
    EXPECT_EQ(mapping.pairs.front().second.value, text) << yaml;
  }
}

TEST(YamlLiteralBlock, RefusesWhatABlockCannotHold) {
  EXPECT_FALSE(yaml_literal_block("one line", 2));
  EXPECT_FALSE(yaml_literal_block("carriage\r\nreturn", 2));
  EXPECT_FALSE(yaml_literal_block("\nleading empty line", 2));
  EXPECT_FALSE(yaml_literal_block("bell\x07\nx", 2));
  EXPECT_EQ(yaml_text_value("a\r\nb", 2), "\"a\\r\\nb\"");
}

} // namespace
} // namespace accords::edit
