#include "edit/canonical_yaml.hpp"
#include "edit/yaml_comments.hpp"

#include "yaml_tree_of.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <string>

namespace accords::edit {
namespace {

using test::tree_of;

std::string canonical(const std::string& text, std::vector<std::size_t> order = {}) {
  const auto root = tree_of(text);
  const auto comments = find_comments(text, root);
  EXPECT_TRUE(comments) << text;
  const auto found = comments.value_or(std::vector<Comment>{});
  return canonical_yaml(root, found, comment_owners(root, found), order);
}

TEST(YamlComments, FindsCommentsButNotHashesInTextQuotesOrBlocks) {
  const std::string text = "# head\n"
                           "a: 'x # not' # one\n"
                           "b: \"y # \\\" not\"  # two\n"
                           "c: url#fragment\n"
                           "d: |\n"
                           "  # inside the block\n"
                           "  text # still text\n"
                           "  # own line\n"
                           "e: [x, 'y # z'] # three\n"
                           "f: Israel's # four\n";
  const auto comments = find_comments(text, tree_of(text));
  ASSERT_TRUE(comments);
  std::vector<std::string> texts;
  for (const auto& comment : *comments) {
    texts.push_back(comment.text);
  }
  EXPECT_EQ(texts, (std::vector<std::string>{"# head", "# one", "# two", "# three", "# four"}));
  EXPECT_TRUE(comments->front().own_line);
  EXPECT_FALSE((*comments)[1].own_line);
}

// The texts of the comments find_comments gives for `text`.
std::vector<std::string> comment_texts(const std::string& text) {
  const auto comments = find_comments(text, tree_of(text));
  EXPECT_TRUE(comments) << text;
  std::vector<std::string> texts;
  for (const auto& comment : comments.value_or(std::vector<Comment>{})) {
    texts.push_back(comment.text);
  }
  return texts;
}

TEST(YamlComments, FindsACommentThatStartsTheFileAfterAByteOrderMark) {
  EXPECT_EQ(comment_texts("\xEF\xBB\xBF# owner\na: 1\n"), std::vector<std::string>{"# owner"});
  EXPECT_EQ(comment_texts("\xEF\xBB\xBF# owner\r\na: 1 # one\r\n"), (std::vector<std::string>{"# owner", "# one"}));
}

TEST(YamlComments, ABlockScalarEndsAtTheFirstLineIndentedLessThanItsContent) {
  // A line indented more than the key but less than the text is a comment, not text.
  EXPECT_EQ(comment_texts("a:\n  b: |\n    text\n   # three\n  c: 1\n"), std::vector<std::string>{"# three"});
  EXPECT_EQ(comment_texts("a: >-\n      deep\n\n      more\n   # three\n    # four\nb: 1\n"),
            (std::vector<std::string>{"# three", "# four"}));
  // The indentation indicator sets the content's indentation: `  # x` is text under |2.
  EXPECT_EQ(comment_texts("a: |2\n    # text\n  # text too\n # comment\nb: 1\n"),
            std::vector<std::string>{"# comment"});
  // A block with no content lines ends at once.
  EXPECT_EQ(comment_texts("a: |\n# after\nb: 1\n"), std::vector<std::string>{"# after"});
}

TEST(CanonicalYaml, OrdersKeysAndKeepsCommentsWithThem) {
  const std::string text = "events:\n"
                           "- title: T\n"
                           "  # about the date\n"
                           "  date: 2020  # year only\n"
                           "  id: e\n"
                           "  x-mine: {b: 1}\n"
                           "  type: other\n"
                           "  parties:\n  - NO\n  - IS\n"
                           "treaty: t\n"
                           "# the end\n";
  EXPECT_EQ(canonical(text), "treaty: t\n"
                             "events:\n"
                             "  - id: e\n"
                             "    # about the date\n"
                             "    date: 2020  # year only\n"
                             "    type: other\n"
                             "    parties: [NO, IS]\n"
                             "    title: T\n"
                             "    x-mine:\n"
                             "      b: 1\n"
                             "\n"
                             "# the end\n");
}

TEST(CanonicalYaml, WritesEventsInTheOrderGivenWithTheirComments) {
  const std::string text = "events:\n  # first\n  - id: a\n  # second\n  - id: b\n";
  EXPECT_EQ(canonical(text, {1, 0}), "events:\n  # second\n  - id: b\n\n  # first\n  - id: a\n");
}

TEST(CanonicalYaml, QuotesOnlyWhereNeededAndWritesBlocks) {
  const std::string text = "treaty:\n  id: t\n  name: 'Plain name'\n  summary: \"one\\ntwo\\n\"\n"
                           "events:\n  - {id: x, title: 'a: b', notes: '#x'}\n";
  EXPECT_EQ(canonical(text), "treaty:\n  id: t\n  name: Plain name\n  summary: |\n    one\n    two\n"
                             "events:\n  - id: x\n    title: \"a: b\"\n    notes: \"#x\"\n");
}

} // namespace
} // namespace accords::edit
